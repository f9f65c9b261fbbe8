#include "ShopifyMapper.h"

#include "common/IsoTime.h"
#include "model/Money.h"

#include <QJsonArray>

#include <cstdlib>

namespace storelens {

namespace {

QJsonValue at(const QJsonValue &root, std::initializer_list<const char *> path)
{
    QJsonValue v = root;
    for (const char *key : path)
        v = v.toObject().value(QLatin1String(key));
    return v;
}

PlatformId gid(const QJsonValue &v)
{
    return PlatformId::fromGid(v.toString());
}

// The id of a nested object such as `customer { id }`; null when absent.
PlatformId nestedId(const QJsonObject &node, const char *field)
{
    return gid(node.value(QLatin1String(field)).toObject().value(QLatin1String("id")));
}

bool time(const QJsonValue &v, qint64 *out)
{
    const auto ms = IsoTime::parseMs(v.toString());
    if (!ms)
        return false;
    *out = *ms;
    return true;
}

std::optional<qint64> optionalTime(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    return IsoTime::parseMs(v.toString());
}

// Shopify sends Int as a JSON number and UnsignedInt64 as a string.
qint64 integer(const QJsonValue &v)
{
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        return ok ? n : 0;
    }
    return v.toInteger();
}

} // namespace

ShopifyMapper::ShopifyMapper(QString shopCurrency)
    : m_currency(std::move(shopCurrency))
{}

QList<QJsonObject> ShopifyMapper::nodes(const QJsonValue &connection)
{
    QList<QJsonObject> out;
    const QJsonObject c = connection.toObject();
    if (c.contains(QLatin1String("edges"))) {
        for (const QJsonValue &e : c.value(QLatin1String("edges")).toArray())
            out << e.toObject().value(QLatin1String("node")).toObject();
    } else {
        for (const QJsonValue &n : c.value(QLatin1String("nodes")).toArray())
            out << n.toObject();
    }
    return out;
}

bool ShopifyMapper::money(const QJsonValue &set, qint64 *out, QString *reason,
                          const char *what) const
{
    // A MoneyBag { shopMoney { amount } }, a MoneyV2 { amount }, or null (= 0
    // where Shopify makes the field nullable, e.g. totalTaxSet).
    if (set.isNull() || set.isUndefined()) {
        *out = 0;
        return true;
    }
    QJsonValue amount = set.toObject().value(QLatin1String("amount"));
    if (amount.isUndefined())
        amount = at(set, {"shopMoney", "amount"});
    const Money::ParseResult parsed = Money::parseMinor(amount.toString(), m_currency);
    if (!parsed.minorUnits) {
        *reason = QStringLiteral("%1: %2").arg(QLatin1String(what), parsed.error);
        return false;
    }
    *out = *parsed.minorUnits;
    return true;
}

bool ShopifyMapper::orderHeader(const QJsonObject &n, Order *o, QString *reason) const
{
    *o = Order();
    o->id = gid(n.value(QLatin1String("id")));
    if (o->id.isNull()) {
        *reason = tr("order without a valid id");
        return false;
    }
    o->name = n.value(QLatin1String("name")).toString();
    if (!time(n.value(QLatin1String("createdAt")), &o->createdAtMs) ||
        !time(n.value(QLatin1String("processedAt")), &o->processedAtMs) ||
        !time(n.value(QLatin1String("updatedAt")), &o->updatedAtMs)) {
        *reason = tr("order %1 has an invalid date").arg(o->name);
        return false;
    }
    o->cancelledAtMs = optionalTime(n.value(QLatin1String("cancelledAt")));
    o->closedAtMs = optionalTime(n.value(QLatin1String("closedAt")));
    o->test = n.value(QLatin1String("test")).toBool();
    o->email = n.value(QLatin1String("email")).toString();
    o->financialStatus = n.value(QLatin1String("displayFinancialStatus")).toString();
    o->fulfillmentStatus = n.value(QLatin1String("displayFulfillmentStatus")).toString();
    o->sourceName = n.value(QLatin1String("sourceName")).toString();
    o->currency = n.value(QLatin1String("currencyCode")).toString();
    if (o->currency.isEmpty())
        o->currency = m_currency;
    if (o->currency != m_currency) {
        // Shop money is always in the shop currency; anything else is a sign of
        // a misunderstood response.
        *reason =
            tr("order %1 is in %2, not the shop currency %3").arg(o->name, o->currency, m_currency);
        return false;
    }
    o->presentmentCurrency = n.value(QLatin1String("presentmentCurrencyCode")).toString();
    o->customerId = nestedId(n, "customer");
    if (!money(n.value(QLatin1String("subtotalPriceSet")), &o->subtotal, reason, "subtotal") ||
        !money(n.value(QLatin1String("totalDiscountsSet")), &o->totalDiscounts, reason,
               "discounts") ||
        !money(n.value(QLatin1String("totalShippingPriceSet")), &o->totalShipping, reason,
               "shipping") ||
        !money(n.value(QLatin1String("totalTaxSet")), &o->totalTax, reason, "tax") ||
        !money(n.value(QLatin1String("totalPriceSet")), &o->totalPrice, reason, "total"))
        return false;
    qint64 shipping = 0;
    if (!shippingDiscount(n, &shipping, reason))
        return false;
    o->totalShipping -= shipping;
    const QJsonValue presentment = at(n, {"totalPriceSet", "presentmentMoney"});
    if (presentment.isObject()) {
        const QString code = presentment.toObject().value(QLatin1String("currencyCode")).toString();
        const auto parsed = Money::parseMinor(
            presentment.toObject().value(QLatin1String("amount")).toString(), code);
        if (parsed.minorUnits)
            o->presentmentTotal = parsed.minorUnits;
    }
    return true;
}

