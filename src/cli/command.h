#pragma once

#include "core/agent.h"

#include <QCommandLineParser>
#include <QCoroTask>
#include <QString>
#include <optional>

struct ConnectionSettings;

// One `mentats <command>`. It declares its options and runs; the exit code is what it co_returns.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    virtual QString usage() const { return {}; } // extra positional syntax, e.g. "start|stop|url"
    virtual void addOptions(QCommandLineParser &parser) = 0;
    virtual QCoro::Task<int> run(const QCommandLineParser &parser) = 0;

protected:
    // --db URL, or MENTATS_DATABASE_URL. Throws DbError(Usage) when neither is given or the URL is malformed.
    static ConnectionSettings databaseSettings(const QCommandLineParser &parser);
    static void addDatabaseOption(QCommandLineParser &parser);
    // --agent office-manager|revenue-optimizer: nullopt when not given; throws DbError(Usage) for anything else.
    static std::optional<Agent> agentOption(const QCommandLineParser &parser);
};
