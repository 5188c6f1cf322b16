#pragma once

#include "actions/actionlog.h"

#include <QCoroTask>
#include <QTimeZone>
#include <QTimer>
#include <QWidget>

class ActionLogModel;
class ConsoleSession;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QTableView;
class QTextBrowser;

// The action log workspace: filters that combine (agent, period in business time, outcome, tool, person, run,
// text), a table paged from the engine as it scrolls, new actions appearing live without moving the user's place,
// and a details pane with the reasoning, parameters and result as pretty JSON, the context snapshot, tokens and
// cost, what it created, and the whole run it belongs to (every action, the prompts, the provider's usage).
class ActionLogPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kLiveMs = 5000;

    explicit ActionLogPage(ConsoleSession &session, QWidget *parent = nullptr);

    ActionLogModel *model() const { return m_model; }
    ActionLog::Filter filter() const;
    QCoro::Task<void> applyFilter();
    QCoro::Task<QString> showDetails(QString actionId);
    QString detailsHtml() const;

Q_SIGNALS:
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QCoro::Task<void> loadChoices();
    QCoro::Task<void> pollNewer();

    ConsoleSession &m_session;
    ActionLogModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_details = nullptr;
    QComboBox *m_agent = nullptr;
    QComboBox *m_period = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_tool = nullptr;
    QComboBox *m_person = nullptr;
    QLineEdit *m_run = nullptr;
    QLineEdit *m_text = nullptr;
    QTimer m_live;
    QTimeZone m_zone = QTimeZone("America/Los_Angeles");
    bool m_started = false;
};
