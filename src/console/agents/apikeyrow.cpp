#include "agents/apikeyrow.h"

#include "app/consolesession.h"
#include "common/pagetask.h"
#include "llm/providerkind.h"
#include "secrets/secretstore.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

ApiKeyRow::ApiKeyRow(ConsoleSession &session, SecretStore &secrets, Agent agent, QWidget *parent)
    : QWidget(parent), m_session(session), m_secrets(secrets), m_agent(agent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_state = new QLabel(this);
    m_state->setObjectName(u"apiKeyState"_s);
    m_set = new QPushButton(tr("Set &Key…"), this);
    m_set->setObjectName(u"setKeyButton"_s);
    m_clear = new QPushButton(tr("Clear Key"), this);
    m_clear->setObjectName(u"clearKeyButton"_s);
    layout->addWidget(m_state, 1);
    layout->addWidget(m_set);
    layout->addWidget(m_clear);
    connect(m_set, &QPushButton::clicked, this, &ApiKeyRow::askForKey);
    connect(m_clear, &QPushButton::clicked, this, [this] { setApiKey({}); });
}

QString ApiKeyRow::keyName() const
{
    return SecretStore::apiKeyKey(m_session.settings().endpoint(), m_session.settings().database, Agents::id(m_agent));
}

void ApiKeyRow::setProvider(const QString &provider)
{
    m_provider = provider;
    refresh();
}

void ApiKeyRow::setBusy(bool busy)
{
    m_busy = busy;
    refresh();
}

void ApiKeyRow::refresh()
{
    const bool offline = ProviderKinds::fromText(m_provider) == ProviderKind::Rules;
    m_set->setEnabled(!m_busy && !offline);
    m_clear->setEnabled(!m_busy && m_hasKey);
    m_state->setText(offline    ? tr("not needed (offline)")
                     : m_hasKey ? tr("set (in this computer's keychain)")
                                : tr("not set — the environment's key, or offline rules, are used"));
}

void ApiKeyRow::askForKey()
{
    bool ok = false;
    const QString key =
        QInputDialog::getText(this, tr("API key for the %1").arg(Agents::displayName(m_agent)),
                              tr("Paste the %1 API key. It is kept in this computer's keychain.").arg(m_provider),
                              QLineEdit::Password, {}, &ok);
    if (ok && !key.trimmed().isEmpty())
        setApiKey(key.trimmed());
}

QCoro::Task<void> ApiKeyRow::load()
{
    QPointer<ApiKeyRow> self(this);
    QCoro::Task<QString> reading = m_secrets.read(keyName());
    const QString key = co_await reading;
    if (!self)
        co_return;
    m_hasKey = !key.isEmpty();
    refresh();
}

QCoro::Task<void> ApiKeyRow::setApiKey(QString key)
{
    PageTask work(this, [this](const QString &sentence) { Q_EMIT statusChanged(sentence); });
    work.finally([this] { Q_EMIT working(false); });
    Q_EMIT working(true);
    QCoro::Task<void> storing = key.isEmpty() ? m_secrets.remove(keyName()) : m_secrets.write(keyName(), key);
    QCoro::Task<bool> running = work.run(std::move(storing));
    const bool stored = co_await running;
    if (!stored)
        co_return;
    m_hasKey = !key.isEmpty();
    Q_EMIT statusChanged(key.isEmpty() ? tr("API key removed from the keychain.")
                                       : tr("API key stored in the keychain."));
}
