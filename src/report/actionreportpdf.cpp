#include "actionreportpdf.h"

#include "reportformat.h"
#include "statuspalette.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QTextLayout>
#include <algorithm>
#include <cmath>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kResolution = 300;
const QColor kInk(0x22, 0x22, 0x22);
const QColor kMuted(0x66, 0x66, 0x66);
const QColor kRule(0xBB, 0xBB, 0xBB);
const QColor kStripe(0xF3, 0xF3, 0xF3);

// Characters laid out per line of wrapped text at most: far more than a line of the report holds.
constexpr int kMaxWrappedChars = 300;

// `text` on one line, as wide as it is, shaped and kept for drawing.
std::shared_ptr<QTextLayout> layOut(const QString &text, const QFont &font, QPaintDevice *device)
{
    auto layout = std::make_shared<QTextLayout>(text, font, device);
    layout->setCacheEnabled(true); // keep the glyphs: draw() would shape the text again otherwise
    layout->beginLayout();
    layout->createLine();
    layout->endLayout();
    return layout;
}

// Money in the C locale: a report reads the same wherever it was printed.
QString money(double usd)
{
    return ReportFormat::money(usd, QLocale::c());
}

struct Series
{
    QString label;
    QColor color;
    QList<double> values; // one per day
};

} // namespace

ActionReportPdf::ActionReportPdf(QIODevice *device, Title title, QTimeZone zone)
    : m_writer(device), m_title(std::move(title)), m_zone(std::move(zone))
{
    m_writer.setResolution(kResolution);
    m_writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                       QPageLayout::Millimeter));
    m_writer.setTitle(m_title.heading + u" — "_s + m_title.business);
    m_writer.setCreator(u"Mentats Console"_s);
    // The page's size is asked for on every row: QPdfWriter works it out from the page layout each time.
    m_width = m_writer.width();
    m_height = m_writer.height();
    m_painter.begin(&m_writer);
    m_body.setPointSizeF(7.8);
    m_small.setPointSizeF(7);
    m_bold = m_body;
    m_bold.setBold(true);
    m_heading.setPointSizeF(11);
    m_heading.setBold(true);
    m_title1.setPointSizeF(18);
    m_title1.setBold(true);
    m_actionColumns = {{QObject::tr("Time"), 0.12},    {QObject::tr("Agent"), 0.14},  {QObject::tr("Tool"), 0.18},
                       {QObject::tr("Outcome"), 0.11}, {QObject::tr("Person"), 0.13}, {QObject::tr("Why"), 0.32}};

    m_painter.setPen(kMuted);
    m_painter.setFont(m_small);
    const QFontMetricsF small(m_small, &m_writer);
    m_painter.drawText(QPointF(0, small.ascent()), m_title.business.toUpper());
    m_y = small.height() + pt(2);
    m_painter.setPen(kInk);
    m_painter.setFont(m_title1);
    const QFontMetricsF big(m_title1, &m_writer);
    m_painter.drawText(QPointF(0, m_y + big.ascent()), m_title.heading);
    m_y += big.height() + pt(4);
    m_painter.setFont(m_body);
    const QFontMetricsF body(m_body, &m_writer);
    for (const QString &line : {m_title.period, m_title.filter, m_title.generated}) {
        m_painter.drawText(QPointF(0, m_y + body.ascent()), line);
        m_y += body.height();
    }
    m_y += pt(6);
    m_painter.setPen(QPen(kRule, pt(0.5)));
    m_painter.drawLine(QPointF(0, m_y), QPointF(width(), m_y));
    m_y += pt(8);
}

qreal ActionReportPdf::pt(qreal points) const
{
    return points * kResolution / 72.0;
}

qreal ActionReportPdf::width() const
{
    return m_width;
}

qreal ActionReportPdf::pageHeight() const
{
    return m_height;
}

void ActionReportPdf::drawFooter()
{
    const QFontMetricsF small(m_small, &m_writer);
    const qreal y = pageHeight() - small.descent();
    m_painter.setFont(m_small);
    m_painter.setPen(kMuted);
    m_painter.drawText(QPointF(0, y), m_title.business + u" · "_s + m_title.period);
    const QString page = QObject::tr("Page %1").arg(m_pages);
    m_painter.drawText(QPointF(width() - small.horizontalAdvance(page), y), page);
}

