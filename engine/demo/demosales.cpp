#include "demo/demosales.h"

#include "db/sqlsession.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// (The random draws are correlated with the shift and transaction so that PostgreSQL draws anew for each row rather
// than reusing a memoized one.)
// Each person's pace (transactions per hour, 3 to 7) and basket (average sale, 18 to 42) come from their id, so they
// stay the same from shift to shift: the fast seller is fast every week.
const QString kShifts = uR"(
SELECT e.id, e.user_id, e.clock_in, e.clock_out,
       greatest(1, round(extract(epoch FROM e.clock_out - e.clock_in) / 3600.0
                         * (3 + abs(hashtext(e.user_id::text)) % 5)))::int AS transactions,
       18 + abs(hashtext(reverse(e.user_id::text))) % 25 AS basket
FROM time_entries e
WHERE e.clock_out IS NOT NULL AND e.clock_out > e.clock_in AND e.clock_out - e.clock_in <= interval '16 hours'
)"_s;

const QString kTransactions = uR"(
INSERT INTO mentats_pos_sales (row_key, sold_at, user_id, transactions, amount, items, refunds, duration_seconds)
SELECT 'demo:' || s.id || ':' || i, s.clock_in + (s.clock_out - s.clock_in) * (i - 0.5) / s.transactions,
       s.user_id, CASE WHEN r.refund THEN 0 ELSE 1 END,
       CASE WHEN r.refund THEN -round((s.basket * 0.6 * r.size)::numeric, 2) ELSE round((s.basket * r.size)::numeric, 2) END,
       CASE WHEN r.refund THEN NULL ELSE 1 + floor(r.size * 2.5)::int END,
       CASE WHEN r.refund THEN 1 ELSE 0 END,
       CASE WHEN r.refund THEN NULL ELSE 45 + floor(r.size * 90)::int END
FROM (%1) AS s
CROSS JOIN LATERAL generate_series(1, s.transactions) AS i
CROSS JOIN LATERAL (SELECT random() < 0.02 AS refund, 0.2 + random() * 1.6 AS size WHERE s.id IS NOT NULL AND i > 0
                    OFFSET 0) AS r
ON CONFLICT (row_key) DO NOTHING
)"_s;

const QString kShiftTotals = uR"(
INSERT INTO mentats_pos_sales (row_key, sold_at, per_day, user_id, transactions, amount, items, refunds,
                               duration_seconds)
SELECT 'demo:' || s.id, s.clock_in, true, s.user_id, s.transactions,
       round((s.transactions * s.basket * (0.8 + random() * 0.4))::numeric, 2),
       round(s.transactions * (1.5 + random() * 2))::int, (random() < 0.2)::int, 60 + floor(random() * 60)::int
FROM (%1) AS s
ON CONFLICT (row_key) DO NOTHING
)"_s;

// At the end of about one shift in ten the till is counted a little off; one in fifty brings a complaint.
const QString kTillsAndComplaints = uR"(
INSERT INTO mentats_pos_sales (row_key, sold_at, per_day, user_id, transactions, amount, till_variance, complaints)
SELECT 'demo:' || s.id || ':close', s.clock_out, true, s.user_id, 0, 0,
       CASE WHEN r.roll < 0.1 THEN round(((r.roll * 200) - 10)::numeric, 2) END, (r.roll > 0.98)::int
FROM (%1) AS s
CROSS JOIN LATERAL (SELECT random() AS roll WHERE s.id IS NOT NULL OFFSET 0) AS r
WHERE r.roll < 0.1 OR r.roll > 0.98
ON CONFLICT (row_key) DO NOTHING
)"_s;

} // namespace

qint64 DemoSales::write(SqlSession &session, DemoOptions::Size size, quint64 seed)
{
    qint64 rows = 0;
    session.transaction([&] {
        session.exec(u"SELECT setseed(?::float8)"_s, {double(seed % 1000) / 1000.0});
        const QString &sales = size == DemoOptions::Size::Small ? kTransactions : kShiftTotals;
        rows += session.execAffected(sales.arg(kShifts));
        rows += session.execAffected(kTillsAndComplaints.arg(kShifts));
    });
    session.exec(u"ANALYZE mentats_pos_sales"_s);
    return rows;
}
