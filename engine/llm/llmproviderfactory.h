#pragma once

#include "llm/llmprovider.h"

#include <QString>
#include <memory>

class QNetworkAccessManager;

// Which provider an agent uses, as configured. The API key comes from the OS keychain (the console) or the
// environment (headless: ANTHROPIC_API_KEY, OPENAI_API_KEY); MENTATS_ANTHROPIC_BASE_URL / MENTATS_OPENAI_BASE_URL
// override the configured address.
struct LlmProviderSettings
{
    QString provider; // as configured or typed: one of ProviderKinds' texts, any case; anything else means the rules
    QString baseUrl;  // empty: the provider's default (or the environment's)
    QString apiKey;   // empty: the environment's
};

struct LlmProviderChoice
{
    std::unique_ptr<LlmProvider> provider;
    QString notice; // set when the choice differs from what was asked (no key, so rules)
};

namespace LlmProviderFactory {
// Never fails: an unknown provider name or a missing key falls back to the rules provider, and says why.
LlmProviderChoice create(const LlmProviderSettings &settings, QNetworkAccessManager *network = nullptr);
} // namespace LlmProviderFactory
