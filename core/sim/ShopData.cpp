#include "ShopData.h"

#include "MoneyFormat.h"
#include "SimRandom.h"
#include "common/Transliteration.h"

#include <algorithm>
#include <limits>

namespace storelens::sim {

namespace {
const char *const FirstNames[] = {
    "Olivia", "Liam",   "Emma",  "Noah",   "Ava",     "Elijah", "Sophia", "Lucas", "Mia",
    "Mateo",  "Amelia", "Levi",  "Harper", "Hiroshi", "Chloé",  "Jürgen", "Zoë",   "Ingrid",
    "Omar",   "Priya",  "Diego", "Fatima", "Kwame",   "Mei",    "Sven",   "Aisha", "Nikolai"};
const char *const LastNames[] = {"Smith",    "Johnson", "Williams", "Brown",   "Jones",   "García",
                                 "Miller",   "Davis",   "Müller",   "Nguyen",  "Kim",     "Patel",
                                 "O'Brien",  "Rossi",   "Novák",    "Schmidt", "Lopez",   "Wilson",
                                 "Anderson", "Thomas",  "Taylor",   "Moore",   "Jackson", "Martin"};
const char *const Countries[] = {"US", "US", "US", "US", "US", "CA", "CA", "GB", "DE", "FR", "AU"};
const char *const RefundNotes[] = {"",
                                   "Damaged in transit",
                                   "Wrong size",
                                   "Customer changed mind",
                                   "Order cancelled",
                                   "Late delivery"};
} // namespace

ShopData::ShopData(const ShopifySimConfig &config)
    : m_config(config)
    , m_exponent(MoneyFormat::exponent(config.currency))
    , m_idSalt(SimRandom::mix(config.seed, 0x1d))
{}

const QList<QByteArray> &ShopData::presentmentCurrencies()
{
    static const QList<QByteArray> list{"", "EUR", "GBP", "CAD", "AUD"};
    return list; // index 0 = the shop currency
}

qint32 ShopData::indexOf(qint64 base, qint64 id, qint32 count) const
{
    if (id < base)
        return -1;
    const qint64 idx = (id - base) / IdStride;
    if (idx >= count || idFor(base, qint32(idx)) != id)
        return -1;
    return qint32(idx);
}

ShopData::OrderTotals ShopData::totals(qint32 order) const
{
    const OrderRow &o = orders[size_t(order)];
    OrderTotals t;
    for (qint32 i = o.firstLine; i < o.firstLine + o.lineCount; ++i) {
        const LineRow &l = lines[size_t(i)];
        t.gross += qint64(l.unitPrice) * l.quantity;
        t.discounts += l.discount;
        t.lineTax += l.tax;
    }
    return t;
}

qint64 ShopData::orderTotal(qint32 order) const
{
    const OrderTotals t = totals(order);
    const OrderRow &o = orders[size_t(order)];
    return t.subtotal() + t.lineTax + qint64(o.shipping) - o.shippingDiscount + o.shippingTax;
}

int ShopData::lineAllocations(qint32 line, Allocation out[3]) const
{
    const LineRow &l = lines[size_t(line)];
    int n = 0;
    if (l.lineLevel)
        out[n++] = {DiscountKind::AutomaticLine, l.lineLevel};
    if (l.codeShare)
        out[n++] = {DiscountKind::Code, l.codeShare};
    if (const qint64 rest = qint64(l.discount) - l.lineLevel - l.codeShare)
        out[n++] = {DiscountKind::AutomaticOrder, rest};
    return n;
}

QStringList ShopData::discountCodes(qint32 order) const
{
    const OrderRow &o = orders[size_t(order)];
    QStringList codes;
    if (o.codePercent)
        codes << QStringLiteral("SAVE%1").arg(o.codePercent);
    if (o.shippingDiscount)
        codes << QStringLiteral("FREESHIP");
    return codes;
}

qint64 ShopData::currentDiscounts(qint32 order) const
{
    const OrderRow &o = orders[size_t(order)];
    qint64 sum = totals(order).discounts + o.shippingDiscount;
    // A refund line returns its units' share of the discounts: their original
    // price less what was refunded for them before tax.
    for (qint32 r = o.firstRefund; r >= 0; r = refunds[size_t(r)].next) {
        const RefundRow &rr = refunds[size_t(r)];
        for (qint32 i = rr.firstLine; i < rr.firstLine + rr.lineCount; ++i) {
            const RefundLineRow &rl = refundLines[size_t(i)];
            sum -= qint64(lines[size_t(rl.line)].unitPrice) * rl.quantity - rl.amount;
        }
    }
    return sum;
}

qint64 ShopData::refundTotal(qint32 refund) const
{
    const RefundRow &r = refunds[size_t(refund)];
    qint64 sum = qint64(r.shipping) + r.shippingTax;
    for (qint32 i = r.firstLine; i < r.firstLine + r.lineCount; ++i)
        sum += qint64(refundLines[size_t(i)].amount) + refundLines[size_t(i)].tax;
    return sum;
}

qint64 ShopData::refundedTotal(qint32 order) const
{
    qint64 sum = 0;
    for (qint32 r = orders[size_t(order)].firstRefund; r >= 0; r = refunds[size_t(r)].next)
        sum += refundTotal(r);
    return sum;
}

int ShopData::refundedQuantity(qint32 line) const
{
    // Refund lines of the line's order only: walk that order's refunds.
    const auto it = std::upper_bound(orders.begin(), orders.end(), line,
                                     [](qint32 l, const OrderRow &o) { return l < o.firstLine; });
    const qint32 order = qint32(it - orders.begin()) - 1;
    int qty = 0;
    for (qint32 r = orders[size_t(order)].firstRefund; r >= 0; r = refunds[size_t(r)].next) {
        const RefundRow &rr = refunds[size_t(r)];
        for (qint32 i = rr.firstLine; i < rr.firstLine + rr.lineCount; ++i)
            if (refundLines[size_t(i)].line == line)
                qty += refundLines[size_t(i)].quantity;
    }
    return qty;
}

QByteArray ShopData::financialStatus(qint32 order) const
{
    const OrderRow &o = orders[size_t(order)];
    if (o.firstRefund >= 0) {
        const qint64 refunded = refundedTotal(order);
        return refunded >= orderTotal(order) ? "REFUNDED" : "PARTIALLY_REFUNDED";
    }
    if (o.cancelledAt)
        return "VOIDED";
    if (o.flags & PaymentPending)
        return "PENDING";
    return "PAID";
}

QByteArray ShopData::fulfillmentStatus(qint32 order) const
{
    return (orders[size_t(order)].flags & Fulfilled) ? "FULFILLED" : "UNFULFILLED";
}

QByteArray ShopData::sourceName(qint32 order) const
{
    const quint8 f = orders[size_t(order)].flags;
    if (f & SourcePos)
        return "pos";
    if (f & SourceApp)
        return "shopify_draft_order";
    return "web";
}

QString ShopData::orderEmail(qint32 order) const
{
    const OrderRow &o = orders[size_t(order)];
    if (o.customer >= 0)
        return customerEmail(o.customer);
    if (o.flags & SourcePos)
        return QString();
    return QStringLiteral("guest%1@example.net").arg(order);
}

qint64 ShopData::presentment(qint32 order, qint64 shopAmount) const
{
    const qint64 rate = orders[size_t(order)].presentmentRatePpm;
    if (rate == 1'000'000)
        return shopAmount;
    // Round half away from zero, in integers.
    const qint64 scaled = shopAmount * rate;
    return scaled >= 0 ? (scaled + 500'000) / 1'000'000 : -((-scaled + 500'000) / 1'000'000);
}

