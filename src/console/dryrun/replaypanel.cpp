#include "dryrun/replaypanel.h"

#include "app/consolesession.h"
#include "common/pagetask.h"
#include "dryrun/runactivity.h"
#include "dryrun/runcomparisonview.h"
#include "llm/pricetable.h"
#include "services/enginesession.h"
#include "services/replayservice.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

ReplayPanel::ReplayPanel(ConsoleSession &session, RunActivity &activity, QWidget *parent)
    : QWidget(parent), m_session(session), m_activity(activity)
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_run = new QComboBox(this);
    m_run->setObjectName(u"replayRunChoice"_s);
    m_run->setAccessibleName(tr("Run to replay"));
    m_run->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    form->addRow(tr("&Run:"), m_run);
    auto *provider = new QHBoxLayout;
    m_provider = new QComboBox(this);
    m_provider->setObjectName(u"replayProvider"_s);
    m_provider->setAccessibleName(tr("Provider"));
    m_provider->addItems(AgentSettings::providers());
    m_model = new QComboBox(this);
    m_model->setObjectName(u"replayModel"_s);
    m_model->setAccessibleName(tr("Model"));
    m_model->setEditable(true);
    m_model->setMinimumContentsLength(24);
    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setObjectName(u"replayBaseUrl"_s);
    m_baseUrl->setAccessibleName(tr("Base URL"));
    m_baseUrl->setPlaceholderText(tr("the provider's default"));
    provider->addWidget(m_provider);
    provider->addWidget(m_model, 1);
    provider->addWidget(m_baseUrl, 1);
    form->addRow(tr("&Provider and model:"), provider);
    m_instructions = new QComboBox(this);
    m_instructions->setObjectName(u"replayInstructions"_s);
    m_instructions->setAccessibleName(tr("Instructions"));
    form->addRow(tr("&Instructions:"), m_instructions);
    m_replay = new QPushButton(tr("Re&play"), this);
    m_replay->setObjectName(u"replayButton"_s);
    form->addRow(QString(), m_replay);
    layout->addLayout(form);
    m_view = new RunComparisonView(this);
    m_view->setObjectName(u"comparisonView"_s);
    layout->addWidget(m_view, 1);

    connect(m_provider, &QComboBox::currentTextChanged, this, [this] {
        fillModels();
        // The agent's own address goes with the agent's own provider; any other starts from its default.
        m_baseUrl->setText(m_provider->currentText() == m_settings.provider ? m_settings.baseUrl : QString());
    });
    connect(m_replay, &QPushButton::clicked, this, [this] { replay(); });
    connect(&m_activity, &RunActivity::busyChanged, this, [this](bool busy) { setIdle(!busy); });
    setIdle(true);
}

void ReplayPanel::setIdle(bool idle)
{
    m_replay->setEnabled(idle && m_run->count() > 0);
}

void ReplayPanel::fillModels()
{
    const QString current = m_model->currentText();
    const QSignalBlocker blocker(m_model);
    m_model->clear();
    QStringList known;
    const PriceTable prices = PriceTable::load();
    for (const ModelPrice &price : prices.models()) {
        if (price.provider == m_provider->currentText())
            known << price.model;
    }
    known.sort();
    m_model->addItems(known);
    m_model->setCurrentText(current);
}

std::optional<ReplayPanel::Choice> ReplayPanel::choice() const
{
    if (m_run->currentIndex() < 0)
        return std::nullopt;
    Choice c;
    c.runId = m_run->currentData().toString();
    c.agent = m_agent;
    c.provider = m_provider->currentText();
    c.model = m_model->currentText().trimmed();
    c.baseUrl = m_baseUrl->text().trimmed();
    if (const int version = m_instructions->currentData().toInt(); version > 0)
        c.instructionVersion = version;
    c.usesAgentKey = c.provider == m_settings.provider && c.baseUrl == m_settings.baseUrl.trimmed();
    return c;
}

