#pragma once

#include "command.h"

// mentats simulate [--size small|medium|large] [--staff N] [--days D] [--seed S] [--model rules|eager|injection]
//                  [--provider P --model NAME [--base-url URL]] [--json] [--keep]
class SimulateCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("simulate"); }
    QString summary() const override;
    QString usage() const override;
    void addOptions(QCommandLineParser &parser) override;
    QCoro::Task<int> run(const QCommandLineParser &parser) override;
};
