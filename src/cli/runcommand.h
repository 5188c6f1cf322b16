#pragma once

#include "command.h"

// mentats run office-manager|revenue-optimizer [--dry-run] [--provider P] [--model M] [--base-url U] [--json]:
// one run now, whatever the schedule.
class RunCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("run"); }
    QString summary() const override;
    QString usage() const override;
    void addOptions(QCommandLineParser &parser) override;
    QCoro::Task<int> run(const QCommandLineParser &parser) override;
};
