#pragma once

#include "analytics/PeriodFigures.h"
#include "analytics/ProductReport.h"
#include "analytics/TopCustomers.h"
#include "common/ShopCalendar.h"
#include "model/Checkout.h"
#include "model/Order.h"

#include <map>
#include <vector>

namespace storelens::test {

// The analytics figures of one store computed straight from the normalized
// records a test generated, written from the metric definitions without any
// of the rollup arithmetic: the ground truth the analytics layer is checked
// against, by the given platform's definitions (PeriodFigures.h). Amounts in
// the store's own currency.
class SalesOracle
{
public:
    explicit SalesOracle(const QByteArray &zone,
                         SalesDefinitions definitions = SalesDefinitions::Shopify);

    std::vector<Order> orders;
    std::vector<Checkout> checkouts;

    PeriodFigures figures(const DateRange &range) const;
    // Keyed by (product, variant); variant null when grouped by product;
    // product 0 for custom items.
    std::map<std::pair<PlatformId, PlatformId>, ProductRow> products(const DateRange &range,
                                                                     ProductGrouping g) const;
    std::map<QString, SalesFigures> channels(const DateRange &range) const;
    // Every customer with an order in the range, highest spend first, ties by id.
    std::vector<CustomerSpend> customerSpend(const DateRange &range) const;
    // first month -> month -> customers who ordered in that month.
    std::map<int, std::map<int, qint64>> cohorts() const;

    int dayOf(qint64 utcMs) const { return m_calendar.dayOf(utcMs); }

private:
    // What a (non-test) order adds to the sales of the range.
    void addSales(SalesFigures &s, const Order &o, const DateRange &range) const;
    // A test order, or one its platform does not count.
    static bool leftOut(const Order &o);
    ShopCalendar m_calendar;
    SalesDefinitions m_definitions;
};

} // namespace storelens::test
