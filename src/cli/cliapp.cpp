#include "cliapp.h"

#include "actionscommand.h"
#include "batchcommand.h"
#include "core/bootstrap.h"
#include "db/dberror.h"
#include "demodbcommand.h"
#include "doctorcommand.h"
#include "exitcode.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "metricscommand.h"
#include "migratecommand.h"
#include "output.h"
#include "runcommand.h"
#include "schedulercommand.h"
#include "simulatecommand.h"

#include <QCoreApplication>
#include <QException>

using namespace Qt::Literals::StringLiterals;

CliApp::CliApp()
{
    m_commands.push_back(std::make_unique<MigrateCommand>());
    m_commands.push_back(std::make_unique<DemoDbCommand>());
    m_commands.push_back(std::make_unique<DoctorCommand>());
    m_commands.push_back(std::make_unique<RunCommand>());
    m_commands.push_back(std::make_unique<SchedulerCommand>());
    m_commands.push_back(std::make_unique<BatchCommand>());
    m_commands.push_back(std::make_unique<ActionsCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<MetricsCommand>());
    m_commands.push_back(std::make_unique<SimulateCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>(ImportMapping::Kind::Pos));
    m_commands.push_back(std::make_unique<ImportCommand>(ImportMapping::Kind::Auction));
}

CliApp::~CliApp() = default;

Command *CliApp::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QString CliApp::help() const
{
    QString text = u"Usage: mentats <command> [options]\n\n"
                   "Runs the Mentats agent engine for TeamTime without a window.\n\nCommands:\n"_s;
    for (const auto &command : m_commands)
        text += u"  %1%2\n"_s.arg(command->name().leftJustified(10), command->summary());
    text += u"\nEvery command takes --db URL (or MENTATS_DATABASE_URL) and --verbose.\n"
            "Run `mentats <command> --help` for a command's options.\n"
            "Options:\n  -h, --help     Show this help.\n  --version      Show the version."_s;
    return text;
}

QCoro::Task<int> CliApp::run(QStringList arguments)
{
    const QString first = arguments.value(1);
    if (first.isEmpty() || first == u"-h"_s || first == u"--help"_s || first == u"help"_s) {
        Output::line(help());
        co_return first.isEmpty() ? ExitUsage : ExitOk;
    }
    if (first == u"--version"_s || first == u"-v"_s) {
        Output::line(u"mentats %1"_s.arg(QCoreApplication::applicationVersion()));
        co_return ExitOk;
    }
    Command *command = find(first);
    if (!command) {
        Output::error(u"\"%1\" is not a command; run `mentats --help` to see them."_s.arg(first));
        co_return ExitUsage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    parser.addHelpOption();
    parser.addOption({u"verbose"_s, u"Log what the engine does to standard error."_s});
    command->addOptions(parser);
    if (!command->usage().isEmpty())
        parser.addPositionalArgument(u"action"_s, command->usage());
    arguments.removeAt(1);
    arguments[0] = u"mentats "_s + command->name();
    if (!parser.parse(arguments)) {
        Output::error(parser.errorText() + u"; run `mentats %1 --help`."_s.arg(command->name()));
        co_return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        Output::line(parser.helpText());
        co_return ExitOk;
    }
    if (parser.isSet(u"verbose"_s))
        Bootstrap::initialize(QCoreApplication::applicationName(), true);

    // Work run through QtConcurrent comes back wrapped in QUnhandledException: unwrap it, so a DbError thrown on a
    // worker is reported like any other, and anything else still ends the command with a sentence, never a hang.
    std::exception_ptr failure;
    try {
        QCoro::Task<int> running = command->run(parser);
        co_return co_await running;
    } catch (const QUnhandledException &wrapped) {
        failure = wrapped.exception() ? wrapped.exception() : std::current_exception();
    } catch (...) {
        failure = std::current_exception();
    }
    try {
        std::rethrow_exception(failure);
    } catch (const DbError &error) {
        Output::error(error.message());
        if (parser.isSet(u"verbose"_s) && !error.detail().isEmpty())
            Output::error(u"detail: "_s + error.detail());
        co_return error.kind() == DbError::Kind::Usage ? ExitUsage : ExitFailure;
    } catch (const std::exception &error) {
        Output::error(u"mentats %1 failed: %2"_s.arg(command->name(), QString::fromLocal8Bit(error.what())));
        co_return ExitFailure;
    } catch (...) {
        Output::error(u"mentats %1 failed unexpectedly."_s.arg(command->name()));
        co_return ExitFailure;
    }
}
