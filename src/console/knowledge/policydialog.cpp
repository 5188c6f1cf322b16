#include "knowledge/policydialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

PolicyDialog::PolicyDialog(const KnowledgeStore::Policy &policy, const QList<QPair<QString, QString>> &locations,
                           QWidget *parent)
    : QDialog(parent), m_policy(policy)
{
    setObjectName(u"policyDialog"_s);
    setWindowTitle(policy.id.isEmpty() ? tr("New policy note") : tr("Edit policy note"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_scope = new QComboBox(this);
    m_scope->setObjectName(u"scopeCombo"_s);
    m_scope->addItem(tr("Everyone"), u"global"_s);
    m_scope->addItem(tr("One location"), u"location"_s);
    m_scope->addItem(tr("One role"), u"role"_s);
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(policy.scope)));
    form->addRow(tr("&For:"), m_scope);
    m_location = new QComboBox(this);
    m_location->setObjectName(u"locationCombo"_s);
    for (const auto &[id, name] : locations)
        m_location->addItem(name, id);
    m_location->setCurrentIndex(std::max(0, m_location->findData(policy.locationId)));
    form->addRow(tr("&Location:"), m_location);
    m_role = new QComboBox(this);
    m_role->setObjectName(u"roleCombo"_s);
    for (const QString &role : {u"staff"_s, u"purchaser"_s, u"manager"_s, u"admin"_s})
        m_role->addItem(role, role);
    m_role->setCurrentIndex(std::max(0, m_role->findData(policy.targetRole)));
    form->addRow(tr("&Role:"), m_role);
    m_content = new QPlainTextEdit(policy.content, this);
    m_content->setObjectName(u"contentEdit"_s);
    m_content->setAccessibleName(tr("Policy"));
    form->addRow(tr("&Policy:"), m_content);
    m_priority = new QSpinBox(this);
    m_priority->setObjectName(u"prioritySpin"_s);
    m_priority->setRange(1, 100);
    m_priority->setValue(policy.priority);
    form->addRow(tr("P&riority (1-100):"), m_priority);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setStyleSheet(u"color: #c62828;"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"buttonBox"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &PolicyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PolicyDialog::reject);
    layout->addWidget(buttons);
    const auto updateScope = [this] {
        m_location->setEnabled(m_scope->currentData() == u"location"_s);
        m_role->setEnabled(m_scope->currentData() == u"role"_s);
    };
    connect(m_scope, &QComboBox::currentIndexChanged, this, updateScope);
    updateScope();
    resize(520, 360);
}

KnowledgeStore::Policy PolicyDialog::policy() const
{
    KnowledgeStore::Policy p = m_policy;
    p.scope = m_scope->currentData().toString();
    p.locationId = m_location->currentData().toString();
    p.targetRole = m_role->currentData().toString();
    p.content = m_content->toPlainText().trimmed();
    p.priority = m_priority->value();
    return p;
}

void PolicyDialog::accept()
{
    const KnowledgeStore::Policy p = policy();
    QString problem;
    if (p.content.size() < 10)
        problem = tr("Write the policy in at least a full sentence (10 characters).");
    else if (p.scope == u"location"_s && p.locationId.isEmpty())
        problem = tr("Choose the location this policy is for.");
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        QDialog::accept();
}
