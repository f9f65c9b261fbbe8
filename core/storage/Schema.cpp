#include "Schema.h"

#include "Database.h"
#include "DatabaseError.h"
#include "Statement.h"
#include "model/CustomerSpendList.h"
#include "model/PlatformId.h"

#include <algorithm>
#include <string>
#include <vector>

namespace storelens {

namespace {

// Conventions: times are UTC epoch milliseconds (INTEGER); `day` columns are the
// shop-local calendar day as yyyymmdd; money is int64 minor units in the
// currency named on the row (or its order/store); platform_id is the platform's
// own id kept exactly: INTEGER where the platform's ids are numeric (the numeric
// part of a Shopify gid), TEXT where they are not (Amazon order ids).
const char *const kVersion1 = R"SQL(
CREATE TABLE stores (
    id              INTEGER PRIMARY KEY,
    platform        TEXT NOT NULL,
    domain          TEXT NOT NULL,
    name            TEXT NOT NULL,
    currency        TEXT,
    timezone        TEXT,
    plan            TEXT,
    api_base        TEXT,
    auth_kind       TEXT NOT NULL,
    client_id       TEXT,
    credential_ref  TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'active',
    status_detail   TEXT,
    sync_interval_s INTEGER,
    created_at      INTEGER NOT NULL,
    UNIQUE (platform, domain)
);

-- Store credentials when the workspace has no keychain (passphrase workspaces);
-- the file itself is encrypted.
CREATE TABLE secrets (
    ref   TEXT PRIMARY KEY,
    value BLOB NOT NULL
);

CREATE TABLE customers (
    id            INTEGER PRIMARY KEY,
    store_id      INTEGER NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
    platform_id   NOT NULL,
    email         TEXT,
    first_name    TEXT,
    last_name     TEXT,
    phone         TEXT,
    country       TEXT,
    created_at    INTEGER,
    updated_at    INTEGER,
    orders_count  INTEGER,
    amount_spent  INTEGER,
    currency      TEXT,
    UNIQUE (store_id, platform_id)
);
CREATE INDEX customers_updated ON customers (store_id, updated_at);

-- Derived by the ingestor from orders: each customer's first order and count.
CREATE TABLE customer_activity (
    store_id        INTEGER NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
    customer_id     NOT NULL,
    first_order_at  INTEGER NOT NULL,
    first_order_day INTEGER NOT NULL,
    last_order_at   INTEGER NOT NULL,
    orders_count    INTEGER NOT NULL,
    PRIMARY KEY (store_id, customer_id)
) WITHOUT ROWID;
CREATE INDEX customer_activity_first ON customer_activity (store_id, first_order_day);

CREATE TABLE products (
    id           INTEGER PRIMARY KEY,
    store_id     INTEGER NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
    platform_id  NOT NULL,
    title        TEXT NOT NULL,
    handle       TEXT,
    vendor       TEXT,
    product_type TEXT,
    status       TEXT,
    created_at   INTEGER,
    updated_at   INTEGER,
    UNIQUE (store_id, platform_id)
);

CREATE TABLE variants (
    id                INTEGER PRIMARY KEY,
    store_id          INTEGER NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
    platform_id       NOT NULL,
    product_id        NOT NULL,
    sku               TEXT,
    title             TEXT,
    price             INTEGER,
    compare_at_price  INTEGER,
    unit_cost         INTEGER,
    inventory_item_id,
    updated_at        INTEGER,
    UNIQUE (store_id, platform_id)
);
CREATE INDEX variants_product ON variants (store_id, product_id);
CREATE INDEX variants_item ON variants (store_id, inventory_item_id);

CREATE TABLE locations (
    id          INTEGER PRIMARY KEY,
    store_id    INTEGER NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
    platform_id NOT NULL,
    name        TEXT NOT NULL,
    active      INTEGER NOT NULL DEFAULT 1,
    UNIQUE (store_id, platform_id)
);

CREATE TABLE inventory_levels (
    store_id          INTEGER NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
    inventory_item_id NOT NULL,
    location_id       NOT NULL,
    available         INTEGER NOT NULL,
    on_hand           INTEGER NOT NULL,
    updated_at        INTEGER,
    PRIMARY KEY (store_id, inventory_item_id, location_id)
) WITHOUT ROWID;

CREATE TABLE orders (
    id                   INTEGER PRIMARY KEY,
    store_id             INTEGER NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
    platform_id          NOT NULL,
    name                 TEXT,
    customer_id,
    email                TEXT,
    created_at           INTEGER NOT NULL,
    processed_at         INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL,
    cancelled_at         INTEGER,
    closed_at            INTEGER,
    day                  INTEGER NOT NULL,
    financial_status     TEXT,
    fulfillment_status   TEXT,
    source_name          TEXT,
    currency             TEXT NOT NULL,
    presentment_currency TEXT,
    subtotal             INTEGER NOT NULL DEFAULT 0,
    total_discounts      INTEGER NOT NULL DEFAULT 0,
    total_shipping       INTEGER NOT NULL DEFAULT 0,
    total_tax            INTEGER NOT NULL DEFAULT 0,
    total_price          INTEGER NOT NULL DEFAULT 0,
    presentment_total    INTEGER,
    test                 INTEGER NOT NULL DEFAULT 0,
    content_hash         INTEGER NOT NULL DEFAULT 0,
    UNIQUE (store_id, platform_id)
);
CREATE INDEX orders_day ON orders (store_id, day);
CREATE INDEX orders_customer ON orders (store_id, customer_id, processed_at);

-- Keyed by its order: an order's lines are stored together, one b-tree, no
-- surrogate id.
CREATE TABLE line_items (
    order_id            INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    platform_id         NOT NULL,
    product_id,
    variant_id,
    sku                 TEXT,
    title               TEXT,
    quantity            INTEGER NOT NULL,
    original_unit_price INTEGER NOT NULL,
    total_discount      INTEGER NOT NULL DEFAULT 0,
    tax                 INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (order_id, platform_id)
) WITHOUT ROWID;

CREATE TABLE refunds (
    id          INTEGER PRIMARY KEY,
    order_id    INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    platform_id NOT NULL,
    created_at  INTEGER NOT NULL,
    day         INTEGER NOT NULL,
    note        TEXT,
    shipping    INTEGER NOT NULL DEFAULT 0,
    shipping_tax INTEGER NOT NULL DEFAULT 0,
    total       INTEGER NOT NULL DEFAULT 0,
    UNIQUE (order_id, platform_id)
);

CREATE TABLE refund_lines (
    refund_id    INTEGER NOT NULL REFERENCES refunds(id) ON DELETE CASCADE,
    line_item_id NOT NULL,
    quantity     INTEGER NOT NULL,
    subtotal     INTEGER NOT NULL,
    tax          INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (refund_id, line_item_id)
) WITHOUT ROWID;

CREATE TABLE checkouts (
    id           INTEGER PRIMARY KEY,
    store_id     INTEGER NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
    platform_id  NOT NULL,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    completed_at INTEGER,
    day          INTEGER NOT NULL,
    email        TEXT,
    customer_id,
    currency     TEXT NOT NULL,
    subtotal     INTEGER NOT NULL DEFAULT 0,
    total_price  INTEGER NOT NULL DEFAULT 0,
    UNIQUE (store_id, platform_id)
);
CREATE INDEX checkouts_day ON checkouts (store_id, day);

CREATE TABLE sync_checkpoints (
    store_id   INTEGER NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
    resource   TEXT NOT NULL,
    cursor     TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (store_id, resource)
) WITHOUT ROWID;

CREATE TABLE sync_runs (
    id            INTEGER PRIMARY KEY,
    store_id      INTEGER NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
    trigger       TEXT NOT NULL,
    started_at    INTEGER NOT NULL,
    finished_at   INTEGER,
    status        TEXT NOT NULL,
    error_kind    TEXT,
    error_message TEXT,
    counts        TEXT
);
CREATE INDEX sync_runs_store ON sync_runs (store_id, started_at);

-- What changed and when: ingest summaries, updates and deletions of records.
CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    store_id    INTEGER REFERENCES stores(id) ON DELETE CASCADE,
    at          INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    resource    TEXT,
    platform_id,
    detail      TEXT
);
CREATE INDEX events_store ON events (store_id, at);

-- Records that could not be mapped or stored, kept with the reason.
CREATE TABLE rejected_records (
    id          INTEGER PRIMARY KEY,
    store_id    INTEGER REFERENCES stores(id) ON DELETE CASCADE,
    resource    TEXT NOT NULL,
    platform_id,
    reason      TEXT NOT NULL,
    payload     TEXT,
    at          INTEGER NOT NULL
);

-- Daily rollups per store, kept by the ingestor in the same transaction as the
-- records. Amounts in the store currency. Refund-driven columns are dated by
-- the refund's day, the rest by the order's processed day.
CREATE TABLE rollup_store_day (
    store_id            INTEGER NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
    day                 INTEGER NOT NULL,
    orders              INTEGER NOT NULL DEFAULT 0,
    cancelled_orders    INTEGER NOT NULL DEFAULT 0,
    gross_sales         INTEGER NOT NULL DEFAULT 0,
    discounts           INTEGER NOT NULL DEFAULT 0,
    returns             INTEGER NOT NULL DEFAULT 0,
    shipping            INTEGER NOT NULL DEFAULT 0,
    shipping_returned   INTEGER NOT NULL DEFAULT 0,
    taxes               INTEGER NOT NULL DEFAULT 0,
    taxes_returned      INTEGER NOT NULL DEFAULT 0,
    units_sold          INTEGER NOT NULL DEFAULT 0,
    units_returned      INTEGER NOT NULL DEFAULT 0,
    new_customers       INTEGER NOT NULL DEFAULT 0,
    checkouts           INTEGER NOT NULL DEFAULT 0,
    checkouts_value     INTEGER NOT NULL DEFAULT 0,
    recovered_checkouts INTEGER NOT NULL DEFAULT 0,
    recovered_value     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (store_id, day)
) WITHOUT ROWID;

-- Daily rollups per product variant (product_id 0 for custom line items).
CREATE TABLE rollup_product_day (
    store_id       INTEGER NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
    day            INTEGER NOT NULL,
    product_id     NOT NULL,
    variant_id     NOT NULL,
    orders         INTEGER NOT NULL DEFAULT 0,
    units_sold     INTEGER NOT NULL DEFAULT 0,
    gross_sales    INTEGER NOT NULL DEFAULT 0,
    discounts      INTEGER NOT NULL DEFAULT 0,
    units_returned INTEGER NOT NULL DEFAULT 0,
    returns        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (store_id, day, product_id, variant_id)
) WITHOUT ROWID;
)SQL";

