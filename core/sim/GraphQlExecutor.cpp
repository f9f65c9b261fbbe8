#include "GraphQlExecutor.h"

#include "JsonWriter.h"
#include "MoneyFormat.h"
#include "QueryCost.h"
#include "SearchQuery.h"
#include "common/ShopCalendar.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cstring>
#include <limits>

namespace storelens::sim {

namespace {
enum T : quint8
{
    TNone,
    TQuery,
    TMutation,
    TShop,
    TShopPlan,
    TAppInstallation,
    TAccessScope,
    TOrder,
    TLineItem,
    TTaxLine,
    TMoneyBag,
    TMoneyV2,
    TCustomer,
    TEmail,
    TPhone,
    TAddress,
    TProduct,
    TVariant,
    TInventoryItem,
    TInventoryLevel,
    TInventoryQuantity,
    TLocation,
    TCheckout,
    TBulkOperation,
    TCount,
    TRefund,
    TOrderAgreement,
    TRefundAgreement,
    TProductSale,
    TShippingSale,
    TRunPayload,
    TCancelPayload,
    TBulkUserError,
    TUserError,
    TRefundLineItem,
    TDiscountAllocation, // a = order, b = ShopData::DiscountKind, x = amount
    TShippingLine        // a = order
};

constexpr qint64 Day = 86'400'000;
constexpr int MaxPageSize = 250;
constexpr qint32 PayloadSnapshot = -2; // a BulkOperation shown as its mutation left it

const char *const QuantityNames[] = {"available", "on_hand", "committed",    "incoming",
                                     "reserved",  "damaged", "safety_stock", "quality_control"};

struct SeqKey
{
    qint64 value = 0;
    qint64 id = 0;
};
bool keyLess(const SeqKey &a, const SeqKey &b)
{
    return a.value != b.value ? a.value < b.value : a.id < b.id;
}

// Shopify-like opaque cursors: base64 of {"last_id":…,"last_value":…}.
QByteArray encodeCursor(const SeqKey &k, bool timeKey)
{
    QByteArray value = QByteArray::number(k.value);
    if (timeKey)
        value = "\"" +
                QDateTime::fromMSecsSinceEpoch(k.value, QTimeZone::utc())
                    .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz000"))
                    .toUtf8() +
                "\"";
    return QByteArray("{\"last_id\":" + QByteArray::number(k.id) + ",\"last_value\":" + value + "}")
        .toBase64();
}

std::optional<SeqKey> decodeCursor(const QByteArray &cursor, bool timeKey)
{
    const QByteArray json = QByteArray::fromBase64(cursor);
    static const QRegularExpression re(
        QStringLiteral(R"re(^\{"last_id":(\d+),"last_value":("([^"]*)"|(-?\d+))\}$)re"));
    const auto m = re.match(QString::fromUtf8(json));
    if (!m.hasMatch())
        return std::nullopt;
    SeqKey k;
    bool ok = false;
    k.id = m.captured(1).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    if (timeKey) {
        if (m.captured(3).isEmpty())
            return std::nullopt;
        QDateTime t = QDateTime::fromString(m.captured(3).left(23),
                                            QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        if (!t.isValid())
            return std::nullopt;
        t.setTimeZone(QTimeZone::utc());
        k.value = t.toMSecsSinceEpoch();
    } else {
        if (m.captured(4).isEmpty())
            return std::nullopt;
        k.value = m.captured(4).toLongLong(&ok);
        if (!ok)
            return std::nullopt;
    }
    return k;
}

// Binary search for the first logical index in [lo, hi) where pred is true
// (pred is monotone: false...false true...true).
template <typename Pred>
qint64 partitionPoint(qint64 lo, qint64 hi, Pred pred)
{
    while (lo < hi) {
        const qint64 mid = lo + (hi - lo) / 2;
        if (pred(mid))
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

struct PageArgs
{
    std::optional<qint64> first, last;
    std::optional<SeqKey> after, before;
    bool reverse = false;
};

template <typename KeyFn, typename AcceptFn, typename ObjFn>
GraphQlExecutor::Page paginate(qint64 n, qint64 lo, qint64 hi, KeyFn key, AcceptFn accept,
                               ObjFn make, const PageArgs &args, bool timeKey,
                               bool allCursors = true)
{
    GraphQlExecutor::Page page;
    const bool rev = args.reverse;
    auto phys = [&](qint64 j) {
        return rev ? n - 1 - j : j;
    };
    auto keyL = [&](qint64 j) {
        return key(phys(j));
    };
    auto lessL = [&](const SeqKey &a, const SeqKey &b) {
        return rev ? keyLess(b, a) : keyLess(a, b);
    };
    qint64 L = rev ? n - hi : lo;
    qint64 H = rev ? n - lo : hi;
    L = std::max<qint64>(L, 0);
    H = std::min<qint64>(H, n);
    qint64 start = L, end = H;
    if (args.after)
        start = partitionPoint(L, H, [&](qint64 j) { return lessL(*args.after, keyL(j)); });
    if (args.before)
        end = partitionPoint(L, H, [&](qint64 j) { return !lessL(keyL(j), *args.before); });
    std::vector<qint64> chosen;
    if (args.last && !args.first) {
        qint64 j = end - 1;
        for (; j >= start && qint64(chosen.size()) < *args.last; --j)
            if (accept(phys(j)))
                chosen.push_back(j);
        std::reverse(chosen.begin(), chosen.end());
        for (; j >= L; --j)
            if (accept(phys(j))) {
                page.hasPrevious = true;
                break;
            }
        for (qint64 k = end; k < H; ++k)
            if (accept(phys(k))) {
                page.hasNext = true;
                break;
            }
    } else {
        const qint64 limit = args.first ? *args.first : std::numeric_limits<qint64>::max();
        qint64 j = start;
        for (; j < end && qint64(chosen.size()) < limit; ++j)
            if (accept(phys(j)))
                chosen.push_back(j);
        for (; j < H; ++j)
            if (accept(phys(j))) {
                page.hasNext = true;
                break;
            }
        for (qint64 k = start - 1; k >= L; --k)
            if (accept(phys(k))) {
                page.hasPrevious = true;
                break;
            }
        if (args.last && qint64(chosen.size()) > *args.last) {
            chosen.erase(chosen.begin(), chosen.end() - *args.last);
            page.hasPrevious = true;
        }
    }
    for (qint64 j : chosen) {
        page.items.push_back(make(phys(j)));
        // A bulk export only resumes after its last item: skip the others' cursors.
        if (allCursors || j == chosen.back())
            page.cursors.push_back(encodeCursor(keyL(j), timeKey));
    }
    return page;
}

PageArgs pageArgs(const PlanField &f, const QByteArray &resume, bool timeKey, int bulkLimit)
{
    PageArgs a;
    if (bulkLimit >= 0) {
        a.first = bulkLimit;
        if (!resume.isEmpty())
            a.after = decodeCursor(resume, timeKey);
        a.reverse = f.arg("reverse").toBool();
        return a;
    }
    if (f.arg("first").isDouble())
        a.first = f.arg("first").toInteger();
    if (f.arg("last").isDouble())
        a.last = f.arg("last").toInteger();
    if (f.arg("after").isString())
        a.after = decodeCursor(f.arg("after").toString().toUtf8(), timeKey);
    if (f.arg("before").isString())
        a.before = decodeCursor(f.arg("before").toString().toUtf8(), timeKey);
    a.reverse = f.arg("reverse").toBool();
    return a;
}

bool isTimeSort(const QString &sortKey)
{
    return sortKey == QLatin1String("UPDATED_AT") || sortKey == QLatin1String("CREATED_AT") ||
           sortKey == QLatin1String("PROCESSED_AT");
}

QByteArray gidOf(const char *type, qint64 id)
{
    return QByteArray("gid://shopify/") + type + "/" + QByteArray::number(id);
}

void civil(qint64 days, int *y, int *m, int *d)
{
    const int ymd = ShopCalendar::civilFromDays(int(days));
    *y = ymd / 10000;
    *m = ymd / 100 % 100;
    *d = ymd % 100;
}
} // namespace

GraphQlExecutor::GraphQlExecutor(const ExecutionContext &context)
    : m_cx(context)
    , m_data(*context.data)
    , m_zone(context.data->config().timeZone)
{}

int GraphQlExecutor::formatTime(qint64 ms, char *buf)
{
    const qint64 secs = ms >= 0 ? ms / 1000 : (ms - 999) / 1000;
    const qint64 days = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400;
    const qint64 rem = secs - days * 86400;
    int y, m, d;
    civil(days, &y, &m, &d);
    auto two = [&](int pos, int v) {
        buf[pos] = char('0' + v / 10);
        buf[pos + 1] = char('0' + v % 10);
    };
    if (y < 0 || y > 9999)
        return std::snprintf(buf, 32, "%04d-%02d-%02dT%02d:%02d:%02dZ", y, m, d, int(rem / 3600),
                             int(rem / 60 % 60), int(rem % 60));
    two(0, y / 100);
    two(2, y % 100);
    buf[4] = '-';
    two(5, m);
    buf[7] = '-';
    two(8, d);
    buf[10] = 'T';
    two(11, int(rem / 3600));
    buf[13] = ':';
    two(14, int(rem / 60 % 60));
    buf[16] = ':';
    two(17, int(rem % 60));
    buf[19] = 'Z';
    return 20;
}

QByteArray GraphQlExecutor::formatTime(qint64 ms)
{
    qint64 secs = ms >= 0 ? ms / 1000 : (ms - 999) / 1000;
    qint64 days = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400;
    qint64 rem = secs - days * 86400;
    int y, m, d;
    civil(days, &y, &m, &d);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", y, m, d, int(rem / 3600),
                  int(rem / 60 % 60), int(rem % 60));
    return QByteArray(buf);
}

QByteArray GraphQlExecutor::requiredScope(const QByteArray &rootField)
{
    if (rootField == "orders" || rootField == "order" || rootField == "ordersCount" ||
        rootField == "abandonedCheckouts")
        return "read_orders";
    if (rootField == "customers" || rootField == "customer")
        return "read_customers";
    if (rootField == "products" || rootField == "product" || rootField == "productVariants" ||
        rootField == "productVariant")
        return "read_products";
    if (rootField == "inventoryItems")
        return "read_inventory";
    if (rootField == "locations")
        return "read_locations";
    return {};
}

bool GraphQlExecutor::knownSearchField(const QByteArray &rootField, const QByteArray &field)
{
    // Shopify's documented search fields of each list (shopify.dev, the query
    // argument of each connection).
    static const QHash<QByteArray, QSet<QByteArray>> fields = {
        {"orders",
         {"cart_token",
          "channel",
          "chargeback_status",
          "checkout_token",
          "confirmation_number",
          "created_at",
          "credit_card_last4",
          "customer_id",
          "delivery_method",
          "discount_code",
          "email",
          "financial_status",
          "fraud_protection_level",
          "fulfillment_location_id",
          "fulfillment_status",
          "gateway",
          "id",
          "location_id",
          "name",
          "payment_id",
          "payment_provider_id",
          "po_number",
          "processed_at",
          "reference_location_id",
          "return_status",
          "risk_level",
          "sales_channel",
          "sku",
          "source_identifier",
          "source_name",
          "status",
          "subtotal_line_items_quantity",
          "tag",
          "tag_not",
          "test",
          "total_weight",
          "updated_at"}},
        {"customers",
         {"accepts_marketing", "country", "created_at", "customer_date", "email", "first_name",
          "id", "last_abandoned_order_date", "last_name", "order_date", "orders_count", "phone",
          "state", "tag", "tag_not", "total_spent", "updated_at"}},
        {"products",
         {"barcode",
          "bundles",
          "created_at",
          "error_feedback",
          "gift_card",
          "handle",
          "id",
          "inventory_total",
          "is_price_reduced",
          "out_of_stock_somewhere",
          "price",
          "product_configuration_owner",
          "product_publication_status",
          "product_type",
          "publishable_status",
          "published_status",
          "sku",
          "status",
          "tag",
          "tag_not",
          "title",
          "updated_at",
          "vendor"}},
        {"productVariants",
         {"barcode",
          "collection",
          "delivery_profile_id",
          "exclude_composite",
          "gift_card",
          "id",
          "inventory_quantity",
          "location_id",
          "managed",
          "managed_by",
          "option1",
          "option2",
          "option3",
          "price",
          "product_id",
          "product_ids",
          "product_publication_status",
          "product_status",
          "product_type",
          "publishable_status",
          "published_status",
          "requires_components",
          "sku",
          "tag",
          "tag_not",
          "taxable",
          "title",
          "updated_at",
          "vendor"}},
        {"inventoryItems", {"created_at", "id", "sku", "updated_at"}},
        {"locations",
         {"active", "address1", "address2", "city", "country", "created_at", "geolocated", "id",
          "legacy", "location_id", "name", "pickup_in_store", "province", "zip"}},
        {"abandonedCheckouts",
         {"created_at", "email_state", "id", "recovery_state", "status", "updated_at"}},
    };
    const QByteArray root = rootField == "ordersCount" ? QByteArray("orders") : rootField;
    const auto it = fields.constFind(root);
    return it == fields.constEnd() || it->contains(field);
}

void GraphQlExecutor::noteSearch(const PlanField &f, const SearchQuery &q)
{
    if (m_bulk || q.isEmpty())
        return;
    const QByteArrayList unknown =
        q.unknownFields([&](const QByteArray &field) { return knownSearchField(f.name, field); });
    if (!unknown.isEmpty())
        m_searchWarnings.push_back({f.key, f.arg("query").toString().toUtf8(), unknown});
}

void GraphQlExecutor::precheck(const QueryPlan &plan, QList<GqlError> *errors,
                               QByteArrayList *denied, bool bulk) const
{
    for (const PlanField &f : plan.root) {
        const QByteArray scope = requiredScope(f.name);
        if (scope.isEmpty())
            continue;
        const QByteArray write = "write_" + scope.mid(5);
        if (m_cx.scopes.contains(scope) || m_cx.scopes.contains(write))
            continue;
        const QByteArray required = "`" + scope + "` access scope.";
        GqlError e =
            GqlError::make("Access denied for " + f.name + " field. Required access: " + required,
                           "ACCESS_DENIED", f.line, f.column);
        e.with("documentation", QStringLiteral("https://shopify.dev/api/usage/access-scopes"));
        e.with("requiredAccess", QString::fromUtf8(required));
        e.path = {QString::fromUtf8(f.key)};
        errors->append(e);
        denied->append(f.key);
    }
    if (bulk)
        return;
    std::function<void(const PlanField &, QList<QJsonValue>)> walk = [&](const PlanField &f,
                                                                         QList<QJsonValue> path) {
        path.append(QString::fromUtf8(f.key));
        if (f.connection) {
            const bool first = f.arg("first").isDouble();
            const bool last = f.arg("last").isDouble();
            auto fail = [&](const QByteArray &message) {
                GqlError e = GqlError::make(message, {}, f.line, f.column);
                e.path = path;
                errors->append(e);
            };
            if (!first && !last)
                fail("you must provide one of first or last");
            for (const char *a : {"first", "last"})
                if (f.arg(a).isDouble() &&
                    (f.arg(a).toInteger() > MaxPageSize || f.arg(a).toInteger() < 0))
                    fail(QByteArray("The ") + a + " argument must be between 0 and 250.");
            const bool timeKey = isTimeSort(f.arg("sortKey").toString());
            for (const char *a : {"after", "before"})
                if (f.arg(a).isString() &&
                    !decodeCursor(f.arg(a).toString().toUtf8(), timeKey).has_value())
                    fail("Invalid cursor for current pagination sort.");
        }
        if (f.children)
            for (const auto &[type, fields] : f.children->byType)
                for (const PlanField &c : fields)
                    walk(c, path);
    };
    for (const PlanField &f : plan.root)
        if (!denied->contains(f.key))
            walk(f, {});
}

QByteArray GraphQlExecutor::execute(const QueryPlan &plan, const QByteArrayList &denied,
                                    QList<GqlError> *errors, int *actualCost)
{
    m_errors = errors;
    QByteArray out;
    JsonWriter w(&out);
    // A denied non-null root field makes the whole data null (null propagation).
    for (const PlanField &f : plan.root)
        if (denied.contains(f.key) && f.nonNull) {
            *actualCost = 0;
            return "null";
        }
    const Obj root{quint8(plan.operationKind == "mutation" ? TMutation : TQuery)};
    qint64 cost = 0;
    w.beginObject();
    for (const PlanField &f : plan.root) {
        w.rawKey(f.jsonKey);
        if (denied.contains(f.key)) {
            w.null();
            continue;
        }
        m_path = {f.key};
        if (plan.operationKind == "mutation" && f.nameHash != fieldHash("__typename"))
            cost += QueryCost::MutationCost;
        const qint64 c = writeField(w, f, root);
        if (plan.operationKind != "mutation")
            cost += c;
    }
    w.endObject();
    *actualCost = int(std::min<qint64>(cost, 1'000'000'000));
    return out;
}

qint64 GraphQlExecutor::writeObject(JsonWriter &w, const PlanField &field, const Obj &obj)
{
    qint64 cost = 1;
    w.beginObject();
    for (const PlanField &f : field.fieldsFor(typeName(obj))) {
        if (m_bulk && f.connection) {
            m_pendingChildren->push_back({&f, obj});
            continue;
        }
        w.rawKey(f.jsonKey);
        cost += writeField(w, f, obj);
    }
    w.endObject();
    return cost;
}

qint64 GraphQlExecutor::writeField(JsonWriter &w, const PlanField &f, const Obj &obj)
{
    if (f.nameHash == fieldHash("__typename")) {
        w.string(typeName(obj));
        return 0;
    }
    if (f.leaf) {
        writeLeaf(w, f, obj);
        return 0;
    }
    if (f.connection)
        return writeConnection(w, f, resolveConnection(f, obj));
    if (f.list) {
        const std::vector<Obj> items = resolveList(f, obj);
        qint64 cost = 0;
        w.beginArray();
        for (const Obj &i : items)
            cost = std::max(cost, writeObject(w, f, i));
        w.endArray();
        return cost;
    }
    Obj child;
    if (!resolveObject(f, obj, &child)) {
        w.null();
        return 0;
    }
    return writeObject(w, f, child);
}

qint64 GraphQlExecutor::writeConnection(JsonWriter &w, const PlanField &f, const Page &page)
{
    qint64 cost = 2;
    const QByteArray connType = f.baseType;
    w.beginObject();
    for (const PlanField &c : f.fieldsFor(connType)) {
        w.rawKey(c.jsonKey);
        if (c.nameHash == fieldHash("__typename")) {
            w.string(connType);
        } else if (c.nameHash == fieldHash("edges")) {
            const QByteArray edgeType = GqlTypeText::baseName(c.typeText);
            w.beginArray();
            for (size_t i = 0; i < page.items.size(); ++i) {
                w.beginObject();
                for (const PlanField &e : c.fieldsFor(edgeType)) {
                    w.rawKey(e.jsonKey);
                    if (e.nameHash == fieldHash("cursor"))
                        w.string(page.cursors[i]);
                    else if (e.nameHash == fieldHash("node"))
                        cost += writeObject(w, e, page.items[i]);
                    else
                        w.string(edgeType);
                }
                w.endObject();
            }
            w.endArray();
        } else if (c.nameHash == fieldHash("nodes")) {
            w.beginArray();
            for (const Obj &o : page.items)
                cost += writeObject(w, c, o);
            w.endArray();
        } else if (c.nameHash == fieldHash("pageInfo")) {
            w.beginObject();
            for (const PlanField &p : c.fieldsFor("PageInfo")) {
                w.rawKey(p.jsonKey);
                if (p.name == "hasNextPage")
                    w.boolean(page.hasNext);
                else if (p.name == "hasPreviousPage")
                    w.boolean(page.hasPrevious);
                else if (p.name == "startCursor" && !page.cursors.empty())
                    w.string(page.cursors.front());
                else if (p.name == "endCursor" && !page.cursors.empty())
                    w.string(page.cursors.back());
                else if (p.name == "__typename")
                    w.string(QByteArray("PageInfo"));
                else
                    w.null();
            }
            w.endObject();
        }
    }
    w.endObject();
    return cost;
}

QByteArray GraphQlExecutor::typeName(const Obj &obj) const
{
    // Built once: a QByteArray from a literal would allocate for every object.
    static const std::vector<QByteArray> names = [] {
        std::vector<QByteArray> n(64);
        n[TQuery] = QByteArrayLiteral("QueryRoot");
        n[TMutation] = QByteArrayLiteral("Mutation");
        n[TShop] = QByteArrayLiteral("Shop");
        n[TShopPlan] = QByteArrayLiteral("ShopPlan");
        n[TAppInstallation] = QByteArrayLiteral("AppInstallation");
        n[TAccessScope] = QByteArrayLiteral("AccessScope");
        n[TOrder] = QByteArrayLiteral("Order");
        n[TLineItem] = QByteArrayLiteral("LineItem");
        n[TTaxLine] = QByteArrayLiteral("TaxLine");
        n[TMoneyBag] = QByteArrayLiteral("MoneyBag");
        n[TMoneyV2] = QByteArrayLiteral("MoneyV2");
        n[TCustomer] = QByteArrayLiteral("Customer");
        n[TEmail] = QByteArrayLiteral("CustomerEmailAddress");
        n[TPhone] = QByteArrayLiteral("CustomerPhoneNumber");
        n[TAddress] = QByteArrayLiteral("MailingAddress");
        n[TProduct] = QByteArrayLiteral("Product");
        n[TVariant] = QByteArrayLiteral("ProductVariant");
        n[TInventoryItem] = QByteArrayLiteral("InventoryItem");
        n[TInventoryLevel] = QByteArrayLiteral("InventoryLevel");
        n[TInventoryQuantity] = QByteArrayLiteral("InventoryQuantity");
        n[TLocation] = QByteArrayLiteral("Location");
        n[TCheckout] = QByteArrayLiteral("AbandonedCheckout");
        n[TBulkOperation] = QByteArrayLiteral("BulkOperation");
        n[TCount] = QByteArrayLiteral("Count");
        n[TRefund] = QByteArrayLiteral("Refund");
        n[TOrderAgreement] = QByteArrayLiteral("OrderAgreement");
        n[TRefundAgreement] = QByteArrayLiteral("RefundAgreement");
        n[TProductSale] = QByteArrayLiteral("ProductSale");
        n[TShippingSale] = QByteArrayLiteral("ShippingLineSale");
        n[TRunPayload] = QByteArrayLiteral("BulkOperationRunQueryPayload");
        n[TCancelPayload] = QByteArrayLiteral("BulkOperationCancelPayload");
        n[TBulkUserError] = QByteArrayLiteral("BulkOperationUserError");
        n[TUserError] = QByteArrayLiteral("UserError");
        n[TRefundLineItem] = QByteArrayLiteral("RefundLineItem");
        n[TDiscountAllocation] = QByteArrayLiteral("DiscountAllocation");
        n[TShippingLine] = QByteArrayLiteral("ShippingLine");
        return n;
    }();
    return obj.type < names.size() ? names[obj.type] : QByteArray();
}

QByteArray GraphQlExecutor::gid(const Obj &o) const
{
    const ShopData &d = m_data;
    switch (o.type) {
    case TOrder:
        return gidOf("Order", d.orderId(o.a));
    case TLineItem:
        return gidOf("LineItem", d.lineItemId(o.a));
    case TCustomer:
        return gidOf("Customer", d.customerId(o.a));
    case TAddress:
        return gidOf("MailingAddress", d.idFor(ShopData::CustomerBase + 7, o.a)) +
               "?model_name=CustomerAddress";
    case TProduct:
        return gidOf("Product", d.productId(o.a));
    case TVariant:
        return gidOf("ProductVariant", d.variantId(o.a));
    case TInventoryItem:
        return gidOf("InventoryItem", d.inventoryItemId(o.a));
    case TInventoryLevel:
        return gidOf("InventoryLevel", d.inventoryLevelId(o.a, o.b)) +
               "?inventory_item_id=" + QByteArray::number(d.inventoryItemId(o.a));
    case TInventoryQuantity:
        return gidOf("InventoryQuantity", d.inventoryLevelId(o.a, o.b)) +
               "?inventory_item_id=" + QByteArray::number(d.inventoryItemId(o.a)) +
               "&name=" + QuantityNames[o.x];
    case TLocation:
        return gidOf("Location", d.locationId(o.a));
    case TCheckout:
        return gidOf("AbandonedCheckout", d.checkoutId(o.a));
    case TBulkOperation:
        return gidOf("BulkOperation", o.x);
    case TRefund:
        return gidOf("Refund", d.refundId(o.a));
    case TRefundLineItem:
        return gidOf("RefundLineItem", d.idFor(ShopData::RefundLineItemBase, o.a));
    case TOrderAgreement:
        return gidOf("OrderAgreement", d.idFor(ShopData::OrderAgreementBase, o.a));
    case TRefundAgreement:
        return gidOf("RefundAgreement", d.idFor(ShopData::RefundAgreementBase, o.a));
    case TProductSale:
        return o.b < 0 ? gidOf("ProductSale", d.idFor(ShopData::ProductSaleBase, o.a))
                       : gidOf("ProductSale", d.idFor(ShopData::ReturnSaleBase, o.b));
    case TShippingSale:
        return o.b < 0 ? gidOf("ShippingLineSale", d.idFor(ShopData::ShippingSaleBase, o.a))
                       : gidOf("ShippingLineSale", d.idFor(ShopData::ReturnShippingSaleBase, o.b));
    case TShop:
        return m_cx.shopGid;
    case TAppInstallation:
        return m_cx.appInstallationGid;
    }
    return {};
}

qint64 GraphQlExecutor::numericId(const Obj &o) const
{
    const ShopData &d = m_data;
    switch (o.type) {
    case TLineItem:
        return d.lineItemId(o.a);
    case TVariant:
        return d.variantId(o.a);
    case TInventoryLevel:
        return d.inventoryLevelId(o.a, o.b);
    case TOrderAgreement:
        return d.idFor(ShopData::OrderAgreementBase, o.a);
    case TRefundAgreement:
        return d.idFor(ShopData::RefundAgreementBase, o.a);
    case TProductSale:
        return o.b < 0 ? d.idFor(ShopData::ProductSaleBase, o.a)
                       : d.idFor(ShopData::ReturnSaleBase, o.b);
    case TShippingSale:
        return o.b < 0 ? d.idFor(ShopData::ShippingSaleBase, o.a)
                       : d.idFor(ShopData::ReturnShippingSaleBase, o.b);
    case TRefundLineItem:
        return d.idFor(ShopData::RefundLineItemBase, o.a);
    }
    const QByteArray g = gid(o);
    return g.mid(g.lastIndexOf('/') + 1).split('?').first().toLongLong();
}

bool GraphQlExecutor::writeGid(JsonWriter &w, const Obj &o) const
{
    // The common types of a bulk export, written without temporary strings.
    const char *type = nullptr;
    switch (o.type) {
    case TOrder:
        type = "Order";
        break;
    case TLineItem:
        type = "LineItem";
        break;
    case TCustomer:
        type = "Customer";
        break;
    case TProduct:
        type = "Product";
        break;
    case TVariant:
        type = "ProductVariant";
        break;
    case TRefund:
        type = "Refund";
        break;
    case TOrderAgreement:
        type = "OrderAgreement";
        break;
    case TRefundAgreement:
        type = "RefundAgreement";
        break;
    case TProductSale:
        type = "ProductSale";
        break;
    case TShippingSale:
        type = "ShippingLineSale";
        break;
    default:
        return false;
    }
    char buf[80];
    std::memcpy(buf, "gid://shopify/", 14);
    int len = 14;
    const size_t typeLength = std::strlen(type);
    std::memcpy(buf + len, type, typeLength);
    len += int(typeLength);
    buf[len++] = '/';
    qint64 id = o.type == TOrder      ? m_data.orderId(o.a)
                : o.type == TCustomer ? m_data.customerId(o.a)
                : o.type == TProduct  ? m_data.productId(o.a)
                : o.type == TRefund   ? m_data.refundId(o.a)
                                      : numericId(o);
    char digits[24];
    int n = 0;
    do {
        digits[n++] = char('0' + id % 10);
        id /= 10;
    } while (id > 0);
    while (n > 0)
        buf[len++] = digits[--n];
    w.asciiString(buf, len);
    return true;
}

bool GraphQlExecutor::parseGid(const QJsonValue &v, const char *type, qint64 *id) const
{
    const QByteArray s = v.toString().toUtf8();
    const QByteArray prefix = QByteArray("gid://shopify/") + type + "/";
    if (!s.startsWith(prefix))
        return false;
    QByteArray digits = s.mid(prefix.size());
    const qsizetype q = digits.indexOf('?');
    if (q >= 0)
        digits.truncate(q);
    bool ok = false;
    *id = digits.toLongLong(&ok);
    return ok;
}

bool GraphQlExecutor::orderReadable(qint32 order) const
{
    if (!m_data.orderVisible(order))
        return false;
    if (m_cx.scopes.contains("read_all_orders"))
        return true;
    // Without read_all_orders Shopify shows the last 60 days of orders.
    return m_data.orders[size_t(order)].createdAt >= m_cx.nowMs - 60 * Day;
}

std::optional<GraphQlExecutor::Obj> GraphQlExecutor::nodeFor(const QJsonValue &idValue)
{
    const ShopData &d = m_data;
    qint64 id = 0;
    qint32 idx = -1;
    if (parseGid(idValue, "Order", &id)) {
        idx = d.indexOf(ShopData::OrderBase, id, qint32(d.orders.size()));
        if (idx >= 0 && orderReadable(idx))
            return Obj{TOrder, idx};
    } else if (parseGid(idValue, "Customer", &id)) {
        idx = d.indexOf(ShopData::CustomerBase, id, qint32(d.customers.size()));
        if (idx >= 0)
            return Obj{TCustomer, idx};
    } else if (parseGid(idValue, "Product", &id)) {
        idx = d.indexOf(ShopData::ProductBase, id, qint32(d.products.size()));
        if (idx >= 0)
            return Obj{TProduct, idx};
    } else if (parseGid(idValue, "ProductVariant", &id)) {
        idx = d.indexOf(ShopData::VariantBase, id, qint32(d.variants.size()));
        if (idx >= 0)
            return Obj{TVariant, idx};
    } else if (parseGid(idValue, "InventoryItem", &id)) {
        idx = d.indexOf(ShopData::InventoryItemBase, id, qint32(d.variants.size()));
        if (idx >= 0)
            return Obj{TInventoryItem, idx};
    } else if (parseGid(idValue, "Location", &id)) {
        idx = d.indexOf(ShopData::LocationBase, id, d.locationCount());
        if (idx >= 0)
            return Obj{TLocation, idx};
    } else if (parseGid(idValue, "AbandonedCheckout", &id)) {
        idx = d.indexOf(ShopData::CheckoutBase, id, qint32(d.checkouts.size()));
        if (idx >= 0)
            return Obj{TCheckout, idx};
    } else if (parseGid(idValue, "BulkOperation", &id)) {
        if (m_cx.hooks && m_cx.hooks->bulkOperation(id))
            return Obj{TBulkOperation, -1, -1, id};
    }
    return std::nullopt;
}

bool GraphQlExecutor::resolveObject(const PlanField &f, const Obj &o, Obj *out)
{
    const ShopData &d = m_data;
    const quint64 h = f.nameHash;
    switch (o.type) {
    case TQuery:
        switch (h) {
        case fieldHash("shop"):
            *out = Obj{TShop};
            return true;
        case fieldHash("currentAppInstallation"):
            *out = Obj{TAppInstallation};
            return true;
        case fieldHash("ordersCount"): {
            const SearchQuery q = SearchQuery::parse(f.arg("query").toString().toUtf8(), m_zone);
            qint64 count = 0;
            for (qint32 i = 0; i < qint32(d.orders.size()); ++i) {
                if (!orderReadable(i))
                    continue;
                if (!q.isEmpty() && !q.matches(i, [&](const QByteArray &field, qint32 r) {
                        SearchQuery::FieldValue v;
                        const ShopData::OrderRow &row = d.orders[size_t(r)];
                        if (field == "updated_at")
                            v = {SearchQuery::FieldValue::Time, row.updatedAt, {}};
                        else if (field == "created_at" || field == "processed_at")
                            v = {SearchQuery::FieldValue::Time, row.createdAt, {}};
                        else if (field == "id")
                            v = {SearchQuery::FieldValue::Number, d.orderId(r), {}};
                        else if (field == "test")
                            v = {SearchQuery::FieldValue::Text, 0,
                                 (row.flags & ShopData::Test) ? "true" : "false"};
                        else if (field == "financial_status")
                            v = {SearchQuery::FieldValue::Text, 0, d.financialStatus(r).toLower()};
                        return v;
                    }))
                    continue;
                ++count;
            }
            const QJsonValue limit = f.arg("limit");
            qint64 precision = 0;
            if (limit.isDouble() && count > limit.toInteger()) {
                count = limit.toInteger();
                precision = 1;
            }
            *out = Obj{TCount, qint32(precision), -1, count};
            return true;
        }
        case fieldHash("order"):
        case fieldHash("customer"):
        case fieldHash("product"):
        case fieldHash("productVariant"):
        case fieldHash("node"): {
            const QJsonValue id = f.arg("id");
            if (h != fieldHash("node")) {
                qint64 n = 0;
                const char *type = h == fieldHash("order")      ? "Order"
                                   : h == fieldHash("customer") ? "Customer"
                                   : h == fieldHash("product")  ? "Product"
                                                                : "ProductVariant";
                if (!parseGid(id, type, &n)) {
                    GqlError e =
                        GqlError::make("Invalid global id '" + id.toString().toUtf8() + "'",
                                       "argumentLiteralsIncompatible", f.line, f.column);
                    e.with("typeName", QStringLiteral("CoercionError"));
                    for (const QByteArray &p : m_path)
                        e.path.append(QString::fromUtf8(p));
                    m_errors->append(e);
                    return false;
                }
            }
            const auto node = nodeFor(id);
            if (!node)
                return false;
            if (h == fieldHash("order") && node->type != TOrder)
                return false;
            *out = *node;
            return true;
        }
        case fieldHash("bulkOperation"): {
            qint64 id = 0;
            if (!parseGid(f.arg("id"), "BulkOperation", &id) || !m_cx.hooks ||
                !m_cx.hooks->bulkOperation(id))
                return false;
            *out = Obj{TBulkOperation, -1, -1, id};
            return true;
        }
        }
        return false;
    case TMutation: {
        QList<BulkUserError> userErrors;
        std::optional<BulkOperationView> view;
        if (!m_cx.hooks)
            return false;
        if (h == fieldHash("bulkOperationRunQuery")) {
            view = m_cx.hooks->runBulkQuery(f.arg("query").toString().toUtf8(),
                                            f.arg("groupObjects").toBool(), &userErrors);
        } else {
            qint64 id = 0;
            if (!parseGid(f.arg("id"), "BulkOperation", &id))
                userErrors.append({"Bulk operation does not exist", {}, false});
            else
                view = m_cx.hooks->cancelBulk(id, &userErrors);
        }
        m_payloadErrors = userErrors;
        m_payloadView = view; // the operation as the mutation left it (CREATED)
        *out = Obj{quint8(h == fieldHash("bulkOperationRunQuery") ? TRunPayload : TCancelPayload),
                   -1, -1, view ? view->id : 0};
        return true;
    }
    case TRunPayload:
    case TCancelPayload:
        if (h == fieldHash("bulkOperation") && o.x) {
            *out = Obj{TBulkOperation, PayloadSnapshot, -1, o.x};
            return true;
        }
        return false;
    case TShop:
        if (h == fieldHash("plan")) {
            *out = Obj{TShopPlan};
            return true;
        }
        return false;
    case TOrder: {
        const ShopData::OrderRow &row = d.orders[size_t(o.a)];
        const ShopData::OrderTotals t = d.totals(o.a);
        qint64 amount = 0;
        switch (h) {
        case fieldHash("customer"):
            if (row.customer < 0)
                return false;
            *out = Obj{TCustomer, row.customer};
            return true;
        case fieldHash("subtotalPriceSet"):
            amount = t.subtotal();
            break;
        // Discounts as the schema describes them: totalDiscountsSet every
        // allocation (line and order level, the shipping line's too) before
        // returns, currentTotalDiscountsSet after them, cartDiscountAmountSet
        // the discounts applied to the entire order only.
        case fieldHash("totalDiscountsSet"):
            amount = t.discounts + row.shippingDiscount;
            break;
        case fieldHash("currentTotalDiscountsSet"):
            amount = d.currentDiscounts(o.a);
            break;
        case fieldHash("cartDiscountAmountSet"): {
            for (qint32 l = row.firstLine; l < row.firstLine + row.lineCount; ++l)
                amount += d.lines[size_t(l)].discount - d.lines[size_t(l)].lineLevel;
            if (!amount)
                return false;
            break;
        }
        case fieldHash("shippingLine"):
            // The summary of the order's shipping (null without shipping).
            if (!row.shipping)
                return false;
            *out = Obj{TShippingLine, o.a};
            return true;
        case fieldHash("totalShippingPriceSet"):
            amount = row.shipping; // the shipping lines' price before discounts
            break;
        case fieldHash("totalTaxSet"):
            amount = t.lineTax + row.shippingTax;
            break;
        case fieldHash("totalPriceSet"):
            amount = d.orderTotal(o.a);
            break;
        case fieldHash("totalRefundedSet"):
            amount = d.refundedTotal(o.a);
            break;
        default:
            return false;
        }
        *out = Obj{TMoneyBag, o.a, -1, amount};
        return true;
    }
    case TLineItem: {
        const ShopData::LineRow &l = d.lines[size_t(o.a)];
        const qint32 order = qint32(std::upper_bound(d.orders.begin(), d.orders.end(), o.a,
                                                     [](qint32 x, const ShopData::OrderRow &r) {
                                                         return x < r.firstLine;
                                                     }) -
                                    d.orders.begin()) -
                             1;
        switch (h) {
        case fieldHash("product"):
            *out = Obj{TProduct, d.variants[size_t(l.variant)].product};
            return true;
        case fieldHash("variant"):
            *out = Obj{TVariant, l.variant};
            return true;
        case fieldHash("originalUnitPriceSet"):
            *out = Obj{TMoneyBag, order, -1, l.unitPrice};
            return true;
        case fieldHash("originalTotalSet"):
            *out = Obj{TMoneyBag, order, -1, qint64(l.unitPrice) * l.quantity};
            return true;
        // The schema: totalDiscountSet, discountedTotalSet and
        // discountedUnitPriceSet leave out order-level (and code) discounts;
        // discountAllocations and discountedUnitPriceAfterAllDiscountsSet
        // carry every discount. All include refunded quantities.
        case fieldHash("totalDiscountSet"):
            *out = Obj{TMoneyBag, order, -1, l.lineLevel};
            return true;
        case fieldHash("discountedTotalSet"):
            *out = Obj{TMoneyBag, order, -1, qint64(l.unitPrice) * l.quantity - l.lineLevel};
            return true;
        case fieldHash("discountedUnitPriceSet"):
            *out = Obj{TMoneyBag, order, -1,
                       l.quantity ? (qint64(l.unitPrice) * l.quantity - l.lineLevel) / l.quantity
                                  : l.unitPrice};
            return true;
        case fieldHash("discountedUnitPriceAfterAllDiscountsSet"):
            *out = Obj{TMoneyBag, order, -1,
                       l.quantity ? (qint64(l.unitPrice) * l.quantity - l.discount) / l.quantity
                                  : l.unitPrice};
            return true;
        }
        return false;
    }
    case TDiscountAllocation:
        if (h == fieldHash("allocatedAmountSet")) {
            *out = Obj{TMoneyBag, o.a, -1, o.x};
            return true;
        }
        if (h == fieldHash("allocatedAmount")) {
            *out = Obj{TMoneyV2, 0, -1, o.x};
            return true;
        }
        return false;
    case TShippingLine: {
        const ShopData::OrderRow &row = d.orders[size_t(o.a)];
        qint64 amount = 0;
        if (h == fieldHash("originalPriceSet"))
            amount = row.shipping;
        else if (h == fieldHash("discountedPriceSet"))
            amount = d.chargedShipping(o.a);
        else
            return false;
        *out = Obj{TMoneyBag, o.a, -1, amount};
        return true;
    }
    case TTaxLine:
        if (h == fieldHash("priceSet")) {
            const qint32 order = qint32(std::upper_bound(d.orders.begin(), d.orders.end(), o.a,
                                                         [](qint32 x, const ShopData::OrderRow &r) {
                                                             return x < r.firstLine;
                                                         }) -
                                        d.orders.begin()) -
                                 1;
            *out = Obj{TMoneyBag, order, -1, d.lines[size_t(o.a)].tax};
            return true;
        }
        return false;
    case TMoneyBag:
        if (h == fieldHash("shopMoney")) {
            *out = Obj{TMoneyV2, 0, -1, o.x};
            return true;
        }
        if (h == fieldHash("presentmentMoney")) {
            if (o.a < 0) {
                *out = Obj{TMoneyV2, 0, -1, o.x};
            } else {
                *out =
                    Obj{TMoneyV2, d.orders[size_t(o.a)].presentment, -1, d.presentment(o.a, o.x)};
            }
            return true;
        }
        return false;
    case TCustomer:
        switch (h) {
        case fieldHash("amountSpent"):
            *out = Obj{TMoneyV2, 0, -1, d.customers[size_t(o.a)].spent};
            return true;
        case fieldHash("defaultEmailAddress"):
            if (d.customerEmail(o.a).isEmpty())
                return false;
            *out = Obj{TEmail, o.a};
            return true;
        case fieldHash("defaultPhoneNumber"):
            if (d.customerPhone(o.a).isEmpty())
                return false;
            *out = Obj{TPhone, o.a};
            return true;
        case fieldHash("defaultAddress"):
            *out = Obj{TAddress, o.a};
            return true;
        }
        return false;
    case TVariant:
        if (h == fieldHash("product")) {
            *out = Obj{TProduct, d.variants[size_t(o.a)].product};
            return true;
        }
        if (h == fieldHash("inventoryItem")) {
            *out = Obj{TInventoryItem, o.a};
            return true;
        }
        return false;
    case TInventoryItem:
        if (h == fieldHash("unitCost")) {
            if (d.variants[size_t(o.a)].unitCost < 0)
                return false;
            *out = Obj{TMoneyV2, 0, -1, d.variants[size_t(o.a)].unitCost};
            return true;
        }
        if (h == fieldHash("variant")) {
            *out = Obj{TVariant, o.a};
            return true;
        }
        return false;
    case TInventoryLevel:
        if (h == fieldHash("location")) {
            *out = Obj{TLocation, o.b};
            return true;
        }
        if (h == fieldHash("item")) {
            *out = Obj{TInventoryItem, o.a};
            return true;
        }
        return false;
    case TCheckout: {
        const ShopData::CheckoutRow &c = d.checkouts[size_t(o.a)];
        switch (h) {
        case fieldHash("customer"):
            if (c.customer < 0)
                return false;
            *out = Obj{TCustomer, c.customer};
            return true;
        case fieldHash("subtotalPriceSet"):
            *out = Obj{TMoneyBag, -1, -1, c.subtotal};
            return true;
        case fieldHash("totalPriceSet"):
            *out = Obj{TMoneyBag, -1, -1, qint64(c.subtotal) + c.tax};
            return true;
        case fieldHash("totalTaxSet"):
            *out = Obj{TMoneyBag, -1, -1, c.tax};
            return true;
        }
        return false;
    }
    case TRefund:
        if (h == fieldHash("totalRefundedSet")) {
            *out = Obj{TMoneyBag, d.refunds[size_t(o.a)].order, -1, d.refundTotal(o.a)};
            return true;
        }
        return false;
    case TRefundLineItem: {
        const ShopData::RefundLineRow &rl = d.refundLines[size_t(o.a)];
        const ShopData::LineRow &l = d.lines[size_t(rl.line)];
        const qint32 order = qint32(std::upper_bound(d.orders.begin(), d.orders.end(), rl.line,
                                                     [](qint32 x, const ShopData::OrderRow &r) {
                                                         return x < r.firstLine;
                                                     }) -
                                    d.orders.begin()) -
                             1;
        switch (h) {
        case fieldHash("lineItem"):
            *out = Obj{TLineItem, rl.line};
            return true;
        case fieldHash("subtotalSet"):
            *out = Obj{TMoneyBag, order, -1, rl.amount};
            return true;
        case fieldHash("totalTaxSet"):
            *out = Obj{TMoneyBag, order, -1, rl.tax};
            return true;
        case fieldHash("priceSet"):
            *out = Obj{TMoneyBag, order, -1, l.unitPrice};
            return true;
        }
        return false;
    }
    case TOrderAgreement:
        if (h == fieldHash("order")) {
            *out = Obj{TOrder, o.a};
            return true;
        }
        return false;
    case TRefundAgreement:
        if (h == fieldHash("refund")) {
            *out = Obj{TRefund, o.a};
            return true;
        }
        return false;
    case TProductSale:
    case TShippingSale: {
        // Amounts: ORDER sales are positive, RETURN sales negative.
        qint32 order = -1;
        qint64 amount = 0, tax = 0;
        if (o.type == TProductSale) {
            const ShopData::LineRow &l = d.lines[size_t(o.a)];
            order = qint32(std::upper_bound(d.orders.begin(), d.orders.end(), o.a,
                                            [](qint32 x, const ShopData::OrderRow &r) {
                                                return x < r.firstLine;
                                            }) -
                           d.orders.begin()) -
                    1;
            if (h == fieldHash("lineItem")) {
                *out = Obj{TLineItem, o.a};
                return true;
            }
            if (o.b < 0) {
                tax = l.tax;
                amount = qint64(l.unitPrice) * l.quantity - l.discount + l.tax;
            } else {
                const ShopData::RefundLineRow &rl = d.refundLines[size_t(o.b)];
                tax = -qint64(rl.tax);
                amount = -(qint64(rl.amount) + rl.tax);
            }
        } else {
            if (o.b < 0) {
                order = o.a;
                const ShopData::OrderRow &row = d.orders[size_t(o.a)];
                tax = row.shippingTax;
                amount = d.chargedShipping(o.a) + row.shippingTax;
            } else {
                const ShopData::RefundRow &r = d.refunds[size_t(o.b)];
                order = r.order;
                tax = -qint64(r.shippingTax);
                amount = -(qint64(r.shipping) + r.shippingTax);
            }
        }
        if (h == fieldHash("totalAmount")) {
            *out = Obj{TMoneyBag, order, -1, amount};
            return true;
        }
        if (h == fieldHash("totalTaxAmount")) {
            *out = Obj{TMoneyBag, order, -1, tax};
            return true;
        }
        return false;
    }
    default:
        return false;
    }
}

std::vector<GraphQlExecutor::Obj> GraphQlExecutor::resolveList(const PlanField &f, const Obj &o)
{
    std::vector<Obj> out;
    const ShopData &d = m_data;
    switch (o.type) {
    case TQuery:
        if (f.name == "nodes")
            for (const QJsonValue &id : f.arg("ids").toArray()) {
                const auto n = nodeFor(id);
                if (n)
                    out.push_back(*n); // missing nodes would be null; not modelled
            }
        break;
    case TAppInstallation:
        for (qint32 i = 0; i < qint32(m_cx.scopes.size()); ++i)
            out.push_back(Obj{TAccessScope, i});
        break;
    case TLineItem:
        if (f.name == "taxLines" && d.lines[size_t(o.a)].tax != 0)
            out.push_back(Obj{TTaxLine, o.a});
        if (f.name == "discountAllocations") {
            ShopData::Allocation a[3];
            const qint32 order = d.orderOfLine(o.a);
            for (int i = 0, n = d.lineAllocations(o.a, a); i < n; ++i)
                out.push_back(Obj{TDiscountAllocation, order, qint32(a[i].kind), a[i].amount});
        }
        break;
    case TShippingLine:
        if (f.name == "discountAllocations" && d.orders[size_t(o.a)].shippingDiscount)
            out.push_back(Obj{TDiscountAllocation, o.a,
                              qint32(ShopData::DiscountKind::FreeShipping),
                              d.orders[size_t(o.a)].shippingDiscount});
        break;
    case TInventoryLevel:
        if (f.name == "quantities")
            for (const QJsonValue &n : f.arg("names").toArray())
                for (qint64 k = 0; k < qint64(std::size(QuantityNames)); ++k)
                    if (n.toString() == QLatin1String(QuantityNames[k]))
                        out.push_back(Obj{TInventoryQuantity, o.a, o.b, k});
        break;
    case TOrder:
        if (f.name == "refunds")
            for (qint32 r = d.orders[size_t(o.a)].firstRefund; r >= 0;
                 r = d.refunds[size_t(r)].next)
                out.push_back(Obj{TRefund, r});
        break;
    case TRunPayload:
    case TCancelPayload:
        for (qint32 i = 0; i < qint32(m_payloadErrors.size()); ++i)
            out.push_back(Obj{quint8(o.type == TRunPayload ? TBulkUserError : TUserError), i});
        break;
    }
    return out;
}

void GraphQlExecutor::writeLeaf(JsonWriter &w, const PlanField &f, const Obj &o)
{
    const ShopData &d = m_data;
    const quint64 h = f.nameHash;
    auto time = [&](qint64 ms) {
        if (ms) {
            char buf[32];
            w.asciiString(buf, formatTime(ms, buf));
        } else {
            w.null();
        }
    };
    auto text = [&](const QString &s) {
        if (s.isEmpty())
            w.null();
        else
            w.string(s);
    };
    if (h == fieldHash("id")) {
        if (writeGid(w, o))
            return;
        const QByteArray g = gid(o);
        if (g.isEmpty())
            w.null();
        else
            w.string(g);
        return;
    }
    if (h == fieldHash("legacyResourceId")) {
        const QByteArray g = gid(o);
        w.string(g.mid(g.lastIndexOf('/') + 1));
        return;
    }
    switch (o.type) {
    case TShop: {
        const ShopifySimConfig &c = d.config();
        switch (h) {
        case fieldHash("name"):
            return w.string(c.shopName);
        case fieldHash("myshopifyDomain"):
            return w.string(c.shopDomain());
        case fieldHash("currencyCode"):
            return w.string(c.currency);
        case fieldHash("ianaTimezone"):
            return w.string(c.timeZone);
        case fieldHash("email"):
            return w.string(QByteArray("owner@") + c.shopHandle + ".example.com");
        }
        break;
    }
    case TShopPlan:
        switch (h) {
        case fieldHash("publicDisplayName"):
            return w.string(ShopifySimConfig::planDisplayName(d.config().plan));
        case fieldHash("shopifyPlus"):
            return w.boolean(d.config().plan == ShopPlan::Plus ||
                             d.config().plan == ShopPlan::Enterprise);
        case fieldHash("partnerDevelopment"):
            return w.boolean(false);
        }
        break;
    case TAccessScope:
        if (h == fieldHash("handle"))
            return w.string(m_cx.scopes[o.a]);
        return w.string(QByteArray("Access to ") +
                        m_cx.scopes[o.a].mid(m_cx.scopes[o.a].indexOf('_') + 1) + ".");
    case TOrder: {
        const ShopData::OrderRow &row = d.orders[size_t(o.a)];
        switch (h) {
        case fieldHash("name"):
            return w.string(d.orderName(o.a));
        case fieldHash("createdAt"):
        case fieldHash("processedAt"):
            return time(row.createdAt);
        case fieldHash("updatedAt"):
            return time(row.updatedAt);
        case fieldHash("cancelledAt"):
            return time(row.cancelledAt);
        case fieldHash("closedAt"):
            return time(row.closedAt);
        case fieldHash("test"):
            return w.boolean(row.flags & ShopData::Test);
        case fieldHash("email"):
            return text(d.orderEmail(o.a));
        case fieldHash("displayFinancialStatus"):
            return w.string(d.financialStatus(o.a));
        case fieldHash("displayFulfillmentStatus"):
            return w.string(d.fulfillmentStatus(o.a));
        case fieldHash("sourceName"):
            return w.string(d.sourceName(o.a));
        case fieldHash("currencyCode"):
            return w.string(d.currency());
        case fieldHash("presentmentCurrencyCode"):
            return w.string(row.presentment ? ShopData::presentmentCurrencies()[row.presentment]
                                            : d.currency());
        case fieldHash("discountCode"): {
            const QStringList codes = d.discountCodes(o.a);
            return codes.isEmpty() ? w.null() : w.string(codes.front());
        }
        case fieldHash("discountCodes"):
            w.beginArray();
            for (const QString &code : d.discountCodes(o.a))
                w.string(code);
            return w.endArray();
        }
        break;
    }
    case TShippingLine:
        if (h == fieldHash("title"))
            return w.string(QByteArray("Standard"));
        break;
    case TLineItem: {
        const ShopData::LineRow &l = d.lines[size_t(o.a)];
        const ShopData::VariantRow &v = d.variants[size_t(l.variant)];
        switch (h) {
        case fieldHash("sku"):
            return text(v.sku);
        case fieldHash("title"):
            return w.string(d.products[size_t(v.product)].title);
        case fieldHash("quantity"):
            return w.number(l.quantity);
        }
        break;
    }
    case TTaxLine:
        if (h == fieldHash("rate")) {
            const qint32 order = qint32(std::upper_bound(d.orders.begin(), d.orders.end(), o.a,
                                                         [](qint32 x, const ShopData::OrderRow &r) {
                                                             return x < r.firstLine;
                                                         }) -
                                        d.orders.begin()) -
                                 1;
            return w.raw(MoneyFormat::decimal(d.orders[size_t(order)].taxRatePpm, 6));
        }
        if (h == fieldHash("title"))
            return w.string(QByteArray("Sales Tax"));
        break;
    case TMoneyV2: {
        const QByteArray currency =
            o.a == 0 ? d.currency() : ShopData::presentmentCurrencies()[o.a];
        if (h == fieldHash("amount")) {
            char buf[48];
            return w.asciiString(
                buf, MoneyFormat::decimalInto(o.x, o.a == 0 ? d.currencyExponent() : 2, buf));
        }
        if (h == fieldHash("currencyCode"))
            return w.string(currency);
        break;
    }
    case TCustomer: {
        const ShopData::CustomerRow &c = d.customers[size_t(o.a)];
        switch (h) {
        case fieldHash("firstName"):
            return text(d.customerFirstName(o.a));
        case fieldHash("lastName"):
            return text(d.customerLastName(o.a));
        case fieldHash("displayName"):
            return w.string(d.customerFirstName(o.a) + QLatin1Char(' ') + d.customerLastName(o.a));
        case fieldHash("createdAt"):
            return time(c.createdAt);
        case fieldHash("updatedAt"):
            return time(c.updatedAt);
        case fieldHash("numberOfOrders"):
            return w.string(QByteArray::number(c.orders));
        }
        break;
    }
    case TEmail:
        return w.string(d.customerEmail(o.a));
    case TPhone:
        return w.string(d.customerPhone(o.a));
    case TAddress:
        if (h == fieldHash("countryCodeV2"))
            return w.string(d.customerCountry(o.a));
        return w.string(QByteArray("Springfield"));
    case TProduct: {
        const ShopData::ProductRow &p = d.products[size_t(o.a)];
        switch (h) {
        case fieldHash("title"):
            return w.string(p.title);
        case fieldHash("handle"):
            return w.string(p.handle);
        case fieldHash("vendor"):
            return w.string(p.vendor);
        case fieldHash("productType"):
            return w.string(p.productType);
        case fieldHash("status"):
            return w.string(p.status);
        case fieldHash("createdAt"):
            return time(p.createdAt);
        case fieldHash("updatedAt"):
            return time(p.updatedAt);
        }
        break;
    }
    case TVariant: {
        const ShopData::VariantRow &v = d.variants[size_t(o.a)];
        switch (h) {
        case fieldHash("sku"):
            return text(v.sku);
        case fieldHash("title"):
            return w.string(v.title);
        case fieldHash("price"):
            return w.string(MoneyFormat::money(v.price, d.currencyExponent()));
        case fieldHash("compareAtPrice"):
            if (v.compareAtPrice < 0)
                return w.null();
            return w.string(MoneyFormat::money(v.compareAtPrice, d.currencyExponent()));
        case fieldHash("createdAt"):
            return time(v.createdAt);
        case fieldHash("updatedAt"):
            return time(v.updatedAt);
        }
        break;
    }
    case TInventoryItem: {
        const ShopData::VariantRow &v = d.variants[size_t(o.a)];
        switch (h) {
        case fieldHash("sku"):
            return text(v.sku);
        case fieldHash("tracked"):
            return w.boolean(true);
        case fieldHash("createdAt"):
            return time(v.createdAt);
        case fieldHash("updatedAt"):
            return time(v.inventoryUpdatedAt);
        }
        break;
    }
    case TInventoryLevel:
        if (h == fieldHash("updatedAt"))
            return time(d.level(o.a, o.b).updatedAt);
        break;
    case TInventoryQuantity: {
        const ShopData::LevelRow &l = d.level(o.a, o.b);
        if (h == fieldHash("name"))
            return w.string(QByteArray(QuantityNames[o.x]));
        if (h == fieldHash("updatedAt"))
            return time(l.updatedAt);
        if (h == fieldHash("quantity"))
            return w.number(o.x == 0   ? l.available
                            : o.x == 1 ? l.onHand
                            : o.x == 2 ? l.onHand - l.available
                                       : 0);
        break;
    }
    case TLocation: {
        const ShopData::LocationRow &l = d.locations[size_t(o.a)];
        switch (h) {
        case fieldHash("name"):
            return w.string(l.name);
        case fieldHash("isActive"):
            return w.boolean(l.active);
        case fieldHash("createdAt"):
        case fieldHash("updatedAt"):
            return time(l.createdAt);
        }
        break;
    }
    case TCheckout: {
        const ShopData::CheckoutRow &c = d.checkouts[size_t(o.a)];
        switch (h) {
        case fieldHash("createdAt"):
            return time(c.createdAt);
        case fieldHash("updatedAt"):
            return time(c.updatedAt);
        case fieldHash("completedAt"):
            return time(c.completedAt);
        }
        break;
    }
    case TCount:
        if (h == fieldHash("count"))
            return w.number(o.x);
        return w.string(QByteArray(o.a ? "AT_LEAST" : "EXACT"));
    case TRefund: {
        const ShopData::RefundRow &r = d.refunds[size_t(o.a)];
        if (h == fieldHash("createdAt"))
            return time(r.createdAt);
        if (h == fieldHash("note"))
            return text(ShopData::refundNote(r.note));
        break;
    }
    case TRefundLineItem:
        if (h == fieldHash("quantity"))
            return w.number(d.refundLines[size_t(o.a)].quantity);
        break;
    case TOrderAgreement:
        if (h == fieldHash("happenedAt"))
            return time(d.orders[size_t(o.a)].createdAt);
        break;
    case TRefundAgreement:
        if (h == fieldHash("happenedAt"))
            return time(d.refunds[size_t(o.a)].createdAt);
        break;
    case TProductSale:
    case TShippingSale:
        switch (h) {
        case fieldHash("actionType"):
            return w.string(QByteArray(o.b < 0 ? "ORDER" : "RETURN"));
        case fieldHash("lineType"):
            return w.string(QByteArray(o.type == TProductSale ? "PRODUCT" : "SHIPPING"));
        case fieldHash("quantity"):
            if (o.type == TShippingSale)
                return w.null();
            return w.number(o.b < 0 ? d.lines[size_t(o.a)].quantity
                                    : -qint64(d.refundLines[size_t(o.b)].quantity));
        }
        break;
    case TBulkOperation: {
        const auto view = o.a == PayloadSnapshot ? m_payloadView
                          : m_cx.hooks           ? m_cx.hooks->bulkOperation(o.x)
                                                 : std::nullopt;
        if (!view)
            return w.null();
        auto optText = [&](const QByteArray &s) {
            if (s.isEmpty())
                w.null();
            else
                w.string(s);
        };
        switch (h) {
        case fieldHash("status"):
            return w.string(view->status);
        case fieldHash("errorCode"):
            return optText(view->errorCode);
        case fieldHash("objectCount"):
            return w.string(QByteArray::number(view->objectCount));
        case fieldHash("rootObjectCount"):
            return w.string(QByteArray::number(view->rootObjectCount));
        case fieldHash("fileSize"):
            if (view->fileSize < 0)
                return w.null();
            return w.string(QByteArray::number(view->fileSize));
        case fieldHash("url"):
            return optText(view->url);
        case fieldHash("partialDataUrl"):
            return optText(view->partialDataUrl);
        case fieldHash("createdAt"):
            return time(view->createdAtMs);
        case fieldHash("completedAt"):
            return time(view->completedAtMs);
        case fieldHash("query"):
            return w.string(view->query);
        case fieldHash("type"):
            return w.string(QByteArray("QUERY"));
        }
        break;
    }
    case TBulkUserError:
    case TUserError: {
        const BulkUserError &e = m_payloadErrors[o.a];
        if (h == fieldHash("message"))
            return w.string(e.message);
        if (h == fieldHash("code"))
            return e.code.isEmpty() ? w.null() : w.string(e.code);
        if (h == fieldHash("field")) {
            if (!e.fieldIsQuery)
                return w.null();
            w.beginArray();
            w.string(QByteArray(o.type == TBulkUserError ? "query" : "id"));
            w.endArray();
            return;
        }
        break;
    }
    }
    w.null();
}

GraphQlExecutor::Page GraphQlExecutor::resolveConnection(const PlanField &f, const Obj &o,
                                                         const QByteArray &resumeKey, int bulkLimit)
{
    if (o.type == TQuery)
        return topLevel(f, resumeKey, bulkLimit);
    const ShopData &d = m_data;
    const int limit = m_bulk ? std::numeric_limits<int>::max() : bulkLimit;
    const PageArgs args = pageArgs(f, resumeKey, false, m_bulk ? limit : -1);
    std::vector<Obj> items;
    switch (o.type) {
    case TOrder: {
        const ShopData::OrderRow &row = d.orders[size_t(o.a)];
        if (f.name == "lineItems") {
            for (qint32 l = row.firstLine; l < row.firstLine + row.lineCount; ++l)
                items.push_back(Obj{TLineItem, l});
        } else if (f.name == "agreements") {
            items.push_back(Obj{TOrderAgreement, o.a});
            for (qint32 r = row.firstRefund; r >= 0; r = d.refunds[size_t(r)].next)
                items.push_back(Obj{TRefundAgreement, r});
        }
        break;
    }
    case TOrderAgreement: {
        const ShopData::OrderRow &row = d.orders[size_t(o.a)];
        for (qint32 l = row.firstLine; l < row.firstLine + row.lineCount; ++l)
            items.push_back(Obj{TProductSale, l, -1});
        if (d.chargedShipping(o.a) || row.shippingTax)
            items.push_back(Obj{TShippingSale, o.a, -1});
        break;
    }
    case TRefundAgreement: {
        const ShopData::RefundRow &r = d.refunds[size_t(o.a)];
        for (qint32 i = r.firstLine; i < r.firstLine + r.lineCount; ++i)
            items.push_back(Obj{TProductSale, d.refundLines[size_t(i)].line, i});
        if (r.shipping || r.shippingTax)
            items.push_back(Obj{TShippingSale, r.order, o.a});
        break;
    }
    case TRefund: {
        const ShopData::RefundRow &r = d.refunds[size_t(o.a)];
        for (qint32 i = r.firstLine; i < r.firstLine + r.lineCount; ++i)
            items.push_back(Obj{TRefundLineItem, i});
        break;
    }
    case TProduct: {
        const ShopData::ProductRow &p = d.products[size_t(o.a)];
        for (qint32 v = p.firstVariant; v < p.firstVariant + p.variantCount; ++v)
            items.push_back(Obj{TVariant, v});
        break;
    }
    case TInventoryItem: {
        const bool inactive = f.arg("includeInactive").toBool();
        for (qint32 l = 0; l < d.locationCount(); ++l)
            if (inactive || d.locations[size_t(l)].active)
                items.push_back(Obj{TInventoryLevel, o.a, l});
        break;
    }
    }
    // Nested lists are in id order; the cursor carries the id.
    std::vector<qint64> ids;
    ids.reserve(items.size());
    for (const Obj &i : items)
        ids.push_back(numericId(i));
    return paginate(
        qint64(items.size()), 0, qint64(items.size()),
        [&](qint64 i) {
            return SeqKey{ids[size_t(i)], ids[size_t(i)]};
        },
        [](qint64) { return true; }, [&](qint64 i) { return items[size_t(i)]; }, args, false,
        !m_bulk);
}

GraphQlExecutor::Page GraphQlExecutor::topLevel(const PlanField &f, const QByteArray &resumeKey,
                                                int bulkLimit)
{
    const ShopData &d = m_data;
    const SearchQuery q = SearchQuery::parse(f.arg("query").toString().toUtf8(), m_zone);
    noteSearch(f, q);
    const QString sortKey = f.arg("sortKey").toString();
    const bool timeKey = isTimeSort(sortKey);
    const PageArgs args = pageArgs(f, resumeKey, timeKey, bulkLimit);
    using FV = SearchQuery::FieldValue;
    qint64 lower = 0, upper = 0;
    auto narrow = [&](const QByteArray &field, bool isTime, auto keyAt, qint64 n, qint64 *lo,
                      qint64 *hi) {
        q.bounds(field, isTime, &lower, &upper);
        *lo = partitionPoint(0, n, [&](qint64 i) { return keyAt(i) >= lower; });
        *hi = partitionPoint(0, n, [&](qint64 i) { return keyAt(i) > upper; });
    };

    if (f.name == "orders") {
        auto reader = [&](const QByteArray &field, qint32 r) {
            const ShopData::OrderRow &row = d.orders[size_t(r)];
            if (field == "updated_at")
                return FV{FV::Time, row.updatedAt, {}};
            if (field == "created_at" || field == "processed_at")
                return FV{FV::Time, row.createdAt, {}};
            if (field == "id")
                return FV{FV::Number, d.orderId(r), {}};
            if (field == "test")
                return FV{FV::Text, 0, (row.flags & ShopData::Test) ? "true" : "false"};
            if (field == "financial_status")
                return FV{FV::Text, 0, d.financialStatus(r).toLower()};
            if (field == "customer_id")
                return FV{FV::Number, row.customer >= 0 ? d.customerId(row.customer) : 0, {}};
            return FV{};
        };
        if (sortKey == QLatin1String("UPDATED_AT")) {
            const auto &idx = d.ordersByUpdated;
            const qint64 n = qint64(idx.size());
            qint64 lo = 0, hi = n;
            narrow(
                "updated_at", true, [&](qint64 i) { return idx[size_t(i)].key; }, n, &lo, &hi);
            return paginate(
                n, lo, hi,
                [&](qint64 i) {
                    return SeqKey{idx[size_t(i)].key, d.orderId(idx[size_t(i)].idx)};
                },
                [&](qint64 i) {
                    const qint32 r = idx[size_t(i)].idx;
                    return orderReadable(r) && q.matches(r, reader);
                },
                [&](qint64 i) {
                    return Obj{TOrder, idx[size_t(i)].idx};
                },
                args, true, !m_bulk);
        }
        const bool byTime = timeKey;
        const qint64 n = qint64(d.orders.size());
        auto keyAt = [&](qint64 i) {
            return byTime ? d.orders[size_t(i)].createdAt : d.orderId(qint32(i));
        };
        qint64 lo = 0, hi = n;
        narrow(byTime ? "created_at" : "id", byTime, keyAt, n, &lo, &hi);
        return paginate(
            n, lo, hi,
            [&](qint64 i) {
                return SeqKey{keyAt(i), d.orderId(qint32(i))};
            },
            [&](qint64 i) { return orderReadable(qint32(i)) && q.matches(qint32(i), reader); },
            [&](qint64 i) {
                return Obj{TOrder, qint32(i)};
            },
            args, byTime, !m_bulk);
    }
    if (f.name == "customers") {
        auto reader = [&](const QByteArray &field, qint32 r) {
            const ShopData::CustomerRow &row = d.customers[size_t(r)];
            if (field == "updated_at")
                return FV{FV::Time, row.updatedAt, {}};
            if (field == "created_at")
                return FV{FV::Time, row.createdAt, {}};
            if (field == "id")
                return FV{FV::Number, d.customerId(r), {}};
            if (field == "email")
                return FV{FV::Text, 0, d.customerEmail(r).toUtf8()};
            return FV{};
        };
        if (sortKey == QLatin1String("UPDATED_AT")) {
            const auto &idx = d.customersByUpdated;
            const qint64 n = qint64(idx.size());
            qint64 lo = 0, hi = n;
            narrow(
                "updated_at", true, [&](qint64 i) { return idx[size_t(i)].key; }, n, &lo, &hi);
            return paginate(
                n, lo, hi,
                [&](qint64 i) {
                    return SeqKey{idx[size_t(i)].key, d.customerId(idx[size_t(i)].idx)};
                },
                [&](qint64 i) { return q.matches(idx[size_t(i)].idx, reader); },
                [&](qint64 i) {
                    return Obj{TCustomer, idx[size_t(i)].idx};
                },
                args, true, !m_bulk);
        }
        const qint64 n = qint64(d.customers.size());
        auto keyAt = [&](qint64 i) {
            return timeKey ? d.customers[size_t(i)].createdAt : d.customerId(qint32(i));
        };
        return paginate(
            n, 0, n,
            [&](qint64 i) {
                return SeqKey{keyAt(i), d.customerId(qint32(i))};
            },
            [&](qint64 i) { return q.matches(qint32(i), reader); },
            [&](qint64 i) {
                return Obj{TCustomer, qint32(i)};
            },
            args, timeKey, !m_bulk);
    }
    if (f.name == "products") {
        std::vector<qint32> order(d.products.size());
        for (qint32 i = 0; i < qint32(order.size()); ++i)
            order[size_t(i)] = i;
        auto keyOf = [&](qint32 p) -> qint64 {
            if (sortKey == QLatin1String("UPDATED_AT"))
                return d.products[size_t(p)].updatedAt;
            if (sortKey == QLatin1String("CREATED_AT"))
                return d.products[size_t(p)].createdAt;
            return d.productId(p);
        };
        std::stable_sort(order.begin(), order.end(),
                         [&](qint32 a, qint32 b) { return keyOf(a) < keyOf(b); });
        auto reader = [&](const QByteArray &field, qint32 r) {
            const ShopData::ProductRow &row = d.products[size_t(r)];
            if (field == "updated_at")
                return FV{FV::Time, row.updatedAt, {}};
            if (field == "created_at")
                return FV{FV::Time, row.createdAt, {}};
            if (field == "id")
                return FV{FV::Number, d.productId(r), {}};
            if (field == "status")
                return FV{FV::Text, 0, row.status.toLower()};
            return FV{};
        };
        const qint64 n = qint64(order.size());
        return paginate(
            n, 0, n,
            [&](qint64 i) {
                return SeqKey{keyOf(order[size_t(i)]), d.productId(order[size_t(i)])};
            },
            [&](qint64 i) { return q.matches(order[size_t(i)], reader); },
            [&](qint64 i) {
                return Obj{TProduct, order[size_t(i)]};
            },
            args, timeKey, !m_bulk);
    }
    if (f.name == "productVariants" || f.name == "inventoryItems") {
        const bool items = f.name == "inventoryItems";
        auto idOf = [&](qint32 v) {
            return items ? d.inventoryItemId(v) : d.variantId(v);
        };
        auto reader = [&](const QByteArray &field, qint32 r) {
            const ShopData::VariantRow &row = d.variants[size_t(r)];
            if (field == "updated_at")
                return FV{FV::Time, items ? row.inventoryUpdatedAt : row.updatedAt, {}};
            if (field == "created_at")
                return FV{FV::Time, row.createdAt, {}};
            if (field == "id")
                return FV{FV::Number, idOf(r), {}};
            if (field == "product_id")
                return FV{FV::Number, d.productId(row.product), {}};
            if (field == "sku")
                return FV{FV::Text, 0, row.sku.toUtf8()};
            return FV{};
        };
        const qint64 n = qint64(d.variants.size());
        return paginate(
            n, 0, n,
            [&](qint64 i) {
                return SeqKey{idOf(qint32(i)), idOf(qint32(i))};
            },
            [&](qint64 i) { return q.matches(qint32(i), reader); },
            [&](qint64 i) {
                return Obj{quint8(items ? TInventoryItem : TVariant), qint32(i)};
            },
            args, false, !m_bulk);
    }
    if (f.name == "locations") {
        const bool inactive = f.arg("includeInactive").toBool();
        std::vector<qint32> order;
        for (qint32 i = 0; i < d.locationCount(); ++i)
            if (inactive || d.locations[size_t(i)].active)
                order.push_back(i);
        const bool byName = sortKey != QLatin1String("ID");
        // Cursor values order names by rank, which is enough for an opaque cursor.
        std::vector<qint32> rank(size_t(d.locationCount()));
        std::vector<qint32> byNameOrder(size_t(d.locationCount()));
        for (qint32 i = 0; i < d.locationCount(); ++i)
            byNameOrder[size_t(i)] = i;
        std::sort(byNameOrder.begin(), byNameOrder.end(), [&](qint32 a, qint32 b) {
            return d.locations[size_t(a)].name < d.locations[size_t(b)].name;
        });
        for (qint32 i = 0; i < d.locationCount(); ++i)
            rank[size_t(byNameOrder[size_t(i)])] = i;
        auto keyOf = [&](qint32 l) {
            return byName ? qint64(rank[size_t(l)]) : d.locationId(l);
        };
        std::sort(order.begin(), order.end(),
                  [&](qint32 a, qint32 b) { return keyOf(a) < keyOf(b); });
        const qint64 n = qint64(order.size());
        return paginate(
            n, 0, n,
            [&](qint64 i) {
                return SeqKey{keyOf(order[size_t(i)]), d.locationId(order[size_t(i)])};
            },
            [](qint64) { return true; },
            [&](qint64 i) {
                return Obj{TLocation, order[size_t(i)]};
            },
            args, false, !m_bulk);
    }
    if (f.name == "abandonedCheckouts") {
        auto reader = [&](const QByteArray &field, qint32 r) {
            const ShopData::CheckoutRow &row = d.checkouts[size_t(r)];
            if (field == "updated_at")
                return FV{FV::Time, row.updatedAt, {}};
            if (field == "created_at")
                return FV{FV::Time, row.createdAt, {}};
            if (field == "id")
                return FV{FV::Number, d.checkoutId(r), {}};
            if (field == "status")
                return FV{FV::Text, 0, row.completedAt ? "closed" : "open"};
            return FV{};
        };
        const qint64 n = qint64(d.checkouts.size());
        auto keyAt = [&](qint64 i) {
            return timeKey ? d.checkouts[size_t(i)].createdAt : d.checkoutId(qint32(i));
        };
        return paginate(
            n, 0, n,
            [&](qint64 i) {
                return SeqKey{keyAt(i), d.checkoutId(qint32(i))};
            },
            [&](qint64 i) { return q.matches(qint32(i), reader); },
            [&](qint64 i) {
                return Obj{TCheckout, qint32(i)};
            },
            args, timeKey, !m_bulk);
    }
    return Page{};
}

const PlanField *GraphQlExecutor::nodeField(const PlanField &connection) const
{
    const auto cached = m_nodeFields.find(&connection);
    if (cached != m_nodeFields.end())
        return cached->second;
    const PlanField *found = findNodeField(connection);
    m_nodeFields[&connection] = found;
    return found;
}

const PlanField *GraphQlExecutor::findNodeField(const PlanField &connection) const
{
    for (const PlanField &c : connection.fieldsFor(connection.baseType)) {
        if (c.name == "nodes")
            return &c;
        if (c.name == "edges")
            for (const PlanField &e : c.fieldsFor(GqlTypeText::baseName(c.typeText)))
                if (e.name == "node")
                    return &e;
    }
    return nullptr;
}

void GraphQlExecutor::bulkItem(const PlanField &connection, const Obj &item,
                               const QByteArray &parentGid, QByteArray *out, qint64 *objects)
{
    const PlanField *node = nodeField(connection);
    if (!node)
        return;
    std::vector<std::pair<const PlanField *, Obj>> pending;
    auto *saved = m_pendingChildren;
    m_pendingChildren = &pending;
    JsonWriter w(out);
    writeObject(w, *node, item);
    m_pendingChildren = saved;
    if (!parentGid.isEmpty()) {
        out->chop(1);
        if (!out->endsWith('{'))
            out->append(',');
        out->append("\"__parentId\":");
        JsonWriter::appendEscaped(out, parentGid);
        out->append('}');
    }
    out->append('\n');
    ++*objects;
    const QByteArray myGid = gid(item);
    for (const auto &[field, owner] : pending) {
        const Page page = resolveConnection(*field, owner);
        for (const Obj &child : page.items)
            bulkItem(*field, child, myGid, out, objects);
    }
}

GraphQlExecutor::BulkChunk GraphQlExecutor::bulkChunk(const PlanField &root,
                                                      const QByteArray &resume, int maxRoots,
                                                      bool groupObjects)
{
    BulkChunk chunk;
    QList<GqlError> ignored;
    m_errors = &ignored;
    m_bulk = true;
    const Page page = topLevel(root, resume, maxRoots);
    QByteArray children;
    for (size_t i = 0; i < page.items.size(); ++i) {
        QByteArray rootLine;
        rootLine.reserve(8192);
        qint64 objects = 0;
        bulkItem(root, page.items[i], {}, &rootLine, &objects);
        chunk.objects += objects;
        ++chunk.roots;
        if (groupObjects) {
            chunk.lines += rootLine;
        } else {
            // Without grouping, Shopify gives no promise that children follow
            // their parent: put the chunk's children after all its parents.
            const qsizetype nl = rootLine.indexOf('\n');
            chunk.lines += rootLine.left(nl + 1);
            children += rootLine.mid(nl + 1);
        }
    }
    chunk.lines += children;
    chunk.done = !page.hasNext;
    chunk.resume = page.cursors.empty() ? resume : page.cursors.back();
    m_bulk = false;
    return chunk;
}

} // namespace storelens::sim
