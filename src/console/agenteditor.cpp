#include "agenteditor.h"

#include "config/agentsettingsstore.h"
#include "config/businesssettings.h"
#include "config/textdiff.h"
#include "consolesession.h"
#include "db/database.h"
#include "db/dberror.h"
#include "llm/pricetable.h"
#include "prompts/promptpreview.h"
#include "scheduler/cronexpression.h"
#include "secretstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTextBrowser>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Loaded
{
    AgentSettings settings;
    QList<InstructionVersions::Version> history;
    QString zone;
};

QLabel *errorLabel(QWidget *parent, const QString &field)
{
    auto *label = new QLabel(parent);
    label->setObjectName(field + u"Error"_s);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #c62828;"_s); // readable on light and dark backgrounds
    label->hide();
    return label;
}

} // namespace

AgentEditor::AgentEditor(ConsoleSession &session, SecretStore &secrets, Agent agent, QWidget *parent)
    : QWidget(parent), m_session(session), m_secrets(secrets), m_agent(agent)
{
    setObjectName(Agents::id(agent) + u"Editor"_s);
    buildForm();
}

void AgentEditor::buildForm()
{
    auto *columns = new QHBoxLayout(this);
    auto *settingsBox = new QGroupBox(tr("Settings"), this);
    auto *form = new QFormLayout(settingsBox);
    const auto withError = [&](const QString &label, QWidget *field, const QString &name) {
        field->setObjectName(name + u"Field"_s);
        field->setAccessibleName(QString(label).remove(u'&').remove(u':'));
        auto *box = new QWidget(settingsBox);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->addWidget(field);
        QLabel *error = errorLabel(box, name);
        v->addWidget(error);
        m_errors.insert(name, error);
        form->addRow(label, box);
    };

    m_enabled =
        new QCheckBox(tr("&Enabled — the kill switch: off stops the agent before its next tool call"), settingsBox);
    m_enabled->setObjectName(u"enabledField"_s);
    form->addRow(m_enabled);
    m_dryRun = new QCheckBox(tr("&Dry run — decide and log, send nothing to staff"), settingsBox);
    m_dryRun->setObjectName(u"dryRunField"_s);
    form->addRow(m_dryRun);
    m_provider = new QComboBox(settingsBox);
    m_provider->addItems(AgentSettings::providers());
    withError(tr("&Provider:"), m_provider, u"provider"_s);
    m_model = new QComboBox(settingsBox);
    m_model->setEditable(true); // known models offered; any id allowed
    withError(tr("&Model:"), m_model, u"model"_s);
    m_baseUrl = new QLineEdit(settingsBox);
    m_baseUrl->setPlaceholderText(tr("the provider's default"));
    withError(tr("&Base URL:"), m_baseUrl, u"baseUrl"_s);
    auto *keyRow = new QWidget(settingsBox);
    auto *keyLayout = new QHBoxLayout(keyRow);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    m_keyState = new QLabel(keyRow);
    m_keyState->setObjectName(u"apiKeyState"_s);
    m_setKey = new QPushButton(tr("Set &Key…"), keyRow);
    m_setKey->setObjectName(u"setKeyButton"_s);
    m_clearKey = new QPushButton(tr("Clear Key"), keyRow);
    m_clearKey->setObjectName(u"clearKeyButton"_s);
    keyLayout->addWidget(m_keyState, 1);
    keyLayout->addWidget(m_setKey);
    keyLayout->addWidget(m_clearKey);
    form->addRow(tr("API key:"), keyRow);
    m_tone = new QComboBox(settingsBox);
    for (const QString &tone : AgentSettings::tones())
        m_tone->addItem(QString(tone).replace(u'_', u' '), tone);
    withError(tr("&Tone:"), m_tone, u"tone"_s);
    m_temperature = new QDoubleSpinBox(settingsBox);
    m_temperature->setRange(0, 1);
    m_temperature->setSingleStep(0.1);
    m_temperature->setDecimals(1); // TeamTime's numeric(2, 1)
    withError(tr("T&emperature:"), m_temperature, u"temperature"_s);
    auto *cronBox = new QWidget(settingsBox);
    auto *cronLayout = new QVBoxLayout(cronBox);
    cronLayout->setContentsMargins(0, 0, 0, 0);
    m_cron = new QLineEdit(cronBox);
    m_cron->setPlaceholderText(u"*/15 7-19 * * *"_s);
    cronLayout->addWidget(m_cron);
    m_cronPreview = new QLabel(cronBox);
    m_cronPreview->setObjectName(u"cronPreview"_s);
    m_cronPreview->setWordWrap(true);
    cronLayout->addWidget(m_cronPreview);
    withError(tr("&Schedule (cron):"), cronBox, u"cronSchedule"_s);
    m_cron->setObjectName(u"cronScheduleEdit"_s);
    m_cron->setAccessibleName(tr("Schedule (cron)"));
    m_maxTokens = new QSpinBox(settingsBox);
    m_maxTokens->setRange(AgentSettings::kMinContextTokens, AgentSettings::kMaxContextTokens);
    m_maxTokens->setSingleStep(500);
    withError(tr("Max &context tokens:"), m_maxTokens, u"maxContextTokens"_s);
    auto *budgetRow = new QWidget(settingsBox);
    auto *budgetLayout = new QHBoxLayout(budgetRow);
    budgetLayout->setContentsMargins(0, 0, 0, 0);
    m_budgetOn = new QCheckBox(tr("Cap at"), budgetRow);
    m_budgetOn->setObjectName(u"budgetOnField"_s);
    m_budget = new QDoubleSpinBox(budgetRow);
    m_budget->setPrefix(u"$"_s);
    m_budget->setRange(0, 100000);
    m_budget->setDecimals(2);
    m_budget->setAccessibleName(tr("Daily budget in dollars"));
    budgetLayout->addWidget(m_budgetOn);
    budgetLayout->addWidget(m_budget, 1);
    withError(tr("Daily &budget:"), budgetRow, u"dailyBudgetUsd"_s);
    m_budget->setObjectName(u"dailyBudgetField"_s);
    if (AgentSettings::batchApplies(m_agent)) {
        m_useBatch =
            new QCheckBox(tr("Through Anthropic's Message B&atches: half price, results within 24 hours"), settingsBox);
        m_useBatch->setObjectName(u"useBatchField"_s);
        m_useBatch->setToolTip(tr("The scheduled run submits its request as a batch and finishes when Anthropic has "
                                  "answered (usually within an hour, at most 24). Runs started by hand still ask "
                                  "at once. Needs the anthropic provider."));
        withError(tr("Nightly run:"), m_useBatch, u"useBatch"_s);
    }
    m_status = new QLabel(settingsBox);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    form->addRow(m_status);
    auto *buttons = new QHBoxLayout;
    m_revert = new QPushButton(tr("&Revert"), settingsBox);
    m_save = new QPushButton(tr("&Save Settings"), settingsBox);
    m_save->setObjectName(u"saveButton"_s);
    m_preview = new QPushButton(tr("&Preview Prompt…"), settingsBox);
    m_preview->setObjectName(u"previewButton"_s);
    buttons->addWidget(m_preview);
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    form->addRow(buttons);
    columns->addWidget(settingsBox, 3);

    auto *instructionsBox = new QGroupBox(tr("Custom instructions"), this);
    auto *v = new QVBoxLayout(instructionsBox);
    m_instructions = new QPlainTextEdit(instructionsBox);
    m_instructions->setObjectName(u"instructionsEdit"_s);
    m_instructions->setAccessibleName(tr("Custom instructions"));
    m_instructions->setPlaceholderText(tr("What the managers want this agent to keep in mind, in plain words."));
    v->addWidget(m_instructions, 2);
    auto *noteRow = new QHBoxLayout;
    m_note = new QLineEdit(instructionsBox);
    m_note->setObjectName(u"noteEdit"_s);
    m_note->setPlaceholderText(tr("What changed (optional)"));
    m_note->setAccessibleName(tr("Version note"));
    m_saveInstructions = new QPushButton(tr("Save as &New Version"), instructionsBox);
    m_saveInstructions->setObjectName(u"saveInstructionsButton"_s);
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_saveInstructions);
    v->addLayout(noteRow);
    v->addWidget(new QLabel(tr("History (select two versions to compare):"), instructionsBox));
    m_versions = new QListWidget(instructionsBox);
    m_versions->setObjectName(u"versionsList"_s);
    m_versions->setAccessibleName(tr("Instruction versions"));
    m_versions->setSelectionMode(QAbstractItemView::ExtendedSelection);
    v->addWidget(m_versions, 1);
    m_diff = new QTextBrowser(instructionsBox);
    m_diff->setObjectName(u"diffView"_s);
    m_diff->setAccessibleName(tr("Differences between versions"));
    v->addWidget(m_diff, 1);
    m_rollBack = new QPushButton(tr("Roll &Back to Selected Version"), instructionsBox);
    m_rollBack->setObjectName(u"rollBackButton"_s);
    v->addWidget(m_rollBack);
    columns->addWidget(instructionsBox, 2);

    for (QCheckBox *box : {m_enabled, m_dryRun, m_budgetOn, m_useBatch}) {
        if (box)
            connect(box, &QCheckBox::toggled, this, &AgentEditor::validate);
    }
    connect(m_provider, &QComboBox::currentTextChanged, this, [this] {
        updateModels();
        updateBatchOffer();
        validate();
    });
    connect(m_model, &QComboBox::currentTextChanged, this, &AgentEditor::validate);
    connect(m_baseUrl, &QLineEdit::textChanged, this, &AgentEditor::validate);
    connect(m_tone, &QComboBox::currentIndexChanged, this, &AgentEditor::validate);
    connect(m_temperature, &QDoubleSpinBox::valueChanged, this, &AgentEditor::validate);
    connect(m_cron, &QLineEdit::textChanged, this, &AgentEditor::validate);
    connect(m_maxTokens, &QSpinBox::valueChanged, this, &AgentEditor::validate);
    connect(m_budget, &QDoubleSpinBox::valueChanged, this, &AgentEditor::validate);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revert, &QPushButton::clicked, this, [this] { showSettings(m_saved); });
    connect(m_saveInstructions, &QPushButton::clicked, this, [this] { saveInstructions(); });
    connect(m_versions, &QListWidget::itemSelectionChanged, this, &AgentEditor::showDiff);
    connect(m_rollBack, &QPushButton::clicked, this, [this] { rollBack(); });
    connect(m_setKey, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString key = QInputDialog::getText(
            this, tr("API key for the %1").arg(Agents::displayName(m_agent)),
            tr("Paste the %1 API key. It is kept in this computer's keychain.").arg(m_provider->currentText()),
            QLineEdit::Password, {}, &ok);
        if (ok && !key.trimmed().isEmpty())
            setApiKey(key.trimmed());
    });
    connect(m_clearKey, &QPushButton::clicked, this, [this] { setApiKey({}); });
    connect(m_preview, &QPushButton::clicked, this, [this] { previewPrompt(); });
}

