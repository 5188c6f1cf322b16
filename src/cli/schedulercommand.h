#pragma once

#include "command.h"

// mentats scheduler [--once]: the scheduler in the foreground (for systemd, or cron with --once). Runs until SIGINT
// or SIGTERM, then waits for the run in progress before exiting.
class SchedulerCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("scheduler"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) override;
    QCoro::Task<int> run(const QCommandLineParser &parser) override;
};
