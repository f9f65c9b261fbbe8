#include "BulkOrderParser.h"

#include "ShopifyMapper.h"
#include "common/IsoTime.h"
#include "model/Money.h"

#include <simdjson.h>

#include <cstdlib>

namespace storelens {

using namespace simdjson;

namespace {
constexpr size_t kMaxTaxLines = 16;
constexpr size_t kMaxAllocations = 16;

bool endsWith(std::string_view s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}
} // namespace

struct BulkOrderParser::Parser
{
    dom::parser parser;
};

// Everything StoreLens reads from one line of the export, whatever the line
// is (order, line item, agreement, sale). Views point into the parser's
// buffers and live until the next line.
struct BulkOrderParser::Line
{
    std::string_view id, parentId, typeName;
    // Order
    std::string_view name, createdAt, processedAt, updatedAt, cancelledAt, closedAt, email,
        financial, fulfillment, sourceName, currency, presentmentCurrency, customerId, subtotal,
        discounts, shipping, tax, total, presentmentTotal, presentmentTotalCurrency;
    bool test = false;
    // LineItem
    std::string_view sku, title, productId, variantId, unitPrice;
    // discountAllocations of a line item, or of the order's shippingLine
    std::string_view allocations[kMaxAllocations];
    size_t allocationCount = 0;
    bool allocationsOverflow = false;
    std::string_view shippingAllocations[kMaxAllocations];
    size_t shippingAllocationCount = 0;
    qint64 quantity = 0;
    bool quantityNull = true;
    std::string_view taxes[kMaxTaxLines];
    size_t taxCount = 0;
    // Agreement
    std::string_view happenedAt, refundId, refundCreatedAt, refundNote, refundTotal;
    // Sale
    std::string_view lineType, saleTotal, saleTax, saleLineItem;
};

namespace {

// The DOM API dispatches at run time to the best kernel for this processor
// (the on-demand API would fix it at compile time).
error_code string(dom::element v, std::string_view *out)
{
    if (v.is_null())
        return SUCCESS;
    return v.get_string().get(*out);
}

// {"id": "..."} or null
error_code nestedId(dom::element v, std::string_view *out)
{
    if (v.is_null())
        return SUCCESS;
    dom::object o;
    if (auto e = v.get_object().get(o))
        return e;
    for (dom::key_value_pair field : o) {
        if (field.key == "id")
            return string(field.value, out);
    }
    return SUCCESS;
}

// {"amount": "...", "currencyCode": "..."}
error_code moneyV2(dom::element v, std::string_view *amount, std::string_view *currency)
{
    if (v.is_null())
        return SUCCESS;
    dom::object o;
    if (auto e = v.get_object().get(o))
        return e;
    for (dom::key_value_pair field : o) {
        if (field.key == "amount") {
            if (auto e = string(field.value, amount))
                return e;
        } else if (field.key == "currencyCode" && currency) {
            if (auto e = string(field.value, currency))
                return e;
        }
    }
    return SUCCESS;
}

// A MoneyBag: {"shopMoney": {...}, "presentmentMoney": {...}}
error_code moneyBag(dom::element v, std::string_view *shopAmount,
                    std::string_view *presentment = nullptr,
                    std::string_view *presentmentCurrency = nullptr)
{
    if (v.is_null())
        return SUCCESS;
    dom::object o;
    if (auto e = v.get_object().get(o))
        return e;
    for (dom::key_value_pair field : o) {
        if (field.key == "shopMoney") {
            if (auto e = moneyV2(field.value, shopAmount, nullptr))
                return e;
        } else if (field.key == "presentmentMoney" && presentment) {
            if (auto e = moneyV2(field.value, presentment, presentmentCurrency))
                return e;
        }
    }
    return SUCCESS;
}

// [{"allocatedAmountSet": {"shopMoney": {"amount": "..."}}}, ...]
error_code allocationList(dom::element v, std::string_view *amounts, size_t *count, bool *overflow)
{
    dom::array list;
    if (auto e = v.get_array().get(list))
        return e;
    for (dom::element item : list) {
        dom::object allocation;
        if (auto e = item.get_object().get(allocation))
            return e;
        for (dom::key_value_pair field : allocation) {
            if (field.key != "allocatedAmountSet")
                continue;
            if (*count == kMaxAllocations) {
                *overflow = true;
                return SUCCESS;
            }
            if (auto e = moneyBag(field.value, &amounts[(*count)++]))
                return e;
        }
    }
    return SUCCESS;
}

} // namespace

int BulkOrderParser::readLine(const void *element, Line &l)
{
    dom::object object;
    if (auto e = static_cast<const dom::element *>(element)->get_object().get(object))
        return int(e);
    for (dom::key_value_pair field : object) {
        const std::string_view key = field.key;
        const dom::element v = field.value;
        error_code e = SUCCESS;
        if (key == "id")
            e = string(v, &l.id);
        else if (key == "__parentId")
            e = string(v, &l.parentId);
        else if (key == "__typename")
            e = string(v, &l.typeName);
        else if (key == "name")
            e = string(v, &l.name);
        else if (key == "createdAt")
            e = string(v, &l.createdAt);
        else if (key == "processedAt")
            e = string(v, &l.processedAt);
        else if (key == "updatedAt")
            e = string(v, &l.updatedAt);
        else if (key == "cancelledAt")
            e = string(v, &l.cancelledAt);
        else if (key == "closedAt")
            e = string(v, &l.closedAt);
        else if (key == "test")
            e = v.get_bool().get(l.test);
        else if (key == "email")
            e = string(v, &l.email);
        else if (key == "displayFinancialStatus")
            e = string(v, &l.financial);
        else if (key == "displayFulfillmentStatus")
            e = string(v, &l.fulfillment);
        else if (key == "sourceName")
            e = string(v, &l.sourceName);
        else if (key == "currencyCode")
            e = string(v, &l.currency);
        else if (key == "presentmentCurrencyCode")
            e = string(v, &l.presentmentCurrency);
        else if (key == "customer")
            e = nestedId(v, &l.customerId);
        else if (key == "subtotalPriceSet")
            e = moneyBag(v, &l.subtotal);
        else if (key == "totalDiscountsSet")
            e = moneyBag(v, &l.discounts);
        else if (key == "totalShippingPriceSet")
            e = moneyBag(v, &l.shipping);
        else if (key == "totalTaxSet")
            e = moneyBag(v, &l.tax);
        else if (key == "totalPriceSet")
            e = moneyBag(v, &l.total, &l.presentmentTotal, &l.presentmentTotalCurrency);
        else if (key == "sku")
            e = string(v, &l.sku);
        else if (key == "title")
            e = string(v, &l.title);
        else if (key == "quantity") {
            l.quantityNull = v.is_null();
            int64_t quantity = 0;
            if (!l.quantityNull)
                e = v.get_int64().get(quantity);
            l.quantity = quantity;
        } else if (key == "product")
            e = nestedId(v, &l.productId);
        else if (key == "variant")
            e = nestedId(v, &l.variantId);
        else if (key == "lineItem")
            e = nestedId(v, &l.saleLineItem);
        else if (key == "originalUnitPriceSet")
            e = moneyBag(v, &l.unitPrice);
        else if (key == "discountAllocations")
            e = allocationList(v, l.allocations, &l.allocationCount, &l.allocationsOverflow);
        else if (key == "shippingLine" && !v.is_null()) {
            dom::object shippingLine;
            e = v.get_object().get(shippingLine);
            for (dom::key_value_pair sf : shippingLine) {
                if (e)
                    break;
                if (sf.key == "discountAllocations")
                    e = allocationList(sf.value, l.shippingAllocations, &l.shippingAllocationCount,
                                       &l.allocationsOverflow);
            }
        } else if (key == "taxLines") {
            dom::array taxLines;
            e = v.get_array().get(taxLines);
            if (!e) {
                for (dom::element item : taxLines) {
                    dom::object tax;
                    if ((e = item.get_object().get(tax)))
                        break;
                    for (dom::key_value_pair taxField : tax) {
                        if (taxField.key == "priceSet" && l.taxCount < kMaxTaxLines)
                            e = moneyBag(taxField.value, &l.taxes[l.taxCount++]);
                    }
                    if (e)
                        break;
                }
            }
        } else if (key == "happenedAt")
            e = string(v, &l.happenedAt);
        else if (key == "refund") {
            dom::object refund;
            e = v.get_object().get(refund);
            if (!e) {
                for (dom::key_value_pair rf : refund) {
                    if (rf.key == "id")
                        e = string(rf.value, &l.refundId);
                    else if (rf.key == "createdAt")
                        e = string(rf.value, &l.refundCreatedAt);
                    else if (rf.key == "note")
                        e = string(rf.value, &l.refundNote);
                    else if (rf.key == "totalRefundedSet")
                        e = moneyBag(rf.value, &l.refundTotal);
                    if (e)
                        break;
                }
            }
        } else if (key == "lineType")
            e = string(v, &l.lineType);
        else if (key == "totalAmount")
            e = moneyBag(v, &l.saleTotal);
        else if (key == "totalTaxAmount")
            e = moneyBag(v, &l.saleTax);
        if (e)
            return int(e);
    }
    return int(SUCCESS);
}

BulkOrderParser::BulkOrderParser(QString shopCurrency)
    : m_currency(std::move(shopCurrency))
    , m_parser(std::make_unique<Parser>())
{}

BulkOrderParser::~BulkOrderParser() = default;

bool BulkOrderParser::money(std::string_view amount, qint64 *out, QString *reason) const
{
    if (amount.empty()) {
        *out = 0; // a nullable money field that is null
        return true;
    }
    const Money::ParseResult parsed = Money::parseMinor(amount, m_currency);
    if (!parsed.minorUnits) {
        *reason = parsed.error;
        return false;
    }
    *out = *parsed.minorUnits;
    return true;
}

void BulkOrderParser::reject(IngestBatch &batch, std::string_view parent, const QString &reason,
                             const char *data, qsizetype size) const
{
    batch.rejected.push_back({QStringLiteral("orders"), text(parent), reason,
                              QString::fromUtf8(data, std::min<qsizetype>(size, 2000))});
}

namespace {
// "gid://shopify/RefundAgreement/7" -> a hash of "gid://shopify/RefundAgreement".
size_t gidTypeHash(std::string_view gid)
{
    const size_t slash = gid.rfind('/');
    return qHash(QByteArrayView(gid.data(), qsizetype(std::min(slash, gid.size()))));
}
} // namespace

void BulkOrderParser::rememberRefundAgreement(std::string_view agreementGid,
                                              const PlatformId &orderId, const PlatformId &refundId)
{
    const PlatformId agreement = PlatformId::fromGid(agreementGid);
    if (agreement.isNumber() && orderId.isNumber() && refundId.isNumber())
        m_numericRefundAgreements.insert(
            agreement.number(), {orderId.number(), refundId.number(), gidTypeHash(agreementGid)});
    else
        m_refundAgreements.insert(QByteArray(agreementGid.data(), qsizetype(agreementGid.size())),
                                  {orderId, refundId});
}

std::optional<BulkOrderParser::RefundRef>
BulkOrderParser::refundOfAgreement(std::string_view agreementGid) const
{
    const PlatformId agreement = PlatformId::fromGid(agreementGid);
    if (agreement.isNumber()) {
        const auto it = m_numericRefundAgreements.constFind(agreement.number());
        if (it != m_numericRefundAgreements.constEnd() && it->gidType == gidTypeHash(agreementGid))
            return RefundRef{PlatformId(it->orderId), PlatformId(it->refundId)};
    }
    const auto it = m_refundAgreements.constFind(
        QByteArray(agreementGid.data(), qsizetype(agreementGid.size())));
    if (it == m_refundAgreements.constEnd())
        return std::nullopt;
    return *it;
}

void BulkOrderParser::rememberIngested(const QByteArray &line)
{
    // Refund agreements place their later sales; orders and lines with
    // discounts are part of the check at the end. Other lines teach nothing.
    if (!line.contains("RefundAgreement") && !line.contains("allocatedAmountSet") &&
        line.contains("__parentId"))
        return;
    IngestBatch scratch;
    const qint64 orders = m_orders;
    parseLine(line, scratch); // the pieces are discarded
    m_orders = orders;        // counted where the export was read
}

bool BulkOrderParser::allocations(const std::string_view *amounts, size_t count, bool overflow,
                                  qint64 *out, QString *reason) const
{
    if (overflow) {
        *reason = tr("more than %1 discounts allocated to one line").arg(kMaxAllocations);
        return false;
    }
    *out = 0;
    for (size_t i = 0; i < count; ++i) {
        qint64 amount = 0;
        if (!money(amounts[i], &amount, reason))
            return false;
        *out += amount;
    }
    return true;
}

void BulkOrderParser::finish(IngestBatch &batch)
{
    for (auto it = m_discounts.cbegin(); it != m_discounts.cend(); ++it) {
        if (!it->header || it->allocated == it->expected)
            continue; // balanced, or an order rejected for another reason
        const PlatformId id(it.key());
        // The order's pieces are in: take it out of the figures again.
        batch.deletedOrders.push_back(id);
        batch.rejected.push_back(
            {QStringLiteral("orders"),
             QStringLiteral("gid://shopify/Order/%1").arg(it.key()),
             ShopifyMapper::discountMismatch(QStringLiteral("gid://shopify/Order/%1").arg(it.key()),
                                             it->allocated + (it->total - it->expected), it->total,
                                             m_currency),
             {}});
    }
    m_discounts.clear();
}

bool BulkOrderParser::parseLine(const QByteArray &line, IngestBatch &batch)
{
    return parseLine(line.constData(), line.size(), batch);
}

bool BulkOrderParser::parseLine(const char *data, qsizetype size, IngestBatch &batch)
{
    while (size > 0 && (data[size - 1] == '\n' || data[size - 1] == '\r' || data[size - 1] == ' '))
        --size;
    if (size == 0)
        return false;
    m_buffer.assign(data, size_t(size));
    m_buffer.append(SIMDJSON_PADDING, '\0');
    Line l;
    dom::element doc;
    error_code error = m_parser->parser.parse(m_buffer.data(), size_t(size), false).get(doc);
    if (!error)
        error = error_code(readLine(&doc, l));
    if (error) {
        reject(batch, {},
               tr("malformed JSON line: %1").arg(QString::fromLatin1(error_message(error))), data,
               size);
        return false;
    }

    QString reason;
    OrderPiece piece;
    if (l.parentId.empty()) {
        // An order.
        Order &o = piece.header();
        o.id = PlatformId::fromGid(l.id);
        o.name = text(l.name);
        const auto created = IsoTime::parseMs(l.createdAt);
        const auto processed = IsoTime::parseMs(l.processedAt);
        const auto updated = IsoTime::parseMs(l.updatedAt);
        if (o.id.isNull()) {
            reject(batch, l.id, tr("order without a valid id"), data, size);
            return false;
        }
        if (!created || !processed || !updated) {
            reject(batch, l.id, tr("order %1 has an invalid date").arg(o.name), data, size);
            return false;
        }
        o.createdAtMs = *created;
        o.processedAtMs = *processed;
        o.updatedAtMs = *updated;
        m_maxUpdatedAtMs = std::max(m_maxUpdatedAtMs, o.updatedAtMs);
        if (!l.cancelledAt.empty())
            o.cancelledAtMs = IsoTime::parseMs(l.cancelledAt);
        if (!l.closedAt.empty())
            o.closedAtMs = IsoTime::parseMs(l.closedAt);
        o.test = l.test;
        o.email = text(l.email);
        o.financialStatus = text(l.financial);
        o.fulfillmentStatus = text(l.fulfillment);
        o.sourceName = text(l.sourceName);
        o.currency = l.currency.empty() ? m_currency : text(l.currency);
        if (o.currency != m_currency) {
            reject(batch, l.id,
                   tr("order %1 is in %2, not the shop currency %3")
                       .arg(o.name, o.currency, m_currency),
                   data, size);
            return false;
        }
        o.presentmentCurrency = text(l.presentmentCurrency);
        o.customerId = PlatformId::fromGid(l.customerId);
        if (o.customerId.isNumber())
            m_customers.insert(o.customerId.number());
        if (!money(l.subtotal, &o.subtotal, &reason) ||
            !money(l.discounts, &o.totalDiscounts, &reason) ||
            !money(l.shipping, &o.totalShipping, &reason) || !money(l.tax, &o.totalTax, &reason) ||
            !money(l.total, &o.totalPrice, &reason)) {
            reject(batch, l.id, reason, data, size);
            return false;
        }
        qint64 shippingDiscount = 0;
        if (!allocations(l.shippingAllocations, l.shippingAllocationCount, l.allocationsOverflow,
                         &shippingDiscount, &reason)) {
            reject(batch, l.id, reason, data, size);
            return false;
        }
        o.totalShipping -= shippingDiscount;
        // What the lines, arriving later, must add up to.
        if (o.totalDiscounts != shippingDiscount && o.id.isNumber()) {
            DiscountBalance &b = m_discounts[o.id.number()];
            b.header = true;
            b.expected = o.totalDiscounts - shippingDiscount;
            b.total = o.totalDiscounts;
        }
        if (!l.presentmentTotal.empty()) {
            const auto parsed =
                Money::parseMinor(l.presentmentTotal, text(l.presentmentTotalCurrency));
            if (parsed.minorUnits)
                o.presentmentTotal = parsed.minorUnits;
        }
        piece.kind = OrderPiece::Kind::Header;
        piece.orderId = o.id;
        batch.orderPieces.push_back(std::move(piece));
        ++m_orders;
        return true;
    }

    if (endsWith(l.typeName, "Sale")) {
        const auto refund = refundOfAgreement(l.parentId);
        if (!refund)
            return false; // a sale of the original order or of an edit
        qint64 total = 0, tax = 0;
        if (!money(l.saleTotal, &total, &reason) || !money(l.saleTax, &tax, &reason)) {
            reject(batch, l.parentId, reason, data, size);
            return false;
        }
        piece.orderId = refund->orderId;
        piece.refundId = refund->refundId;
        // Returns are negative sales; StoreLens keeps refunded amounts positive.
        if (l.lineType == "PRODUCT") {
            piece.kind = OrderPiece::Kind::RefundLine;
            piece.refundLine().lineItemId = PlatformId::fromGid(l.saleLineItem);
            if (piece.refundLine().lineItemId.isNull())
                return false;
            piece.refundLine().quantity = l.quantityNull ? 0 : std::abs(l.quantity);
            piece.refundLine().subtotal = -(total - tax);
            piece.refundLine().tax = -tax;
        } else if (l.lineType == "SHIPPING") {
            piece.kind = OrderPiece::Kind::RefundShipping;
            piece.refund().shipping = -(total - tax);
            piece.refund().shippingTax = -tax;
        } else {
            return false; // tips, duties, fees: not part of StoreLens's figures
        }
        batch.orderPieces.push_back(std::move(piece));
        return false;
    }

    if (endsWith(l.typeName, "Agreement")) {
        if (l.typeName != "RefundAgreement" && l.refundId.empty())
            return false; // the original sale or an edit: nothing refunded
        Refund &r = piece.refund();
        r.id = PlatformId::fromGid(l.refundId);
        if (r.id.isNull()) {
            reject(batch, l.parentId, tr("refund without a valid id"), data, size);
            return false;
        }
        // A refund's createdAt can be null for old imports; the agreement's
        // happenedAt is when the money moved.
        auto created = IsoTime::parseMs(l.refundCreatedAt);
        if (!created)
            created = IsoTime::parseMs(l.happenedAt);
        if (!created) {
            reject(batch, l.parentId, tr("refund %1 has no date").arg(r.id.toString()), data, size);
            return false;
        }
        r.createdAtMs = *created;
        r.note = text(l.refundNote);
        if (!money(l.refundTotal, &r.total, &reason)) {
            reject(batch, l.parentId, reason, data, size);
            return false;
        }
        piece.kind = OrderPiece::Kind::Refund;
        piece.orderId = PlatformId::fromGid(l.parentId);
        piece.refundId = r.id;
        rememberRefundAgreement(l.id, piece.orderId, r.id);
        batch.orderPieces.push_back(std::move(piece));
        return false;
    }

    if (PlatformId::fromGid(l.parentId).isNull())
        return false;
    if (l.id.find("/LineItem/") != std::string_view::npos) {
        LineItem &li = piece.line();
        li.id = PlatformId::fromGid(l.id);
        if (li.id.isNull()) {
            reject(batch, l.parentId, tr("line item without a valid id"), data, size);
            return false;
        }
        li.productId = PlatformId::fromGid(l.productId);
        li.variantId = PlatformId::fromGid(l.variantId);
        li.sku = text(l.sku);
        li.title = text(l.title);
        li.quantity = l.quantity;
        if (!money(l.unitPrice, &li.originalUnitPrice, &reason) ||
            !allocations(l.allocations, l.allocationCount, l.allocationsOverflow, &li.totalDiscount,
                         &reason)) {
            reject(batch, l.parentId, reason, data, size);
            return false;
        }
        for (size_t i = 0; i < l.taxCount; ++i) {
            qint64 amount = 0;
            if (!money(l.taxes[i], &amount, &reason)) {
                reject(batch, l.parentId, reason, data, size);
                return false;
            }
            li.tax += amount;
        }
        piece.kind = OrderPiece::Kind::Line;
        piece.orderId = PlatformId::fromGid(l.parentId);
        if (li.totalDiscount && piece.orderId.isNumber())
            m_discounts[piece.orderId.number()].allocated += li.totalDiscount;
        batch.orderPieces.push_back(std::move(piece));
    }
    return false; // a kind of child this query does not ask for
}

} // namespace storelens
