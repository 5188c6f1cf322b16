#pragma once

#include "actions/actionsummary.h"

#include <QFont>
#include <QHash>
#include <QPainter>
#include <QPdfWriter>
#include <QTimeZone>
#include <memory>

class QIODevice;
class QTextLayout;

// The action log as a PDF a manager can forward: a title block (business, period, filter), key figures, totals
// by agent, status, tool and person, a chart of actions per day by outcome, then the actions themselves. Actions
// are added a page of the log at a time, so a long period never sits in memory; every page carries a footer with
// the business, the period and the page number. Paints with QPainter on QPdfWriter (A4, 300 dpi, text kept as
// text — pdftotext reads it back).
class ActionReportPdf
{
public:
    struct Title
    {
        QString heading;
        QString business;
        QString period;
        QString filter;
        QString generated;
    };

    ActionReportPdf(QIODevice *device, Title title, QTimeZone zone);

    void addSummary(const ActionSummary::Summary &summary);
    // A section of actions: its heading, then rows from addActions().
    void beginActions(const QString &heading);
    void addActions(const QList<ActionLog::Entry> &entries);
    void addNote(const QString &text);
    // Ends the document; false when the device could not be written.
    bool finish();
    int pageCount() const { return m_pages; }

private:
    struct Column
    {
        QString title;
        qreal width; // share of the line
        Qt::Alignment align = Qt::AlignLeft;
    };

    qreal pt(qreal points) const;
    qreal width() const;
    qreal pageHeight() const;
    void newPage();
    void ensureSpace(qreal height);
    void drawFooter();
    void heading(const QString &text);
    void table(const QList<Column> &columns, const QList<QStringList> &rows);
    void tableHeader(const QList<Column> &columns);
    void figures(const ActionSummary::Summary &summary);
    void chart(const ActionSummary::Summary &summary);
    // The actions' cells are laid out (shaped) once and drawn from their glyphs: shaping each again in drawText(),
    // and once more to elide or wrap it, was most of a long report's time.
    struct Wrapped
    {
        std::shared_ptr<const QTextLayout> text; // its first lines
        int lines = 0;                           // drawn from `text`
        std::shared_ptr<const QTextLayout> last; // the last line, elided, when the text goes on
        int lineCount() const { return lines + (last ? 1 : 0); }
    };
    // A line at the body font, elided to `width`; `column` >= 0 keeps it for the next rows (agents, tools, outcomes
    // and people repeat on every row).
    std::shared_ptr<const QTextLayout> bodyLine(const QString &text, qreal width, int column = -1);
    // Up to `maxLines` lines of `text` at `width` at the body font, the last one elided when the text goes on.
    Wrapped wrap(const QString &text, qreal width, int maxLines);
    void draw(const Wrapped &wrapped, QPointF at);

    QPdfWriter m_writer;
    QPainter m_painter;
    Title m_title;
    QTimeZone m_zone;
    QFont m_body;
    QFont m_small;
    QFont m_bold;
    QFont m_heading;
    QFont m_title1;
    qreal m_width = 0;
    qreal m_height = 0;
    qreal m_y = 0;
    int m_pages = 1;
    QList<Column> m_actionColumns;
    QHash<std::pair<int, QString>, std::shared_ptr<const QTextLayout>> m_lines;
};
