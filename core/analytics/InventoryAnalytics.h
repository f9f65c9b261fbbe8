#pragma once

#include "AnalyticsScope.h"
#include "InventoryReport.h"

namespace storelens {

class Database;

// On-hand and available stock per location, low stock and days of cover, from
// inventory_levels joined with the catalogue, and the sales velocity from the
// product rollups.
class InventoryAnalytics
{
public:
    explicit InventoryAnalytics(Database &db)
        : m_db(db)
    {}

    InventoryReport inventory(const AnalyticsScope &scope, const InventoryOptions &options);

private:
    Database &m_db;
};

} // namespace storelens
