#include "agents/agentsettingsform.h"

#include "app/consolesession.h"
#include "config/agentsettingsstore.h"
#include "core/cronexpression.h"
#include "llm/pricetable.h"
#include "ui_agentsettingsform.h"

#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

AgentSettingsForm::AgentSettingsForm(ConsoleSession &session, Agent agent, QWidget *parent)
    : QGroupBox(parent), m_ui(std::make_unique<Ui::AgentSettingsForm>()), m_session(session), m_agent(agent)
{
    m_ui->setupUi(this);
    m_ui->providerField->addItems(AgentSettings::providers());
    for (const QString &tone : AgentSettings::tones())
        m_ui->toneField->addItem(QString(tone).replace(u'_', u' '), tone);
    m_ui->maxContextTokensField->setRange(AgentSettings::kMinContextTokens, AgentSettings::kMaxContextTokens);
    if (AgentSettings::batchApplies(agent))
        m_useBatch = m_ui->useBatchField;
    else
        m_ui->formLayout->removeRow(m_ui->useBatchRow); // deletes the switch: the Office Manager has no batches
    takeErrorLabels();

    for (QCheckBox *box : {m_ui->enabledField, m_ui->dryRunField, m_ui->budgetOnField, m_useBatch}) {
        if (box)
            connect(box, &QCheckBox::toggled, this, &AgentSettingsForm::validate);
    }
    connect(m_ui->providerField, &QComboBox::currentTextChanged, this, [this] {
        updateModels();
        updateBatchOffer();
        validate();
    });
    connect(m_ui->modelField, &QComboBox::currentTextChanged, this, &AgentSettingsForm::validate);
    connect(m_ui->baseUrlField, &QLineEdit::textChanged, this, &AgentSettingsForm::validate);
    connect(m_ui->toneField, &QComboBox::currentIndexChanged, this, &AgentSettingsForm::validate);
    connect(m_ui->temperatureField, &QDoubleSpinBox::valueChanged, this, &AgentSettingsForm::validate);
    connect(m_ui->cronScheduleEdit, &QLineEdit::textChanged, this, &AgentSettingsForm::validate);
    connect(m_ui->maxContextTokensField, &QSpinBox::valueChanged, this, &AgentSettingsForm::validate);
    connect(m_ui->dailyBudgetField, &QDoubleSpinBox::valueChanged, this, &AgentSettingsForm::validate);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &AgentSettingsForm::saveRequested);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &AgentSettingsForm::revert);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &AgentSettingsForm::previewRequested);
}

AgentSettingsForm::~AgentSettingsForm() = default;

// Each field's problem shows in the label beneath it (named after the AgentSettings member, as validation names the
// field), and the field is named for screen readers after its row's label.
void AgentSettingsForm::takeErrorLabels()
{
    static const QStringList fields{u"provider"_s,    u"model"_s,        u"baseUrl"_s,          u"tone"_s,
                                    u"temperature"_s, u"cronSchedule"_s, u"maxContextTokens"_s, u"dailyBudgetUsd"_s,
                                    u"useBatch"_s};
    for (const QString &name : fields) {
        if (name == u"useBatch"_s && !m_useBatch)
            continue;
        auto *error = findChild<QLabel *>(name + u"Error"_s);
        error->setWordWrap(true);
        error->setStyleSheet(u"color: #c62828;"_s); // readable on light and dark backgrounds
        error->hide();
        m_errors.insert(name, error);
        auto *field = findChild<QWidget *>(name + u"Field"_s);
        if (auto *label =
                qobject_cast<QLabel *>(m_ui->formLayout->labelForField(findChild<QWidget *>(name + u"Row"_s))))
            field->setAccessibleName(label->text().remove(u'&').remove(u':'));
    }
}

void AgentSettingsForm::setApiKeyRow(QWidget *row)
{
    m_ui->apiKeyLayout->addWidget(row);
}

void AgentSettingsForm::setSaved(const AgentSettings &saved, const QString &zoneId)
{
    m_saved = saved;
    m_zoneId = zoneId;
    showSettings(m_saved);
}

void AgentSettingsForm::revert()
{
    showSettings(m_saved);
}

void AgentSettingsForm::setStatus(const QString &text)
{
    m_ui->statusLabel->setText(text);
}

void AgentSettingsForm::setBusy(bool busy)
{
    m_busy = busy;
    validate();
}

