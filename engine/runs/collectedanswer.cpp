#include "runs/collectedanswer.h"

#include "llm/llmerror.h"

using namespace Qt::Literals::StringLiterals;

CollectedAnswer::CollectedAnswer(LlmResponse response, QString displayName)
    : m_response(std::move(response)), m_displayName(std::move(displayName))
{}

QString CollectedAnswer::id() const
{
    return u"anthropic"_s;
}

QString CollectedAnswer::displayName() const
{
    return m_displayName;
}

QString CollectedAnswer::priceProvider() const
{
    return u"anthropic"_s;
}

QCoro::Task<LlmResponse> CollectedAnswer::complete(LlmRequest, LlmCancellation *)
{
    if (m_answered)
        throw LlmError(LlmError::Kind::Configuration,
                       u"A batch answer has one turn; the run cannot ask the model again."_s);
    m_answered = true;
    co_return m_response;
}
