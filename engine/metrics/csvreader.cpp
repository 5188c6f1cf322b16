#include "metrics/csvreader.h"

#include "db/dberror.h"

#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace {

QString decode(const QByteArray &bytes)
{
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(view);
    if (!utf8.hasError())
        return text;
    // Older tills export in the Windows code page; Latin-1 keeps every byte and the ASCII structure intact.
    return QString::fromLatin1(view);
}

bool isBlank(const QStringList &fields)
{
    return fields.isEmpty() || (fields.size() == 1 && fields.first().trimmed().isEmpty());
}

} // namespace

QChar CsvReader::detectDelimiter(QStringView text)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
        else if (!quoted && c == u'\t')
            ++tabs;
    }
    if (tabs > commas && tabs >= semicolons)
        return u'\t';
    if (semicolons > commas)
        return u';';
    return u',';
}

CsvTable CsvReader::read(const QByteArray &bytes)
{
    const QString text = decode(bytes);
    CsvTable table;
    qsizetype start = 0;
    // The header decides the delimiter: skip leading empty lines first.
    while (start < text.size() && (text.at(start) == u'\n' || text.at(start) == u'\r'))
        ++start;
    table.delimiter = detectDelimiter(QStringView(text).sliced(start));

    int line = 1;
    std::vector<CsvRecord> records;
    CsvRecord record{1, {}};
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int quoteLine = 0;
    const auto endField = [&] {
        record.fields << field;
        field.clear();
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        if (!isBlank(record.fields))
            records.push_back(std::move(record));
        record = CsvRecord{line, {}};
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n' || (c == u'\r' && !(i + 1 < n && text.at(i + 1) == u'\n')))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            field.clear();
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == table.delimiter) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            ++line;
            endRecord();
        } else {
            // Spaces before an opening quote do not make the field unquoted ("a", "b" is common).
            if (!(c == u' ' && !fieldStarted && field.isEmpty()))
                fieldStarted = true;
            field += c;
        }
    }
    if (quoted)
        throw DbError(
            DbError::Kind::Usage,
            u"Line %1 opens a quoted field that never ends: the file is cut short or not CSV."_s.arg(quoteLine));
    endRecord();

    if (records.empty())
        return table;
    table.headerLine = records.front().line;
    for (const QString &name : records.front().fields)
        table.header << name.trimmed();
    table.records.assign(std::make_move_iterator(records.begin() + 1), std::make_move_iterator(records.end()));
    return table;
}
