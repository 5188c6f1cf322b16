#pragma once

#include "demo/demoscale.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <array>
#include <vector>

// The business the demo generator invents, shared by the generators of each family of tables: who works where,
// when the stores open, and who was at which store when (so that tasks land on people who were there).

enum class DemoRole
{
    Admin,
    Manager,
    Purchaser,
    Staff
};

// Where someone stands today, relative to now: the scenario the console's checks are meant to find.
enum class DemoToday
{
    NotScheduled, // managers and admins, who do not clock in
    Off,
    OnShift,    // clocked in normally, still working
    Late,       // shift started 20+ minutes ago, not clocked in
    LongShift,  // clocked in ~9.5 hours ago on a 10-hour shift, still working
    ClockedOut, // worked an earlier shift today and left
    Upcoming,   // shift starts in the next few hours
};

struct DemoLocation
{
    QString id;
    QString name;
    QString address;
    QString areaCode;
    double lat = 0;
    double lng = 0;
    // Minutes after midnight by TeamTime's day_of_week (0 = Sunday); -1 when closed that day.
    std::array<int, 7> opensAt{};
    std::array<int, 7> closesAt{};

    bool isOpen(int dayOfWeek) const { return opensAt[std::size_t(dayOfWeek)] >= 0; }
};

struct DemoPerson
{
    QString id;
    QString name;
    DemoRole role = DemoRole::Staff;
    int location = 0;
    double hourlyRate = 0;         // 0: salaried, no hourly rate
    std::array<bool, 7> worksOn{}; // the person's usual week, by day_of_week
    QDate hiredOn;
    QDate leftOn; // invalid while still employed
    bool lateOnFridays = false;
    bool leavesEarly = false;
    DemoToday today = DemoToday::NotScheduled;

    bool isActive() const { return !leftOn.isValid(); }
    bool worksShifts() const { return role == DemoRole::Staff || role == DemoRole::Purchaser; }
    bool employedOn(const QDate &date) const { return date >= hiredOn && (!leftOn.isValid() || date < leftOn); }
};

// Someone at a store from one instant to another (clock-in to clock-out, or to now while still working).
struct DemoPresence
{
    int person = 0;
    QDateTime from;
    QDateTime until;
};

struct DemoWorld
{
    DemoScale scale;
    std::vector<DemoLocation> locations;
    std::vector<DemoPerson> people;
    std::vector<std::vector<int>> managersAt; // person indices, per location
    std::vector<int> admins;
    std::vector<int> purchasers;
    int overdueLocation = 0; // the store whose tasks run late more often
    // Filled by DemoAttendance, one list per location and day from the first day of history to today.
    std::vector<std::vector<DemoPresence>> presence;

    int dayIndex(int day) const { return day + scale.historyDays; } // day 0 is today
    std::vector<DemoPresence> &presenceAt(int location, int day)
    {
        return presence[std::size_t(dayIndex(day)) * locations.size() + std::size_t(location)];
    }
    const std::vector<DemoPresence> &presenceAt(int location, int day) const
    {
        return presence[std::size_t(dayIndex(day)) * locations.size() + std::size_t(location)];
    }
    const DemoPerson &managerOf(int location) const
    {
        return people[std::size_t(managersAt[std::size_t(location)].front())];
    }
};
