#pragma once

#include "runs/runcontrol.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

// What the dry-run workspace is doing right now, and the way to stop it: a busy indicator, a sentence that follows
// the run's progress ("Asking the model, round 2 of at most 3…") and a Cancel button for work that can be cancelled.
// One piece of work at a time.
class RunActivity : public QWidget
{
    Q_OBJECT

public:
    explicit RunActivity(QWidget *parent = nullptr);

    bool isBusy() const { return m_busy; }
    QString text() const;

    // Starts a piece of work. For a cancellable one, the returned control's token is what Cancel cancels and its
    // progress callback updates the sentence (safely, should this widget go first).
    RunControl begin(const QString &what, bool cancellable = true);
    // Ends it, saying how it went.
    void end(const QString &outcome);

    static QString describe(const RunControl::Progress &progress);

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    void setBusy(bool busy);

    QProgressBar *m_bar = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_cancel = nullptr;
    std::shared_ptr<LlmCancellation> m_cancellation;
    bool m_busy = false;
};
