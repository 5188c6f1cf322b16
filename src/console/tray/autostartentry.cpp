#include "tray/autostartentry.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcAutostart, "mentats.console.autostart")

namespace {

const QString kTemplate = u":/mentats/desktop/invalid.mentats.Console-autostart.desktop"_s;

// Characters that make an Exec argument need quotes (Desktop Entry Specification, "The Exec key").
bool needsQuotes(const QString &argument)
{
    static const QString reserved = u" \t\n\"'\\><~|&;$*?#()`"_s;
    if (argument.isEmpty())
        return true;
    for (const QChar c : argument)
        if (reserved.contains(c))
            return true;
    return false;
}

QString quoted(const QString &argument)
{
    QString arg = argument;
    if (needsQuotes(arg)) {
        QString inner;
        for (const QChar c : arg) {
            if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
                inner += u'\\';
            inner += c;
        }
        arg = u'"' + inner + u'"';
    }
    // The string-value escape applies on top of the quoting rule, and a literal % is written %% (field codes).
    arg.replace(u'\\', u"\\\\"_s);
    arg.replace(u'%', u"%%"_s);
    return arg;
}

} // namespace

AutostartEntry::AutostartEntry(QString directory) : m_directory(std::move(directory)) {}

QString AutostartEntry::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/autostart"_s;
}

QString AutostartEntry::filePath() const
{
    return QDir(m_directory).filePath(QString::fromLatin1(kFileName));
}

bool AutostartEntry::isEnabled() const
{
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    bool inMainGroup = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(u'[')) {
            inMainGroup = line == u"[Desktop Entry]"_s;
            continue;
        }
        if (!inMainGroup)
            continue;
        const qsizetype eq = line.indexOf(u'=');
        if (eq < 0)
            continue;
        const QString key = line.left(eq).trimmed();
        const QString value = line.mid(eq + 1).trimmed();
        if ((key == u"Hidden"_s && value == u"true"_s) ||
            (key == u"X-GNOME-Autostart-enabled"_s && value == u"false"_s))
            return false;
    }
    return true;
}

QString AutostartEntry::execLine(const QString &program, const QStringList &arguments)
{
    QStringList parts{quoted(program), u"--tray"_s};
    for (const QString &argument : arguments)
        parts << quoted(argument);
    return parts.join(u' ');
}

bool AutostartEntry::enable(const QString &program, const QStringList &arguments)
{
    m_error.clear();
    QFile templ(kTemplate);
    if (!templ.open(QIODevice::ReadOnly | QIODevice::Text)) {
        m_error = tr("The autostart template is missing from this build.");
        return false;
    }
    QStringList lines = QString::fromUtf8(templ.readAll()).split(u'\n');
    for (QString &line : lines) {
        if (line.startsWith(u"Exec="_s))
            line = u"Exec="_s + execLine(program, arguments);
        else if (line.startsWith(u"TryExec="_s))
            line = u"TryExec="_s + program;
    }
    if (!QDir().mkpath(m_directory)) {
        m_error = tr("Could not create %1.").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(lines.join(u'\n').toUtf8()) < 0 ||
        !file.commit()) {
        m_error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(filePath()), file.errorString());
        return false;
    }
    qCInfo(lcAutostart) << "start with the session:" << filePath();
    return true;
}

bool AutostartEntry::disable()
{
    m_error.clear();
    QFile file(filePath());
    if (file.exists() && !file.remove()) {
        m_error = tr("Could not remove %1: %2").arg(QDir::toNativeSeparators(filePath()), file.errorString());
        return false;
    }
    qCInfo(lcAutostart) << "no longer starts with the session";
    return true;
}