// Version 2: store groups, exchange rates, and the rollups that analytics needs
// beyond the daily store and product figures. Existing data is rolled up here,
// in the same transaction as the new tables, so an upgraded workspace answers
// exactly like a freshly ingested one.
const char *const kVersion2 = R"SQL(
-- Named sets of stores of one workspace ("EU shops"), reported together.
CREATE TABLE store_groups (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    created_at INTEGER NOT NULL
);
CREATE TABLE store_group_members (
    group_id INTEGER NOT NULL REFERENCES store_groups(id) ON DELETE CASCADE,
    store_id INTEGER NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, store_id)
) WITHOUT ROWID;

-- User-entered or imported exchange rates: 1 unit of base = rate units of
-- quote. The rate is kept as the exact decimal text it was given in.
CREATE TABLE exchange_rates (
    base_currency  TEXT NOT NULL,
    quote_currency TEXT NOT NULL,
    rate           TEXT NOT NULL,
    source         TEXT NOT NULL,
    updated_at     INTEGER NOT NULL,
    PRIMARY KEY (base_currency, quote_currency)
) WITHOUT ROWID;

-- Non-test orders with a known customer, per order day: the base of the
-- distinct-customer counts.
ALTER TABLE rollup_store_day ADD COLUMN customer_orders INTEGER NOT NULL DEFAULT 0;