QString AgentEditor::apiKeyName() const
{
    return SecretStore::apiKeyKey(m_session.settings().endpoint(), m_session.settings().database, Agents::id(m_agent));
}

void AgentEditor::setBusy(bool busy)
{
    m_busy = busy;
    validate();
}

AgentSettings AgentEditor::edited() const
{
    AgentSettings s = m_saved;
    s.agent = m_agent;
    s.enabled = m_enabled->isChecked();
    s.dryRun = m_dryRun->isChecked();
    s.provider = m_provider->currentText();
    s.model = m_model->currentText().trimmed();
    s.baseUrl = m_baseUrl->text().trimmed();
    s.tone = m_tone->currentData().toString();
    s.temperature = m_temperature->value();
    s.cronSchedule = m_cron->text().trimmed();
    s.maxContextTokens = m_maxTokens->value();
    s.dailyBudgetUsd = m_budgetOn->isChecked() ? std::optional<double>(m_budget->value()) : std::nullopt;
    s.useBatch = m_useBatch && m_useBatch->isChecked();
    return s;
}

void AgentEditor::showSettings(const AgentSettings &s)
{
    const QSignalBlocker blockProvider(m_provider);
    m_enabled->setChecked(s.enabled);
    m_dryRun->setChecked(s.dryRun);
    m_provider->setCurrentText(s.provider);
    updateModels();
    m_model->setCurrentText(s.model);
    m_baseUrl->setText(s.baseUrl);
    m_tone->setCurrentIndex(std::max(0, m_tone->findData(s.tone)));
    m_temperature->setValue(s.temperature.value_or(0.3));
    m_cron->setText(s.cronSchedule);
    m_maxTokens->setValue(s.maxContextTokens);
    m_budgetOn->setChecked(s.dailyBudgetUsd.has_value());
    m_budget->setValue(s.dailyBudgetUsd.value_or(1.0));
    if (m_useBatch) {
        const QSignalBlocker blockBatch(m_useBatch);
        m_useBatch->setChecked(s.useBatch);
    }
    updateBatchOffer();
    validate();
}