QCoro::Task<void> ReplayPanel::load(Agent agent, QString runId)
{
    const quint64 generation = ++m_generation;
    PageTask work(this, [this](const QString &sentence) { Q_EMIT message(sentence); });
    QCoro::Task<std::optional<ReplayService::Choices>> reading =
        work.run(m_session.engine().replays().choices(agent, runId));
    const std::optional<ReplayService::Choices> choices = co_await reading;
    if (!choices || generation != m_generation)
        co_return;
    const ReplayService::Choices &c = *choices;
    const bool otherAgent = c.agent != agent;
    // Reloading the same agent (a refresh) keeps what the manager chose; another agent starts from its settings.
    const bool fresh = !m_loaded || c.agent != m_agent;
    const QString keptRun = runId.isEmpty() ? m_run->currentData().toString() : runId.trimmed();
    const int keptVersion = m_instructions->currentData().toInt();
    m_loaded = true;
    m_agent = c.agent;
    m_settings = c.settings;
    m_zone = c.zone;
    m_run->clear();
    for (const RecordedRun::Summary &r : c.runs) {
        const QString when = QLocale().toString(r.startedAt.toTimeZone(m_zone), u"ddd d MMM HH:mm"_s);
        const QString kind = r.replayOf.isEmpty() ? r.trigger : tr("replay");
        m_run->addItem(tr("%1 · %2 · %3 %4 · %n call(s) · %5", nullptr, r.calls)
                           .arg(when, kind, r.provider, r.model, RunStatuses::toText(r.status)),
                       r.id);
        m_run->setItemData(m_run->count() - 1, r.id, Qt::ToolTipRole);
    }
    if (!keptRun.isEmpty() && (!fresh || !runId.isEmpty()))
        m_run->setCurrentIndex(m_run->findData(keptRun));
    m_instructions->clear();
    m_instructions->addItem(tr("As recorded"), 0);
    for (const InstructionVersions::Version &v : c.versions)
        m_instructions->addItem(tr("Version %1 — %2 (%3)")
                                    .arg(QString::number(v.number), v.note.isEmpty() ? tr("no note") : v.note,
                                         v.authorName.isEmpty() ? tr("as found") : v.authorName),
                                v.number);
    if (fresh) {
        const QSignalBlocker blocker(m_provider);
        m_provider->setCurrentText(m_settings.provider);
        fillModels();
        m_model->setCurrentText(m_settings.model);
        m_baseUrl->setText(m_settings.baseUrl);
    } else {
        m_instructions->setCurrentIndex(std::max(0, m_instructions->findData(keptVersion)));
    }
    setIdle(!m_activity.isBusy());
    if (!runId.isEmpty() && m_run->currentIndex() < 0)
        Q_EMIT message(tr("There is no run with the id %1 to replay.").arg(runId));
    if (otherAgent)
        Q_EMIT agentShown(m_agent);
}

QCoro::Task<void> ReplayPanel::replay()
{
    const std::optional<Choice> chosen = choice();
    if (m_activity.isBusy() || !chosen)
        co_return;
    const RunControl control = m_activity.begin(tr("Replaying the run…"));
    PageTask keychain(this, [this](const QString &sentence) {
        Q_EMIT message(tr("The keychain could not be read (%1): the environment's API key is used.").arg(sentence));
    });
    QCoro::Task<std::optional<QString>> reading = keychain.run(m_session.storedApiKey(chosen->agent));
    const std::optional<QString> stored = co_await reading;
    if (!keychain.pageAlive())
        co_return;
    ReplayOptions options;
    options.runId = chosen->runId;
    options.provider = chosen->provider;
    options.baseUrl = chosen->baseUrl;
    options.model = chosen->model;
    options.instructionVersion = chosen->instructionVersion;
    options.requestedBy = m_session.requestedBy();
    options.apiKey = [key = stored.value_or(QString()), send = chosen->usesAgentKey](Agent, const QString &) {
        return send ? key : QString();
    };
    options.control = control;
    ReplayService &replays = m_session.engine().replays();
    PageTask work(this, [this](const QString &sentence) {
        m_activity.end(sentence);
        Q_EMIT message(sentence);
    });
    QCoro::Task<std::optional<RunResult>> replaying = work.run(replays.replay(options));
    const std::optional<RunResult> result = co_await replaying;
    if (!result)
        co_return;
    if (result->cancelled) {
        const QString text = tr("Replay cancelled; it is recorded as a failed run (\"%1\").").arg(result->reason);
        m_activity.end(text);
        Q_EMIT message(text);
        co_return;
    }
    QCoro::Task<std::optional<RunComparison>> comparing = work.run(replays.compare(chosen->runId, result->runId));
    const std::optional<RunComparison> comparison = co_await comparing;
    if (!comparison)
        co_return;
    m_view->setComparison(*comparison);
    load(m_agent, chosen->runId); // the replay is a run of its own now: list it
    if (!result->notice.isEmpty())
        Q_EMIT message(result->notice);
    m_activity.end(result->status == RunStatus::Completed
                       ? tr("Replayed with %1 %2: %3 changed, %4 only in the replay, %5 only in the original.")
                             .arg(result->provider, result->model,
                                  QString::number(comparison->count(RunComparison::Difference::Changed)),
                                  QString::number(comparison->count(RunComparison::Difference::Added)),
                                  QString::number(comparison->count(RunComparison::Difference::Removed)))
                       : tr("The replay failed: %1").arg(result->reason));
}
