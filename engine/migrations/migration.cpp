#include "migrations/migration.h"

#include "db/dberror.h"

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

// Earlier texts of migrations whose only change since is that they build their indexes concurrently (the SHA-256 they
// were recorded with): the schema they leave is the same.
struct EquivalentChecksum
{
    int version;
    const char *checksum;
};
constexpr EquivalentChecksum kEquivalentChecksums[] = {
    {7, "4e933ee374fb9f226297eaf899c9eb67e13fa316a3222420d285cc21b6c577a6"},
    {8, "48856ab9563d26847f007c7bc498aa9e03c0c8774dbe11cef5b044fe00223bb2"},
    {12, "820e982d35465e6169fd70dc888fd218c795ab94bdb3fb0931932a16fb8958ec"},
    {15, "e64319bf5798d190af9867d1a035f2b27de3b379cbadc3ae2ac6b5c196f1e21b"},
};

// The statement without the comments before it, and the `-- requires extension NAME` among them.
std::pair<QString, QString> codeAndExtension(const QString &statement)
{
    static const QRegularExpression requirement(u"^--\\s*requires extension\\s+(\\w+)\\s*$"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    QString extension;
    QStringView rest(statement);
    for (;;) {
        rest = rest.trimmed();
        if (!rest.startsWith(u"--"))
            break;
        const qsizetype end = rest.indexOf(u'\n');
        const QStringView comment = end < 0 ? rest : rest.first(end);
        if (const auto match = requirement.match(comment.trimmed()); match.hasMatch())
            extension = match.captured(1);
        rest = end < 0 ? QStringView() : rest.sliced(end + 1);
    }
    return {rest.toString(), extension};
}

} // namespace

bool Migration::matchesChecksum(const QByteArray &applied) const
{
    return applied == checksum || equivalentChecksums.contains(applied);
}

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
    for (const EquivalentChecksum &earlier : kEquivalentChecksums) {
        if (earlier.version == version)
            m.equivalentChecksums << QByteArray(earlier.checksum);
    }
    static const QRegularExpression concurrent(u"^CREATE\\s+(UNIQUE\\s+)?INDEX\\s+CONCURRENTLY\\b"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression index(u"^CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+CONCURRENTLY\\s+IF\\s+NOT\\s+EXISTS\\s+("
                                          u"mentats_\\w+)\\s+ON\\s+(?:ONLY\\s+)?"
                                          "(\\w+)\\b"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    for (const SqlStatement &statement : SqlScript::split(sql)) {
        const auto [code, extension] = codeAndExtension(statement.sql);
        if (!concurrent.match(code).hasMatch()) {
            m.statements << statement;
            continue;
        }
        const auto match = index.match(code);
        if (!match.hasMatch())
            throw DbError(
                DbError::Kind::Migration,
                u"%1, line %2: an index built concurrently must be CREATE INDEX CONCURRENTLY IF NOT EXISTS "
                "mentats_… ON table (the migrator builds it again after an interrupted build)."_s.arg(m.label())
                    .arg(statement.line),
                code);
        m.indexes << ConcurrentIndex{match.captured(1), match.captured(2), code, extension, statement.line};
    }
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
