#include "llm/llmproviderfactory.h"

#include "llm/anthropicprovider.h"
#include "llm/openaiprovider.h"
#include "llm/providerkind.h"
#include "llm/rulesprovider.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QString firstSet(const QString &a, const QString &b, const QString &c = {})
{
    return !a.isEmpty() ? a : !b.isEmpty() ? b : c;
}

} // namespace

LlmProviderChoice LlmProviderFactory::create(const LlmProviderSettings &settings, QNetworkAccessManager *network)
{
    LlmProviderChoice choice;
    const QString name = settings.provider.trimmed().toLower();
    const std::optional<ProviderKind> kind = ProviderKinds::fromText(name);
    if (!kind && !name.isEmpty())
        choice.notice =
            u"\"%1\" is not a provider Mentats knows, so the rules (offline) provider answers instead."_s.arg(
                settings.provider);
    switch (kind.value_or(ProviderKind::Rules)) {
    case ProviderKind::Anthropic: {
        const QString key = firstSet(settings.apiKey, qEnvironmentVariable("ANTHROPIC_API_KEY"));
        if (!key.isEmpty()) {
            const QString url = firstSet(qEnvironmentVariable("MENTATS_ANTHROPIC_BASE_URL"), settings.baseUrl,
                                         QString::fromLatin1(AnthropicProvider::kDefaultBaseUrl));
            choice.provider = std::make_unique<AnthropicProvider>(LlmEndpoint{QUrl(url), key}, network);
            return choice;
        }
        choice.notice = u"No Anthropic API key is set, so the rules (offline) provider answers instead."_s;
        break;
    }
    case ProviderKind::OpenAi: {
        const QString key = firstSet(settings.apiKey, qEnvironmentVariable("OPENAI_API_KEY"));
        if (!key.isEmpty()) {
            const QString url = firstSet(qEnvironmentVariable("MENTATS_OPENAI_BASE_URL"), settings.baseUrl,
                                         QString::fromLatin1(OpenAiProvider::kDefaultBaseUrl));
            choice.provider =
                std::make_unique<OpenAiProvider>(LlmEndpoint{QUrl(url), key}, OpenAiProvider::Flavour::OpenAi, network);
            return choice;
        }
        choice.notice = u"No OpenAI API key is set, so the rules (offline) provider answers instead."_s;
        break;
    }
    case ProviderKind::OpenAiCompatible: {
        // Local servers usually need no key; the address is what matters.
        const QString url = firstSet(qEnvironmentVariable("MENTATS_OPENAI_BASE_URL"), settings.baseUrl);
        if (!url.isEmpty()) {
            const QString key = firstSet(settings.apiKey, qEnvironmentVariable("OPENAI_API_KEY"));
            choice.provider = std::make_unique<OpenAiProvider>(LlmEndpoint{QUrl(url), key},
                                                               OpenAiProvider::Flavour::Compatible, network);
            return choice;
        }
        choice.notice = u"No address is set for the OpenAI-compatible server, so the rules (offline) provider "
                        "answers instead."_s;
        break;
    }
    case ProviderKind::Rules:
        break;
    }
    choice.provider = std::make_unique<RulesProvider>();
    return choice;
}
