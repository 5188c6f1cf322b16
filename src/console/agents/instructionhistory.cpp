#include "agents/instructionhistory.h"

#include "app/consolesession.h"
#include "common/pagetask.h"
#include "config/textdiff.h"
#include "services/agentsettingsservice.h"
#include "services/enginesession.h"
#include "ui_instructionhistory.h"

#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

InstructionHistory::InstructionHistory(ConsoleSession &session, Agent agent, QWidget *parent)
    : QGroupBox(parent), m_ui(std::make_unique<Ui::InstructionHistory>()), m_session(session), m_agent(agent)
{
    m_ui->setupUi(this);
    connect(m_ui->saveInstructionsButton, &QPushButton::clicked, this, [this] { saveInstructions(); });
    connect(m_ui->versionsList, &QListWidget::itemSelectionChanged, this, &InstructionHistory::showDiff);
    connect(m_ui->rollBackButton, &QPushButton::clicked, this, [this] { rollBack(); });
}

InstructionHistory::~InstructionHistory() = default;

void InstructionHistory::setHistory(const QString &instructions, const QList<InstructionVersions::Version> &history,
                                    const QString &zoneId)
{
    m_history = history;
    m_ui->instructionsEdit->setPlainText(instructions);
    m_ui->versionsList->clear();
    const QTimeZone zone(zoneId.toUtf8());
    for (const InstructionVersions::Version &v : m_history) {
        const QString who = v.authorName.isEmpty() ? tr("TeamTime") : v.authorName;
        auto *item =
            new QListWidgetItem(tr("Version %1 — %2, %3%4")
                                    .arg(QString::number(v.number), who,
                                         QLocale().toString(v.createdAt.toTimeZone(zone), u"d MMM yyyy HH:mm"_s),
                                         v.note.isEmpty() ? QString() : u" — "_s + v.note),
                                m_ui->versionsList);
        item->setData(Qt::UserRole, v.number);
    }
}

void InstructionHistory::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void InstructionHistory::updateButtons()
{
    const bool signedIn = m_session.isSignedIn();
    m_ui->saveInstructionsButton->setEnabled(!m_busy && signedIn);
    m_ui->rollBackButton->setEnabled(!m_busy && signedIn && m_ui->versionsList->selectedItems().size() == 1);
}

QCoro::Task<void> InstructionHistory::saveInstructions()
{
    if (m_busy || !m_session.isSignedIn())
        co_return;
    PageTask work(this, [this](const QString &sentence) {
        Q_EMIT statusChanged(tr("Instructions not saved: %1").arg(sentence));
    });
    work.finally([this] { afterChange(); });
    Q_EMIT working(true);
    const SignedInUser user = m_session.user();
    QCoro::Task<std::optional<int>> saving = work.run(m_session.engine().agentSettings().saveInstructions(
        m_agent, m_ui->instructionsEdit->toPlainText(), m_ui->noteEdit->text(), user.id, user.name));
    const std::optional<int> version = co_await saving;
    if (!version)
        co_return;
    m_ui->noteEdit->clear();
    Q_EMIT statusChanged(tr("Instructions saved as version %1.").arg(*version));
}

QCoro::Task<void> InstructionHistory::rollBack()
{
    const QList<QListWidgetItem *> selected = m_ui->versionsList->selectedItems();
    if (selected.size() != 1 || m_busy || !m_session.isSignedIn())
        co_return;
    const int target = selected.front()->data(Qt::UserRole).toInt();
    PageTask work(this, [this](const QString &sentence) { Q_EMIT statusChanged(sentence); });
    work.finally([this] { afterChange(); });
    Q_EMIT working(true);
    const SignedInUser user = m_session.user();
    QCoro::Task<std::optional<int>> rolling =
        work.run(m_session.engine().agentSettings().rollBackInstructions(m_agent, target, user.id, user.name));
    const std::optional<int> version = co_await rolling;
    if (version)
        Q_EMIT statusChanged(tr("Rolled back: version %1 has the text of version %2.").arg(*version).arg(target));
}

// However a change ended, the editor is free again and reads the versions (and the current text) anew.
void InstructionHistory::afterChange()
{
    Q_EMIT working(false);
    Q_EMIT versionsChanged();
}

void InstructionHistory::showDiff()
{
    m_ui->diffView->setHtml(diffHtml());
    updateButtons();
}

QString InstructionHistory::diffHtml() const
{
    QList<int> chosen;
    for (const QListWidgetItem *item : m_ui->versionsList->selectedItems())
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
