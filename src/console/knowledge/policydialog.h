#pragma once

#include "config/knowledgestore.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

// Writing or rewriting one policy note: who it is for (everyone, a location, a role), what it says, its priority.
// Problems are shown in the dialog; it only accepts a complete note.
class PolicyDialog : public QDialog
{
    Q_OBJECT

public:
    // `locations`: id → name, for the location choice.
    PolicyDialog(const KnowledgeStore::Policy &policy, const QList<QPair<QString, QString>> &locations,
                 QWidget *parent = nullptr);

    KnowledgeStore::Policy policy() const;
    void accept() override;

private:
    KnowledgeStore::Policy m_policy;
    QComboBox *m_scope = nullptr;
    QComboBox *m_location = nullptr;
    QComboBox *m_role = nullptr;
    QPlainTextEdit *m_content = nullptr;
    QSpinBox *m_priority = nullptr;
    QLabel *m_error = nullptr;
};
