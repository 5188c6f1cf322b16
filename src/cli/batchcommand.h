#pragma once

#include "command.h"

// mentats batch status|collect: the Message Batches that runs are waiting for. `status` lists them from the
// database; `collect` polls each now and finishes the runs whose batch has ended, as the scheduler's next pass would.
class BatchCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("batch"); }
    QString summary() const override;
    QString usage() const override { return QStringLiteral("status|collect"); }
    void addOptions(QCommandLineParser &parser) override;
    QCoro::Task<int> run(const QCommandLineParser &parser) override;
};
