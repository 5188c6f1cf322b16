#include "config/agentsettings.h"

#include "core/tone.h"

using namespace Qt::Literals::StringLiterals;

const QStringList &AgentSettings::providers()
{
    static const QStringList names = [] {
        QStringList list;
        for (const ProviderKind kind : ProviderKinds::all())
            list << ProviderKinds::toText(kind);
        return list;
    }();
    return names;
}

const QStringList &AgentSettings::tones()
{
    static const QStringList names = [] {
        QStringList list;
        for (const Tone tone : Tones::all())
            list << Tones::toText(tone);
        return list;
    }();
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
