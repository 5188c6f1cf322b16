#pragma once

// A tiny TeamTime for the Office Manager module tests: people, stores, tasks, purchases, cash and shifts at given
// instants, and small helpers to compare what the providers return.
#include "business/contextrequest.h"
#include "db/sqlsession.h"
#include "fixedclock.h"
#include "testdatabase.h"

#include <QTimeZone>
#include <memory>
#include <nlohmann/json.hpp>

namespace OfficeManagerFixture {

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

inline const QTimeZone kPacific("America/Los_Angeles");

inline QVariant ts(const QDateTime &instant)
{
    return instant.isValid() ? QVariant(SqlSession::timestamp(instant)) : QVariant();
}

inline QVariant orNull(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

class Fixture
{
public:
    explicit Fixture(TestDatabase &db) : m_s(db.session()) { oldTown = location(u"Old Town"_s); }

    QString oldTown;

    QString id(const QString &sql, const QVariantList &params) { return m_s.scalar(sql, params).toString(); }
    QString location(const QString &name, bool active = true)
    {
        return id(u"INSERT INTO locations (name, is_active) VALUES (?, ?) RETURNING id"_s, {name, active});
    }
    QString person(const QString &name, bool active = true)
    {
        return id(
            u"INSERT INTO users (email, username, pin_hash, name, is_active) VALUES (?, ?, 'x', ?, ?) RETURNING id"_s,
            {QVariant(name + u"@example.com"_s), name, name, active});
    }
    QString task(const QString &title, const QString &assignee, const QDateTime &due,
                 const QString &status = u"not_started"_s, const QString &priority = u"medium"_s,
                 const QString &atLocation = {}, const QString &description = {})
    {
        const QString templ = atLocation.isEmpty()
                                  ? QString()
                                  : id(u"INSERT INTO task_templates (name, location_id) VALUES ('t', ?) "
                                       "RETURNING id"_s,
                                       {atLocation});
        return id(u"INSERT INTO tasks (title, description, assigned_to, due_at, status, priority, template_id) VALUES "
                  "(?, ?, ?, ?, ?::task_status, ?::task_priority, ?) RETURNING id"_s,
                  {title, orNull(description), orNull(assignee), ts(due), status, priority, orNull(templ)});
    }
    void completion(const QString &task, const QString &by, const QDateTime &at, const QString &notes)
    {
        m_s.exec(u"INSERT INTO task_completions (task_id, completed_by, completed_at, notes) VALUES (?, ?, ?, ?)"_s,
                 {task, by, ts(at), notes});
    }
    QString purchase(const QString &requester, const QString &what, double price, const QDateTime &created,
                     const QString &status = u"pending"_s, const QString &seller = {}, const QString &task = {})
    {
        return id(u"INSERT INTO purchase_requests (requester_id, description, proposed_price, created_at, status, "
                  "seller_info, task_id) VALUES (?, ?, ?, ?, ?::purchase_status, ?, ?) RETURNING id"_s,
                  {requester, what, price, ts(created), status, orNull(seller), orNull(task)});
    }
    QString withdrawal(const QString &user, double amount, const QDateTime &at, const QString &status,
                       const QString &notes = {})
    {
        return id(u"INSERT INTO atm_withdrawals (user_id, amount, withdrawn_at, status, notes) VALUES "
                  "(?, ?, ?, ?::withdrawal_status, ?) RETURNING id"_s,
                  {user, amount, ts(at), status, orNull(notes)});
    }
    void allocation(const QString &withdrawal, double amount)
    {
        m_s.exec(u"INSERT INTO withdrawal_allocations (withdrawal_id, amount) VALUES (?, ?)"_s, {withdrawal, amount});
    }
    QString shift(const QString &user, const QString &at, const QDateTime &start, const QDateTime &end,
                  const QString &notes = {})
    {
        return id(u"INSERT INTO shifts (user_id, location_id, start_time, end_time, notes) VALUES (?, ?, ?, ?, ?) "
                  "RETURNING id"_s,
                  {user, orNull(at), ts(start), ts(end), orNull(notes)});
    }
    void hours(const QString &at, int dayOfWeek, const QString &open, const QString &close, bool closed = false)
    {
        m_s.exec(u"INSERT INTO store_hours (location_id, day_of_week, open_time, close_time, is_closed) VALUES "
                 "(?, ?, ?, ?, ?)"_s,
                 {at, dayOfWeek, orNull(open), orNull(close), closed});
    }

private:
    SqlSession &m_s;
};

inline ContextRequest requestAt(const QDateTime &now, bool currentSchema = false)
{
    ContextRequest request;
    request.calendar = BusinessCalendar(kPacific, std::make_shared<FixedClock>(now));
    request.features.breakEntries = currentSchema;
    request.features.userTypes = currentSchema;
    return request;
}

inline QDateTime at(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), kPacific).toUTC();
}

inline json ids(const json &list, const char *key)
{
    json result = json::array();
    for (const json &item : list)
        result.push_back(item[key]);
    return result;
}

inline json sj(const QString &value)
{
    return json(value.toStdString());
}

// Every occurrence of `phrase` sits between « and » (the fence opened before it was not closed yet).
inline bool onlyFenced(const QString &prompt, const QString &phrase)
{
    int seen = 0;
    qsizetype i = prompt.indexOf(phrase);
    while (i >= 0) {
        if (prompt.lastIndexOf(u"«"_s, i) <= prompt.lastIndexOf(u"»"_s, i) || prompt.indexOf(u"»"_s, i) < 0)
            return false;
        ++seen;
        i = prompt.indexOf(phrase, i + 1);
    }
    return seen > 0;
}

} // namespace OfficeManagerFixture