void ActionReportPdf::newPage()
{
    drawFooter();
    m_writer.newPage();
    ++m_pages;
    m_y = 0;
}

void ActionReportPdf::ensureSpace(qreal height)
{
    const qreal bottom = pageHeight() - QFontMetricsF(m_small, &m_writer).height() - pt(8);
    if (m_y + height > bottom)
        newPage();
}

void ActionReportPdf::heading(const QString &text)
{
    const QFontMetricsF metrics(m_heading, &m_writer);
    ensureSpace(metrics.height() * 3);
    m_y += pt(6);
    m_painter.setFont(m_heading);
    m_painter.setPen(kInk);
    m_painter.drawText(QPointF(0, m_y + metrics.ascent()), text);
    m_y += metrics.height() + pt(3);
}

void ActionReportPdf::tableHeader(const QList<Column> &columns)
{
    const QFontMetricsF metrics(m_bold, &m_writer);
    m_painter.setFont(m_bold);
    m_painter.setPen(kInk);
    qreal x = 0;
    for (const Column &c : columns) {
        const qreal w = c.width * width();
        m_painter.drawText(QRectF(x + pt(2), m_y, w - pt(4), metrics.height()), int(c.align | Qt::AlignVCenter),
                           c.title);
        x += w;
    }
    m_y += metrics.height() + pt(1);
    m_painter.setPen(QPen(kRule, pt(0.5)));
    m_painter.drawLine(QPointF(0, m_y), QPointF(width(), m_y));
    m_y += pt(1);
}

void ActionReportPdf::table(const QList<Column> &columns, const QList<QStringList> &rows)
{
    const QFontMetricsF metrics(m_body, &m_writer);
    const qreal rowHeight = metrics.height() + pt(2);
    ensureSpace(rowHeight * std::min<qsizetype>(rows.size() + 1, 4));
    tableHeader(columns);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (m_y + rowHeight > pageHeight() - QFontMetricsF(m_small, &m_writer).height() - pt(8)) {
            newPage();
            tableHeader(columns);
        }
        if (r % 2 == 1)
            m_painter.fillRect(QRectF(0, m_y, width(), rowHeight), kStripe);
        m_painter.setFont(m_body);
        m_painter.setPen(kInk);
        qreal x = 0;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const qreal w = columns.at(c).width * width();
            const QString text = metrics.elidedText(rows.at(r).value(c), Qt::ElideRight, w - pt(4));
            m_painter.drawText(QRectF(x + pt(2), m_y, w - pt(4), rowHeight),
                               int(columns.at(c).align | Qt::AlignVCenter), text);
            x += w;
        }
        m_y += rowHeight;
    }
    m_y += pt(4);
}

void ActionReportPdf::figures(const ActionSummary::Summary &summary)
{
    const QList<std::pair<QString, QString>> items = {
        {QObject::tr("Actions"), QLocale().toString(summary.total)},
        {QObject::tr("Executed"), QLocale().toString(summary.count(u"executed"_s))},
        {QObject::tr("Blocked"), QLocale().toString(summary.count(u"blocked"_s))},
        {QObject::tr("Awaiting approval"), QLocale().toString(summary.count(u"awaiting_approval"_s))},
        {QObject::tr("Failed"), QLocale().toString(summary.count(u"failed"_s))},
        {QObject::tr("Cost"), money(summary.costUsd())}};
    const QFontMetricsF small(m_small, &m_writer);
    QFont value = m_title1;
    value.setPointSizeF(14);
    const QFontMetricsF big(value, &m_writer);
    const qreal boxWidth = width() / items.size();
    ensureSpace(small.height() + big.height() + pt(8));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const qreal x = i * boxWidth;
        m_painter.setFont(m_small);
        m_painter.setPen(kMuted);
        m_painter.drawText(QPointF(x, m_y + small.ascent()), items.at(i).first);
        m_painter.setFont(value);
        m_painter.setPen(kInk);
        m_painter.drawText(QPointF(x, m_y + small.height() + big.ascent()), items.at(i).second);
    }
    m_y += small.height() + big.height() + pt(8);
}