// Batches are Anthropic's: with another provider the switch is off and cannot be turned on.
void AgentEditor::updateBatchOffer()
{
    if (!m_useBatch)
        return;
    const bool anthropic = m_provider->currentText() == u"anthropic"_s;
    if (!anthropic && m_useBatch->isChecked())
        m_useBatch->setChecked(false);
    m_useBatch->setEnabled(anthropic);
}

void AgentEditor::updateModels()
{
    const QString current = m_model->currentText();
    const QSignalBlocker blocker(m_model);
    m_model->clear();
    QStringList known;
    const PriceTable prices = PriceTable::load();
    for (const ModelPrice &price : prices.models())
        if (price.provider == m_provider->currentText())
            known << price.model;
    known.sort();
    m_model->addItems(known);
    m_model->setCurrentText(current);
}

QString AgentEditor::problemFor(const QString &field) const
{
    const QLabel *label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void AgentEditor::validate()
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
    m_budget->setEnabled(m_budgetOn->isChecked());
    m_baseUrl->setEnabled(s.provider != u"rules"_s);
    updateCronPreview();
    const bool signedIn = m_session.isSignedIn();
    m_save->setEnabled(problems.isEmpty() && !m_busy && signedIn && !(s == m_saved));
    m_revert->setEnabled(!(s == m_saved) && !m_busy);
    m_saveInstructions->setEnabled(!m_busy && signedIn);
    m_rollBack->setEnabled(!m_busy && signedIn && m_versions->selectedItems().size() == 1);
    m_setKey->setEnabled(!m_busy && s.provider != u"rules"_s);
    m_clearKey->setEnabled(!m_busy && m_hasKey);
    m_keyState->setText(s.provider == u"rules"_s ? tr("not needed (offline)")
                        : m_hasKey               ? tr("set (in this computer's keychain)")
                                                 : tr("not set — the environment's key, or offline rules, are used"));
}

