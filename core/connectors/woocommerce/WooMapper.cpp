#include "WooMapper.h"

#include "model/Money.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace storelens {

namespace {
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

std::optional<qint64> integer(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        // Integers beyond 2^53 cannot arrive exactly as JSON numbers anyway.
        if (d == double(qint64(d)))
            return qint64(d);
        return std::nullopt;
    }
    if (v.isString()) {
        const PlatformId id = PlatformId::fromDecimal(v.toString());
        if (id.isNumber())
            return id.number();
    }
    return std::nullopt;
}

PlatformId idOf(const QJsonValue &v)
{
    const auto n = integer(v);
    return n && *n > 0 ? PlatformId(*n) : PlatformId();
}
} // namespace

WooMapper::WooMapper(QString shopCurrency)
    : m_currency(std::move(shopCurrency))
{}

std::optional<qint64> WooMapper::gmtMs(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return std::nullopt;
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    if (!text.endsWith(QLatin1Char('Z')) && !text.contains(QLatin1Char('+')) &&
        text.lastIndexOf(QLatin1Char('-')) < 10)
        t.setTimeZone(QTimeZone::utc());
    return t.toMSecsSinceEpoch();
}

QString WooMapper::gmtParam(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

bool WooMapper::money(const QJsonValue &value, qint64 *out, QString *reason, const char *what,
                      bool emptyIsZero) const
{
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty() && (emptyIsZero || value.isNull())) {
            *out = 0;
            return true;
        }
        const Money::ParseResult r = Money::parseMinor(text, m_currency);
        if (r.minorUnits) {
            *out = *r.minorUnits;
            return true;
        }
        *reason = tr("%1 \"%2\" is not an amount in %3: %4")
                      .arg(QLatin1String(what), text, m_currency, r.error);
        return false;
    }
    if (value.isNull() || value.isUndefined()) {
        *out = 0;
        return true;
    }
    if (const auto n = integer(value)) {
        // An integral JSON number: whole units.
        const int digits = Money::minorDigits(m_currency);
        qint64 scale = 1;
        for (int i = 0; i < digits; ++i)
            scale *= 10;
        *out = *n * scale;
        return true;
    }
    *reason = tr("%1 is not a decimal string").arg(QLatin1String(what));
    return false;
}

bool WooMapper::order(const QJsonObject &o, Order *out, QString *reason) const
{
    Order order;
    order.id = idOf(o.value(QLatin1String("id")));
    if (order.id.isNull()) {
        *reason = tr("The order has no valid id.");
        return false;
    }
    const QString number = str(o, "number");
    order.name = QLatin1Char('#') + (number.isEmpty() ? order.id.toString() : number);
    order.customerId = customerKey(o);
    order.email =
        o.value(QLatin1String("billing")).toObject().value(QLatin1String("email")).toString();
    const auto created = gmtMs(o.value(QLatin1String("date_created_gmt")));
    if (!created) {
        *reason = tr("Order %1 has no date_created_gmt.").arg(order.name);
        return false;
    }
    order.createdAtMs = *created;
    // WooCommerce Analytics dates an order by its creation (its default
    // date type), not by its payment.
    order.processedAtMs = *created;
    order.updatedAtMs = gmtMs(o.value(QLatin1String("date_modified_gmt"))).value_or(*created);
    order.closedAtMs = gmtMs(o.value(QLatin1String("date_completed_gmt")));
    // WooCommerce has one status per order, kept exactly as the store sends
    // it (custom statuses included).
    order.financialStatus = str(o, "status");
    order.countsInSales = countsInSales(order.financialStatus);
    order.sourceName = str(o, "created_via");
    order.presentmentCurrency = str(o, "currency");
    order.currency = m_currency;
    if (!order.presentmentCurrency.isEmpty() && order.presentmentCurrency != m_currency) {
        *reason = tr("Order %1 is in %2, not in the store currency %3.")
                      .arg(order.name, order.presentmentCurrency, m_currency);
        return false;
    }
    if (!money(o.value(QLatin1String("discount_total")), &order.totalDiscounts, reason,
               "discount_total") ||
        !money(o.value(QLatin1String("shipping_total")), &order.totalShipping, reason,
               "shipping_total") ||
        !money(o.value(QLatin1String("total_tax")), &order.totalTax, reason, "total_tax") ||
        !money(o.value(QLatin1String("total")), &order.totalPrice, reason, "total"))
        return false;

    for (const QJsonValue &v : o.value(QLatin1String("line_items")).toArray()) {
        const QJsonObject l = v.toObject();
        LineItem line;
        line.id = idOf(l.value(QLatin1String("id")));
        line.productId = idOf(l.value(QLatin1String("product_id")));
        const PlatformId variation = idOf(l.value(QLatin1String("variation_id")));
        line.variantId = variation.isNull() ? line.productId : variation;
        line.sku = str(l, "sku");
        line.title = str(l, "name");
        line.quantity = integer(l.value(QLatin1String("quantity"))).value_or(0);
        qint64 subtotal = 0, total = 0;
        if (!money(l.value(QLatin1String("subtotal")), &subtotal, reason, "line subtotal") ||
            !money(l.value(QLatin1String("total")), &total, reason, "line total") ||
            !money(l.value(QLatin1String("total_tax")), &line.tax, reason, "line total_tax"))
            return false;
        // WooCommerce keeps the line's subtotal, not a unit price: the unit
        // price is subtotal / quantity (rounded when not divisible), gross
        // sales the subtotal itself.
        line.originalUnitPrice =
            line.quantity > 0 ? (subtotal + line.quantity / 2) / line.quantity : subtotal;
        line.subtotal = subtotal;
        line.totalDiscount = subtotal - total;
        order.subtotal += subtotal;
        order.lines.push_back(std::move(line));
    }
    for (const QJsonValue &v : o.value(QLatin1String("refunds")).toArray()) {
        Refund refund;
        if (!refundSummary(v.toObject(), &refund, reason))
            return false;
        order.refunds.push_back(std::move(refund));
    }
    *out = std::move(order);
    return true;
}

