#pragma once

#include "command.h"

// mentats metrics rollup [--date D | --from D --to D]: rolls TeamTime's time entries, tasks and POS sales up into the
// daily staff and location metrics the Revenue Optimizer reads. With no dates, the nightly job's days (the last
// week up to yesterday, business time).
class MetricsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("metrics"); }
    QString summary() const override;
    QString usage() const override;
    void addOptions(QCommandLineParser &parser) override;
    QCoro::Task<int> run(const QCommandLineParser &parser) override;
};
