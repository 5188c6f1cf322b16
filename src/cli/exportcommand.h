#pragma once

#include "command.h"

// mentats export --from D --to D --format csv|jsonl --out FILE [--agent A] [--status S] [--tool T]: the action log
// for a period (business days, both included) as a file, written whole or not at all.
class ExportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) override;
    QCoro::Task<int> run(const QCommandLineParser &parser) override;
};
