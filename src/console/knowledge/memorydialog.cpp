#include "knowledge/memorydialog.h"

#include "knowledge/knowledgetext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

MemoryDialog::MemoryDialog(const KnowledgeStore::Memory &memory, const QStringList &knownTypes, const QTimeZone &zone,
                           QWidget *parent)
    : QDialog(parent), m_memory(memory)
{
    setObjectName(u"memoryDialog"_s);
    setWindowTitle(tr("Edit memory"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    const auto withError = [&](const QString &label, QWidget *field, const QString &name) {
        field->setObjectName(name + u"Field"_s);
        field->setAccessibleName(QString(label).remove(u'&').remove(u':'));
        auto *box = new QWidget(this);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->addWidget(field);
        auto *error = new QLabel(box);
        error->setObjectName(name + u"Error"_s);
        error->setWordWrap(true);
        error->setStyleSheet(u"color: #c62828;"_s); // readable on light and dark backgrounds
        error->hide();
        v->addWidget(error);
        m_errors.insert(name, error);
        form->addRow(label, box);
    };

    auto *about = new QLabel(tr("%1 (%2)").arg(KnowledgeText::subject(memory), memory.scope), this);
    about->setObjectName(u"aboutLabel"_s);
    form->addRow(tr("About:"), about);
    m_content = new QPlainTextEdit(memory.content, this);
    withError(tr("&Memory:"), m_content, u"content"_s);
    m_type = new QComboBox(this);
    m_type->setEditable(true);
    m_type->setInsertPolicy(QComboBox::NoInsert);
    QStringList types = knownTypes;
    for (const QString &type : {u"pattern"_s, u"preference"_s, u"observation"_s, u"performance"_s})
        if (!types.contains(type))
            types << type; // what the Revenue Optimizer writes
    types.sort();
    m_type->addItems(types);
    m_type->setCurrentText(memory.memoryType);
    withError(tr("&Type:"), m_type, u"memoryType"_s);
    m_confidence = new QDoubleSpinBox(this);
    m_confidence->setRange(0, 1);
    m_confidence->setSingleStep(0.05);
    m_confidence->setDecimals(2);
    m_confidence->setValue(memory.confidence);
    withError(tr("&Confidence (0-1):"), m_confidence, u"confidence"_s);
    auto *runs = new QLabel(KnowledgeText::provenance(memory, zone), this);
    runs->setObjectName(u"provenanceLabel"_s);
    runs->setWordWrap(true);
    runs->setTextInteractionFlags(Qt::TextSelectableByMouse); // run ids, for the action log's run filter
    form->addRow(tr("Runs:"), runs);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"buttonBox"_s);
    m_save = buttons->button(QDialogButtonBox::Save);
    connect(buttons, &QDialogButtonBox::accepted, this, &MemoryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MemoryDialog::reject);
    layout->addWidget(buttons);

    connect(m_content, &QPlainTextEdit::textChanged, this, &MemoryDialog::validate);
    connect(m_type, &QComboBox::currentTextChanged, this, &MemoryDialog::validate);
    connect(m_confidence, &QDoubleSpinBox::valueChanged, this, &MemoryDialog::validate);
    validate();
    resize(560, 380);
}

KnowledgeStore::Memory MemoryDialog::memory() const
{
    KnowledgeStore::Memory m = m_memory;
    m.content = m_content->toPlainText().trimmed();
    m.memoryType = m_type->currentText().trimmed();
    m.confidence = m_confidence->value();
    return m;
}

QString MemoryDialog::problemFor(const QString &field) const
{
    const QLabel *label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

bool MemoryDialog::validate()
{
    const QList<FieldProblem> problems = KnowledgeStore::validateMemory(memory());
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it) {
        QString message;
        for (const FieldProblem &p : problems)
            if (p.field == it.key())
                message = p.message;
        it.value()->setText(message);
        it.value()->setVisible(!message.isEmpty());
    }
    m_save->setEnabled(problems.isEmpty());
    return problems.isEmpty();
}

void MemoryDialog::accept()
{
    if (validate())
        QDialog::accept();
}
