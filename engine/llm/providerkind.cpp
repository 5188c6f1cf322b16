#include "llm/providerkind.h"

using namespace Qt::Literals::StringLiterals;

QString ProviderKinds::toText(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::Anthropic:
        return u"anthropic"_s;
    case ProviderKind::OpenAi:
        return u"openai"_s;
    case ProviderKind::OpenAiCompatible:
        return u"openai-compatible"_s;
    case ProviderKind::Rules:
        return u"rules"_s;
    }
    return {};
}

std::optional<ProviderKind> ProviderKinds::fromText(const QString &text)
{
    for (const ProviderKind kind : all()) {
        if (toText(kind) == text)
            return kind;
    }
    return std::nullopt;
}

const QList<ProviderKind> &ProviderKinds::all()
{
    static const QList<ProviderKind> kinds = {ProviderKind::Anthropic, ProviderKind::OpenAi,
                                              ProviderKind::OpenAiCompatible, ProviderKind::Rules};
    return kinds;
}
