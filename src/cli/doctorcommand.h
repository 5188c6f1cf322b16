#pragma once

#include "command.h"

// mentats doctor: driver, connection, schema state, time zone, with a verdict for each.
class DoctorCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("doctor"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) override;
    QCoro::Task<int> run(const QCommandLineParser &parser) override;
};
