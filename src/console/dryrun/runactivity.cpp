#include "dryrun/runactivity.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

RunActivity::RunActivity(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(u"runProgress"_s);
    m_bar->setAccessibleName(tr("Working"));
    m_bar->setRange(0, 0); // rounds end when the model is done: a step count would promise what it cannot know
    m_bar->setMaximumWidth(120);
    m_bar->setTextVisible(false);
    m_bar->hide();
    m_text = new QLabel(this);
    m_text->setObjectName(u"dryRunState"_s);
    m_text->setWordWrap(true);
    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_cancel->setEnabled(false);
    layout->addWidget(m_bar);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (!m_cancellation)
            return;
        m_cancel->setEnabled(false);
        m_text->setText(tr("Cancelling…"));
        m_cancellation->cancel();
    });
}

QString RunActivity::text() const
{
    return m_text->text();
}

RunControl RunActivity::begin(const QString &what, bool cancellable)
{
    RunControl control;
    m_cancellation = cancellable ? std::make_shared<LlmCancellation>() : nullptr;
    control.cancellation = m_cancellation;
    QPointer<RunActivity> self(this);
    control.progress = [self, token = m_cancellation](const RunControl::Progress &progress) {
        // A run cancelled from here keeps reporting its last steps: the sentence keeps saying it is stopping.
        if (self && self->m_cancellation == token && !(token && token->isCancelled()))
            self->m_text->setText(describe(progress));
    };
    m_text->setText(what);
    m_cancel->setEnabled(cancellable);
    setBusy(true);
    return control;
}

void RunActivity::end(const QString &outcome)
{
    m_cancellation.reset();
    m_cancel->setEnabled(false);
    m_text->setText(outcome);
    setBusy(false);
}

void RunActivity::setBusy(bool busy)
{
    m_busy = busy;
    m_bar->setVisible(busy);
    Q_EMIT busyChanged(busy);
}

QString RunActivity::describe(const RunControl::Progress &progress)
{
    using Phase = RunControl::Progress::Phase;
    switch (progress.phase) {
    case Phase::AssemblingContext:
        return tr("Reading what the run needs…");
    case Phase::AskingModel:
        return progress.round <= 1 ? tr("Asking the model…")
                                   : tr("Asking the model again (round %1 of at most %2)…")
                                         .arg(QString::number(progress.round), QString::number(progress.maxRounds));
    case Phase::CheckingToolCalls:
        return tr("Checking the proposed tool calls (round %1)…").arg(progress.round);
    case Phase::Recording:
        return tr("Recording the run…");
    }
    return {};
}
