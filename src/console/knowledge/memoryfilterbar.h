#pragma once

#include "config/knowledgestore.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

// The memories list's filters: scope, person, place, type, minimum confidence, expiry (any, expiring within N days,
// expired, never), text, and whether switched-off ones show. Choices of person, place and type are the ones that
// have memories. changed() fires at once for a choice and after a pause in typing for text and numbers.
class MemoryFilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kTypingPauseMs = 300;

    explicit MemoryFilterBar(QWidget *parent = nullptr);

    KnowledgeStore::MemoryFilter filter() const;
    // Keeps the current selections that are still offered; returns whether one had to go (the filter changed).
    bool setChoices(const KnowledgeStore::MemoryChoices &choices);

Q_SIGNALS:
    void changed();

private:
    QComboBox *m_scope = nullptr;
    QComboBox *m_person = nullptr;
    QComboBox *m_location = nullptr;
    QComboBox *m_type = nullptr;
    QDoubleSpinBox *m_confidence = nullptr;
    QComboBox *m_expiry = nullptr;
    QSpinBox *m_days = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_inactive = nullptr;
    QTimer m_pause;
};
