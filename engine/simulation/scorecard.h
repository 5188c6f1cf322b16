#pragma once

#include "simulation/groundtruth.h"

#include <QMap>
#include <QString>
#include <nlohmann/json.hpp>
#include <optional>

class SqlSession;
struct SimulatedStore;
struct SimulationOptions;

// How well the agents judged a simulated store: every figure comes from the ground truth set against what the
// agents did (ai_actions, mentats_runs, ai_memory). docs/simulation.md defines each one. The JSON form has exactly
// the keys the docs list, so tools can read it; a figure that cannot be computed (no reminders at all) is null.
struct Scorecard
{
    struct Store
    {
        int staff = 0;
        int locations = 0;
        int days = 0;
        quint64 seed = 0;
    } store;
    QString model;
    struct Issues
    {
        int seeded = 0;
        QMap<QString, int> byKind;
        int betweenRuns = 0; // opened and closed between two Office Manager passes: no run could show them
        int reachedContext = 0;
        double recall = 0; // reached / (seeded - betweenRuns)
        QMap<QString, double> recallByKind;
    } issues;
    struct Reminders
    {
        std::optional<double> mean;
        std::optional<double> p95;
        int max = 0;
    } remindersPerIssue;
    struct FirstReminder
    {
        std::optional<double> p50;
        std::optional<double> max;
    } firstReminderMinutes;
    struct Escalations
    {
        int qualifying = 0;
        int once = 0;
        int repeated = 0;
        int missing = 0;
    } escalations;
    struct Effects
    {
        int staffFacing = 0;
        int outsideHours = 0;
        int withoutOpenIssue = 0;
        int toInactiveOrNonStaff = 0;
        int maxPerPersonPerDay = 0;
    } effects;
    struct Replies
    {
        int received = 0;
        int seenByAgent = 0;
        int shownToManager = 0;
    } replies;
    struct Patterns
    {
        int seeded = 0;
        int found = 0;
        int falsePatterns = 0;
        std::optional<double> precision;
        std::optional<double> recall;
        int stopped = 0;
        std::optional<double> stoppedConfidenceEnd;
    } patterns;
    struct Cost
    {
        double tokensPerStoreDay = 0;
        double usdPerStoreDay = 0;
        double planUsdPerStoreDay = 0;
    } cost;
    struct Timing
    {
        std::optional<double> contextMsP50;
        std::optional<double> contextMsP95;
        std::optional<double> officeManagerContextMsP50;
        std::optional<double> officeManagerPassMsP50; // a scheduler pass that ran the Office Manager, end to end
        double wallS = 0;
        double simDaysPerWallMinute = 0;
    } timing;

    // Blocking. `end` is the instant the simulation stopped (UTC); `wallSeconds` how long it took.
    static Scorecard compute(SqlSession &session, const GroundTruth &truth, const SimulatedStore &store,
                             const SimulationOptions &options, const QDateTime &end, double wallSeconds);

    nlohmann::json toJson() const;
    // One line per section, for a person (the CLI without --json, the console's tab).
    QString toText() const;
};