QString ShopData::customerFirstName(qint32 c) const
{
    const auto it = customerOverrides.find(c);
    if (it != customerOverrides.end() && it->second.firstName)
        return *it->second.firstName;
    const quint32 s = customers[size_t(c)].nameSeed;
    return QString::fromUtf8(FirstNames[s % std::size(FirstNames)]);
}

QString ShopData::customerLastName(qint32 c) const
{
    const auto it = customerOverrides.find(c);
    if (it != customerOverrides.end() && it->second.lastName)
        return *it->second.lastName;
    const quint32 s = customers[size_t(c)].nameSeed;
    return QString::fromUtf8(LastNames[(s / 97) % std::size(LastNames)]);
}

QString ShopData::customerEmail(qint32 c) const
{
    const auto it = customerOverrides.find(c);
    if (it != customerOverrides.end() && it->second.email)
        return *it->second.email;
    const quint32 s = customers[size_t(c)].nameSeed;
    // Plain ASCII, as people write their names in addresses: "zoe.9086@…".
    const QString name =
        Transliteration::emailLocalPart(QString::fromUtf8(FirstNames[s % std::size(FirstNames)]));
    return QStringLiteral("%1.%2%3@example.com")
        .arg(name.isEmpty() ? QStringLiteral("customer") : name, QString::number(c),
             QString::number(s % 89));
}

QString ShopData::customerPhone(qint32 c) const
{
    const auto it = customerOverrides.find(c);
    if (it != customerOverrides.end() && it->second.phone)
        return *it->second.phone;
    if (!customers[size_t(c)].hasPhone)
        return QString();
    const quint32 s = customers[size_t(c)].nameSeed;
    return QStringLiteral("+1212555%1").arg(s % 10000, 4, 10, QLatin1Char('0'));
}

