#include "SalesOracle.h"

#include <algorithm>
#include <set>

namespace storelens::test {

SalesOracle::SalesOracle(const QByteArray &zone, SalesDefinitions definitions)
    : m_calendar(zone)
    , m_definitions(definitions)
{}

bool SalesOracle::leftOut(const Order &o)
{
    return o.test || !o.countsInSales;
}

void SalesOracle::addSales(SalesFigures &s, const Order &o, const DateRange &range) const
{
    // The sale on the order's day, returns on their refunds' days.
    if (range.contains(dayOf(o.processedAtMs))) {
        ++s.orders;
        s.cancelledOrders += o.cancelledAtMs ? 1 : 0;
        for (const LineItem &l : o.lines) {
            s.grossSales += l.subtotal ? *l.subtotal : l.originalUnitPrice * l.quantity;
            s.discounts += l.totalDiscount;
            s.unitsSold += l.quantity;
        }
        s.shippingCharged += o.totalShipping;
        s.taxesCharged += o.totalTax;
    }
    for (const Refund &r : o.refunds) {
        if (!range.contains(dayOf(r.createdAtMs)))
            continue;
        if (m_definitions == SalesDefinitions::WooCommerce) {
            // The amount less the tax and shipping it refunded; shipping and
            // taxes stay as charged.
            qint64 returned = r.total - r.shipping - r.shippingTax;
            for (const RefundLine &rl : r.lines) {
                returned -= rl.tax;
                s.unitsReturned += rl.quantity;
            }
            s.returns += returned;
            s.returnsInAverageOrderValue += returned;
            continue;
        }
        s.shippingReturned += r.shipping;
        s.taxesReturned += r.shippingTax;
        for (const RefundLine &rl : r.lines) {
            s.returns += rl.subtotal;
            s.taxesReturned += rl.tax;
            s.unitsReturned += rl.quantity;
        }
    }
}

PeriodFigures SalesOracle::figures(const DateRange &range) const
{
    PeriodFigures f;
    f.range = range;
    SalesFigures &s = f.sales;
    std::map<PlatformId, std::vector<const Order *>> byCustomer;
    for (const Order &o : orders) {
        if (leftOut(o))
            continue;
        if (!o.customerId.isNull())
            byCustomer[o.customerId].push_back(&o);
        addSales(s, o, range);
    }
    for (const auto &[customer, list] : byCustomer) {
        bool orderedInRange = false;
        int firstDay = 99999999;
        qint64 firstAt = std::numeric_limits<qint64>::max();
        int ordersByEnd = 0;
        for (const Order *o : list) {
            const int day = dayOf(o->processedAtMs);
            orderedInRange = orderedInRange || range.contains(day);
            if (o->processedAtMs < firstAt) {
                firstAt = o->processedAtMs;
                firstDay = day;
            }
            ordersByEnd += day <= range.to ? 1 : 0;
        }
        if (!orderedInRange)
            continue;
        ++f.customers.customers;
        f.customers.newCustomers += range.contains(firstDay) ? 1 : 0;
        // More than one order placed by the end of the range.
        f.customers.returningCustomers += ordersByEnd > 1 ? 1 : 0;
    }
    for (const Checkout &c : checkouts) {
        if (!range.contains(dayOf(c.createdAtMs)))
            continue;
        ++f.checkouts.abandoned;
        f.checkouts.abandonedValue += c.totalPrice;
        if (c.completedAtMs) {
            ++f.checkouts.recovered;
            f.checkouts.recoveredValue += c.totalPrice;
        }
    }
    return f;
}

std::map<std::pair<PlatformId, PlatformId>, ProductRow>
SalesOracle::products(const DateRange &range, ProductGrouping g) const
{
    std::map<std::pair<PlatformId, PlatformId>, ProductRow> rows;
    auto rowFor = [&](const LineItem &l) -> ProductRow & {
        const PlatformId product = l.productId.isNull() ? PlatformId(qint64(0)) : l.productId;
        PlatformId variant;
        if (g == ProductGrouping::Variant)
            variant = l.variantId.isNull() ? PlatformId(qint64(0)) : l.variantId;
        ProductRow &r = rows[{product, variant}];
        r.productId = product;
        r.variantId = variant;
        if (g == ProductGrouping::Variant)
            r.orders = r.orders.value_or(0);
        return r;
    };
    for (const Order &o : orders) {
        if (leftOut(o))
            continue;
        if (range.contains(dayOf(o.processedAtMs))) {
            std::set<std::pair<PlatformId, PlatformId>> counted;
            for (const LineItem &l : o.lines) {
                ProductRow &r = rowFor(l);
                r.unitsSold += l.quantity;
                r.grossSales += l.subtotal ? *l.subtotal : l.originalUnitPrice * l.quantity;
                r.discounts += l.totalDiscount;
                if (g == ProductGrouping::Variant &&
                    counted.insert({r.productId, r.variantId}).second)
                    *r.orders += 1;
            }
        }
        for (const Refund &rf : o.refunds) {
            if (!range.contains(dayOf(rf.createdAtMs)))
                continue;
            for (const RefundLine &rl : rf.lines) {
                const auto line =
                    std::find_if(o.lines.begin(), o.lines.end(),
                                 [&](const LineItem &l) { return l.id == rl.lineItemId; });
                ProductRow &r = rowFor(line != o.lines.end() ? *line : LineItem{});
                r.unitsReturned += rl.quantity;
                r.returns += rl.subtotal;
            }
        }
    }
    return rows;
}

std::map<QString, SalesFigures> SalesOracle::channels(const DateRange &range) const
{
    std::map<QString, SalesFigures> out;
    for (const Order &o : orders) {
        if (leftOut(o))
            continue;
        addSales(out[o.sourceName], o, range);
    }
    for (auto it = out.begin(); it != out.end();)
        it = it->second == SalesFigures() ? out.erase(it) : std::next(it);
    return out;
}

std::vector<CustomerSpend> SalesOracle::customerSpend(const DateRange &range) const
{
    std::map<PlatformId, CustomerSpend> byCustomer;
    for (const Order &o : orders) {
        if (leftOut(o) || o.customerId.isNull() || !range.contains(dayOf(o.processedAtMs)))
            continue;
        CustomerSpend &c = byCustomer[o.customerId];
        c.customerId = o.customerId;
        ++c.orders;
        c.amountSpent += o.totalPrice;
        for (const Refund &r : o.refunds)
            c.amountSpent -= r.total;
    }
    std::vector<CustomerSpend> out;
    for (auto &[id, c] : byCustomer)
        out.push_back(c);
    std::stable_sort(out.begin(), out.end(), [](const CustomerSpend &a, const CustomerSpend &b) {
        return a.amountSpent > b.amountSpent;
    });
    return out;
}

std::map<int, std::map<int, qint64>> SalesOracle::cohorts() const
{
    std::map<PlatformId, std::vector<const Order *>> byCustomer;
    for (const Order &o : orders) {
        if (!leftOut(o) && !o.customerId.isNull())
            byCustomer[o.customerId].push_back(&o);
    }
    std::map<int, std::map<int, qint64>> out;
    for (const auto &[customer, list] : byCustomer) {
        const Order *first = *std::min_element(list.begin(), list.end(), [](auto *a, auto *b) {
            return a->processedAtMs < b->processedAtMs;
        });
        std::set<int> months;
        for (const Order *o : list)
            months.insert(dayOf(o->processedAtMs) / 100);
        for (int m : months)
            ++out[dayOf(first->processedAtMs) / 100][m];
    }
    return out;
}

} // namespace storelens::test
