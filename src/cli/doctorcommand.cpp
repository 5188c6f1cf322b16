#include "doctorcommand.h"

#include "diagnostics/doctor.h"
#include "exitcode.h"
#include "output.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

QString DoctorCommand::summary() const
{
    return u"Check the PostgreSQL driver, the connection, the schema and the business time zone."_s;
}

void DoctorCommand::addOptions(QCommandLineParser &parser)
{
    addDatabaseOption(parser);
}

QCoro::Task<int> DoctorCommand::run(const QCommandLineParser &parser)
{
    Doctor doctor(databaseSettings(parser));
    QCoro::Task<QList<DoctorCheck>> running = doctor.run();
    const QList<DoctorCheck> checks = co_await running;
    for (const DoctorCheck &check : checks) {
        QString verdict;
        switch (check.verdict) {
        case DoctorCheck::Verdict::Ok:
            verdict = u"ok  "_s;
            break;
        case DoctorCheck::Verdict::Warning:
            verdict = u"warn"_s;
            break;
        case DoctorCheck::Verdict::Failed:
            verdict = u"FAIL"_s;
            break;
        }
        Output::line(u"[%1] %2: %3"_s.arg(verdict, check.title, check.detail));
        qsizetype width = 0;
        for (const DoctorCheck::Item &item : check.items)
            width = std::max(width, item.name.size());
        for (const DoctorCheck::Item &item : check.items)
            Output::line(u"         %1  %2"_s.arg(item.name.leftJustified(width), item.detail));
    }
    const bool passed = Doctor::allPassed(checks);
    Output::line(passed ? u"All checks passed."_s : u"Some checks failed."_s);
    co_return passed ? ExitOk : ExitFailure;
}