bool WooMapper::refundSummary(const QJsonObject &r, Refund *out, QString *reason) const
{
    Refund refund;
    refund.id = idOf(r.value(QLatin1String("id")));
    if (refund.id.isNull()) {
        *reason = tr("A refund has no valid id.");
        return false;
    }
    refund.note = r.contains(QLatin1String("reason")) ? str(r, "reason") : str(r, "refund");
    qint64 total = 0;
    if (!money(r.value(QLatin1String("total")), &total, reason, "refund total"))
        return false;
    refund.total = total < 0 ? -total : total; // the summary shows it negative
    *out = std::move(refund);
    return true;
}

bool WooMapper::refund(const QJsonObject &r, Refund *out, QString *reason) const
{
    Refund refund;
    refund.id = idOf(r.value(QLatin1String("id")));
    if (refund.id.isNull()) {
        *reason = tr("A refund has no valid id.");
        return false;
    }
    refund.createdAtMs = gmtMs(r.value(QLatin1String("date_created_gmt"))).value_or(0);
    refund.note = r.contains(QLatin1String("reason")) ? str(r, "reason") : str(r, "refund");
    if (!money(r.value(QLatin1String("amount")), &refund.total, reason, "refund amount"))
        return false;
    for (const QJsonValue &v : r.value(QLatin1String("line_items")).toArray()) {
        const QJsonObject l = v.toObject();
        RefundLine line;
        for (const QJsonValue &m : l.value(QLatin1String("meta_data")).toArray()) {
            const QJsonObject meta = m.toObject();
            if (meta.value(QLatin1String("key")).toString() == QLatin1String("_refunded_item_id"))
                line.lineItemId = idOf(meta.value(QLatin1String("value")));
        }
        qint64 total = 0, tax = 0;
        if (!money(l.value(QLatin1String("total")), &total, reason, "refunded line total") ||
            !money(l.value(QLatin1String("total_tax")), &tax, reason, "refunded line tax"))
            return false;
        // Refunded items carry negative quantities and amounts.
        line.quantity = -integer(l.value(QLatin1String("quantity"))).value_or(0);
        line.subtotal = -total;
        line.tax = -tax;
        refund.lines.push_back(line);
    }
    for (const QJsonValue &v : r.value(QLatin1String("shipping_lines")).toArray()) {
        const QJsonObject s = v.toObject();
        qint64 total = 0, tax = 0;
        if (!money(s.value(QLatin1String("total")), &total, reason, "refunded shipping") ||
            !money(s.value(QLatin1String("total_tax")), &tax, reason, "refunded shipping tax"))
            return false;
        refund.shipping -= total;
        refund.shippingTax -= tax;
    }
    *out = std::move(refund);
    return true;
}

bool WooMapper::countsInSales(const QString &status)
{
    // WooCommerce Analytics' defaults: the "actionable" statuses (processing,
    // on-hold) and the paid ones (completed, refunded). Custom statuses are
    // not among the defaults either.
    return status == QLatin1String("processing") || status == QLatin1String("completed") ||
           status == QLatin1String("on-hold") || status == QLatin1String("refunded");
}

PlatformId WooMapper::customerKey(const QJsonObject &order)
{
    const PlatformId id = idOf(order.value(QLatin1String("customer_id")));
    if (!id.isNull())
        return id;
    const QString email = order.value(QLatin1String("billing"))
                              .toObject()
                              .value(QLatin1String("email"))
                              .toString()
                              .trimmed()
                              .toLower();
    return email.isEmpty() ? PlatformId() : PlatformId(email);
}

bool WooMapper::guestCustomer(const QJsonObject &order, Customer *out) const
{
    const PlatformId key = customerKey(order);
    if (!key.isText())
        return false;
    const QJsonObject billing = order.value(QLatin1String("billing")).toObject();
    Customer c;
    c.id = key;
    c.email = key.text();
    c.firstName = str(billing, "first_name");
    c.lastName = str(billing, "last_name");
    c.phone = str(billing, "phone");
    c.country = str(billing, "country");
    c.createdAtMs = gmtMs(order.value(QLatin1String("date_created_gmt"))).value_or(0);
    c.updatedAtMs = gmtMs(order.value(QLatin1String("date_modified_gmt"))).value_or(c.createdAtMs);
    c.currency = m_currency;
    *out = std::move(c);
    return true;
}

