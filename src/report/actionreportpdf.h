#pragma once

#include "actions/actionsummary.h"

#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QTimeZone>

class QIODevice;

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
    void newPage();
    void ensureSpace(qreal height);
    void drawFooter();
    void heading(const QString &text);
    void table(const QList<Column> &columns, const QList<QStringList> &rows);
    void tableHeader(const QList<Column> &columns);
    void figures(const ActionSummary::Summary &summary);
    void chart(const ActionSummary::Summary &summary);

    QPdfWriter m_writer;
    QPainter m_painter;
    Title m_title;
    QTimeZone m_zone;
    QFont m_body;
    QFont m_small;
    QFont m_bold;
    QFont m_heading;
    QFont m_title1;
    qreal m_y = 0;
    int m_pages = 1;
    QList<Column> m_actionColumns;
};
