#include "actions/actionexport.h"

#include "core/isotime.h"
#include "db/dberror.h"
#include "db/sqlsession.h"

#include <QIODevice>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

constexpr int kPage = 1000;

void put(QIODevice &out, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    if (out.write(bytes) != bytes.size())
        throw DbError(DbError::Kind::Environment,
                      QObject::tr("The export could not be written: %1").arg(out.errorString()));
}

QString compact(const json &value)
{
    return value.is_null() ? QString() : QString::fromStdString(value.dump());
}

} // namespace

std::optional<ActionExport::Format> ActionExport::parseFormat(const QString &name)
{
    if (name == u"csv"_s)
        return Format::Csv;
    if (name == u"jsonl"_s || name == u"json-lines"_s)
        return Format::JsonLines;
    return std::nullopt;
}

QString ActionExport::isoTime(const QDateTime &utc, const QTimeZone &zone)
{
    return IsoTime::inZone(utc, zone, IsoTime::Precision::Milliseconds);
}

QString ActionExport::csvField(const QString &value)
{
    if (std::none_of(value.cbegin(), value.cend(),
                     [](QChar c) { return c == u',' || c == u'"' || c == u'\n' || c == u'\r'; }))
        return value;
    return u"\""_s + QString(value).replace(u"\""_s, u"\"\""_s) + u"\""_s;
}

void ActionExport::writeHeader(Format format, QIODevice &out)
{
    static const QStringList columns = {u"id"_s,     u"time"_s,      u"agent"_s,      u"status"_s,
                                        u"tool"_s,   u"person_id"_s, u"person"_s,     u"run_id"_s,
                                        u"reason"_s, u"reasoning"_s, u"parameters"_s, u"result"_s};
    if (format == Format::Csv)
        put(out, columns.join(u',') + u"\r\n"_s);
}

void ActionExport::writeRows(Format format, const QList<ActionLog::Entry> &entries, const QTimeZone &zone,
                             QIODevice &out)
{
    // The parameters and the result as read: PostgreSQL's own JSON text (Payload::Text), or parsed and written
    // compactly.
    const auto parameters = [](const ActionLog::Entry &e) {
        return e.parametersText.isNull() ? compact(e.parameters) : e.parametersText;
    };
    const auto result = [](const ActionLog::Entry &e) {
        return e.resultText.isNull() ? compact(e.result) : e.resultText;
    };
    QString text;
    for (const ActionLog::Entry &e : entries) {
        const QString time = isoTime(e.createdAt, zone);
        if (format == Format::Csv) {
            const QString fields[] = {e.id,       time,           Agents::id(e.agent), e.status,
                                      e.toolName, e.targetUserId, e.targetName,        e.runId,
                                      e.reason,   e.reasoning,    parameters(e),       result(e)};
            for (const QString &field : fields) {
                if (&field != fields)
                    text += u',';
                text += csvField(field);
            }
            text += u"\r\n"_s;
        } else {
            const auto orNull = [](const QString &v) { return v.isEmpty() ? json(nullptr) : json(v.toStdString()); };
            json row = {{"id", e.id.toStdString()},
                        {"time", time.toStdString()},
                        {"agent", Agents::id(e.agent).toStdString()},
                        {"status", e.status.toStdString()},
                        {"tool", orNull(e.toolName)},
                        {"personId", orNull(e.targetUserId)},
                        {"person", orNull(e.targetName)},
                        {"runId", e.runId.toStdString()},
                        {"reason", orNull(e.reason)},
                        {"reasoning", orNull(e.reasoning)}};
            if (e.parametersText.isNull() && e.resultText.isNull()) {
                row["parameters"] = e.parameters;
                row["result"] = e.result;
                text += QString::fromStdString(row.dump()) + u'\n';
            } else {
                // PostgreSQL's JSON text is JSON: it goes in as it is, never parsed and written again.
                QString line = QString::fromStdString(row.dump());
                line.chop(1); // the closing brace
                const auto raw = [](const QString &value) { return value.isEmpty() ? u"null"_s : value; };
                text += line + u",\"parameters\":"_s + raw(e.parametersText) + u",\"result\":"_s + raw(e.resultText) +
                        u"}\n"_s;
            }
        }
    }
    put(out, text);
}

qint64 ActionExport::write(SqlSession &session, ActionLog::Filter filter, Format format, const QTimeZone &zone,
                           QIODevice &out)
{
    writeHeader(format, out);
    qint64 written = 0;
    filter.limit = kPage;
    filter.payload = ActionLog::Filter::Payload::Text;
    for (;;) {
        const QList<ActionLog::Entry> page = ActionLog::page(session, filter);
        writeRows(format, page, zone, out);
        written += page.size();
        if (page.size() < kPage)
            return written;
        filter.afterCursor = page.back().cursor;
        filter.afterId = page.back().id;
    }
}
