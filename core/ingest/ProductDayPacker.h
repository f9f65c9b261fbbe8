#pragma once

namespace storelens {

class Database;

// Packs the days of product_days_to_pack: each day's rollup_product_day rows
// become one PackedProductDay in rollup_product_day_packed, in the same
// transaction that takes the day off the list. Idempotent, and safe to stop at
// any point: a day not packed yet is read from its rows. Runs on the writer's
// connection (the Ingestor, when its queue is idle).
class ProductDayPacker
{
public:
    // Short transactions (tens of milliseconds): a batch that arrives
    // meanwhile waits for one.
    static constexpr int kDaysPerTransaction = 50;
    static constexpr int kRowsPerTransaction = 60'000;

    explicit ProductDayPacker(Database &db)
        : m_db(db)
    {}

    // Packs up to `maxDays` waiting days, newest first (what dashboards read
    // most), in one transaction, stopping early past kRowsPerTransaction rows.
    // Returns how many it took off the list.
    int packSome(int maxDays = kDaysPerTransaction);
    // Packs every waiting day, a transaction at a time.
    void packAll();

private:
    Database &m_db;
};

} // namespace storelens