-- Money returned to the customer so far (Σ refunds.total), so that what a
-- customer spent is read from the order rows alone.
ALTER TABLE orders ADD COLUMN total_refunded INTEGER NOT NULL DEFAULT 0;

-- Orders by day in processing order: the newest orders read from the index
-- end, without sorting a day's orders.
DROP INDEX orders_day;
CREATE INDEX orders_day ON orders (store_id, day, processed_at);

-- A customer's orders with what the customer rollups and the top-customer
-- ranking read, so that both read the index alone.
DROP INDEX orders_customer;
CREATE INDEX orders_customer ON orders (store_id, customer_id, processed_at, day, test,
                                        total_price, total_refunded);

-- Consecutive orders of one customer (ordered by processed_at, id): `orders`
-- counts the non-first orders whose previous order by the same customer is
-- described by the keys; `second_orders` those of them that are the customer's
-- second order. Each pair is kept at five grains, so that any range is counted
-- from a few hundred rows whatever the data (see SalesAnalytics):
--   grain 0: k1 = previous order's day, k2 = order's day (yyyymmdd)
--   grain 1: k1 = previous order's day, k2 = order's month (yyyymm)
--   grain 2: k1 = previous order's month, k2 = order's day
--   grain 3: k1 = previous order's month, k2 = order's month
--   grain 4: k1 = days from the previous order (0..31 only), k2 = previous order's day
-- Distinct customers of any range follow from it exactly.
CREATE TABLE rollup_customer_return (
    store_id      INTEGER NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
    grain         INTEGER NOT NULL,
    k1            INTEGER NOT NULL,
    k2            INTEGER NOT NULL,
    orders        INTEGER NOT NULL DEFAULT 0,
    second_orders INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (store_id, grain, k1, k2)
) WITHOUT ROWID;

