#include "ShopifyWebhookMapper.h"

#include "ShopifyMapper.h"
#include "common/IsoTime.h"
#include "model/Money.h"

#include <QJsonArray>

namespace storelens {

namespace {
QJsonValue at(const QJsonValue &root, std::initializer_list<const char *> path)
{
    QJsonValue v = root;
    for (const char *key : path)
        v = v.toObject().value(QLatin1String(key));
    return v;
}

// The record's id: its gid when the body carries one, else the numeric id.
PlatformId idOf(const QJsonObject &o)
{
    const PlatformId fromGid =
        PlatformId::fromGid(o.value(QLatin1String("admin_graphql_api_id")).toString());
    if (!fromGid.isNull())
        return fromGid;
    const QJsonValue id = o.value(QLatin1String("id"));
    return id.isDouble() ? PlatformId(id.toInteger()) : PlatformId::fromDecimal(id.toString());
}

PlatformId numericId(const QJsonValue &v)
{
    if (v.isDouble())
        return PlatformId(v.toInteger());
    if (v.isString())
        return PlatformId::fromDecimal(v.toString());
    return {};
}

std::optional<qint64> optionalTime(const QJsonValue &v)
{
    return v.isString() ? IsoTime::parseMs(v.toString()) : std::nullopt;
}

// REST spells statuses in lower case; GraphQL (and StoreLens) in upper case.
QString statusName(const QJsonValue &v, const QString &ifNull)
{
    return v.isString() ? v.toString().toUpper() : ifNull;
}
} // namespace

ShopifyWebhookMapper::ShopifyWebhookMapper(QString shopCurrency)
    : m_currency(std::move(shopCurrency))
{}

bool ShopifyWebhookMapper::shopMoney(const QJsonValue &set, qint64 *out, QString *reason) const
{
    if (set.isNull() || set.isUndefined()) {
        *out = 0;
        return true;
    }
    return plainMoney(at(set, {"shop_money", "amount"}), out, reason);
}

bool ShopifyWebhookMapper::plainMoney(const QJsonValue &decimal, qint64 *out, QString *reason) const
{
    // Amounts are decimal strings; a JSON number here would already have been
    // through a double, so it is refused rather than guessed.
    const auto parsed = Money::parseMinor(decimal.toString(), m_currency);
    if (!decimal.isString() || !parsed.minorUnits) {
        *reason = parsed.error.isEmpty() ? tr("an amount is missing or not a decimal string")
                                         : parsed.error;
        return false;
    }
    *out = *parsed.minorUnits;
    return true;
}

bool ShopifyWebhookMapper::order(const QJsonObject &b, Order *o, QString *reason) const
{
    *o = Order();
    o->id = idOf(b);
    o->name = b.value(QLatin1String("name")).toString();
    const auto created = optionalTime(b.value(QLatin1String("created_at")));
    const auto processed = optionalTime(b.value(QLatin1String("processed_at")));
    const auto updated = optionalTime(b.value(QLatin1String("updated_at")));
    if (o->id.isNull() || !created) {
        *reason = tr("order webhook without id or creation date");
        return false;
    }
    o->createdAtMs = *created;
    o->processedAtMs = processed.value_or(*created);
    o->updatedAtMs = updated.value_or(o->processedAtMs);
    o->cancelledAtMs = optionalTime(b.value(QLatin1String("cancelled_at")));
    o->closedAtMs = optionalTime(b.value(QLatin1String("closed_at")));
    o->test = b.value(QLatin1String("test")).toBool();
    o->email = b.value(QLatin1String("email")).toString();
    o->financialStatus = statusName(b.value(QLatin1String("financial_status")), QString());
    o->fulfillmentStatus =
        statusName(b.value(QLatin1String("fulfillment_status")), QStringLiteral("UNFULFILLED"));
    o->sourceName = b.value(QLatin1String("source_name")).toString();
    o->currency = b.value(QLatin1String("currency")).toString();
    if (o->currency != m_currency) {
        *reason =
            tr("order %1 is in %2, not the shop currency %3").arg(o->name, o->currency, m_currency);
        return false;
    }
    o->presentmentCurrency = b.value(QLatin1String("presentment_currency")).toString();
    o->customerId = idOf(b.value(QLatin1String("customer")).toObject());
    if (!shopMoney(b.value(QLatin1String("subtotal_price_set")), &o->subtotal, reason) ||
        !shopMoney(b.value(QLatin1String("total_discounts_set")), &o->totalDiscounts, reason) ||
        !shopMoney(b.value(QLatin1String("total_shipping_price_set")), &o->totalShipping, reason) ||
        !shopMoney(b.value(QLatin1String("total_tax_set")), &o->totalTax, reason) ||
        !shopMoney(b.value(QLatin1String("total_price_set")), &o->totalPrice, reason))
        return false;
    const QJsonObject presentment = at(b, {"total_price_set", "presentment_money"}).toObject();
    if (!presentment.isEmpty()) {
        const auto parsed =
            Money::parseMinor(presentment.value(QLatin1String("amount")).toString(),
                              presentment.value(QLatin1String("currency_code")).toString());
        if (parsed.minorUnits)
            o->presentmentTotal = parsed.minorUnits;
    }
    for (const QJsonValue &v : b.value(QLatin1String("line_items")).toArray()) {
        const QJsonObject li = v.toObject();
        LineItem line;
        line.id = idOf(li);
        line.productId = numericId(li.value(QLatin1String("product_id")));
        line.variantId = numericId(li.value(QLatin1String("variant_id")));
        line.sku = li.value(QLatin1String("sku")).toString();
        line.title = li.value(QLatin1String("title")).toString();
        line.quantity = li.value(QLatin1String("quantity")).toInteger();
        if (!shopMoney(li.value(QLatin1String("price_set")), &line.originalUnitPrice, reason))
            return false;
        // discount_allocations carry every discount of the line, order-level
        // ones included; total_discount leaves those out, so it is read only
        // from bodies older than allocations.
        if (li.contains(QLatin1String("discount_allocations"))) {
            if (!allocations(li.value(QLatin1String("discount_allocations")), &line.totalDiscount,
                             reason))
                return false;
        } else if (!shopMoney(li.value(QLatin1String("total_discount_set")), &line.totalDiscount,
                              reason)) {
            return false;
        }
        for (const QJsonValue &t : li.value(QLatin1String("tax_lines")).toArray()) {
            qint64 amount = 0;
            if (!shopMoney(t.toObject().value(QLatin1String("price_set")), &amount, reason))
                return false;
            line.tax += amount;
        }
        if (line.id.isNull()) {
            *reason = tr("order %1 has a line item without id").arg(o->name);
            return false;
        }
        o->lines.push_back(line);
    }
    for (const QJsonValue &v : b.value(QLatin1String("refunds")).toArray()) {
        Refund r;
        if (!refundFrom(v.toObject(), &r, reason))
            return false;
        o->refunds.push_back(r);
    }
    // total_shipping_price_set is before discounts: shipping charged is what
    // the shipping lines' discounts leave. All allocations add up to
    // total_discounts, or the order is kept aside.
    qint64 allocated = 0;
    for (const QJsonValue &v : b.value(QLatin1String("shipping_lines")).toArray()) {
        qint64 amount = 0;
        if (!allocations(v.toObject().value(QLatin1String("discount_allocations")), &amount,
                         reason))
            return false;
        o->totalShipping -= amount;
        allocated += amount;
    }
    for (const LineItem &l : o->lines)
        allocated += l.totalDiscount;
    *reason = ShopifyMapper::discountMismatch(o->name, allocated, o->totalDiscounts, m_currency);
    return reason->isEmpty();
}

bool ShopifyWebhookMapper::allocations(const QJsonValue &list, qint64 *out, QString *reason) const
{
    *out = 0;
    for (const QJsonValue &a : list.toArray()) {
        qint64 amount = 0;
        if (!shopMoney(a.toObject().value(QLatin1String("amount_set")), &amount, reason))
            return false;
        *out += amount;
    }
    return true;
}

bool ShopifyWebhookMapper::refundFrom(const QJsonObject &b, Refund *r, QString *reason) const
{
    *r = Refund();
    r->id = idOf(b);
    const auto created = optionalTime(b.value(QLatin1String("created_at")));
    if (r->id.isNull() || !created) {
        *reason = tr("refund without id or date");
        return false;
    }
    r->createdAtMs = *created;
    r->note = b.value(QLatin1String("note")).toString();
    qint64 total = 0;
    for (const QJsonValue &v : b.value(QLatin1String("refund_line_items")).toArray()) {
        const QJsonObject rli = v.toObject();
        RefundLine line;
        const QJsonObject item = rli.value(QLatin1String("line_item")).toObject();
        line.lineItemId =
            item.isEmpty() ? numericId(rli.value(QLatin1String("line_item_id"))) : idOf(item);
        line.quantity = rli.value(QLatin1String("quantity")).toInteger();
        if (!shopMoney(rli.value(QLatin1String("subtotal_set")), &line.subtotal, reason) ||
            !shopMoney(rli.value(QLatin1String("total_tax_set")), &line.tax, reason))
            return false;
        total += line.subtotal + line.tax;
        r->lines.push_back(line);
    }
    for (const QJsonValue &v : b.value(QLatin1String("refund_shipping_lines")).toArray()) {
        qint64 amount = 0, tax = 0;
        if (!shopMoney(v.toObject().value(QLatin1String("subtotal_amount_set")), &amount, reason) ||
            !shopMoney(v.toObject().value(QLatin1String("total_tax_amount_set")), &tax, reason))
            return false;
        r->shipping += amount;
        r->shippingTax += tax;
    }
    // Older shops record refunded shipping as an order adjustment.
    for (const QJsonValue &v : b.value(QLatin1String("order_adjustments")).toArray()) {
        const QJsonObject adj = v.toObject();
        if (adj.value(QLatin1String("kind")).toString() != QLatin1String("shipping_refund"))
            continue;
        qint64 amount = 0, tax = 0;
        if (!shopMoney(adj.value(QLatin1String("amount_set")), &amount, reason) ||
            !shopMoney(adj.value(QLatin1String("tax_amount_set")), &tax, reason))
            return false;
        r->shipping += -amount; // adjustments are negative
        r->shippingTax += -tax;
    }
    // The money actually returned: the successful refund transactions when
    // listed, else what the lines and shipping add up to.
    qint64 transacted = 0;
    bool anyTransaction = false;
    for (const QJsonValue &v : b.value(QLatin1String("transactions")).toArray()) {
        const QJsonObject t = v.toObject();
        if (t.value(QLatin1String("kind")).toString() != QLatin1String("refund") ||
            t.value(QLatin1String("status")).toString() != QLatin1String("success"))
            continue;
        qint64 amount = 0;
        if (!plainMoney(t.value(QLatin1String("amount")), &amount, reason))
            return false;
        transacted += amount;
        anyTransaction = true;
    }
    r->total = anyTransaction ? transacted : total + r->shipping + r->shippingTax;
    return true;
}

bool ShopifyWebhookMapper::refund(const QJsonObject &body, Refund *out, QString *reason) const
{
    return refundFrom(body, out, reason);
}

bool ShopifyWebhookMapper::customer(const QJsonObject &b, Customer *c, QString *reason) const
{
    *c = Customer();
    c->id = idOf(b);
    if (c->id.isNull()) {
        *reason = tr("customer webhook without id");
        return false;
    }
    c->email = b.value(QLatin1String("email")).toString();
    c->firstName = b.value(QLatin1String("first_name")).toString();
    c->lastName = b.value(QLatin1String("last_name")).toString();
    c->phone = b.value(QLatin1String("phone")).toString();
    c->country = at(b, {"default_address", "country_code"}).toString();
    c->createdAtMs = optionalTime(b.value(QLatin1String("created_at"))).value_or(0);
    c->updatedAtMs = optionalTime(b.value(QLatin1String("updated_at"))).value_or(c->createdAtMs);
    c->currency = b.value(QLatin1String("currency")).toString();
    return true;
}

bool ShopifyWebhookMapper::product(const QJsonObject &b, Product *p, std::vector<Variant> *variants,
                                   QString *reason) const
{
    *p = Product();
    p->id = idOf(b);
    if (p->id.isNull()) {
        *reason = tr("product webhook without id");
        return false;
    }
    p->title = b.value(QLatin1String("title")).toString();
    p->handle = b.value(QLatin1String("handle")).toString();
    p->vendor = b.value(QLatin1String("vendor")).toString();
    p->productType = b.value(QLatin1String("product_type")).toString();
    p->status = b.value(QLatin1String("status")).toString().toUpper();
    p->createdAtMs = optionalTime(b.value(QLatin1String("created_at"))).value_or(0);
    p->updatedAtMs = optionalTime(b.value(QLatin1String("updated_at"))).value_or(p->createdAtMs);
    for (const QJsonValue &v : b.value(QLatin1String("variants")).toArray()) {
        const QJsonObject vo = v.toObject();
        Variant variant;
        variant.id = idOf(vo);
        variant.productId = p->id;
        variant.sku = vo.value(QLatin1String("sku")).toString();
        variant.title = vo.value(QLatin1String("title")).toString();
        if (!plainMoney(vo.value(QLatin1String("price")), &variant.price, reason))
            return false;
        if (vo.value(QLatin1String("compare_at_price")).isString()) {
            qint64 compare = 0;
            if (plainMoney(vo.value(QLatin1String("compare_at_price")), &compare, reason))
                variant.compareAtPrice = compare;
        }
        variant.inventoryItemId = numericId(vo.value(QLatin1String("inventory_item_id")));
        variant.updatedAtMs =
            optionalTime(vo.value(QLatin1String("updated_at"))).value_or(p->updatedAtMs);
        variants->push_back(variant);
    }
    return true;
}

bool ShopifyWebhookMapper::checkout(const QJsonObject &b, Checkout *c, QString *reason) const
{
    *c = Checkout();
    c->id = idOf(b);
    // Some checkout bodies carry only the checkout token; it identifies the
    // checkout until the next poll brings its numeric id.
    if (c->id.isNull() && b.value(QLatin1String("token")).isString())
        c->id = PlatformId(b.value(QLatin1String("token")).toString());
    const auto created = optionalTime(b.value(QLatin1String("created_at")));
    if (c->id.isNull() || !created) {
        *reason = tr("checkout webhook without id or creation date");
        return false;
    }
    c->createdAtMs = *created;
    c->updatedAtMs = optionalTime(b.value(QLatin1String("updated_at"))).value_or(*created);
    c->completedAtMs = optionalTime(b.value(QLatin1String("completed_at")));
    c->email = b.value(QLatin1String("email")).toString();
    c->customerId = idOf(b.value(QLatin1String("customer")).toObject());
    c->currency = b.value(QLatin1String("currency")).toString();
    if (c->currency.isEmpty())
        c->currency = m_currency;
    return plainMoney(b.value(QLatin1String("subtotal_price")), &c->subtotal, reason) &&
           plainMoney(b.value(QLatin1String("total_price")), &c->totalPrice, reason);
}

} // namespace storelens
