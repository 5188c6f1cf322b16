#include "dryrun/simulatepanel.h"

#include "common/pagetask.h"
#include "simulation/simulator.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

SimulatePanel::SimulatePanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Run both agents over a simulated store for some days, on a throwaway database in the "
                                "private cluster on this computer (never the database you are connected to), and see "
                                "how well they judged: what they noticed, whom they nudged and how often, what they "
                                "escalated, and what it cost."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_size = new QComboBox(this);
    m_size->setObjectName(u"simulateSize"_s);
    m_size->addItem(tr("Small: 15 staff, 2 locations"), u"small"_s);
    m_size->addItem(tr("Medium: 150 staff, 10 locations"), u"medium"_s);
    m_size->addItem(tr("Large: 2,400 staff, 40 locations"), u"large"_s);
    form->addRow(tr("&Store:"), m_size);
    m_days = new QSpinBox(this);
    m_days->setObjectName(u"simulateDays"_s);
    m_days->setRange(1, 90);
    m_days->setValue(7);
    m_days->setSuffix(tr(" days"));
    form->addRow(tr("&Period:"), m_days);
    m_seed = new QSpinBox(this);
    m_seed->setObjectName(u"simulateSeed"_s);
    m_seed->setRange(1, 999999);
    form->addRow(tr("S&eed:"), m_seed);
    m_model = new QComboBox(this);
    m_model->setObjectName(u"simulateModel"_s);
    m_model->addItem(tr("Offline rules"), u"rules"_s);
    m_model->addItem(tr("Eager (a worst-case model)"), u"eager"_s);
    m_model->addItem(tr("Injection (obeys instructions in staff text)"), u"injection"_s);
    form->addRow(tr("&Model:"), m_model);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_run = new QPushButton(tr("&Simulate"), this);
    m_run->setObjectName(u"simulateRun"_s);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(u"simulateCancel"_s);
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"simulateProgress"_s);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    layout->addLayout(buttons);
    m_state = new QLabel(this);
    m_state->setObjectName(u"simulateState"_s);
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    m_scorecard = new QPlainTextEdit(this);
    m_scorecard->setObjectName(u"simulateScorecard"_s);
    m_scorecard->setReadOnly(true);
    m_scorecard->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_scorecard->setPlaceholderText(tr("The scorecard appears here."));
    layout->addWidget(m_scorecard, 1);

    connect(m_run, &QPushButton::clicked, this, [this] { simulate(); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_simulator) {
            m_simulator->cancel();
            m_state->setText(tr("Cancelling after the pass in progress…"));
        }
    });
}

SimulatePanel::~SimulatePanel()
{
    if (m_simulator)
        m_simulator->cancel();
}

SimulationOptions SimulatePanel::options() const
{
    SimulationOptions options;
    options.size = SimulationOptions::parseSize(m_size->currentData().toString()).value_or(options.size);
    options.days = m_days->value();
    options.seed = quint64(m_seed->value());
    options.model = SimulationOptions::parseModel(m_model->currentData().toString()).value_or(options.model);
    options.clusterDirectory = m_clusterDirectory;
    return options;
}

void SimulatePanel::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    for (QWidget *field : {static_cast<QWidget *>(m_size), static_cast<QWidget *>(m_days),
                           static_cast<QWidget *>(m_seed), static_cast<QWidget *>(m_model)})
        field->setEnabled(!running);
}

QCoro::Task<void> SimulatePanel::simulate()
{
    if (m_simulator)
        co_return;
    const SimulationOptions chosen = options();
    const auto simulator = std::make_shared<Simulator>(chosen);
    m_simulator = simulator;
    connect(simulator.get(), &Simulator::progress, this, [this](qint64 done, qint64 total, const QString &what) {
        m_progress->setRange(0, int(total));
        m_progress->setValue(int(done));
        m_state->setText(tr("Simulating %1…").arg(what));
    });
    setRunning(true);
    m_progress->setRange(0, 0); // building the store
    m_state->setText(tr("Building the store…"));
    QString failure;
    PageTask work(this, [&failure](const QString &sentence) { failure = sentence; });
    work.finally([this] {
        m_simulator.reset();
        setRunning(false);
        Q_EMIT finished();
    });
    QCoro::Task<std::optional<Scorecard>> running = work.run(simulator->run());
    const std::optional<Scorecard> card = co_await running;
    if (!work.pageAlive())
        co_return;
    m_progress->setRange(0, 1);
    m_progress->setValue(card ? 1 : 0);
    if (!card) {
        m_state->setText(failure);
        co_return;
    }
    m_json = QString::fromStdString(card->toJson().dump(2));
    m_scorecard->setPlainText(card->toText());
    m_state->setText(tr("%n simulated day(s) in %1 s.", nullptr, card->store.days)
                         .arg(QLocale().toString(card->timing.wallS, 'f', 1)));
}