-- Customers by the month (yyyymm) of their first order and a month they
-- ordered in; first_month = month gives the cohort's size.
CREATE TABLE rollup_cohort (
    store_id    INTEGER NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
    first_month INTEGER NOT NULL,
    month       INTEGER NOT NULL,
    customers   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (store_id, first_month, month)
) WITHOUT ROWID;

-- rollup_product_day summed per shop-local month (yyyymm), so that a long
-- range reads months and only its partial months by day.
CREATE TABLE rollup_product_month (
    store_id       INTEGER NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
    month          INTEGER NOT NULL,
    product_id     NOT NULL,
    variant_id     NOT NULL,
    orders         INTEGER NOT NULL DEFAULT 0,
    units_sold     INTEGER NOT NULL DEFAULT 0,
    gross_sales    INTEGER NOT NULL DEFAULT 0,
    discounts      INTEGER NOT NULL DEFAULT 0,
    units_returned INTEGER NOT NULL DEFAULT 0,
    returns        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (store_id, month, product_id, variant_id)
) WITHOUT ROWID;

-- The sales figures of rollup_store_day per sales channel (orders.source_name,
-- '' when unknown); refund-driven columns on the refund's day.
CREATE TABLE rollup_channel_day (
    store_id          INTEGER NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
    day               INTEGER NOT NULL,
    channel           TEXT NOT NULL,
    orders            INTEGER NOT NULL DEFAULT 0,
    cancelled_orders  INTEGER NOT NULL DEFAULT 0,
    gross_sales       INTEGER NOT NULL DEFAULT 0,
    discounts         INTEGER NOT NULL DEFAULT 0,
    returns           INTEGER NOT NULL DEFAULT 0,
    shipping          INTEGER NOT NULL DEFAULT 0,
    shipping_returned INTEGER NOT NULL DEFAULT 0,
    taxes             INTEGER NOT NULL DEFAULT 0,
    taxes_returned    INTEGER NOT NULL DEFAULT 0,
    units_sold        INTEGER NOT NULL DEFAULT 0,
    units_returned    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (store_id, day, channel)
) WITHOUT ROWID;

-- What each customer has spent over all their orders: Σ max(0, total_price -
-- total_refunded). Never less than what they spent in any range, so a ranking
-- of customers by spend in a range can stop early (CustomerAnalytics).
ALTER TABLE customer_activity ADD COLUMN amount_spent INTEGER NOT NULL DEFAULT 0;
CREATE INDEX customer_activity_spent ON customer_activity (store_id, amount_spent);

-- Backfill from the data of version 1.
UPDATE orders SET total_refunded = (SELECT sum(total) FROM refunds WHERE order_id = orders.id)
WHERE id IN (SELECT order_id FROM refunds);

UPDATE rollup_store_day SET customer_orders = (
    SELECT count(*) FROM orders o WHERE o.store_id = rollup_store_day.store_id
    AND o.day = rollup_store_day.day AND o.test = 0 AND o.customer_id IS NOT NULL);

UPDATE customer_activity SET amount_spent = (
    SELECT coalesce(sum(max(total_price - total_refunded, 0)), 0) FROM orders o
    WHERE o.store_id = customer_activity.store_id AND o.customer_id = customer_activity.customer_id
    AND o.test = 0);

INSERT INTO rollup_customer_return (store_id, grain, k1, k2, orders, second_orders)
SELECT store_id, 0, prev_day, day, count(*), sum(second)
FROM (SELECT o.store_id AS store_id, o.day AS day,
             (SELECT p.day FROM orders p
              WHERE p.store_id = o.store_id AND p.customer_id = o.customer_id AND p.test = 0
                AND (p.processed_at < o.processed_at
                     OR (p.processed_at = o.processed_at AND p.id < o.id))
              ORDER BY p.processed_at DESC, p.id DESC LIMIT 1) AS prev_day,
             (SELECT count(*) FROM (SELECT 1 FROM orders p
              WHERE p.store_id = o.store_id AND p.customer_id = o.customer_id AND p.test = 0
                AND (p.processed_at < o.processed_at
                     OR (p.processed_at = o.processed_at AND p.id < o.id))
              LIMIT 2)) = 1 AS second
      FROM orders o WHERE o.test = 0 AND o.customer_id IS NOT NULL)
