#pragma once

#include "llm/llmprovider.h"

// A model's answer that has already arrived (a Message Batch's result), offered as a provider so that it goes
// through ModelConversation exactly like a live answer: the same checks, the same ai_actions rows, the same round
// in the run record. It answers once; there is nobody to ask a second time.
class CollectedAnswer final : public LlmProvider
{
public:
    CollectedAnswer(LlmResponse response, QString displayName);

    QString id() const override;
    QString displayName() const override;
    QString priceProvider() const override;

    QCoro::Task<LlmResponse> complete(LlmRequest request, LlmCancellation *cancellation = nullptr) override;

private:
    LlmResponse m_response;
    QString m_displayName;
    bool m_answered = false;
};