void ActionReportPdf::chart(const ActionSummary::Summary &summary)
{
    // Two stacked bar charts over the period's days: actions by outcome, and cost by agent.
    const auto draw = [this, &summary](const QString &title, const QList<Series> &series,
                                       const std::function<QString(double)> &label) {
        const qsizetype days = summary.days.size();
        QList<double> totals(days, 0);
        for (const Series &s : series) {
            for (qsizetype d = 0; d < days; ++d)
                totals[d] += s.values.value(d);
        }
        const double maxTotal = *std::max_element(totals.cbegin(), totals.cend());
        const QFontMetricsF small(m_small, &m_writer);
        const qreal plotHeight = pt(90);
        heading(title);
        if (maxTotal <= 0) {
            addNote(QObject::tr("Nothing in this period."));
            return;
        }
        ensureSpace(plotHeight + small.height() * 4);
        const qreal axisWidth = small.horizontalAdvance(label(maxTotal)) + pt(6);
        const QRectF plot(axisWidth, m_y, width() - axisWidth, plotHeight);
        m_painter.setFont(m_small);
        m_painter.setPen(kMuted);
        m_painter.drawText(QRectF(0, plot.top() - small.height() / 2, axisWidth - pt(3), small.height()),
                           int(Qt::AlignRight | Qt::AlignVCenter), label(maxTotal));
        m_painter.drawText(QRectF(0, plot.bottom() - small.height() / 2, axisWidth - pt(3), small.height()),
                           int(Qt::AlignRight | Qt::AlignVCenter), label(0));
        m_painter.setPen(QPen(kRule, pt(0.5)));
        m_painter.drawLine(plot.bottomLeft(), plot.bottomRight());
        m_painter.drawLine(plot.topLeft(), plot.topRight());
        const qreal slot = plot.width() / qreal(std::max<qsizetype>(days, 1));
        const int labelEvery = std::max(1, int(std::ceil(small.horizontalAdvance(u"30 Sep"_s) * 1.4 / slot)));
        for (qsizetype d = 0; d < days; ++d) {
            qreal top = plot.bottom();
            for (const Series &s : series) {
                const double v = s.values.value(d);
                if (v <= 0 || maxTotal <= 0)
                    continue;
                const qreal h = plot.height() * v / maxTotal;
                m_painter.fillRect(QRectF(plot.left() + d * slot + slot * 0.15, top - h, slot * 0.7, h), s.color);
                top -= h;
            }
            if (d % labelEvery == 0) {
                m_painter.setPen(kMuted);
                m_painter.drawText(
                    QRectF(plot.left() + d * slot - slot, plot.bottom() + pt(2), slot * 3, small.height()),
                    int(Qt::AlignHCenter | Qt::AlignTop), QLocale::c().toString(summary.days.at(d).date, u"d MMM"_s));
            }
        }
        m_y = plot.bottom() + small.height() + pt(6);
        qreal x = plot.left();
        for (const Series &s : series) {
            const qreal box = small.ascent() * 0.8;
            m_painter.fillRect(QRectF(x, m_y + small.ascent() - box, box, box), s.color);
            x += box + pt(3);
            m_painter.setPen(kInk);
            m_painter.drawText(QPointF(x, m_y + small.ascent()), s.label);
            x += small.horizontalAdvance(s.label) + pt(10);
        }
        m_y += small.height() + pt(6);
    };

    QList<Series> outcomes;
    for (const QString &status : ActionLog::statuses()) {
        Series s{ActionLog::statusLabel(status), StatusPalette::color(status), {}};
        for (const ActionSummary::Day &day : summary.days)
            s.values << double(day.byStatus.value(status));
        if (summary.count(status) > 0)
            outcomes << s;
    }
    draw(QObject::tr("Actions per day by outcome"), outcomes, [](double v) { return QLocale().toString(qint64(v)); });

    QList<Series> costs;
    for (qsizetype i = 0; i < summary.agents.size(); ++i) {
        const Agent agent = summary.agents.at(i).agent;
        Series s{Agents::displayName(agent), StatusPalette::agentColor(int(agent)), {}};
        for (const ActionSummary::Day &day : summary.days)
            s.values << day.costByAgent.value(agent);
        costs << s;
    }
    draw(QObject::tr("Cost per day by agent"), costs, money);
}