WHERE prev_day IS NOT NULL
GROUP BY store_id, prev_day, day;
INSERT INTO rollup_customer_return (store_id, grain, k1, k2, orders, second_orders)
SELECT store_id, 1, k1, k2 / 100, sum(orders), sum(second_orders) FROM rollup_customer_return
WHERE grain = 0 GROUP BY store_id, k1, k2 / 100;
INSERT INTO rollup_customer_return (store_id, grain, k1, k2, orders, second_orders)
SELECT store_id, 2, k1 / 100, k2, sum(orders), sum(second_orders) FROM rollup_customer_return
WHERE grain = 0 GROUP BY store_id, k1 / 100, k2;
INSERT INTO rollup_customer_return (store_id, grain, k1, k2, orders, second_orders)
SELECT store_id, 3, k1 / 100, k2 / 100, sum(orders), sum(second_orders)
FROM rollup_customer_return WHERE grain = 0 GROUP BY store_id, k1 / 100, k2 / 100;
INSERT INTO rollup_customer_return (store_id, grain, k1, k2, orders, second_orders)
SELECT store_id, 4, gap, k1, orders, second_orders
FROM (SELECT store_id, k1, orders, second_orders,
             CAST(julianday(printf('%04d-%02d-%02d', k2 / 10000, k2 / 100 % 100, k2 % 100)) -
                  julianday(printf('%04d-%02d-%02d', k1 / 10000, k1 / 100 % 100, k1 % 100))
                  AS INTEGER) AS gap
      FROM rollup_customer_return WHERE grain = 0)
WHERE gap <= 31;

INSERT INTO rollup_cohort (store_id, first_month, month, customers)
SELECT a.store_id, a.first_order_day / 100, m.month, count(*)
FROM (SELECT DISTINCT store_id, customer_id, day / 100 AS month FROM orders
      WHERE test = 0 AND customer_id IS NOT NULL) m
JOIN customer_activity a ON a.store_id = m.store_id AND a.customer_id = m.customer_id
GROUP BY a.store_id, a.first_order_day / 100, m.month;

INSERT INTO rollup_product_month (store_id, month, product_id, variant_id, orders, units_sold,
                                  gross_sales, discounts, units_returned, returns)
SELECT store_id, day / 100, product_id, variant_id, sum(orders), sum(units_sold),
       sum(gross_sales), sum(discounts), sum(units_returned), sum(returns)
FROM rollup_product_day GROUP BY store_id, day / 100, product_id, variant_id;

INSERT INTO rollup_channel_day (store_id, day, channel, orders, cancelled_orders, gross_sales,
                                discounts, returns, shipping, shipping_returned, taxes,
                                taxes_returned, units_sold, units_returned)
SELECT store_id, day, channel, sum(orders), sum(cancelled), sum(gross), sum(discounts),
       sum(returns), sum(shipping), sum(shipping_returned), sum(taxes), sum(taxes_returned),
       sum(units), sum(units_returned)
FROM (SELECT o.store_id AS store_id, o.day AS day, coalesce(o.source_name, '') AS channel,
             1 AS orders, o.cancelled_at IS NOT NULL AS cancelled,
             (SELECT coalesce(sum(quantity * original_unit_price), 0) FROM line_items
              WHERE order_id = o.id) AS gross,
             (SELECT coalesce(sum(total_discount), 0) FROM line_items
              WHERE order_id = o.id) AS discounts,
             0 AS returns, o.total_shipping AS shipping, 0 AS shipping_returned,
             o.total_tax AS taxes, 0 AS taxes_returned,
             (SELECT coalesce(sum(quantity), 0) FROM line_items WHERE order_id = o.id) AS units,
             0 AS units_returned
      FROM orders o WHERE o.test = 0
      UNION ALL
      SELECT o.store_id, r.day, coalesce(o.source_name, ''), 0, 0, 0, 0,
             (SELECT coalesce(sum(subtotal), 0) FROM refund_lines WHERE refund_id = r.id),
             0, r.shipping, 0,
             r.shipping_tax + (SELECT coalesce(sum(tax), 0) FROM refund_lines WHERE refund_id = r.id), 0,
             (SELECT coalesce(sum(quantity), 0) FROM refund_lines WHERE refund_id = r.id)
      FROM refunds r JOIN orders o ON o.id = r.order_id WHERE o.test = 0)
