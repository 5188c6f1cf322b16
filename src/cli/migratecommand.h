#pragma once

#include "command.h"

// mentats migrate [--check]: apply (or, with --check, only report) the pending schema migrations.
class MigrateCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("migrate"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) override;
    QCoro::Task<int> run(const QCommandLineParser &parser) override;
};
