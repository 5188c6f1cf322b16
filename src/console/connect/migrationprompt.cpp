#include "connect/migrationprompt.h"

#include "migrations/migration.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QCoroSignal>
#include <QMessageBox>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

QString MigrationPrompt::describe(const SchemaStatus &status)
{
    QStringList lines;
    for (const MigrationState &state : status.migrations) {
        if (state.applied)
            continue;
        QString purpose;
        for (const Migration &m : Migration::builtIn())
            if (m.version == state.version)
                purpose = m.purpose();
        lines << u"• %1 %2: %3"_s.arg(state.version, 4, 10, QChar(u'0')).arg(state.name, purpose);
    }
    return lines.join(u'\n');
}

QCoro::Task<bool> MigrationPrompt::ask(QWidget *parent, SchemaStatus status)
{
    auto *box = new QMessageBox(QMessageBox::Question,
                                QCoreApplication::translate("MigrationPrompt", "Set up the database for the agents?"),
                                QCoreApplication::translate("MigrationPrompt",
                                                            "This database needs %n change(s) before the agents can "
                                                            "run. They only add tables, columns and indexes; "
                                                            "TeamTime's data is kept as it is.",
                                                            nullptr, status.pendingCount()),
                                QMessageBox::Yes | QMessageBox::Cancel, parent);
    box->setObjectName(u"migrationPrompt"_s);
    box->setWindowModality(Qt::WindowModal);
    box->setDetailedText(describe(status));
    box->button(QMessageBox::Yes)->setText(QCoreApplication::translate("MigrationPrompt", "&Apply Changes"));
    QPointer<QMessageBox> guard(box);
    box->open();
    auto finished = qCoro(box, &QMessageBox::finished);
    co_await finished;
    if (!guard)
        co_return false;
    const bool apply = box->clickedButton() == box->button(QMessageBox::Yes);
    box->deleteLater();
    co_return apply;
}