void ActionReportPdf::addSummary(const ActionSummary::Summary &summary)
{
    figures(summary);

    heading(QObject::tr("By agent"));
    QList<QStringList> agents;
    for (const ActionSummary::AgentTotals &t : summary.agents) {
        QString cost = money(t.costUsd);
        if (t.unpricedRuns > 0)
            cost += QObject::tr(" (+%n unpriced)", nullptr, int(t.unpricedRuns));
        agents << QStringList{Agents::displayName(t.agent),
                              QLocale().toString(t.actions),
                              QLocale().toString(t.runs),
                              QLocale().toString(t.failedRuns),
                              QLocale().toString(t.inputTokens) + u" / "_s + QLocale().toString(t.outputTokens),
                              cost};
    }
    const Qt::Alignment right = Qt::AlignRight;
    table({{QObject::tr("Agent"), 0.24},
           {QObject::tr("Actions"), 0.12, right},
           {QObject::tr("Runs"), 0.10, right},
           {QObject::tr("Failed runs"), 0.12, right},
           {QObject::tr("Tokens in / out"), 0.22, right},
           {QObject::tr("Cost"), 0.20, right}},
          agents);

    chart(summary);

    const auto counts = [this, right](const QString &title, const QString &what,
                                      const QList<ActionSummary::Count> &list, qint64 total) {
        if (list.isEmpty())
            return;
        heading(title);
        QList<QStringList> rows;
        for (const ActionSummary::Count &c : list) {
            rows << QStringList{c.label, QLocale().toString(c.count), ReportFormat::share(c.count, total)};
        }
        table({{what, 0.6}, {QObject::tr("Actions"), 0.2, right}, {QObject::tr("Share"), 0.2, right}}, rows);
    };
    counts(QObject::tr("By outcome"), QObject::tr("Outcome"), summary.byStatus, summary.total);
    counts(QObject::tr("By tool"), QObject::tr("Tool"), summary.byTool, summary.total);
    counts(QObject::tr("People most often concerned"), QObject::tr("Person"), summary.people, summary.total);
}

void ActionReportPdf::beginActions(const QString &text)
{
    // The heading never ends a page alone: room for it, the column titles and two rows.
    ensureSpace(QFontMetricsF(m_heading, &m_writer).height() * 2 + QFontMetricsF(m_body, &m_writer).height() * 6);
    heading(text);
    tableHeader(m_actionColumns);
}

std::shared_ptr<const QTextLayout> ActionReportPdf::bodyLine(const QString &text, qreal width, int column)
{
    if (column >= 0) {
        if (const auto kept = m_lines.constFind({column, text}); kept != m_lines.cend())
            return *kept;
    }
    const QString flat = text.simplified();
    std::shared_ptr<QTextLayout> line = layOut(flat, m_body, &m_writer);
    if (line->lineAt(0).naturalTextWidth() > width)
        line = layOut(QFontMetricsF(m_body, &m_writer).elidedText(flat, Qt::ElideRight, width), m_body, &m_writer);
    if (column >= 0) {
        if (m_lines.size() > 4096) // a report with thousands of people: keep what is cheap to keep
            m_lines.clear();
        m_lines.insert({column, text}, line);
    }
    return line;
}