GROUP BY store_id, day, channel;
)SQL";

// Version 3: running totals per product variant, so that a long range reads
// two snapshots instead of a dozen months (see ProductRollupPlan).
const char *const kVersion3 = R"SQL(
-- rollup_product_month added up from the store's first month through `month`
-- (yyyymm): any run of whole months is one row set minus another. Dense, so
-- that a snapshot is one contiguous read: every month from the store's first to
-- its last month of product rollups has a row for every (product, variant) of
-- the store, zeros before its first sale. A new month starts as a copy of the
-- previous one (RollupDelta).
CREATE TABLE rollup_product_running (
    store_id       INTEGER NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
    month          INTEGER NOT NULL,
    product_id     NOT NULL,
    variant_id     NOT NULL,
    orders         INTEGER NOT NULL DEFAULT 0,
    units_sold     INTEGER NOT NULL DEFAULT 0,
    gross_sales    INTEGER NOT NULL DEFAULT 0,
    discounts      INTEGER NOT NULL DEFAULT 0,
    units_returned INTEGER NOT NULL DEFAULT 0,
    returns        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (store_id, month, product_id, variant_id)
) WITHOUT ROWID;

-- Backfill from rollup_product_month: every month of each store's span, the
-- sums of the months up to it, then zeros for the variants not sold yet.
WITH RECURSIVE months (store_id, month, last) AS (
    SELECT store_id, min(month), max(month) FROM rollup_product_month GROUP BY store_id
    UNION ALL
    SELECT store_id, CASE WHEN month % 100 = 12 THEN month + 89 ELSE month + 1 END, last
    FROM months WHERE month < last)
INSERT INTO rollup_product_running (store_id, month, product_id, variant_id, orders, units_sold,
                                    gross_sales, discounts, units_returned, returns)
SELECT m.store_id, m.month, x.product_id, x.variant_id, sum(x.orders), sum(x.units_sold),
       sum(x.gross_sales), sum(x.discounts), sum(x.units_returned), sum(x.returns)
FROM months m JOIN rollup_product_month x ON x.store_id = m.store_id AND x.month <= m.month
GROUP BY m.store_id, m.month, x.product_id, x.variant_id;

INSERT OR IGNORE INTO rollup_product_running (store_id, month, product_id, variant_id)
SELECT m.store_id, m.month, k.product_id, k.variant_id
FROM (SELECT DISTINCT store_id, month FROM rollup_product_running) m
JOIN (SELECT DISTINCT store_id, product_id, variant_id FROM rollup_product_month) k
  ON k.store_id = m.store_id;
)SQL";

// Version 4: each customer's orders beside their lifetime spend, so that the
// ranking of customers by spend in a range reads the customers in the order it
// tries them, from one index, and nothing else (CustomerAnalytics).
const char *const kVersion4 = R"SQL(
-- CustomerSpendList of the customer's non-test orders; NULL past its
-- kMaxOrders (their orders are read instead).
ALTER TABLE customer_activity ADD COLUMN spend_list BLOB;
DROP INDEX customer_activity_spent;
CREATE INDEX customer_activity_spent ON customer_activity (store_id, amount_spent, spend_list);
)SQL";

// Version 5: what ranking customers by spend over a short range reads, in
// orders_day, so that adding up the range's orders reads the index alone:
// contiguous entries instead of a table row per order (CustomerAnalytics).
const char *const kVersion5 = R"SQL(
DROP INDEX orders_day;
CREATE INDEX orders_day ON orders (store_id, day, processed_at, customer_id, test, total_price,
                                   total_refunded);
)SQL";

// Version 6: each store's product rollup of a day packed into one blob, so
// that the partial months of a range cost a row per day instead of a row per
// variant and day (PackedProductDay, ProductDayPacker, ProductDayReader).
const char *const kVersion6 = R"SQL(
-- A day's rollup_product_day rows as one PackedProductDay. A day has a row
-- here only while it equals that day's rows exactly: the writer deletes it in
-- the transaction that changes the day, and packs the day again when idle.
-- A rowid table: the blobs are tens of kilobytes, which a WITHOUT ROWID
-- b-tree would keep in its interior pages.
CREATE TABLE rollup_product_day_packed (
    id       INTEGER PRIMARY KEY,
    store_id INTEGER NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
    day      INTEGER NOT NULL,
    entries  BLOB NOT NULL,
    UNIQUE (store_id, day)
);

