#include "Schema.h"

#include "Database.h"
#include "DatabaseError.h"

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

const std::vector<const char *> &steps()
{
    static const std::vector<const char *> list{kVersion1};
    return list;
}

} // namespace

int Schema::latestVersion()
{
    return int(steps().size());
}

int Schema::migrate(Database &db)
{
    int ran = 0;
    for (;;) {
        Transaction tx(db);
        const int version = int(db.scalar("PRAGMA user_version"));
        if (version >= latestVersion())
            return ran; // tx rolls back an empty transaction
        db.exec(steps()[size_t(version)]);
        if (version == 0)
            db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
        db.exec("PRAGMA user_version = " + std::to_string(version + 1));
        tx.commit();
        ++ran;
    }
}

} // namespace storelens