ActionReportPdf::Wrapped ActionReportPdf::wrap(const QString &text, qreal width, int maxLines)
{
    // Far more than `maxLines` lines hold: a model's reasoning can run to pages, and every character laid out costs.
    const QString flat = text.left(kMaxWrappedChars * maxLines).simplified();
    auto layout = std::make_shared<QTextLayout>(flat, m_body, &m_writer);
    layout->setCacheEnabled(true);
    const qreal spacing = QFontMetricsF(m_body, &m_writer).lineSpacing();
    Wrapped wrapped;
    layout->beginLayout();
    for (;;) {
        QTextLine line = layout->createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, wrapped.lines * spacing));
        if (wrapped.lines == maxLines - 1 && line.textStart() + line.textLength() < flat.size()) {
            // The text goes on past the last line: that line is the rest, elided.
            wrapped.last = layOut(QFontMetricsF(m_body, &m_writer)
                                      .elidedText(flat.mid(line.textStart(), kMaxWrappedChars), Qt::ElideRight, width),
                                  m_body, &m_writer);
            break;
        }
        ++wrapped.lines;
        if (wrapped.lines == maxLines)
            break;
    }
    layout->endLayout();
    wrapped.text = layout;
    return wrapped;
}

void ActionReportPdf::draw(const Wrapped &wrapped, QPointF at)
{
    for (int i = 0; i < wrapped.lines; ++i)
        wrapped.text->lineAt(i).draw(&m_painter, at);
    if (wrapped.last)
        wrapped.last->lineAt(0).draw(&m_painter,
                                     at + QPointF(0, wrapped.lines * QFontMetricsF(m_body, &m_writer).lineSpacing()));
}

void ActionReportPdf::addActions(const QList<ActionLog::Entry> &entries)
{
    const QFontMetricsF metrics(m_body, &m_writer);
    const qreal bottom = pageHeight() - QFontMetricsF(m_small, &m_writer).height() - pt(8);
    const qreal whyWidth = m_actionColumns.last().width * width() - pt(4);
    enum Cell
    {
        Time,
        Agent,
        Tool,
        Outcome,
        Person,
        Why
    };
    for (const ActionLog::Entry &e : entries) {
        const Wrapped why = wrap(e.reason.isEmpty() ? e.reasoning : e.reason + u" — "_s + e.reasoning, whyWidth, 2);
        const qreal rowHeight = metrics.height() * std::max(why.lineCount(), 1) + pt(3);
        if (m_y + rowHeight > bottom) {
            newPage();
            tableHeader(m_actionColumns);
        }
        const auto cellWidth = [this](Cell c) { return m_actionColumns.at(c).width * width() - pt(6); };
        const std::shared_ptr<const QTextLayout> cells[] = {
            bodyLine(ReportFormat::shortTime(e.createdAt, m_zone), cellWidth(Time)),
            bodyLine(Agents::displayName(e.agent), cellWidth(Agent), Agent),
            bodyLine(e.toolName.isEmpty() ? QObject::tr("(observation)") : e.toolName, cellWidth(Tool), Tool),
            bodyLine(ActionLog::statusLabel(e.status), cellWidth(Outcome), Outcome),
            bodyLine(e.targetName, cellWidth(Person), Person)};
        m_painter.setPen(kInk);
        qreal x = 0;
        for (int c = Time; c <= Why; ++c) {
            const qreal w = m_actionColumns.at(c).width * width();
            const QPointF at(x + pt(c == Outcome ? 4 : 2), m_y + pt(1));
            if (c == Outcome)
                m_painter.fillRect(QRectF(x, m_y + pt(1.5), pt(2), metrics.height() - pt(1)),
                                   StatusPalette::color(e.status));
            if (c == Why)
                draw(why, at);
            else
                cells[c]->lineAt(0).draw(&m_painter, at);
            x += w;
        }
        m_y += rowHeight;
        m_painter.setPen(QPen(kStripe, pt(0.5)));
        m_painter.drawLine(QPointF(0, m_y), QPointF(width(), m_y));
        m_painter.setPen(kInk);
    }
}

void ActionReportPdf::addNote(const QString &text)
{
    const QFontMetricsF metrics(m_body, &m_writer);
    ensureSpace(metrics.height() * 2);
    m_painter.setFont(m_body);
    m_painter.setPen(kMuted);
    m_painter.drawText(QPointF(0, m_y + metrics.ascent() + pt(2)), text);
    m_y += metrics.height() + pt(6);
}

bool ActionReportPdf::finish()
{
    drawFooter();
    return m_painter.end();
}
