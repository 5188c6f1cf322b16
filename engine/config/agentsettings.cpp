#include "config/agentsettings.h"

using namespace Qt::Literals::StringLiterals;

const QStringList &AgentSettings::providers()
{
    static const QStringList names = {u"anthropic"_s, u"openai"_s, u"openai-compatible"_s, u"rules"_s};
    return names;
}

const QStringList &AgentSettings::tones()
{
    static const QStringList names = {u"helpful_parent"_s, u"professional"_s, u"casual"_s, u"formal"_s};
    return names;
}

nlohmann::json AgentSettings::toJson() const
{
    const auto optionalNumber = [](const std::optional<double> &value) {
        return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
    };
    return {{"agent", Agents::id(agent).toStdString()},
            {"enabled", enabled},
            {"dryRun", dryRun},
            {"provider", provider.toStdString()},
            {"model", model.toStdString()},
            {"baseUrl", baseUrl.toStdString()},
            {"tone", tone.toStdString()},
            {"temperature", optionalNumber(temperature)},
            {"cronSchedule", cronSchedule.toStdString()},
            {"maxContextTokens", maxContextTokens},
            {"dailyBudgetUsd", optionalNumber(dailyBudgetUsd)},
            {"useBatch", useBatch}};
}
