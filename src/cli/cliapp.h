#pragma once

#include "command.h"

#include <QCoroTask>
#include <QStringList>
#include <memory>
#include <vector>

// `mentats`: finds the command named by the first argument, parses its options and runs it. Errors become one
// sentence on standard error and a conventional exit code.
class CliApp
{
public:
    CliApp();
    ~CliApp();

    QCoro::Task<int> run(QStringList arguments);

private:
    QString help() const;
    Command *find(const QString &name) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};
