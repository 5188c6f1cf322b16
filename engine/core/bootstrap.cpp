#include "core/bootstrap.h"

#include "core/version.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

void Bootstrap::initialize(const QString &applicationName, bool verbose)
{
    QCoreApplication::setOrganizationName(u"Mentats"_s);
    QCoreApplication::setOrganizationDomain(u"mentats.invalid"_s);
    QCoreApplication::setApplicationName(applicationName);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(MENTATS_VERSION));
    if (logsToJournal())
        qSetMessagePattern(
            u"%{if-debug}<7>%{endif}%{if-info}<6>%{endif}%{if-warning}<4>%{endif}"
            "%{if-critical}<3>%{endif}%{if-fatal}<2>%{endif}%{if-category}%{category}: %{endif}%{message}"_s);
    else
        qSetMessagePattern(u"%{time yyyy-MM-dd hh:mm:ss.zzz} %{if-category}%{category}: %{endif}%{message}"_s);
    // Our own categories speak at info level only when asked; QT_LOGGING_RULES still overrides everything.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(verbose ? u"mentats.*.debug=true"_s : u"mentats.*.info=false"_s);
}

bool Bootstrap::logsToJournal(int fd)
{
    // "device:inode" of the stream systemd connected; a child whose stderr was redirected elsewhere inherits the
    // variable but not the stream, so compare.
    const QByteArray stream = qgetenv("JOURNAL_STREAM");
    const qsizetype colon = stream.indexOf(':');
    if (colon <= 0)
        return false;
    bool deviceOk = false;
    bool inodeOk = false;
    const qulonglong device = stream.left(colon).toULongLong(&deviceOk);
    const qulonglong inode = stream.mid(colon + 1).toULongLong(&inodeOk);
    struct stat info = {};
    if (!deviceOk || !inodeOk || ::fstat(fd, &info) != 0)
        return false;
    return static_cast<qulonglong>(info.st_dev) == device && static_cast<qulonglong>(info.st_ino) == inode;
}
