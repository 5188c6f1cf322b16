#pragma once

#include <QList>
#include <QString>
#include <optional>

// Which kind of model provider answers an agent. Text only where it is stored, typed or shown (ProviderKinds):
// TeamTime's ai_provider enum knows the first two (and some Mentats does not run), mentats_agent_settings all four.
enum class ProviderKind
{
    Anthropic,
    OpenAi,
    OpenAiCompatible, // a local or third-party server speaking OpenAI's API at a configured address
    Rules             // the offline rules, no model at all
};

namespace ProviderKinds {
QString toText(ProviderKind kind); // "openai-compatible", as stored and typed
std::optional<ProviderKind> fromText(const QString &text);
const QList<ProviderKind> &all();
} // namespace ProviderKinds
