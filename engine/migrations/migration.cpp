#include "migrations/migration.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStringList>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing embedded resource %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

} // namespace

QString Migration::purpose() const
{
    QStringList words;
    for (const QStringView line : QStringView(sql).split(u'\n')) {
        const QStringView trimmed = line.trimmed();
        if (!trimmed.startsWith(u"--"))
            break;
        words << trimmed.mid(2).trimmed().toString();
    }
    return words.join(u' ').simplified();
}

QString Migration::label() const
{
    return u"Migration %1 (%2)"_s.arg(version, 4, 10, QChar(u'0')).arg(name);
}

Migration Migration::fromSql(int version, QString name, QString sql)
{
    Migration m;
    m.version = version;
    m.name = std::move(name);
    m.checksum = QCryptographicHash::hash(sql.toUtf8(), QCryptographicHash::Sha256).toHex();
    m.sql = std::move(sql);
    return m;
}

const QList<Migration> &Migration::builtIn()
{
    static const QList<Migration> migrations = [] {
        QList<Migration> list;
        static const QRegularExpression pattern(u"^(\\d{4})_(\\w+)\\.sql$"_s);
        const QDir dir(u":/mentats/migrations"_s);
        for (const QString &file : dir.entryList({u"*.sql"_s}, QDir::Files)) {
            const auto match = pattern.match(file);
            if (!match.hasMatch())
                continue;
            list.append(fromSql(match.captured(1).toInt(), match.captured(2), readResource(dir.filePath(file))));
        }
        std::ranges::sort(list, {}, &Migration::version);
        return list;
    }();
    return migrations;
}

const QString &Migration::helpersSql()
{
    static const QString sql = readResource(u":/mentats/helpers.sql"_s);
    return sql;
}