bool ShopifyMapper::lineItem(const QJsonObject &n, LineItem *l, QString *reason) const
{
    *l = LineItem();
    l->id = gid(n.value(QLatin1String("id")));
    if (l->id.isNull()) {
        *reason = tr("line item without a valid id");
        return false;
    }
    l->productId = nestedId(n, "product");
    l->variantId = nestedId(n, "variant");
    l->sku = n.value(QLatin1String("sku")).toString();
    l->title = n.value(QLatin1String("title")).toString();
    l->quantity = integer(n.value(QLatin1String("quantity")));
    if (!money(n.value(QLatin1String("originalUnitPriceSet")), &l->originalUnitPrice, reason,
               "unit price") ||
        !allocations(n.value(QLatin1String("discountAllocations")), &l->totalDiscount, reason))
        return false;
    for (const QJsonValue &tax : n.value(QLatin1String("taxLines")).toArray()) {
        qint64 amount = 0;
        if (!money(tax.toObject().value(QLatin1String("priceSet")), &amount, reason, "line tax"))
            return false;
        l->tax += amount;
    }
    return true;
}

bool ShopifyMapper::isRefundAgreement(const QJsonObject &agreement)
{
    return agreement.value(QLatin1String("__typename")).toString() ==
               QLatin1String("RefundAgreement") ||
           agreement.value(QLatin1String("refund")).isObject();
}

bool ShopifyMapper::refund(const QJsonObject &agreement, const QList<QJsonObject> &sales, Refund *r,
                           bool *isRefund, QString *reason) const
{
    *r = Refund();
    *isRefund = isRefundAgreement(agreement);
    if (!*isRefund)
        return true;
    const QJsonObject refund = agreement.value(QLatin1String("refund")).toObject();
    r->id = gid(refund.value(QLatin1String("id")));
    if (r->id.isNull()) {
        *reason = tr("refund without a valid id");
        return false;
    }
    // A refund's createdAt can be null for old imports; the agreement's
    // happenedAt is when the money moved.
    if (!time(refund.value(QLatin1String("createdAt")), &r->createdAtMs) &&
        !time(agreement.value(QLatin1String("happenedAt")), &r->createdAtMs)) {
        *reason = tr("refund %1 has no date").arg(r->id.toString());
        return false;
    }
    r->note = refund.value(QLatin1String("note")).toString();
    if (!money(refund.value(QLatin1String("totalRefundedSet")), &r->total, reason, "refund total"))
        return false;
    for (const QJsonObject &sale : sales) {
        if (!refundSale(sale, r, reason))
            return false;
    }
    return true;
}

bool ShopifyMapper::refundSale(const QJsonObject &sale, Refund *r, QString *reason) const
{
    qint64 total = 0, tax = 0;
    if (!money(sale.value(QLatin1String("totalAmount")), &total, reason, "sale amount") ||
        !money(sale.value(QLatin1String("totalTaxAmount")), &tax, reason, "sale tax"))
        return false;
    const QString lineType = sale.value(QLatin1String("lineType")).toString();
    // Returns are negative sales; StoreLens keeps refunded amounts positive.
    if (lineType == QLatin1String("PRODUCT")) {
        const PlatformId lineId = nestedId(sale, "lineItem");
        if (lineId.isNull())
            return true;
        RefundLine line;
        line.lineItemId = lineId;
        line.quantity = std::abs(integer(sale.value(QLatin1String("quantity"))));
        line.subtotal = -(total - tax);
        line.tax = -tax;
        r->lines.push_back(line);
    } else if (lineType == QLatin1String("SHIPPING")) {
        r->shipping += -(total - tax);
        r->shippingTax += -tax;
    }
    return true;
}