void AgentEditor::updateCronPreview()
{
    QString error;
    const std::optional<CronExpression> cron = CronExpression::parse(m_cron->text().trimmed(), &error);
    if (!cron) {
        m_cronPreview->clear();
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
    m_cronPreview->setText(tr("Next runs (%1): %2").arg(m_zoneId, next.join(u", "_s)));
}

QCoro::Task<void> AgentEditor::load()
{
    setBusy(true);
    QPointer<AgentEditor> self(this);
    const Agent agent = m_agent;
    try {
        QFuture<Loaded> reading = m_session.db().run([agent](SqlSession &s) {
            return Loaded{AgentSettingsStore::load(s, agent), InstructionVersions::history(s, agent),
                          BusinessSettings::load(s).timeZone};
        });
        const Loaded loaded = co_await reading;
        if (!self)
            co_return;
        m_saved = loaded.settings;
        m_history = loaded.history;
        m_zoneId = loaded.zone;
        m_instructions->setPlainText(loaded.settings.instructions);
        m_versions->clear();
        for (const InstructionVersions::Version &v : m_history) {
            const QString who = v.authorName.isEmpty() ? tr("TeamTime") : v.authorName;
            auto *item =
                new QListWidgetItem(tr("Version %1 — %2, %3%4")
                                        .arg(QString::number(v.number), who,
                                             QLocale().toString(v.createdAt.toTimeZone(QTimeZone(m_zoneId.toUtf8())),
                                                                u"d MMM yyyy HH:mm"_s),
                                             v.note.isEmpty() ? QString() : u" — "_s + v.note),
                                    m_versions);
            item->setData(Qt::UserRole, v.number);
        }
        QCoro::Task<QString> readingKey = m_secrets.read(apiKeyName());
        const QString key = co_await readingKey;
        if (!self)
            co_return;
        m_hasKey = !key.isEmpty();
        m_status->clear();
    } catch (const DbError &error) {
        if (!self)
            co_return;
        m_status->setText(error.message());
    } catch (const SecretStoreError &error) {
        if (!self)
            co_return;
        m_status->setText(error.message);
    }
    m_busy = false;
    showSettings(m_saved);
}

QCoro::Task<void> AgentEditor::save()
{
    const AgentSettings settings = edited();
    if (!AgentSettingsStore::validate(settings).isEmpty() || m_busy || !m_session.isSignedIn())
        co_return;
    setBusy(true);
    QPointer<AgentEditor> self(this);
    const QString manager = m_session.user().id;
    try {
        QFuture<AgentSettings> saving = m_session.db().run([settings, manager](SqlSession &s) {
            AgentSettingsStore::save(s, settings, manager);
            return AgentSettingsStore::load(s, settings.agent);
        });
        const AgentSettings saved = co_await saving;
        if (!self)
            co_return;
        m_saved = saved;
        m_status->setText(tr("Saved. The scheduler and every console use it from the next tool call on."));
        Q_EMIT settingsSaved(saved);
    } catch (const DbError &error) {
        if (!self)
            co_return;
        m_status->setText(tr("Not saved: %1").arg(error.message()));
    }
    m_busy = false;
    showSettings(m_saved);
}

QCoro::Task<void> AgentEditor::saveInstructions()
{
    if (m_busy || !m_session.isSignedIn())
        co_return;
    setBusy(true);
    const QString text = m_instructions->toPlainText();
    const QString note = m_note->text();
    const SignedInUser user = m_session.user();
    const Agent agent = m_agent;
    QPointer<AgentEditor> self(this);
    try {
        QFuture<int> saving = m_session.db().run(
            [=](SqlSession &s) { return InstructionVersions::save(s, agent, text, note, user.id, user.name); });
        const int version = co_await saving;
        if (!self)
            co_return;
        m_note->clear();
        m_status->setText(tr("Instructions saved as version %1.").arg(version));
    } catch (const DbError &error) {
        if (!self)
            co_return;
        m_status->setText(tr("Instructions not saved: %1").arg(error.message()));
    }
    m_busy = false;
    QCoro::Task<void> reloading = load();
    co_await reloading;
}

QCoro::Task<void> AgentEditor::rollBack()
{
    const QList<QListWidgetItem *> selected = m_versions->selectedItems();
    if (selected.size() != 1 || m_busy || !m_session.isSignedIn())
        co_return;
    const int target = selected.front()->data(Qt::UserRole).toInt();
    setBusy(true);
    const SignedInUser user = m_session.user();
    const Agent agent = m_agent;
    QPointer<AgentEditor> self(this);
    try {
        QFuture<int> rolling = m_session.db().run(
            [=](SqlSession &s) { return InstructionVersions::rollBack(s, agent, target, user.id, user.name); });
        const int version = co_await rolling;
        if (!self)
            co_return;
        m_status->setText(tr("Rolled back: version %1 has the text of version %2.").arg(version).arg(target));
    } catch (const DbError &error) {
        if (!self)
            co_return;
        m_status->setText(error.message());
    }
    m_busy = false;
    QCoro::Task<void> reloading = load();
    co_await reloading;
}

void AgentEditor::showDiff()
{
    m_diff->setHtml(diffHtml());
    validate();
}

QString AgentEditor::diffHtml() const
{
    QList<int> chosen;
    for (const QListWidgetItem *item : m_versions->selectedItems())
        chosen << item->data(Qt::UserRole).toInt();
    if (chosen.size() != 2)
        return {};
    std::ranges::sort(chosen);
    QString before, after;
    for (const InstructionVersions::Version &v : m_history) {
        if (v.number == chosen.at(0))
            before = v.text;
        if (v.number == chosen.at(1))
            after = v.text;
    }
    QString html = u"<p>"_s + tr("From version %1 to version %2:").arg(chosen.at(0)).arg(chosen.at(1)) + u"</p><pre>"_s;
    for (const TextDiff::Line &line : TextDiff::lines(before, after)) {
        const QString text = line.text.toHtmlEscaped();
        switch (line.kind) {
        case TextDiff::Line::Kind::Same:
            html += u"  "_s + text + u'\n';
            break;
        case TextDiff::Line::Kind::Removed:
            html += u"<span style=\"background-color:#ffcdd2;color:#000\">- "_s + text + u"</span>\n"_s;
            break;
        case TextDiff::Line::Kind::Added:
            html += u"<span style=\"background-color:#c8e6c9;color:#000\">+ "_s + text + u"</span>\n"_s;
            break;
        }
    }
    return html + u"</pre>"_s;
}

QCoro::Task<void> AgentEditor::setApiKey(QString key)
{
    setBusy(true);
    QPointer<AgentEditor> self(this);
    try {
        if (key.isEmpty()) {
            QCoro::Task<void> removing = m_secrets.remove(apiKeyName());
            co_await removing;
        } else {
            QCoro::Task<void> writing = m_secrets.write(apiKeyName(), key);
            co_await writing;
        }
        if (!self)
            co_return;
        m_hasKey = !key.isEmpty();
        m_status->setText(key.isEmpty() ? tr("API key removed from the keychain.")
                                        : tr("API key stored in the keychain."));
    } catch (const SecretStoreError &error) {
        if (!self)
            co_return;
        m_status->setText(error.message);
    }
    setBusy(false);
}

QCoro::Task<QString> AgentEditor::previewPrompt()
{
    const Agent agent = m_agent;
    const int budget = m_maxTokens->value();
    const std::shared_ptr<const Clock> clock = m_session.clock();
    QPointer<AgentEditor> self(this);
    QString text;
    try {
        QFuture<QString> assembling = m_session.db().run([agent, budget, clock](SqlSession &s) -> QString {
            const AgentPrompt prompt = PromptPreview::now(s, agent, clock, budget).prompt;
            return prompt.systemText() + u"\n\n──── user message ────\n\n"_s + prompt.userMessage;
        });
        text = co_await assembling;
    } catch (const DbError &error) {
        text = tr("The prompt could not be assembled: %1").arg(error.message());
    }
    if (!self || !isVisible())
        co_return text;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"promptPreviewDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("The %1's prompt, as it would be sent now").arg(Agents::displayName(agent)));
    auto *layout = new QVBoxLayout(dialog);
    auto *view = new QPlainTextEdit(text, dialog);
    view->setReadOnly(true);
    view->setAccessibleName(tr("Prompt"));
    layout->addWidget(view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->resize(900, 700);
    dialog->open();
    co_return text;
}