-- Days whose product rollup changed since it was last packed; never with a
-- row in rollup_product_day_packed.
CREATE TABLE product_days_to_pack (
    store_id INTEGER NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
    day      INTEGER NOT NULL,
    PRIMARY KEY (store_id, day)
) WITHOUT ROWID;

-- Existing days are packed by the ingestor when it is next idle, in short
-- transactions, rather than here: opening a large workspace stays quick (a
-- million orders: packing takes a second, listing the days milliseconds). The
-- days are found by seeking from one to the next, not by reading every row.
WITH RECURSIVE days (store_id, day) AS (
    SELECT id, (SELECT min(day) FROM rollup_product_day WHERE store_id = stores.id) FROM stores
    UNION ALL
    SELECT store_id, (SELECT min(day) FROM rollup_product_day p
                      WHERE p.store_id = days.store_id AND p.day > days.day)
    FROM days WHERE day IS NOT NULL)
INSERT INTO product_days_to_pack (store_id, day)
SELECT store_id, day FROM days WHERE day IS NOT NULL;
)SQL";

// Version 7: a bulk export may leave a store's customer rollups for one pass
// at its end (IngestBatch::CustomerRollups); this remembers, across a killed
// process, that they wait for it.
const char *const kVersion7 = R"SQL(
CREATE TABLE customer_rollups_deferred (
    store_id INTEGER PRIMARY KEY REFERENCES stores(id) ON DELETE CASCADE
);
)SQL";

// Version 8: a product day first written by this version is kept in its
// packed form alone, without rows, and rewritten whole on each change
// (RollupDelta); has_rows = 0 marks such a day. Days of older versions keep
// their rows, packed again after each change as before.
const char *const kVersion8 = R"SQL(
ALTER TABLE rollup_product_day_packed ADD COLUMN has_rows INTEGER NOT NULL DEFAULT 1;
)SQL";

// Version 9: resources of a store to read again in full, and why
// (SyncReread). Shopify line discounts were read from
// LineItem.totalDiscountSet, which leaves out order-level discounts such as
// codes: the orders of every Shopify store that synced some are read again.
const char *const kVersion9 = R"SQL(
CREATE TABLE sync_rereads (
    store_id INTEGER NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
    resource TEXT NOT NULL,
    reason   TEXT NOT NULL,
    started  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (store_id, resource)
) WITHOUT ROWID;
INSERT INTO sync_rereads (store_id, resource, reason)
SELECT id, 'orders', 'discount-allocations' FROM stores
WHERE platform = 'shopify'
  AND (EXISTS (SELECT 1 FROM sync_checkpoints c WHERE c.store_id = stores.id
               AND substr(c.resource, 1, 6) = 'orders')
       OR EXISTS (SELECT 1 FROM orders o WHERE o.store_id = stores.id));
)SQL";

// Version 10: each store's figures follow its platform's own report
// definitions (analytics/PeriodFigures.h). `excluded` marks the orders that
// add to no figure: test orders, and those the platform's reports leave out
// (WooCommerce: by status); the indexes read for customers carry it instead
// of `test`. `line_items.subtotal` keeps a line's value before discounts
// where the platform gives it exactly (NULL: quantity × unit price).
//
// WooCommerce stores were rolled up by Shopify's definitions, dated by the
// payment date, with a rounded unit price: their orders and everything
// rolled up from them go, and the orders are read again (sync_rereads) at
// the next sync; until then the reports say the store's figures are not
// exact. Rebuilding from the stored rows could not be exact: the line
// subtotals were not kept.
const char *const kVersion10 = R"SQL(
ALTER TABLE orders ADD COLUMN excluded INTEGER NOT NULL DEFAULT 0;
ALTER TABLE line_items ADD COLUMN subtotal INTEGER;
UPDATE orders SET excluded = 1 WHERE test <> 0;

DROP INDEX orders_day;
CREATE INDEX orders_day ON orders (store_id, day, processed_at, customer_id, excluded, total_price,
                                   total_refunded);
DROP INDEX orders_customer;
CREATE INDEX orders_customer ON orders (store_id, customer_id, processed_at, day, excluded,
                                        total_price, total_refunded);

CREATE TEMP TABLE woo_stores AS SELECT id FROM stores WHERE platform = 'woocommerce';
INSERT OR IGNORE INTO sync_rereads (store_id, resource, reason)
SELECT id, 'orders', 'sales-definitions' FROM stores
WHERE id IN (SELECT id FROM woo_stores)
  AND (EXISTS (SELECT 1 FROM sync_checkpoints c WHERE c.store_id = stores.id
               AND substr(c.resource, 1, 6) = 'orders')
       OR EXISTS (SELECT 1 FROM orders o WHERE o.store_id = stores.id));