AgentSettings AgentSettingsForm::edited() const
{
    AgentSettings s = m_saved;
    s.agent = m_agent;
    s.enabled = m_ui->enabledField->isChecked();
    s.dryRun = m_ui->dryRunField->isChecked();
    s.provider = m_ui->providerField->currentText();
    s.model = m_ui->modelField->currentText().trimmed();
    s.baseUrl = m_ui->baseUrlField->text().trimmed();
    s.tone = m_ui->toneField->currentData().toString();
    s.temperature = m_ui->temperatureField->value();
    s.cronSchedule = m_ui->cronScheduleEdit->text().trimmed();
    s.maxContextTokens = m_ui->maxContextTokensField->value();
    s.dailyBudgetUsd =
        m_ui->budgetOnField->isChecked() ? std::optional<double>(m_ui->dailyBudgetField->value()) : std::nullopt;
    s.useBatch = m_useBatch && m_useBatch->isChecked();
    return s;
}

void AgentSettingsForm::showSettings(const AgentSettings &s)
{
    const QSignalBlocker blockProvider(m_ui->providerField);
    m_ui->enabledField->setChecked(s.enabled);
    m_ui->dryRunField->setChecked(s.dryRun);
    m_ui->providerField->setCurrentText(s.provider);
    updateModels();
    m_ui->modelField->setCurrentText(s.model);
    m_ui->baseUrlField->setText(s.baseUrl);
    m_ui->toneField->setCurrentIndex(std::max(0, m_ui->toneField->findData(s.tone)));
    m_ui->temperatureField->setValue(s.temperature.value_or(0.3));
    m_ui->cronScheduleEdit->setText(s.cronSchedule);
    m_ui->maxContextTokensField->setValue(s.maxContextTokens);
    m_ui->budgetOnField->setChecked(s.dailyBudgetUsd.has_value());
    m_ui->dailyBudgetField->setValue(s.dailyBudgetUsd.value_or(1.0));
    if (m_useBatch) {
        const QSignalBlocker blockBatch(m_useBatch);
        m_useBatch->setChecked(s.useBatch);
    }
    updateBatchOffer();
    validate();
}

// Batches are Anthropic's: with another provider the switch is off and cannot be turned on.
void AgentSettingsForm::updateBatchOffer()
{
    if (!m_useBatch)
        return;
    const bool anthropic = ProviderKinds::fromText(m_ui->providerField->currentText()) == ProviderKind::Anthropic;
    if (!anthropic && m_useBatch->isChecked())
        m_useBatch->setChecked(false);
    m_useBatch->setEnabled(anthropic);
}

// The provider's known models are offered; any id may be typed.
void AgentSettingsForm::updateModels()
{
    QComboBox *model = m_ui->modelField;
    const QString current = model->currentText();
    const QSignalBlocker blocker(model);
    model->clear();
    QStringList known;
    const PriceTable prices = PriceTable::load();
    for (const ModelPrice &price : prices.models())
        if (price.provider == m_ui->providerField->currentText())
            known << price.model;
    known.sort();
    model->addItems(known);
    model->setCurrentText(current);
}

QString AgentSettingsForm::problemFor(const QString &field) const
{
    const QLabel *label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

bool AgentSettingsForm::isValid() const
{
    return AgentSettingsStore::validate(edited()).isEmpty();
}

void AgentSettingsForm::validate()
{
    const AgentSettings s = edited();
    const QList<FieldProblem> problems = AgentSettingsStore::validate(s);
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it) {
        QString message;
        for (const FieldProblem &p : problems)
            if (p.field == it.key())
                message = p.message;
        it.value()->setText(message);
        it.value()->setVisible(!message.isEmpty());
    }
    m_ui->dailyBudgetField->setEnabled(m_ui->budgetOnField->isChecked());
    m_ui->baseUrlField->setEnabled(s.providerKind() != ProviderKind::Rules);
    updateCronPreview();
    const bool dirty = !(s == m_saved);
    m_ui->saveButton->setEnabled(problems.isEmpty() && !m_busy && m_session.isSignedIn() && dirty);
    m_ui->revertButton->setEnabled(dirty && !m_busy);
    if (s.provider != m_provider) {
        m_provider = s.provider;
        Q_EMIT providerChanged(m_provider);
    }
}

void AgentSettingsForm::updateCronPreview()
{
    QString error;
    const std::optional<CronExpression> cron = CronExpression::parse(m_ui->cronScheduleEdit->text().trimmed(), &error);
    if (!cron) {
        m_ui->cronPreview->clear();
        return;
    }
    const QTimeZone zone(m_zoneId.toUtf8());
    QStringList next;
    QDateTime cursor = m_session.clock()->nowUtc();
    for (int i = 0; i < 5; ++i) {
        cursor = cron->nextAfter(cursor, zone);
        if (!cursor.isValid())
            break;
        next << QLocale().toString(cursor.toTimeZone(zone), u"ddd d MMM HH:mm"_s);
    }
    m_ui->cronPreview->setText(tr("Next runs (%1): %2").arg(m_zoneId, next.join(u", "_s)));
}
