#include "BulkJsonl.h"

#include "common/IsoTime.h"
#include "model/Money.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace storelens::test {

namespace {
QString gid(const char *type, const PlatformId &id)
{
    return QStringLiteral("gid://shopify/%1/%2").arg(QLatin1String(type), id.toString());
}

QJsonObject shop(qint64 minor, const QString &currency)
{
    return QJsonObject{
        {QStringLiteral("shopMoney"),
         QJsonObject{{QStringLiteral("amount"), Money::toDecimalString(minor, currency)}}}};
}

QByteArray line(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}
} // namespace

QByteArray BulkJsonl::order(const Order &o)
{
    const QString c = o.currency;
    const QString orderGid = gid("Order", o.id);
    QJsonObject header{
        {QStringLiteral("id"), orderGid},
        {QStringLiteral("name"), o.name},
        {QStringLiteral("createdAt"), IsoTime::formatUtc(o.createdAtMs)},
        {QStringLiteral("processedAt"), IsoTime::formatUtc(o.processedAtMs)},
        {QStringLiteral("updatedAt"), IsoTime::formatUtc(o.updatedAtMs)},
        {QStringLiteral("cancelledAt"),
         o.cancelledAtMs ? QJsonValue(IsoTime::formatUtc(*o.cancelledAtMs)) : QJsonValue()},
        {QStringLiteral("closedAt"), QJsonValue()},
        {QStringLiteral("test"), o.test},
        {QStringLiteral("email"), o.email},
        {QStringLiteral("displayFinancialStatus"), o.financialStatus},
        {QStringLiteral("displayFulfillmentStatus"), QStringLiteral("FULFILLED")},
        {QStringLiteral("sourceName"), o.sourceName},
        {QStringLiteral("currencyCode"), c},
        {QStringLiteral("presentmentCurrencyCode"), o.presentmentCurrency},
        {QStringLiteral("customer"),
         o.customerId.isNull()
             ? QJsonValue()
             : QJsonValue(QJsonObject{{QStringLiteral("id"), gid("Customer", o.customerId)}})},
        {QStringLiteral("subtotalPriceSet"), shop(o.subtotal, c)},
        {QStringLiteral("totalDiscountsSet"), shop(o.totalDiscounts, c)},
        {QStringLiteral("totalShippingPriceSet"), shop(o.totalShipping, c)},
        {QStringLiteral("shippingLine"),
         QJsonObject{{QStringLiteral("discountAllocations"), QJsonArray{}}}},
        {QStringLiteral("totalTaxSet"), shop(o.totalTax, c)},
        {QStringLiteral("totalPriceSet"),
         QJsonObject{
             {QStringLiteral("shopMoney"),
              QJsonObject{{QStringLiteral("amount"), Money::toDecimalString(o.totalPrice, c)},
                          {QStringLiteral("currencyCode"), c}}},
             {QStringLiteral("presentmentMoney"),
              QJsonObject{{QStringLiteral("amount"), Money::toDecimalString(o.totalPrice, c)},
                          {QStringLiteral("currencyCode"), c}}}}}};
    QByteArray out = line(header);
    for (const LineItem &l : o.lines) {
        QJsonObject li{
            {QStringLiteral("id"), gid("LineItem", l.id)},
            {QStringLiteral("sku"), l.sku},
            {QStringLiteral("title"), l.title},
            {QStringLiteral("quantity"), l.quantity},
            {QStringLiteral("product"),
             l.productId.isNull()
                 ? QJsonValue()
                 : QJsonValue(QJsonObject{{QStringLiteral("id"), gid("Product", l.productId)}})},
            {QStringLiteral("variant"),
             l.variantId.isNull() ? QJsonValue()
                                  : QJsonValue(QJsonObject{{QStringLiteral("id"),
                                                            gid("ProductVariant", l.variantId)}})},
            {QStringLiteral("originalUnitPriceSet"), shop(l.originalUnitPrice, c)},
            {QStringLiteral("discountAllocations"),
             l.totalDiscount ? QJsonArray{QJsonObject{{QStringLiteral("allocatedAmountSet"),
                                                       shop(l.totalDiscount, c)}}}
                             : QJsonArray{}},
            {QStringLiteral("taxLines"),
             QJsonArray{QJsonObject{{QStringLiteral("priceSet"), shop(l.tax, c)}}}},
            {QStringLiteral("__parentId"), orderGid}};
        out += line(li);
    }
    // The original sale: an OrderAgreement with one ORDER sale per line.
    const QString saleAgreement =
        QStringLiteral("gid://shopify/SalesAgreement/%1").arg(o.id.number() * 10);
    out += line({{QStringLiteral("__typename"), QStringLiteral("OrderAgreement")},
                 {QStringLiteral("id"), saleAgreement},
                 {QStringLiteral("happenedAt"), IsoTime::formatUtc(o.processedAtMs)},
                 {QStringLiteral("__parentId"), orderGid}});
    qint64 saleId = o.id.number() * 100;
    for (const LineItem &l : o.lines) {
        out += line({{QStringLiteral("__typename"), QStringLiteral("ProductSale")},
                     {QStringLiteral("id"), QStringLiteral("gid://shopify/Sale/%1").arg(++saleId)},
                     {QStringLiteral("actionType"), QStringLiteral("ORDER")},
                     {QStringLiteral("lineType"), QStringLiteral("PRODUCT")},
                     {QStringLiteral("quantity"), l.quantity},
                     {QStringLiteral("totalAmount"),
                      shop(l.originalUnitPrice * l.quantity - l.totalDiscount + l.tax, c)},
                     {QStringLiteral("totalTaxAmount"), shop(l.tax, c)},
                     {QStringLiteral("lineItem"),
                      QJsonObject{{QStringLiteral("id"), gid("LineItem", l.id)}}},
                     {QStringLiteral("__parentId"), saleAgreement}});
    }
    int n = 0;
    for (const Refund &r : o.refunds) {
        const QString agreement =
            QStringLiteral("gid://shopify/SalesAgreement/%1").arg(o.id.number() * 10 + ++n);
        out += line({{QStringLiteral("__typename"), QStringLiteral("RefundAgreement")},
                     {QStringLiteral("id"), agreement},
                     {QStringLiteral("happenedAt"), IsoTime::formatUtc(r.createdAtMs)},
                     {QStringLiteral("refund"),
                      QJsonObject{{QStringLiteral("id"), gid("Refund", r.id)},
                                  {QStringLiteral("createdAt"), IsoTime::formatUtc(r.createdAtMs)},
                                  {QStringLiteral("note"), r.note},
                                  {QStringLiteral("totalRefundedSet"), shop(r.total, c)}}},
                     {QStringLiteral("__parentId"), orderGid}});
        for (const RefundLine &rl : r.lines) {
            out +=
                line({{QStringLiteral("__typename"), QStringLiteral("ProductSale")},
                      {QStringLiteral("id"), QStringLiteral("gid://shopify/Sale/%1").arg(++saleId)},
                      {QStringLiteral("actionType"), QStringLiteral("RETURN")},
                      {QStringLiteral("lineType"), QStringLiteral("PRODUCT")},
                      {QStringLiteral("quantity"), -rl.quantity},
                      {QStringLiteral("totalAmount"), shop(-(rl.subtotal + rl.tax), c)},
                      {QStringLiteral("totalTaxAmount"), shop(-rl.tax, c)},
                      {QStringLiteral("lineItem"),
                       QJsonObject{{QStringLiteral("id"), gid("LineItem", rl.lineItemId)}}},
                      {QStringLiteral("__parentId"), agreement}});
        }
        if (r.shipping || r.shippingTax) {
            out +=
                line({{QStringLiteral("__typename"), QStringLiteral("ShippingLineSale")},
                      {QStringLiteral("id"), QStringLiteral("gid://shopify/Sale/%1").arg(++saleId)},
                      {QStringLiteral("actionType"), QStringLiteral("RETURN")},
                      {QStringLiteral("lineType"), QStringLiteral("SHIPPING")},
                      {QStringLiteral("quantity"), QJsonValue()},
                      {QStringLiteral("totalAmount"), shop(-(r.shipping + r.shippingTax), c)},
                      {QStringLiteral("totalTaxAmount"), shop(-r.shippingTax, c)},
                      {QStringLiteral("__parentId"), agreement}});
        }
    }
    return out;
}

} // namespace storelens::test