bool WooMapper::customer(const QJsonObject &c, Customer *out, QString *reason) const
{
    Customer customer;
    customer.id = idOf(c.value(QLatin1String("id")));
    if (customer.id.isNull()) {
        *reason = tr("The customer has no valid id.");
        return false;
    }
    const QJsonObject billing = c.value(QLatin1String("billing")).toObject();
    customer.email = str(c, "email");
    customer.firstName = str(c, "first_name");
    customer.lastName = str(c, "last_name");
    customer.phone = str(billing, "phone");
    customer.country = str(billing, "country");
    customer.createdAtMs = gmtMs(c.value(QLatin1String("date_created_gmt"))).value_or(0);
    customer.updatedAtMs =
        gmtMs(c.value(QLatin1String("date_modified_gmt"))).value_or(customer.createdAtMs);
    customer.currency = m_currency;
    *out = std::move(customer);
    return true;
}

bool WooMapper::product(const QJsonObject &p, Product *product, std::vector<Variant> *variants,
                        std::vector<InventoryLevel> *levels, QString *reason) const
{
    Product out;
    out.id = idOf(p.value(QLatin1String("id")));
    if (out.id.isNull()) {
        *reason = tr("The product has no valid id.");
        return false;
    }
    out.title = str(p, "name");
    out.handle = str(p, "slug");
    out.productType = str(p, "type");
    out.status = str(p, "status"); // publish, draft, pending, private: as WooCommerce says
    out.createdAtMs = gmtMs(p.value(QLatin1String("date_created_gmt"))).value_or(0);
    out.updatedAtMs = gmtMs(p.value(QLatin1String("date_modified_gmt"))).value_or(out.createdAtMs);
    const bool managesStock = p.value(QLatin1String("manage_stock")).toBool();
    if (managesStock) {
        InventoryLevel level;
        level.inventoryItemId = out.id;
        level.locationId = PlatformId(kLocationId);
        level.available = level.onHand =
            integer(p.value(QLatin1String("stock_quantity"))).value_or(0);
        level.updatedAtMs = out.updatedAtMs;
        levels->push_back(level);
    }
    if (out.productType != QLatin1String("variable")) {
        Variant v;
        v.id = out.id;
        v.productId = out.id;
        v.sku = str(p, "sku");
        v.title = out.title;
        qint64 regular = 0;
        if (!money(p.value(QLatin1String("price")), &v.price, reason, "price", true) ||
            !money(p.value(QLatin1String("regular_price")), &regular, reason, "regular_price",
                   true))
            return false;
        if (regular > v.price)
            v.compareAtPrice = regular;
        if (managesStock)
            v.inventoryItemId = out.id;
        v.updatedAtMs = out.updatedAtMs;
        variants->push_back(std::move(v));
    }
    *product = std::move(out);
    return true;
}

bool WooMapper::variation(const QJsonObject &j, qint64 productId, Variant *out,
                          std::vector<InventoryLevel> *levels, QString *reason) const
{
    Variant v;
    v.id = idOf(j.value(QLatin1String("id")));
    if (v.id.isNull()) {
        *reason = tr("A variation of product %1 has no valid id.").arg(productId);
        return false;
    }
    v.productId = PlatformId(productId);
    v.sku = str(j, "sku");
    QStringList options;
    for (const QJsonValue &a : j.value(QLatin1String("attributes")).toArray())
        options << a.toObject().value(QLatin1String("option")).toString();
    v.title = options.join(QStringLiteral(", "));
    qint64 regular = 0;
    if (!money(j.value(QLatin1String("price")), &v.price, reason, "variation price", true) ||
        !money(j.value(QLatin1String("regular_price")), &regular, reason, "variation regular_price",
               true))
        return false;
    if (regular > v.price)
        v.compareAtPrice = regular;
    v.updatedAtMs = gmtMs(j.value(QLatin1String("date_modified_gmt")))
                        .value_or(gmtMs(j.value(QLatin1String("date_created_gmt"))).value_or(0));
    const QJsonValue manage = j.value(QLatin1String("manage_stock"));
    if (manage.isString() && manage.toString() == QLatin1String("parent")) {
        v.inventoryItemId = PlatformId(productId); // the parent's stock
    } else if (manage.toBool()) {
        v.inventoryItemId = v.id;
        InventoryLevel level;
        level.inventoryItemId = v.id;
        level.locationId = PlatformId(kLocationId);
        level.available = level.onHand =
            integer(j.value(QLatin1String("stock_quantity"))).value_or(0);
        level.updatedAtMs = v.updatedAtMs;
        levels->push_back(level);
    }
    *out = std::move(v);
    return true;
}

Location WooMapper::location()
{
    Location l;
    l.id = PlatformId(kLocationId);
    l.name = tr("WooCommerce stock");
    return l;
}

} // namespace storelens