QByteArray ShopData::customerCountry(qint32 c) const
{
    return Countries[customers[size_t(c)].country % std::size(Countries)];
}

QString ShopData::refundNote(quint8 note)
{
    return QString::fromLatin1(RefundNotes[note % std::size(RefundNotes)]);
}

void ShopData::rebuildIndexes()
{
    ordersByUpdated.clear();
    ordersByUpdated.reserve(orders.size());
    for (qint32 i = 0; i < qint32(orders.size()); ++i)
        if (!(orders[size_t(i)].flags & Deleted))
            ordersByUpdated.push_back({orders[size_t(i)].updatedAt, i});
    std::sort(ordersByUpdated.begin(), ordersByUpdated.end());
    customersByUpdated.clear();
    customersByUpdated.reserve(customers.size());
    for (qint32 i = 0; i < qint32(customers.size()); ++i)
        customersByUpdated.push_back({customers[size_t(i)].updatedAt, i});
    std::sort(customersByUpdated.begin(), customersByUpdated.end());
}

void ShopData::moveInIndex(std::vector<KeyEntry> &index, qint32 idx, qint64 oldKey, qint64 newKey)
{
    if (!m_indexing)
        return;
    const KeyEntry old{oldKey, idx};
    auto it = std::lower_bound(index.begin(), index.end(), old);
    if (it != index.end() && it->idx == idx && it->key == oldKey)
        index.erase(it);
    if (newKey == std::numeric_limits<qint64>::min())
        return; // removed
    const KeyEntry now{newKey, idx};
    index.insert(std::upper_bound(index.begin(), index.end(), now), now);
}

void ShopData::touchOrder(qint32 order, qint64 nowMs)
{
    OrderRow &o = orders[size_t(order)];
    const qint64 newKey = std::max(nowMs, o.updatedAt);
    moveInIndex(ordersByUpdated, order, o.updatedAt, newKey);
    o.updatedAt = newKey;
}

void ShopData::touchCustomer(qint32 customer, qint64 nowMs)
{
    CustomerRow &c = customers[size_t(customer)];
    const qint64 newKey = std::max(nowMs, c.updatedAt);
    moveInIndex(customersByUpdated, customer, c.updatedAt, newKey);
    c.updatedAt = newKey;
}