bool ShopifyMapper::order(const QJsonObject &n, Order *o, QString *reason) const
{
    if (!orderHeader(n, o, reason))
        return false;
    for (const QJsonObject &ln : nodes(n.value(QLatin1String("lineItems")))) {
        LineItem line;
        if (!lineItem(ln, &line, reason))
            return false;
        o->lines.push_back(line);
    }
    for (const QJsonObject &ag : nodes(n.value(QLatin1String("agreements")))) {
        Refund r;
        bool isRefund = false;
        if (!refund(ag, nodes(ag.value(QLatin1String("sales"))), &r, &isRefund, reason))
            return false;
        if (isRefund)
            o->refunds.push_back(r);
    }
    if (!at(n, {"lineItems", "pageInfo", "hasNextPage"}).toBool())
        return discountsAddUp(*o, n, reason);
    return true;
}

bool ShopifyMapper::allocations(const QJsonValue &list, qint64 *out, QString *reason) const
{
    *out = 0;
    for (const QJsonValue &a : list.toArray()) {
        qint64 amount = 0;
        if (!money(a.toObject().value(QLatin1String("allocatedAmountSet")), &amount, reason,
                   "discount allocation"))
            return false;
        *out += amount;
    }
    return true;
}

bool ShopifyMapper::shippingDiscount(const QJsonObject &orderNode, qint64 *out,
                                     QString *reason) const
{
    return allocations(at(orderNode, {"shippingLine", "discountAllocations"}), out, reason);
}

bool ShopifyMapper::discountsAddUp(const Order &o, const QJsonObject &orderNode,
                                   QString *reason) const
{
    qint64 allocated = 0;
    if (!shippingDiscount(orderNode, &allocated, reason))
        return false;
    for (const LineItem &l : o.lines)
        allocated += l.totalDiscount;
    *reason = discountMismatch(o.name, allocated, o.totalDiscounts, m_currency);
    return reason->isEmpty();
}

QString ShopifyMapper::discountMismatch(const QString &orderName, qint64 allocated, qint64 total,
                                        const QString &currency)
{
    if (allocated == total)
        return {};
    return tr("the discounts allocated to the lines and shipping of order %1 (%2) do not add up to "
              "its total discounts (%3)")
        .arg(orderName, Money::toDecimalString(allocated, currency),
             Money::toDecimalString(total, currency));
}

bool ShopifyMapper::customer(const QJsonObject &n, Customer *c, QString *reason) const
{
    *c = Customer();
    c->id = gid(n.value(QLatin1String("id")));
    if (c->id.isNull()) {
        *reason = tr("customer without a valid id");
        return false;
    }
    c->firstName = n.value(QLatin1String("firstName")).toString();
    c->lastName = n.value(QLatin1String("lastName")).toString();
    c->email = at(n, {"defaultEmailAddress", "emailAddress"}).toString();
    c->phone = at(n, {"defaultPhoneNumber", "phoneNumber"}).toString();
    c->country = at(n, {"defaultAddress", "countryCodeV2"}).toString();
    time(n.value(QLatin1String("createdAt")), &c->createdAtMs);
    time(n.value(QLatin1String("updatedAt")), &c->updatedAtMs);
    if (n.contains(QLatin1String("numberOfOrders")))
        c->ordersCount = integer(n.value(QLatin1String("numberOfOrders")));
    const QJsonObject spent = n.value(QLatin1String("amountSpent")).toObject();
    if (!spent.isEmpty()) {
        c->currency = spent.value(QLatin1String("currencyCode")).toString();
        const auto parsed =
            Money::parseMinor(spent.value(QLatin1String("amount")).toString(), c->currency);
        if (!parsed.minorUnits) {
            *reason = tr("customer %1: %2").arg(c->id.toString(), parsed.error);
            return false;
        }
        c->amountSpent = parsed.minorUnits;
    }
    return true;
}

bool ShopifyMapper::product(const QJsonObject &n, Product *p, QString *reason) const
{
    *p = Product();
    p->id = gid(n.value(QLatin1String("id")));
    if (p->id.isNull()) {
        *reason = tr("product without a valid id");
        return false;
    }
    p->title = n.value(QLatin1String("title")).toString();
    p->handle = n.value(QLatin1String("handle")).toString();
    p->vendor = n.value(QLatin1String("vendor")).toString();
    p->productType = n.value(QLatin1String("productType")).toString();
    p->status = n.value(QLatin1String("status")).toString();
    time(n.value(QLatin1String("createdAt")), &p->createdAtMs);
    time(n.value(QLatin1String("updatedAt")), &p->updatedAtMs);
    return true;
}

