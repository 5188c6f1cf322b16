#pragma once

#include "core/agent.h"
#include "llm/providerkind.h"

#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>
#include <optional>

// Everything a manager configures for one agent: the plan's ai_config fields, and what lives in tables of ours
// (mentats_agent_settings: a provider TeamTime's enum lacks, its base URL, the tone where ai_config has no tone
// column, the daily budget). Custom instructions are versioned separately (InstructionVersions).
struct AgentSettings
{
    static constexpr int kMinContextTokens = 500;
    static constexpr int kMaxContextTokens = 200000;

    Agent agent = Agent::OfficeManager;
    bool enabled = false; // the kill switch
    bool dryRun = true;
    // As stored and typed (a form field, validated): see providerKind().
    QString provider = QStringLiteral("anthropic");
    QString model;
    QString baseUrl;
    QString tone = QStringLiteral("helpful_parent"); // as stored and typed, validated against tones()
    std::optional<double> temperature;
    QString cronSchedule;
    int maxContextTokens = 4000;
    std::optional<double> dailyBudgetUsd;
    // The Revenue Optimizer's scheduled runs go through Anthropic's Message Batches API: half the price, the answer
    // within 24 hours. Off by default; only for that agent with the Anthropic provider.
    bool useBatch = false;
    QString instructions; // read-only here: saved through InstructionVersions

    static const QStringList &providers(); // ProviderKinds' texts
    static const QStringList &tones();     // Tones' texts
    // The provider as a kind; nullopt for a name Mentats does not run (TeamTime knows more).
    std::optional<ProviderKind> providerKind() const { return ProviderKinds::fromText(provider); }
    // Whether useBatch means anything for this agent at all (the console shows the switch only then).
    static bool batchApplies(Agent agent) { return agent == Agent::RevenueOptimizer; }

    // For the audit log (before/after), without the instructions (versioned on their own).
    nlohmann::json toJson() const;
    bool operator==(const AgentSettings &) const = default;
};

// A problem with one field, for the form to show next to it.
struct FieldProblem
{
    QString field; // the AgentSettings member name, e.g. "cronSchedule"
    QString message;
    bool operator==(const FieldProblem &) const = default;
};