-- Children first: a migration does not rely on foreign keys being on.
DELETE FROM refund_lines WHERE refund_id IN (
    SELECT r.id FROM refunds r JOIN orders o ON o.id = r.order_id
    WHERE o.store_id IN (SELECT id FROM woo_stores));
DELETE FROM refunds WHERE order_id IN (
    SELECT id FROM orders WHERE store_id IN (SELECT id FROM woo_stores));
DELETE FROM line_items WHERE order_id IN (
    SELECT id FROM orders WHERE store_id IN (SELECT id FROM woo_stores));
DELETE FROM orders WHERE store_id IN (SELECT id FROM woo_stores);
DELETE FROM customer_activity WHERE store_id IN (SELECT id FROM woo_stores);
DELETE FROM customer_rollups_deferred WHERE store_id IN (SELECT id FROM woo_stores);
DELETE FROM rollup_customer_return WHERE store_id IN (SELECT id FROM woo_stores);
DELETE FROM rollup_cohort WHERE store_id IN (SELECT id FROM woo_stores);
DELETE FROM rollup_channel_day WHERE store_id IN (SELECT id FROM woo_stores);
DELETE FROM rollup_product_day WHERE store_id IN (SELECT id FROM woo_stores);
DELETE FROM rollup_product_month WHERE store_id IN (SELECT id FROM woo_stores);
DELETE FROM rollup_product_running WHERE store_id IN (SELECT id FROM woo_stores);
DELETE FROM rollup_product_day_packed WHERE store_id IN (SELECT id FROM woo_stores);
DELETE FROM product_days_to_pack WHERE store_id IN (SELECT id FROM woo_stores);
-- WooCommerce has no abandoned checkouts here: a day's row is all orders.
DELETE FROM rollup_store_day WHERE store_id IN (SELECT id FROM woo_stores);
DROP TABLE woo_stores;
)SQL";

// Lists every customer's orders, from the orders themselves.
void fillSpendLists(Database &db)
{
    Statement orders = db.prepare(
        "SELECT store_id, customer_id, day, total_price - total_refunded "
        "FROM orders INDEXED BY orders_customer WHERE customer_id IS NOT NULL AND test = 0 "
        "ORDER BY store_id, customer_id");
    Statement update = db.prepare(
        "UPDATE customer_activity SET spend_list = ? WHERE store_id = ? AND customer_id = ?");
    qint64 store = 0;
    PlatformId customer;
    std::vector<CustomerSpendList::Entry> entries;
    auto flush = [&] {
        if (!entries.empty() && entries.size() <= size_t(CustomerSpendList::kMaxOrders))
            update.bindBlob(1, CustomerSpendList::encode(entries))
                .bind(2, store)
                .bind(3, customer)
                .exec();
        entries.clear();
    };
    while (orders.step()) {
        const qint64 nextStore = orders.int64(0);
        const PlatformId nextCustomer = orders.platformId(1);
        if (nextStore != store || !(nextCustomer == customer)) {
            flush();
            store = nextStore;
            customer = nextCustomer;
        }
        entries.push_back({orders.int32(2), orders.int64(3)});
    }
    flush();
}

struct Step
{
    const char *sql;
    void (*fill)(Database &db); // what SQL cannot compute, after `sql`
};

const std::vector<Step> &steps()
{
    static const std::vector<Step> list{{kVersion1, nullptr}, {kVersion2, nullptr},
                                        {kVersion3, nullptr}, {kVersion4, fillSpendLists},
                                        {kVersion5, nullptr}, {kVersion6, nullptr},
                                        {kVersion7, nullptr}, {kVersion8, nullptr},
                                        {kVersion9, nullptr}, {kVersion10, nullptr}};
    return list;
}

} // namespace

int Schema::latestVersion()
{
    return int(steps().size());
}

int Schema::migrate(Database &db, int upTo)
{
    int ran = 0;
    for (;;) {
        Transaction tx(db);
        const int version = int(db.scalar("PRAGMA user_version"));
        if (version >= std::min(upTo, latestVersion()))
            return ran; // tx rolls back an empty transaction
        const Step &step = steps()[size_t(version)];
        db.exec(step.sql);
        if (step.fill)
            step.fill(db);
        if (version == 0)
            db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
        db.exec("PRAGMA user_version = " + std::to_string(version + 1));
        tx.commit();
        ++ran;
    }
}

} // namespace storelens
