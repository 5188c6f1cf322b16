#pragma once

#include "command.h"
#include "metrics/importmapping.h"

// mentats pos import FILE.csv and mentats auction import FILE.csv [--mapping FILE] [--all-or-nothing] [--check]: a
// POS or auction CSV export into the metrics tables. Bad rows are listed with their line numbers; the good rows go in
// one transaction (or nothing does, with --all-or-nothing); a file imported before adds nothing. Without --mapping
// the mapping saved by the last import is used when it fits the file, else one guessed from the header names.
class ImportCommand final : public Command
{
public:
    explicit ImportCommand(ImportMapping::Kind kind) : m_kind(kind) {}

    QString name() const override { return ImportMapping::kindId(m_kind); }
    QString summary() const override;
    QString usage() const override;
    void addOptions(QCommandLineParser &parser) override;
    QCoro::Task<int> run(const QCommandLineParser &parser) override;

private:
    ImportMapping::Kind m_kind;
};
