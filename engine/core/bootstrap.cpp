#include "core/bootstrap.h"

#include "core/version.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

void Bootstrap::initialize(const QString &applicationName, bool verbose)
{
    QCoreApplication::setOrganizationName(u"Mentats"_s);
    QCoreApplication::setOrganizationDomain(u"mentats.invalid"_s);
    QCoreApplication::setApplicationName(applicationName);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(MENTATS_VERSION));
    qSetMessagePattern(u"%{time yyyy-MM-dd hh:mm:ss.zzz} %{if-category}%{category}: %{endif}%{message}"_s);
    // Our own categories speak at info level only when asked; QT_LOGGING_RULES still overrides everything.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(verbose ? u"mentats.*.debug=true"_s : u"mentats.*.info=false"_s);
}
