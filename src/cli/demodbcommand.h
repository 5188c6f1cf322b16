#pragma once

#include "command.h"

// mentats demo-db start|stop|url [--dir DIR] [--size small|large] [--seed N]
class DemoDbCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("demo-db"); }
    QString summary() const override;
    QString usage() const override;
    void addOptions(QCommandLineParser &parser) override;
    QCoro::Task<int> run(const QCommandLineParser &parser) override;
};
