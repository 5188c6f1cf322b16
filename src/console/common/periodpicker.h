#pragma once

#include <QDate>
#include <QList>
#include <QTimeZone>
#include <QWidget>
#include <memory>

class Clock;
class QComboBox;
class QDateEdit;

// A period of business days: a preset (last 7 days, this week, last month, …) or any two dates. "Today" is the
// business's, never the machine's. The Reports and Metrics pages pick their periods with it.
class PeriodPicker : public QWidget
{
    Q_OBJECT

public:
    enum class Preset
    {
        Last7Days,
        ThisWeek,
        LastWeek,
        ThisMonth,
        LastMonth,
        Last30Days,
        Last90Days,
        Last365Days,
        Custom
    };

    PeriodPicker(std::shared_ptr<const Clock> clock, QList<Preset> presets, Preset initial, QWidget *parent = nullptr);

    // The business's zone; the preset's dates are worked out again from its "today".
    void setZone(const QTimeZone &zone);
    const QTimeZone &zone() const { return m_zone; }
    QDate from() const;
    QDate to() const;
    Preset preset() const;
    // Shows the preset's dates (no signal).
    void applyPreset(Preset preset);
    // Shows two dates as a custom period (no signal).
    void setPeriod(QDate first, QDate last);
    // The business's "today", for presets of others (the Reports page's weekly summary).
    QDate today() const;
    static std::pair<QDate, QDate> presetPeriod(Preset preset, QDate day);
    static QString presetLabel(Preset preset);

    QComboBox *presetBox() const { return m_preset; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

Q_SIGNALS:
    // The manager chose another preset or changed a date.
    void periodChanged();

private:
    std::shared_ptr<const Clock> m_clock;
    QTimeZone m_zone;
    QComboBox *m_preset = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
};
