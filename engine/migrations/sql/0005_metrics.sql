-- The Revenue Optimizer's history: daily staff and location metrics (seeds §3.1) and auction metrics (§8.1).
-- `date` is a timestamp with time zone, as the plan types it: a business day is stored as midnight of that day
-- in the business time zone.
CREATE TABLE IF NOT EXISTS staff_metrics_daily (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
);
ALTER TABLE staff_metrics_daily ADD COLUMN IF NOT EXISTS user_id uuid NOT NULL;
ALTER TABLE staff_metrics_daily ADD COLUMN IF NOT EXISTS date timestamp with time zone NOT NULL;
ALTER TABLE staff_metrics_daily ADD COLUMN IF NOT EXISTS total_sales numeric(10, 2) DEFAULT '0';
ALTER TABLE staff_metrics_daily ADD COLUMN IF NOT EXISTS transaction_count integer DEFAULT 0;
ALTER TABLE staff_metrics_daily ADD COLUMN IF NOT EXISTS avg_transaction_value numeric(10, 2);
ALTER TABLE staff_metrics_daily ADD COLUMN IF NOT EXISTS items_per_transaction numeric(5, 2);
ALTER TABLE staff_metrics_daily ADD COLUMN IF NOT EXISTS revenue_per_labor_hour numeric(10, 2);
ALTER TABLE staff_metrics_daily ADD COLUMN IF NOT EXISTS avg_transaction_duration_seconds integer;
ALTER TABLE staff_metrics_daily ADD COLUMN IF NOT EXISTS hours_worked numeric(5, 2);
ALTER TABLE staff_metrics_daily ADD COLUMN IF NOT EXISTS till_variance_total numeric(10, 2);
ALTER TABLE staff_metrics_daily ADD COLUMN IF NOT EXISTS till_variance_count integer DEFAULT 0;
ALTER TABLE staff_metrics_daily ADD COLUMN IF NOT EXISTS tasks_completed integer DEFAULT 0;
ALTER TABLE staff_metrics_daily ADD COLUMN IF NOT EXISTS tasks_overdue integer DEFAULT 0;
ALTER TABLE staff_metrics_daily ADD COLUMN IF NOT EXISTS refund_count integer DEFAULT 0;
ALTER TABLE staff_metrics_daily ADD COLUMN IF NOT EXISTS complaint_count integer DEFAULT 0;
ALTER TABLE staff_metrics_daily ADD COLUMN IF NOT EXISTS created_at timestamp with time zone DEFAULT now() NOT NULL;
SELECT pg_temp.mentats_ensure_fk('staff_metrics_daily', 'staff_metrics_daily_user_id_users_id_fk', 'user_id',
                                 'users', 'id', 'CASCADE');
SELECT pg_temp.mentats_ensure_unique('staff_metrics_daily', 'staff_metrics_daily_user_id_date_unique',
                                     ARRAY['user_id', 'date']);

CREATE TABLE IF NOT EXISTS location_metrics_daily (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
);
ALTER TABLE location_metrics_daily ADD COLUMN IF NOT EXISTS location_id uuid NOT NULL;
ALTER TABLE location_metrics_daily ADD COLUMN IF NOT EXISTS date timestamp with time zone NOT NULL;
ALTER TABLE location_metrics_daily ADD COLUMN IF NOT EXISTS total_sales numeric(10, 2) DEFAULT '0';
ALTER TABLE location_metrics_daily ADD COLUMN IF NOT EXISTS transaction_count integer DEFAULT 0;
ALTER TABLE location_metrics_daily ADD COLUMN IF NOT EXISTS avg_transaction_value numeric(10, 2);
ALTER TABLE location_metrics_daily ADD COLUMN IF NOT EXISTS customer_count integer;
ALTER TABLE location_metrics_daily ADD COLUMN IF NOT EXISTS labor_hours numeric(6, 2);
ALTER TABLE location_metrics_daily ADD COLUMN IF NOT EXISTS revenue_per_labor_hour numeric(10, 2);
ALTER TABLE location_metrics_daily ADD COLUMN IF NOT EXISTS created_at timestamp with time zone DEFAULT now() NOT NULL;
SELECT pg_temp.mentats_ensure_fk('location_metrics_daily', 'location_metrics_daily_location_id_locations_id_fk',
                                 'location_id', 'locations', 'id', 'CASCADE');
SELECT pg_temp.mentats_ensure_unique('location_metrics_daily', 'location_metrics_daily_location_id_date_unique',
                                     ARRAY['location_id', 'date']);

CREATE TABLE IF NOT EXISTS auction_metrics (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
);
ALTER TABLE auction_metrics ADD COLUMN IF NOT EXISTS auction_id uuid NOT NULL;
ALTER TABLE auction_metrics ADD COLUMN IF NOT EXISTS date timestamp with time zone NOT NULL;
ALTER TABLE auction_metrics ADD COLUMN IF NOT EXISTS lots_listed integer DEFAULT 0;
ALTER TABLE auction_metrics ADD COLUMN IF NOT EXISTS lots_sold integer DEFAULT 0;
ALTER TABLE auction_metrics ADD COLUMN IF NOT EXISTS sell_through_percent numeric(5, 2);
ALTER TABLE auction_metrics ADD COLUMN IF NOT EXISTS avg_final_price numeric(10, 2);
ALTER TABLE auction_metrics ADD COLUMN IF NOT EXISTS no_pay_rate numeric(5, 4);
ALTER TABLE auction_metrics ADD COLUMN IF NOT EXISTS avg_photos_per_lot numeric(4, 2);
ALTER TABLE auction_metrics ADD COLUMN IF NOT EXISTS avg_creation_to_bid_minutes integer;
ALTER TABLE auction_metrics ADD COLUMN IF NOT EXISTS avg_bid_to_hammer_minutes integer;
ALTER TABLE auction_metrics ADD COLUMN IF NOT EXISTS avg_hammer_to_payment_minutes integer;
ALTER TABLE auction_metrics ADD COLUMN IF NOT EXISTS avg_payment_to_shipment_minutes integer;
ALTER TABLE auction_metrics ADD COLUMN IF NOT EXISTS created_at timestamp with time zone DEFAULT now() NOT NULL;
