#pragma once

#include "config/knowledgestore.h"

#include <QDialog>
#include <QHash>
#include <QTimeZone>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

// Rewriting one memory: what it says, its type and how sure the Office Manager should be of it. Each problem is
// shown beside its field (the store's own validation) and Save waits until there are none. Who and what it is
// about, and the runs behind it, are shown for context and stay as they are.
class MemoryDialog : public QDialog
{
    Q_OBJECT

public:
    // `knownTypes`: offered in the type box; any other short type may be typed.
    MemoryDialog(const KnowledgeStore::Memory &memory, const QStringList &knownTypes, const QTimeZone &zone,
                 QWidget *parent = nullptr);

    KnowledgeStore::Memory memory() const;
    QString problemFor(const QString &field) const;
    void accept() override;

private:
    bool validate();

    KnowledgeStore::Memory m_memory;
    QPlainTextEdit *m_content = nullptr;
    QComboBox *m_type = nullptr;
    QDoubleSpinBox *m_confidence = nullptr;
    QPushButton *m_save = nullptr;
    QHash<QString, QLabel *> m_errors;
};
