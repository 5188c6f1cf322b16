#include "common/periodpicker.h"

#include "actions/actionsummary.h"
#include "core/businesscalendar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::Literals::StringLiterals;

PeriodPicker::PeriodPicker(std::shared_ptr<const Clock> clock, QList<Preset> presets, Preset initial, QWidget *parent)
    : QWidget(parent), m_clock(std::move(clock)), m_zone(BusinessCalendar::kDefaultZoneId)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_preset = new QComboBox(this);
    m_preset->setObjectName(u"periodPreset"_s);
    m_preset->setAccessibleName(tr("Period"));
    if (!presets.contains(Preset::Custom))
        presets << Preset::Custom;
    for (const Preset p : presets)
        m_preset->addItem(presetLabel(p), int(p));
    m_from = new QDateEdit(this);
    m_from->setObjectName(u"periodFrom"_s);
    m_from->setAccessibleName(tr("First day"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(u"periodTo"_s);
    m_to->setAccessibleName(tr("Last day"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    layout->addWidget(new QLabel(tr("Period:"), this));
    layout->addWidget(m_preset);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(u"–"_s, this));
    layout->addWidget(m_to);
    applyPreset(initial);

    connect(m_preset, &QComboBox::activated, this, [this](int index) {
        applyPreset(Preset(m_preset->itemData(index).toInt()));
        Q_EMIT periodChanged();
    });
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::userDateChanged, this, [this] {
            m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
            Q_EMIT periodChanged();
        });
    }
}

QString PeriodPicker::presetLabel(Preset preset)
{
    switch (preset) {
    case Preset::Last7Days:
        return tr("Last 7 days");
    case Preset::ThisWeek:
        return tr("This week");
    case Preset::LastWeek:
        return tr("Last week");
    case Preset::ThisMonth:
        return tr("This month");
    case Preset::LastMonth:
        return tr("Last month");
    case Preset::Last30Days:
        return tr("Last 30 days");
    case Preset::Last90Days:
        return tr("Last 90 days");
    case Preset::Last365Days:
        return tr("Last 365 days");
    case Preset::Custom:
        return tr("Custom");
    }
    return {};
}

std::pair<QDate, QDate> PeriodPicker::presetPeriod(Preset preset, QDate day)
{
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    const QDate firstOfMonth(day.year(), day.month(), 1);
    switch (preset) {
    case Preset::Last7Days:
        return {day.addDays(-6), day};
    case Preset::ThisWeek:
        return {monday, day};
    case Preset::LastWeek:
        return ActionSummary::lastWeek(day);
    case Preset::ThisMonth:
        return {firstOfMonth, day};
    case Preset::LastMonth:
        return {firstOfMonth.addMonths(-1), firstOfMonth.addDays(-1)};
    case Preset::Last30Days:
        return {day.addDays(-29), day};
    case Preset::Last90Days:
        return {day.addDays(-89), day};
    case Preset::Last365Days:
        return {day.addDays(-364), day};
    case Preset::Custom:
        break;
    }
    return {};
}

QDate PeriodPicker::today() const
{
    return BusinessCalendar(m_zone, m_clock).today();
}

void PeriodPicker::setZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (preset() != Preset::Custom)
        applyPreset(preset());
}

QDate PeriodPicker::from() const
{
    return m_from->date();
}

QDate PeriodPicker::to() const
{
    return m_to->date();
}

PeriodPicker::Preset PeriodPicker::preset() const
{
    return Preset(m_preset->currentData().toInt());
}

void PeriodPicker::applyPreset(Preset preset)
{
    const int index = m_preset->findData(int(preset));
    if (preset == Preset::Custom || index < 0)
        return;
    const auto [first, last] = presetPeriod(preset, today());
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(first);
    m_to->setDate(last);
    m_preset->setCurrentIndex(index);
}

void PeriodPicker::setPeriod(QDate first, QDate last)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(first);
    m_to->setDate(last);
    m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
}
