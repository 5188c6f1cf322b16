-- Lateness and absences rolled up per person, location and business day, with the daily metrics (MetricsRollup), by
-- the Metrics page's own rule (ShiftOutcomes): a year of the large demo's 500,000 shifts weighed against their
-- clock-ins took seconds on every look at the page. `date` is the business day's midnight, as in the metrics
-- tables. mentats_attendance_days says which days were rolled up and whether they were settled then (every shift of
-- the day over, so nothing about it could still change but a correction, which the nightly roll-up of the last week
-- picks up); the page reads settled days from here and works the others out from the shifts as before.
CREATE TABLE IF NOT EXISTS mentats_attendance_daily (
    date timestamp with time zone NOT NULL,
    user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    location_id uuid REFERENCES locations(id) ON DELETE CASCADE,
    shifts integer NOT NULL,
    late_shifts integer NOT NULL,
    absences integer NOT NULL
);
CREATE INDEX IF NOT EXISTS mentats_attendance_daily_date_idx ON mentats_attendance_daily (date);
CREATE INDEX IF NOT EXISTS mentats_attendance_daily_user_date_idx ON mentats_attendance_daily (user_id, date);
CREATE INDEX IF NOT EXISTS mentats_attendance_daily_location_date_idx ON mentats_attendance_daily (location_id, date);

CREATE TABLE IF NOT EXISTS mentats_attendance_days (
    date timestamp with time zone PRIMARY KEY,
    settled boolean NOT NULL,
    rolled_up_at timestamp with time zone NOT NULL
);
