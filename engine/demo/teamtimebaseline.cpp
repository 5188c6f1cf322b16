#include "demo/teamtimebaseline.h"

#include "db/sqlscript.h"
#include "db/sqlsession.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;

const QString &TeamTimeBaseline::sql()
{
    static const QString script = [] {
        QFile file(u":/mentats/demo/teamtime_baseline.sql"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the TeamTime baseline schema is not embedded");
        return QString::fromUtf8(file.readAll());
    }();
    return script;
}

void TeamTimeBaseline::create(SqlSession &session)
{
    session.transaction([&] {
        for (const SqlStatement &statement : SqlScript::split(sql()))
            session.exec(statement.sql);
    });
}
