#include "dryrun/runcomparisonview.h"

#include "dryrun/runcomparisonmodel.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using Difference = RunComparison::Difference;

namespace {

QLabel *label(QWidget *parent, const QString &name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QPlainTextEdit *reasoning(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setReadOnly(true);
    return edit;
}

} // namespace

RunComparisonView::RunComparisonView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = label(this, u"comparisonSummary"_s);
    layout->addWidget(m_summary);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_model = new RunComparisonModel(this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(u"comparisonTable"_s);
    m_table->setAccessibleName(tr("Tool calls, original and replay"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    auto *sides = new QWidget(splitter);
    auto *grid = new QGridLayout(sides);
    grid->setContentsMargins(0, 0, 0, 0);
    m_originalHeading = label(sides, u"originalHeading"_s);
    m_replayHeading = label(sides, u"replayHeading"_s);
    m_originalReasoning = reasoning(sides, u"originalReasoning"_s, tr("What the original model said"));
    m_replayReasoning = reasoning(sides, u"replayReasoning"_s, tr("What the replay's model said"));
    m_originalTotals = label(sides, u"originalTotals"_s);
    m_replayTotals = label(sides, u"replayTotals"_s);
    grid->addWidget(m_originalHeading, 0, 0);
    grid->addWidget(m_replayHeading, 0, 1);
    grid->addWidget(m_originalReasoning, 1, 0);
    grid->addWidget(m_replayReasoning, 1, 1);
    grid->addWidget(m_originalTotals, 2, 0);
    grid->addWidget(m_replayTotals, 2, 1);
    splitter->addWidget(m_table);
    splitter->addWidget(sides);
    layout->addWidget(splitter, 1);
    clear();
}

QString RunComparisonView::heading(const QString &side, const RecordedRun &run)
{
    QString text = tr("%1: %2 %3 · %4 · run %5")
                       .arg(side, run.provider, run.model, RunStatuses::toText(run.status), run.id.left(8));
    if (!run.reason.isEmpty())
        text += u" ("_s + run.reason + u")"_s;
    return text;
}

QString RunComparisonView::totals(const RecordedRun &run)
{
    const QLocale locale;
    return tr("%1 in / %2 out tokens · %3")
        .arg(locale.toString(run.usage.totalInputTokens()), locale.toString(run.usage.outputTokens),
             run.cost ? run.cost->display() : tr("cost unknown"));
}

void RunComparisonView::setComparison(RunComparison comparison)
{
    m_originalHeading->setText(heading(tr("Original"), comparison.original));
    m_replayHeading->setText(heading(tr("Replay"), comparison.replay));
    m_originalReasoning->setPlainText(comparison.original.reasoning.join(u"\n\n"_s));
    m_replayReasoning->setPlainText(comparison.replay.reasoning.join(u"\n\n"_s));
    m_originalTotals->setText(totals(comparison.original));
    m_replayTotals->setText(totals(comparison.replay));
    m_summary->setText(tr("Same: %1 · changed: %2 · only in the replay: %3 · only in the original: %4")
                           .arg(QString::number(comparison.count(Difference::Same)),
                                QString::number(comparison.count(Difference::Changed)),
                                QString::number(comparison.count(Difference::Added)),
                                QString::number(comparison.count(Difference::Removed))));
    m_model->setComparison(std::move(comparison));
    m_table->resizeColumnsToContents();
}

void RunComparisonView::clear()
{
    m_model->setComparison({});
    m_summary->setText(tr("Replay a run to compare it with the original here."));
    for (QLabel *l : {m_originalHeading, m_replayHeading, m_originalTotals, m_replayTotals})
        l->clear();
    m_originalReasoning->clear();
    m_replayReasoning->clear();
}
