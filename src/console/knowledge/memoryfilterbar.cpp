#include "knowledge/memoryfilterbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using Expiry = KnowledgeStore::MemoryFilter::Expiry;

namespace {

// Replaces a combo's entries after its first ("any") one, keeping the selection if it is still there.
bool refill(QComboBox *box, const QList<QPair<QString, QString>> &entries)
{
    const QSignalBlocker blocker(box);
    const QString selected = box->currentData().toString();
    while (box->count() > 1)
        box->removeItem(1);
    for (const auto &[id, name] : entries)
        box->addItem(name, id);
    const int index = box->findData(selected);
    box->setCurrentIndex(std::max(0, index));
    return !selected.isEmpty() && index < 0;
}

} // namespace

MemoryFilterBar::MemoryFilterBar(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto combo = [this](const QString &name, const QString &label, const QString &any) {
        auto *box = new QComboBox(this);
        box->setObjectName(name);
        box->setAccessibleName(label);
        box->setToolTip(label);
        box->addItem(any, QString());
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(box, &QComboBox::currentIndexChanged, this, &MemoryFilterBar::changed);
        return box;
    };
    m_scope = combo(u"memoryScopeFilter"_s, tr("Scope"), tr("Any scope"));
    m_scope->addItem(tr("Whole business"), u"global"_s);
    m_scope->addItem(tr("A person"), u"user"_s);
    m_scope->addItem(tr("A location"), u"location"_s);
    m_scope->addItem(tr("An auction"), u"auction"_s);
    m_person = combo(u"memoryPersonFilter"_s, tr("Person"), tr("Anyone"));
    m_location = combo(u"memoryLocationFilter"_s, tr("Location"), tr("Any location"));
    m_type = combo(u"memoryTypeFilter"_s, tr("Type"), tr("Any type"));

    m_confidence = new QDoubleSpinBox(this);
    m_confidence->setObjectName(u"memoryConfidenceFilter"_s);
    m_confidence->setAccessibleName(tr("Minimum confidence"));
    m_confidence->setToolTip(tr("Only memories at least this confident"));
    m_confidence->setRange(0, 1);
    m_confidence->setSingleStep(0.05);
    m_confidence->setDecimals(2);
    m_confidence->setPrefix(tr("confidence ≥ "));
    m_confidence->setSpecialValueText(tr("any confidence"));

    m_expiry = new QComboBox(this);
    m_expiry->setObjectName(u"memoryExpiryFilter"_s);
    m_expiry->setAccessibleName(tr("Expiry"));
    m_expiry->setToolTip(tr("Expiry"));
    m_expiry->addItem(tr("Any expiry"), int(Expiry::Any));
    m_expiry->addItem(tr("Expiring within"), int(Expiry::ExpiringWithin));
    m_expiry->addItem(tr("Expired"), int(Expiry::Expired));
    m_expiry->addItem(tr("Never expires"), int(Expiry::Never));
    m_days = new QSpinBox(this);
    m_days->setObjectName(u"memoryExpiryDaysFilter"_s);
    m_days->setAccessibleName(tr("Expiring within how many days"));
    m_days->setRange(1, 365);
    m_days->setValue(7);
    m_days->setSuffix(tr(" days"));
    m_days->setEnabled(false);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"memorySearch"_s);
    m_search->setPlaceholderText(tr("Search by person, place, type or content"));
    m_search->setAccessibleName(tr("Search memories"));
    m_search->setClearButtonEnabled(true);
    m_inactive = new QCheckBox(tr("Include switched-off and expired"), this);
    m_inactive->setObjectName(u"showInactiveCheck"_s);

    layout->addWidget(m_scope, 0, 0);
    layout->addWidget(m_person, 0, 1);
    layout->addWidget(m_location, 0, 2);
    layout->addWidget(m_type, 0, 3);
    auto *expiry = new QHBoxLayout;
    expiry->addWidget(m_expiry);
    expiry->addWidget(m_days);
    layout->addLayout(expiry, 0, 4);
    layout->addWidget(m_search, 1, 0, 1, 3);
    layout->addWidget(m_confidence, 1, 3);
    layout->addWidget(m_inactive, 1, 4);
    layout->setColumnStretch(5, 1);

    // Typing and spinning settle before a query; a choice applies at once.
    m_pause.setSingleShot(true);
    m_pause.setInterval(kTypingPauseMs);
    connect(&m_pause, &QTimer::timeout, this, &MemoryFilterBar::changed);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_pause.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_pause.stop();
        Q_EMIT changed();
    });
    connect(m_confidence, &QDoubleSpinBox::valueChanged, this, [this] { m_pause.start(); });
    connect(m_days, &QSpinBox::valueChanged, this, [this] { m_pause.start(); });
    connect(m_expiry, &QComboBox::currentIndexChanged, this, [this] {
        m_days->setEnabled(m_expiry->currentData().toInt() == int(Expiry::ExpiringWithin));
        Q_EMIT changed();
    });
    connect(m_inactive, &QCheckBox::toggled, this, &MemoryFilterBar::changed);
}

KnowledgeStore::MemoryFilter MemoryFilterBar::filter() const
{
    KnowledgeStore::MemoryFilter f;
    f.scope = m_scope->currentData().toString();
    f.userId = m_person->currentData().toString();
    f.locationId = m_location->currentData().toString();
    f.memoryType = m_type->currentData().toString();
    f.minConfidence = m_confidence->value();
    f.expiry = Expiry(m_expiry->currentData().toInt());
    f.expiringWithinDays = m_days->value();
    f.includeInactive = m_inactive->isChecked();
    f.text = m_search->text().trimmed();
    return f;
}

bool MemoryFilterBar::setChoices(const KnowledgeStore::MemoryChoices &choices)
{
    QList<QPair<QString, QString>> types;
    for (const QString &type : choices.memoryTypes)
        types << qMakePair(type, type);
    const bool person = refill(m_person, choices.people);
    const bool location = refill(m_location, choices.locations);
    const bool type = refill(m_type, types);
    return person || location || type;
}