bool ShopifyMapper::variant(const QJsonObject &n, Variant *v, QString *reason) const
{
    *v = Variant();
    v->id = gid(n.value(QLatin1String("id")));
    v->productId = nestedId(n, "product");
    if (v->id.isNull()) {
        *reason = tr("variant without a valid id");
        return false;
    }
    v->sku = n.value(QLatin1String("sku")).toString();
    v->title = n.value(QLatin1String("title")).toString();
    // ProductVariant.price is a Money scalar: a decimal string in shop currency.
    const auto price = Money::parseMinor(n.value(QLatin1String("price")).toString(), m_currency);
    if (!price.minorUnits) {
        *reason = tr("variant %1: %2").arg(v->id.toString(), price.error);
        return false;
    }
    v->price = *price.minorUnits;
    const QJsonValue compare = n.value(QLatin1String("compareAtPrice"));
    if (compare.isString()) {
        const auto parsed = Money::parseMinor(compare.toString(), m_currency);
        if (parsed.minorUnits)
            v->compareAtPrice = parsed.minorUnits;
    }
    const QJsonObject item = n.value(QLatin1String("inventoryItem")).toObject();
    v->inventoryItemId = gid(item.value(QLatin1String("id")));
    const QJsonObject cost = item.value(QLatin1String("unitCost")).toObject();
    if (!cost.isEmpty()) {
        const auto parsed =
            Money::parseMinor(cost.value(QLatin1String("amount")).toString(), m_currency);
        if (parsed.minorUnits)
            v->unitCost = parsed.minorUnits;
    }
    time(n.value(QLatin1String("updatedAt")), &v->updatedAtMs);
    return true;
}

bool ShopifyMapper::location(const QJsonObject &n, Location *l, QString *reason) const
{
    *l = Location();
    l->id = gid(n.value(QLatin1String("id")));
    if (l->id.isNull()) {
        *reason = tr("location without a valid id");
        return false;
    }
    l->name = n.value(QLatin1String("name")).toString();
    l->active = n.value(QLatin1String("isActive")).toBool(true);
    return true;
}

bool ShopifyMapper::inventoryLevels(const QJsonObject &item, std::vector<InventoryLevel> *out,
                                    QString *reason) const
{
    const PlatformId itemId = gid(item.value(QLatin1String("id")));
    if (itemId.isNull()) {
        *reason = tr("inventory item without a valid id");
        return false;
    }
    for (const QJsonObject &n : nodes(item.value(QLatin1String("inventoryLevels")))) {
        InventoryLevel level;
        level.inventoryItemId = itemId;
        level.locationId = nestedId(n, "location");
        if (level.locationId.isNull()) {
            *reason = tr("inventory level of item %1 without a location").arg(itemId.toString());
            return false;
        }
        time(n.value(QLatin1String("updatedAt")), &level.updatedAtMs);
        for (const QJsonValue &q : n.value(QLatin1String("quantities")).toArray()) {
            const QString name = q.toObject().value(QLatin1String("name")).toString();
            const qint64 quantity = integer(q.toObject().value(QLatin1String("quantity")));
            if (name == QLatin1String("available"))
                level.available = quantity;
            else if (name == QLatin1String("on_hand"))
                level.onHand = quantity;
        }
        out->push_back(level);
    }
    return true;
}

bool ShopifyMapper::checkout(const QJsonObject &n, Checkout *c, QString *reason) const
{
    *c = Checkout();
    c->id = gid(n.value(QLatin1String("id")));
    if (c->id.isNull() || !time(n.value(QLatin1String("createdAt")), &c->createdAtMs)) {
        *reason = tr("abandoned checkout without a valid id or date");
        return false;
    }
    time(n.value(QLatin1String("updatedAt")), &c->updatedAtMs);
    c->completedAtMs = optionalTime(n.value(QLatin1String("completedAt")));
    c->customerId = nestedId(n, "customer");
    c->email = at(n, {"customer", "defaultEmailAddress", "emailAddress"}).toString();
    c->currency = m_currency;
    return money(n.value(QLatin1String("subtotalPriceSet")), &c->subtotal, reason,
                 "checkout subtotal") &&
           money(n.value(QLatin1String("totalPriceSet")), &c->totalPrice, reason, "checkout total");
}

} // namespace storelens