qint32 ShopData::appendOrder(qint64 createdAt, quint64 seed, qint32 customer)
{
    SimRandom rng(seed);
    OrderRow o;
    o.createdAt = createdAt;
    o.updatedAt = createdAt;
    o.customer = customer;
    o.firstLine = qint32(lines.size());
    const double r = rng.unit();
    const int lineCount = r < 0.2    ? 1
                          : r < 0.4  ? 2
                          : r < 0.6  ? 3
                          : r < 0.75 ? 4
                          : r < 0.85 ? 5
                                     : int(rng.range(6, 10));
    static const qint32 TaxRates[] = {0, 40'000, 62'500, 70'000, 88'750, 100'000};
    o.taxRatePpm = TaxRates[rng.below(std::size(TaxRates))];
    const int discountPct = rng.chance(0.2) ? int(5 * rng.range(2, 5)) : 0;
    SimRandom discountRng(SimRandom::mix(seed, 0xd15c, 0));
    const double total = variants.empty() ? 1.0 : variants.back().popularity;
    qint32 used[10];
    for (int i = 0; i < lineCount; ++i) {
        qint32 v = 0;
        for (int attempt = 0; attempt < 4; ++attempt) {
            const double x = rng.unit() * total;
            auto it = std::upper_bound(
                variants.begin(), variants.end(), x,
                [](double val, const VariantRow &row) { return val < row.popularity; });
            v = qint32(std::min<size_t>(size_t(it - variants.begin()), variants.size() - 1));
            if (std::find(used, used + i, v) == used + i)
                break;
        }
        used[i] = v;
        LineRow l;
        l.variant = v;
        l.unitPrice = qint32(variants[size_t(v)].price);
        const double q = rng.unit();
        l.quantity = q < 0.75 ? 1 : q < 0.92 ? 2 : int(rng.range(3, 5));
        const qint64 gross = qint64(l.unitPrice) * l.quantity;
        // Line-level automatic discounts come first (a product on sale), then
        // the order's code applies to what is left of each line. Their own
        // stream of draws, so that the rest of the shop stays as it was.
        if (discountRng.chance(0.1))
            l.lineLevel = qint32(gross * (discountRng.chance(0.5) ? 10 : 20) / 100);
        l.codeShare = qint32((gross - l.lineLevel) * discountPct / 100);
        l.discount = l.lineLevel + l.codeShare;
        lines.push_back(l);
    }
    o.lineCount = quint16(lineCount);
    o.codePercent = quint8(discountPct);
    // An automatic amount off orders over 100.00 (5% of them), allocated
    // across the lines in proportion to what they cost after the discounts
    // above; the last line takes the rounding remainder, as Shopify does.
    if (discountRng.chance(0.05)) {
        qint64 after = 0;
        for (qint32 i = o.firstLine; i < o.firstLine + lineCount; ++i)
            after += qint64(lines[size_t(i)].unitPrice) * lines[size_t(i)].quantity -
                     lines[size_t(i)].discount;
        constexpr qint64 Off = 10 * 100;
        if (after >= 100 * 100) {
            qint64 left = Off;
            for (qint32 i = o.firstLine; i < o.firstLine + lineCount; ++i) {
                LineRow &l = lines[size_t(i)];
                const qint64 net = qint64(l.unitPrice) * l.quantity - l.discount;
                const qint64 share = i + 1 == o.firstLine + lineCount ? left : Off * net / after;
                l.discount += qint32(share);
                left -= share;
            }
        }
    }
    for (qint32 i = o.firstLine; i < o.firstLine + lineCount; ++i) {
        LineRow &l = lines[size_t(i)];
        l.tax = qint32(((qint64(l.unitPrice) * l.quantity - l.discount) * o.taxRatePpm + 500'000) /
                       1'000'000);
    }
    const double s = rng.unit();
    if (s < 0.12)
        o.flags |= SourcePos;
    else if (s < 0.18)
        o.flags |= SourceApp;
    qint64 subtotal = 0;
    for (qint32 i = o.firstLine; i < o.firstLine + o.lineCount; ++i)
        subtotal += qint64(lines[size_t(i)].unitPrice) * lines[size_t(i)].quantity -
                    lines[size_t(i)].discount;
    static const qint32 ShippingRates[] = {599, 999, 1499};
    if (!(o.flags & SourcePos) && subtotal < 100 * 100)
        o.shipping = ShippingRates[rng.below(3)];
    // A free-shipping code on some orders: allocated to the shipping line.
    if (o.shipping && discountRng.chance(0.06))
        o.shippingDiscount = o.shipping;
    if (rng.chance(0.5))
        o.shippingTax =
            qint32((qint64(o.shipping - o.shippingDiscount) * o.taxRatePpm + 500'000) / 1'000'000);
    const double p = rng.unit();
    if (p > 0.85) {
        static const qint32 Rates[] = {0, 921'000, 787'000, 1'362'000, 1'523'000};
        o.presentment = quint8(1 + rng.below(4));
        o.presentmentRatePpm = Rates[o.presentment] + qint32(rng.range(-9000, 9000));
    }
    if (rng.chance(0.004))
        o.flags |= Test;
    if (rng.chance(0.01))
        o.flags |= PaymentPending;
    orders.push_back(o);
    const qint32 idx = qint32(orders.size()) - 1;
    if (customer >= 0) {
        CustomerRow &c = customers[size_t(customer)];
        c.orders += 1;
        c.spent += orderTotal(idx);
        c.updatedAt = std::max(c.updatedAt, createdAt);
    }
    return idx;
}

QList<qint64> ShopData::addOrders(int count, qint64 nowMs)
{
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        const quint64 seed = SimRandom::mix(m_config.seed, 0xadd, quint64(m_addedOrders++));
        SimRandom rng(seed);
        qint32 customer = -1;
        if (!customers.empty() && rng.chance(0.6)) {
            customer = qint32(rng.below(customers.size()));
        } else if (rng.chance(0.9)) {
            CustomerRow c;
            c.createdAt = nowMs;
            c.updatedAt = nowMs;
            c.nameSeed = quint32(rng.next());
            c.country = quint16(rng.below(11));
            c.hasPhone = rng.chance(0.4);
            customers.push_back(c);
            customer = qint32(customers.size()) - 1;
        }
        const qint64 oldCustomerKey = customer >= 0 ? customers[size_t(customer)].updatedAt : 0;
        const qint32 idx = appendOrder(nowMs, rng.next(), customer);
        if (customer >= 0) {
            customers[size_t(customer)].updatedAt = oldCustomerKey;
            touchCustomer(customer, nowMs);
        }
        const KeyEntry e{orders[size_t(idx)].updatedAt, idx};
        ordersByUpdated.insert(std::upper_bound(ordersByUpdated.begin(), ordersByUpdated.end(), e),
                               e);
        ids.append(orderId(idx));
    }
    return ids;
}

std::optional<qint64> ShopData::addOrder(const SimOrderRequest &request, qint64 nowMs,
                                         QString *error)
{
    if (request.lines.isEmpty() || request.lines.size() > 250) {
        *error = QStringLiteral("an order has 1 to 250 lines");
        return std::nullopt;
    }
    OrderRow o;
    o.createdAt = o.updatedAt = nowMs;
    o.firstLine = qint32(lines.size());
    o.taxRatePpm = request.taxRatePpm;
    o.customer = -1;
    if (request.customerId) {
        o.customer = indexOf(CustomerBase, request.customerId, qint32(customers.size()));
        if (o.customer < 0) {
            *error = QStringLiteral("no such customer");
            return std::nullopt;
        }
    }
    std::vector<LineRow> made;
    for (const SimOrderRequest::Line &req : request.lines) {
        const qint32 v = indexOf(VariantBase, req.variantId, qint32(variants.size()));
        if (v < 0 || req.quantity <= 0) {
            *error = QStringLiteral("no such variant, or no quantity");
            return std::nullopt;
        }
        LineRow l;
        l.variant = v;
        l.unitPrice = qint32(variants[size_t(v)].price);
        l.quantity = req.quantity;
        const qint64 gross = qint64(l.unitPrice) * l.quantity;
        l.lineLevel = qint32(gross * request.automaticLinePercent / 100);
        l.codeShare = qint32((gross - l.lineLevel) * request.codePercent / 100);
        l.discount = l.lineLevel + l.codeShare;
        made.push_back(l);
    }
    // The automatic amount off across the lines, by what they cost after the
    // discounts above; the last line takes the remainder.
    qint64 after = 0;
    for (const LineRow &l : made)
        after += qint64(l.unitPrice) * l.quantity - l.discount;
    qint64 left = std::min(request.automaticOrderOff, after);
    const qint64 off = left;
    for (size_t i = 0; i < made.size(); ++i) {
        LineRow &l = made[i];
        const qint64 net = qint64(l.unitPrice) * l.quantity - l.discount;
        const qint64 share = i + 1 == made.size() ? left : (after ? off * net / after : 0);
        l.discount += qint32(share);
        left -= share;
        l.tax = qint32(((qint64(l.unitPrice) * l.quantity - l.discount) * o.taxRatePpm + 500'000) /
                       1'000'000);
    }
    lines.insert(lines.end(), made.begin(), made.end());
    o.lineCount = quint16(made.size());
    o.codePercent = quint8(request.codePercent);
    o.shipping = qint32(request.shipping);
    o.shippingDiscount = request.freeShipping ? o.shipping : 0;
    o.shippingTax =
        qint32((qint64(o.shipping - o.shippingDiscount) * o.taxRatePpm + 500'000) / 1'000'000);
    orders.push_back(o);
    const qint32 idx = qint32(orders.size()) - 1;
    if (o.customer >= 0) {
        CustomerRow &c = customers[size_t(o.customer)];
        c.orders += 1;
        c.spent += orderTotal(idx);
        touchCustomer(o.customer, nowMs);
    }
    const KeyEntry e{nowMs, idx};
    ordersByUpdated.insert(std::upper_bound(ordersByUpdated.begin(), ordersByUpdated.end(), e), e);
    return orderId(idx);
}

void ShopData::applyRefundToCustomer(qint32 order, qint64 amount)
{
    const qint32 c = orders[size_t(order)].customer;
    if (c >= 0)
        customers[size_t(c)].spent -= amount;
}

std::optional<qint64> ShopData::addRefund(qint64 orderId, const QList<SimRefundRequest> &request,
                                          bool refundShipping, const QString &note, qint64 nowMs,
                                          QString *error)
{
    const qint32 o = indexOf(OrderBase, orderId, qint32(orders.size()));
    if (o < 0 || !orderVisible(o)) {
        *error = QStringLiteral("no such order");
        return std::nullopt;
    }
    OrderRow &order = orders[size_t(o)];
    RefundRow r;
    r.createdAt = nowMs;
    r.order = o;
    r.firstLine = qint32(refundLines.size());
    r.note = 0;
    for (quint8 i = 0; i < std::size(RefundNotes); ++i)
        if (note == QString::fromLatin1(RefundNotes[i]))
            r.note = i;
    std::vector<RefundLineRow> made;
    for (const SimRefundRequest &req : request) {
        const qint32 line = indexOf(LineItemBase, req.lineItemId, qint32(lines.size()));
        if (line < order.firstLine || line >= order.firstLine + order.lineCount) {
            *error = QStringLiteral("line item is not on this order");
            return std::nullopt;
        }
        const LineRow &l = lines[size_t(line)];
        const int already = refundedQuantity(line);
        if (req.quantity <= 0 || already + req.quantity > l.quantity) {
            *error = QStringLiteral("refund quantity exceeds what is left on the line");
            return std::nullopt;
        }
        // Proportional share; the refund that returns the last unit takes the
        // remainder so that a fully refunded line refunds exactly its total.
        const qint64 net = qint64(l.unitPrice) * l.quantity - l.discount;
        RefundLineRow rl;
        rl.line = line;
        rl.quantity = req.quantity;
        if (already + req.quantity == l.quantity) {
            qint64 prevAmount = 0, prevTax = 0;
            for (qint32 x = order.firstRefund; x >= 0; x = refunds[size_t(x)].next) {
                const RefundRow &pr = refunds[size_t(x)];
                for (qint32 i = pr.firstLine; i < pr.firstLine + pr.lineCount; ++i)
                    if (refundLines[size_t(i)].line == line) {
                        prevAmount += refundLines[size_t(i)].amount;
                        prevTax += refundLines[size_t(i)].tax;
                    }
            }
            rl.amount = qint32(net - prevAmount);
            rl.tax = qint32(l.tax - prevTax);
        } else {
            rl.amount = qint32(net * req.quantity / l.quantity);
            rl.tax = qint32(qint64(l.tax) * req.quantity / l.quantity);
        }
        made.push_back(rl);
    }
    if (refundShipping) {
        qint64 shipDone = 0;
        for (qint32 x = order.firstRefund; x >= 0; x = refunds[size_t(x)].next)
            shipDone += refunds[size_t(x)].shipping;
        if (shipDone == 0) {
            r.shipping = order.shipping - order.shippingDiscount;
            r.shippingTax = order.shippingTax;
        }
    }
    if (made.empty() && r.shipping == 0) {
        *error = QStringLiteral("nothing to refund");
        return std::nullopt;
    }
    r.lineCount = quint16(made.size());
    refundLines.insert(refundLines.end(), made.begin(), made.end());
    refunds.push_back(r);
    const qint32 ri = qint32(refunds.size()) - 1;
    // Append to the order's chain, keeping refunds in creation order.
    if (order.firstRefund < 0) {
        order.firstRefund = ri;
    } else {
        qint32 x = order.firstRefund;
        while (refunds[size_t(x)].next >= 0)
            x = refunds[size_t(x)].next;
        refunds[size_t(x)].next = ri;
    }
    applyRefundToCustomer(o, refundTotal(ri));
    touchOrder(o, nowMs);
    if (order.customer >= 0)
        touchCustomer(order.customer, nowMs);
    return refundId(ri);
}

bool ShopData::cancelOrder(qint64 orderId, qint64 nowMs, QString *error)
{
    const qint32 o = indexOf(OrderBase, orderId, qint32(orders.size()));
    if (o < 0 || !orderVisible(o)) {
        *error = QStringLiteral("no such order");
        return false;
    }
    OrderRow &order = orders[size_t(o)];
    if (order.cancelledAt) {
        *error = QStringLiteral("order is already cancelled");
        return false;
    }
    QList<SimRefundRequest> rest;
    for (qint32 l = order.firstLine; l < order.firstLine + order.lineCount; ++l) {
        const int left = lines[size_t(l)].quantity - refundedQuantity(l);
        if (left > 0)
            rest.append({lineItemId(l), left});
    }
    order.cancelledAt = nowMs;
    order.closedAt = nowMs;
    QString ignored;
    addRefund(orderId, rest, true, QStringLiteral("Order cancelled"), nowMs, &ignored);
    touchOrder(o, nowMs);
    return true;
}

bool ShopData::setLineItemQuantity(qint64 lineItemId, int quantity, qint64 nowMs, QString *error)
{
    const qint32 line = indexOf(LineItemBase, lineItemId, qint32(lines.size()));
    if (line < 0) {
        *error = QStringLiteral("no such line item");
        return false;
    }
    LineRow &l = lines[size_t(line)];
    if (quantity < refundedQuantity(line) || quantity < 0 || quantity > 100000) {
        *error = QStringLiteral("quantity below what was already refunded");
        return false;
    }
    const auto it = std::upper_bound(orders.begin(), orders.end(), line,
                                     [](qint32 x, const OrderRow &o) { return x < o.firstLine; });
    const qint32 o = qint32(it - orders.begin()) - 1;
    const qint64 before = orderTotal(o);
    const qint64 oldGross = qint64(l.unitPrice) * l.quantity;
    const qint64 newGross = qint64(l.unitPrice) * quantity;
    // Every allocation scales with the line (an edit recalculates them).
    const auto scaled = [&](qint32 v) {
        return oldGross ? qint32(qint64(v) * newGross / oldGross) : 0;
    };
    const qint32 automaticOrder = l.discount - l.lineLevel - l.codeShare;
    l.lineLevel = scaled(l.lineLevel);
    l.codeShare = scaled(l.codeShare);
    l.discount = l.lineLevel + l.codeShare + scaled(automaticOrder);
    l.quantity = quantity;
    l.tax = qint32(((newGross - l.discount) * orders[size_t(o)].taxRatePpm + 500'000) / 1'000'000);
    applyRefundToCustomer(o, before - orderTotal(o));
    touchOrder(o, nowMs);
    return true;
}

bool ShopData::updateCustomer(qint64 customerId, const std::optional<QString> &firstName,
                              const std::optional<QString> &lastName,
                              const std::optional<QString> &email, qint64 nowMs, QString *error)
{
    const qint32 c = indexOf(CustomerBase, customerId, qint32(customers.size()));
    if (c < 0) {
        *error = QStringLiteral("no such customer");
        return false;
    }
    CustomerOverride &ov = customerOverrides[c];
    if (firstName)
        ov.firstName = firstName;
    if (lastName)
        ov.lastName = lastName;
    if (email)
        ov.email = email;
    touchCustomer(c, nowMs);
    return true;
}

bool ShopData::updateVariant(qint64 variantId, std::optional<qint64> price,
                             std::optional<qint64> unitCost, qint64 nowMs, QString *error)
{
    const qint32 v = indexOf(VariantBase, variantId, qint32(variants.size()));
    if (v < 0) {
        *error = QStringLiteral("no such variant");
        return false;
    }
    VariantRow &row = variants[size_t(v)];
    if (price)
        row.price = *price;
    if (unitCost) {
        row.unitCost = *unitCost;
        row.inventoryUpdatedAt = std::max(nowMs, row.inventoryUpdatedAt);
    }
    row.updatedAt = std::max(nowMs, row.updatedAt);
    ProductRow &p = products[size_t(row.product)];
    p.updatedAt = std::max(nowMs, p.updatedAt);
    return true;
}

bool ShopData::setInventoryLevel(qint64 inventoryItemId, qint64 locationId, int available,
                                 int onHand, qint64 nowMs, QString *error)
{
    const qint32 v = indexOf(InventoryItemBase, inventoryItemId, qint32(variants.size()));
    const qint32 loc = indexOf(LocationBase, locationId, locationCount());
    if (v < 0 || loc < 0) {
        *error = QStringLiteral("no such inventory item or location");
        return false;
    }
    LevelRow &l = level(v, loc);
    l.available = available;
    l.onHand = onHand;
    l.updatedAt = std::max(nowMs, l.updatedAt);
    variants[size_t(v)].inventoryUpdatedAt =
        std::max(nowMs, variants[size_t(v)].inventoryUpdatedAt);
    return true;
}

bool ShopData::completeCheckout(qint64 checkoutId, qint64 nowMs, QString *error)
{
    const qint32 c = indexOf(CheckoutBase, checkoutId, qint32(checkouts.size()));
    if (c < 0) {
        *error = QStringLiteral("no such checkout");
        return false;
    }
    CheckoutRow &row = checkouts[size_t(c)];
    if (row.completedAt) {
        *error = QStringLiteral("checkout is already completed");
        return false;
    }
    row.completedAt = nowMs;
    row.updatedAt = std::max(nowMs, row.updatedAt);
    return true;
}

bool ShopData::deleteOrder(qint64 orderId, qint64 nowMs, QString *error)
{
    Q_UNUSED(nowMs)
    const qint32 o = indexOf(OrderBase, orderId, qint32(orders.size()));
    if (o < 0 || !orderVisible(o)) {
        *error = QStringLiteral("no such order");
        return false;
    }
    OrderRow &order = orders[size_t(o)];
    if (order.customer >= 0) {
        CustomerRow &c = customers[size_t(order.customer)];
        c.orders -= 1;
        c.spent -= orderTotal(o) - refundedTotal(o);
        touchCustomer(order.customer, nowMs);
    }
    moveInIndex(ordersByUpdated, o, order.updatedAt, std::numeric_limits<qint64>::min());
    order.flags |= Deleted;
    return true;
}

SimOrder ShopData::orderTruth(qint32 idx) const
{
    const OrderRow &o = orders[size_t(idx)];
    SimOrder s;
    s.id = orderId(idx);
    s.name = orderName(idx);
    s.createdAtMs = s.processedAtMs = o.createdAt;
    s.updatedAtMs = o.updatedAt;
    s.cancelledAtMs = o.cancelledAt;
    s.closedAtMs = o.closedAt;
    s.test = o.flags & Test;
    s.email = orderEmail(idx);
    s.customerId = o.customer >= 0 ? customerId(o.customer) : 0;
    s.financialStatus = financialStatus(idx);
    s.fulfillmentStatus = fulfillmentStatus(idx);
    s.sourceName = sourceName(idx);
    s.currency = m_config.currency;
    s.presentmentCurrency = o.presentment ? presentmentCurrencies()[o.presentment] : s.currency;
    const OrderTotals t = totals(idx);
    s.subtotal = t.subtotal();
    s.discounts = t.discounts + o.shippingDiscount;
    s.shipping = o.shipping;
    s.shippingDiscount = o.shippingDiscount;
    s.shippingTax = o.shippingTax;
    s.discountCodes = discountCodes(idx);
    s.tax = t.lineTax + o.shippingTax;
    s.total = orderTotal(idx);
    s.presentmentTotal = presentment(idx, s.total);
    for (qint32 i = o.firstLine; i < o.firstLine + o.lineCount; ++i) {
        const LineRow &l = lines[size_t(i)];
        const VariantRow &v = variants[size_t(l.variant)];
        SimLineItem li;
        li.id = lineItemId(i);
        li.productId = productId(v.product);
        li.variantId = variantId(l.variant);
        li.sku = v.sku;
        li.title = products[size_t(v.product)].title;
        li.quantity = l.quantity;
        li.unitPrice = l.unitPrice;
        li.discount = l.discount;
        li.lineLevelDiscount = l.lineLevel;
        li.tax = l.tax;
        s.lines.append(li);
    }
    for (qint32 r = o.firstRefund; r >= 0; r = refunds[size_t(r)].next) {
        const RefundRow &rr = refunds[size_t(r)];
        SimRefund sr;
        sr.id = refundId(r);
        sr.createdAtMs = rr.createdAt;
        sr.note = refundNote(rr.note);
        sr.shipping = rr.shipping;
        sr.shippingTax = rr.shippingTax;
        sr.total = refundTotal(r);
        for (qint32 i = rr.firstLine; i < rr.firstLine + rr.lineCount; ++i) {
            const RefundLineRow &rl = refundLines[size_t(i)];
            sr.lines.append({lineItemId(rl.line), rl.quantity, rl.amount, rl.tax});
        }
        s.refunds.append(sr);
    }
    return s;
}

SimCustomer ShopData::customerTruth(qint32 c) const
{
    const CustomerRow &row = customers[size_t(c)];
    SimCustomer s;
    s.id = customerId(c);
    s.firstName = customerFirstName(c);
    s.lastName = customerLastName(c);
    s.email = customerEmail(c);
    s.phone = customerPhone(c);
    s.countryCode = customerCountry(c);
    s.createdAtMs = row.createdAt;
    s.updatedAtMs = row.updatedAt;
    s.numberOfOrders = row.orders;
    s.amountSpent = row.spent;
    return s;
}

SimProduct ShopData::productTruth(qint32 p) const
{
    const ProductRow &row = products[size_t(p)];
    SimProduct s;
    s.id = productId(p);
    s.title = row.title;
    s.handle = row.handle;
    s.vendor = row.vendor;
    s.productType = row.productType;
    s.status = row.status;
    s.createdAtMs = row.createdAt;
    s.updatedAtMs = row.updatedAt;
    for (qint32 v = row.firstVariant; v < row.firstVariant + row.variantCount; ++v)
        s.variantIds.append(variantId(v));
    return s;
}

SimVariant ShopData::variantTruth(qint32 v) const
{
    const VariantRow &row = variants[size_t(v)];
    SimVariant s;
    s.id = variantId(v);
    s.productId = productId(row.product);
    s.inventoryItemId = inventoryItemId(v);
    s.sku = row.sku;
    s.title = row.title;
    s.price = row.price;
    s.compareAtPrice = row.compareAtPrice;
    s.unitCost = row.unitCost;
    s.createdAtMs = row.createdAt;
    s.updatedAtMs = row.updatedAt;
    s.inventoryUpdatedAtMs = row.inventoryUpdatedAt;
    return s;
}

SimCheckout ShopData::checkoutTruth(qint32 c) const
{
    const CheckoutRow &row = checkouts[size_t(c)];
    SimCheckout s;
    s.id = checkoutId(c);
    s.customerId = row.customer >= 0 ? customerId(row.customer) : 0;
    s.createdAtMs = row.createdAt;
    s.updatedAtMs = row.updatedAt;
    s.completedAtMs = row.completedAt;
    s.subtotal = row.subtotal;
    s.total = qint64(row.subtotal) + row.tax;
    return s;
}

size_t ShopData::memoryBytes() const
{
    return orders.capacity() * sizeof(OrderRow) + lines.capacity() * sizeof(LineRow) +
           refunds.capacity() * sizeof(RefundRow) + refundLines.capacity() * sizeof(RefundLineRow) +
           customers.capacity() * sizeof(CustomerRow) + checkouts.capacity() * sizeof(CheckoutRow) +
           (ordersByUpdated.capacity() + customersByUpdated.capacity()) * sizeof(KeyEntry) +
           variants.capacity() * (sizeof(VariantRow) + 48) +
           products.capacity() * (sizeof(ProductRow) + 160) + levels.capacity() * sizeof(LevelRow);
}

} // namespace storelens::sim
