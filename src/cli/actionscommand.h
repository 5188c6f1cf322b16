#pragma once

#include "command.h"

// mentats actions [--agent A] [--since T] [--status S] [--tool T] [--limit N] [--json]: the recent action log,
// newest first, times in the business time zone.
class ActionsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("actions"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) override;
    QCoro::Task<int> run(const QCommandLineParser &parser) override;
};
