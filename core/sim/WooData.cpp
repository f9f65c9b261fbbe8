#include "WooData.h"

#include "SimRandom.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <limits>

namespace storelens::sim {

namespace {
constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

struct Name
{
    const char *display;
    const char *ascii;
};
const Name FirstNames[] = {
    {"Anna", "anna"}, {"Jürgen", "juergen"}, {"Zoë", "zoe"},       {"Lukas", "lukas"},
    {"Mia", "mia"},   {"Léa", "lea"},        {"Finn", "finn"},     {"Emma", "emma"},
    {"Noah", "noah"}, {"Sophie", "sophie"},  {"Ben", "ben"},       {"Hannah", "hannah"},
    {"Paul", "paul"}, {"Lina", "lina"},      {"Jonas", "jonas"},   {"Clara", "clara"},
    {"Emil", "emil"}, {"Ida", "ida"},        {"Matteo", "matteo"}, {"Søren", "soeren"}};
const Name LastNames[] = {
    {"Müller", "mueller"},    {"Schmidt", "schmidt"}, {"Schneider", "schneider"},
    {"Fischer", "fischer"},   {"Weber", "weber"},     {"Meyer", "meyer"},
    {"Wagner", "wagner"},     {"Becker", "becker"},   {"Schulz", "schulz"},
    {"Hoffmann", "hoffmann"}, {"Koch", "koch"},       {"Richter", "richter"},
    {"Klein", "klein"},       {"Wolf", "wolf"},       {"Schröder", "schroeder"},
    {"Neumann", "neumann"},   {"Dubois", "dubois"},   {"de Vries", "devries"},
    {"Novák", "novak"},       {"Rossi", "rossi"}};
struct City
{
    const char *name, *postcode, *country, *state, *phonePrefix;
};
const City Cities[] = {{"Berlin", "10115", "DE", "DE-BE", "+49 30 "},
                       {"Hamburg", "20095", "DE", "DE-HH", "+49 40 "},
                       {"München", "80331", "DE", "DE-BY", "+49 89 "},
                       {"Köln", "50667", "DE", "DE-NW", "+49 221 "},
                       {"Frankfurt am Main", "60311", "DE", "DE-HE", "+49 69 "},
                       {"Leipzig", "04109", "DE", "DE-SN", "+49 341 "},
                       {"Wien", "1010", "AT", "", "+43 1 "},
                       {"Graz", "8010", "AT", "", "+43 316 "},
                       {"Amsterdam", "1012 AB", "NL", "", "+31 20 "},
                       {"Zürich", "8001", "CH", "ZH", "+41 44 "}};
const char *const Streets[] = {"Hauptstraße",    "Bahnhofstraße", "Gartenweg",  "Lindenallee",
                               "Schillerstraße", "Am Markt",      "Ringstraße", "Kirchgasse"};
struct Noun
{
    const char *name;
    quint8 category;
    bool reduced;
    bool apparel;
};
const Noun Nouns[] = {{"Rain Jacket", 0, false, true},   {"Fleece Hoodie", 0, false, true},
                      {"Merino Shirt", 0, false, true},  {"Hiking Socks", 0, false, true},
                      {"Trail Shoes", 1, false, true},   {"Daypack", 2, false, false},
                      {"Dry Bag", 2, false, false},      {"Tent", 3, false, false},
                      {"Sleeping Bag", 3, false, false}, {"Camping Mug", 3, false, false},
                      {"Head Torch", 4, false, false},   {"Water Bottle", 4, false, false},
                      {"Trail Map", 5, true, false},     {"Energy Bar Box", 6, true, false},
                      {"Field Guide", 5, true, false}};
const char *const Adjectives[] = {"Alpine",  "Summit", "Ridge",  "Nordic",  "Canyon",
                                  "Glacier", "Forest", "Harbor", "Coastal", "Urban"};
const char *const Categories[] = {"Clothing",    "Footwear", "Bags", "Camping",
                                  "Accessories", "Books",    "Food"};
const char *const CategorySlugs[] = {"clothing",    "footwear", "bags", "camping",
                                     "accessories", "books",    "food"};
const char *const Sizes[] = {"XS", "S", "M", "L", "XL"};
const char *const Colors[] = {"Black", "Olive", "Navy", "Sand", "Red"};
const char *const RefundReasons[] = {
    "",         "Damaged in transit", "Wrong size",    "Changed mind",
    "Goodwill", "Price adjustment",   "Order returned"};
const char *const Roles[] = {"customer", "administrator", "shop_manager", "subscriber"};
const char *const PaymentIds[] = {"stripe", "ppcp-gateway", "bacs", "cod"};
const char *const PaymentTitles[] = {"Credit card (Stripe)", "PayPal", "Direct bank transfer",
                                     "Cash on delivery"};
const char *const StatusSlugs[] = {"pending",   "processing", "on-hold",
                                   "completed", "cancelled",  "refunded",
                                   "failed",    "trash",      "checkout-draft"};

const WooData::TaxRate TaxRates[] = {
    {1, "", "MwSt.", "DE-MWST.-1", 1900},
    {2, "reduced-rate", "MwSt. (ermäßigt)", "DE-MWST. (ERMÄSSIGT)-2", 700}};

// Half away from zero, in integers.
qint64 divRound(qint64 num, qint64 den)
{
    return num >= 0 ? (2 * num + den) / (2 * den) : -((-2 * num + den) / (2 * den));
}

// Relative order volume of a site-local day: weekend peaks, a swell towards
// December, a summer lull, and growth over the period.
double dayWeight(const QDate &date, double progress)
{
    static const double Weekly[] = {1.0, 0.95, 0.93, 0.97, 1.08, 1.25, 1.2}; // Mon..Sun
    double w = Weekly[date.dayOfWeek() - 1];
    w *= 1.0 + 0.3 * std::cos(2 * M_PI * (date.dayOfYear() - 355) / 365.0);
    if (date.month() == 11 && date.day() >= 24 && date.day() <= 30)
        w *= 2.4;
    return w * (0.6 + 0.4 * progress);
}

qint64 hourOffset(SimRandom &rng)
{
    static const double Hourly[24] = {0.3, 0.2, 0.15, 0.1, 0.1, 0.15, 0.3, 0.5, 0.7, 0.9, 1.0, 1.1,
                                      1.2, 1.2, 1.1,  1.0, 1.0, 1.1,  1.3, 1.5, 1.6, 1.4, 1.0, 0.6};
    double total = 0;
    for (double h : Hourly)
        total += h;
    double x = rng.unit() * total;
    int hour = 23;
    for (int h = 0; h < 24; ++h) {
        x -= Hourly[h];
        if (x < 0) {
            hour = h;
            break;
        }
    }
    return hour * Hour + qint64(rng.below(3600)) * Second;
}
} // namespace

struct WooData::PendingRefund
{
    qint64 createdAt = 0;
    qint32 order = 0;
    std::vector<RefundLineRow> lines;
    qint32 shipping = 0, shippingTax = 0, amount = 0;
    quint8 reason = 0, flags = 0;
};

const char *WooData::statusSlug(quint8 status)
{
    return status < StatusCount ? StatusSlugs[status] : "";
}

std::optional<quint8> WooData::parseStatus(const QByteArray &slug)
{
    QByteArray s = slug.startsWith("wc-") ? slug.mid(3) : slug;
    for (quint8 i = 0; i < StatusCount; ++i)
        if (s == StatusSlugs[i])
            return i;
    return std::nullopt;
}

const WooData::TaxRate &WooData::taxRate(int index)
{
    return TaxRates[std::clamp(index, 0, TaxRateCount - 1)];
}

WooData::WooData(const WooSimConfig &config)
    : m_config(config)
    , m_zone(config.timeZone)
    , m_salt(SimRandom::mix(config.seed, 0x3009))
{
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();
}

qint64 WooData::fromCents(qint64 cents) const
{
    const int dp = m_config.priceDecimals;
    qint64 v = cents;
    if (dp >= 2) {
        for (int i = 2; i < dp; ++i)
            v *= 10;
        return v;
    }
    qint64 div = 1;
    for (int i = dp; i < 2; ++i)
        div *= 10;
    return divRound(v, div);
}

// --- lookups -------------------------------------------------------------------

namespace {
template <typename Rows>
qint32 byId(const Rows &rows, qint64 id)
{
    const auto it = std::lower_bound(rows.begin(), rows.end(), id,
                                     [](const auto &row, qint64 v) { return row.id < v; });
    if (it == rows.end() || it->id != id)
        return -1;
    return qint32(it - rows.begin());
}
} // namespace

qint32 WooData::orderIndex(qint64 id) const
{
    return byId(orders, id);
}

qint32 WooData::refundIndex(qint64 id) const
{
    return byId(refunds, id);
}

qint32 WooData::productIndex(qint64 id) const
{
    return byId(products, id);
}

qint32 WooData::variationIndex(qint64 id) const
{
    // Variations are in product order, and their ids follow their product's.
    return byId(variations, id);
}

qint32 WooData::userIndex(qint64 id) const
{
    return byId(users, id);
}

qint32 WooData::couponIndex(const QByteArray &code) const
{
    const QByteArray c = code.toLower();
    for (qint32 i = 0; i < qint32(coupons.size()); ++i)
        if (coupons[size_t(i)].code == c)
            return i;
    return -1;
}

// --- derived values ------------------------------------------------------------

qint64 WooData::taxOfRate(qint64 amount, int rate) const
{
    return divRound(amount * taxRate(rate).basisPoints, 10000);
}

WooData::LineAmounts WooData::lineAmounts(qint32 line) const
{
    const LineRow &l = lines[size_t(line)];
    LineAmounts a;
    a.subtotal = qint64(l.unitPrice) * l.quantity;
    a.total = a.subtotal - l.discount;
    a.subtotalTax = taxOfRate(a.subtotal, l.taxRate);
    a.totalTax = taxOfRate(a.total, l.taxRate);
    return a;
}

qint64 WooData::shippingTax(qint32 order) const
{
    return taxOfRate(orders[size_t(order)].shipping, StandardRate);
}

WooData::OrderTotals WooData::totals(qint32 order) const
{
    const OrderRow &o = orders[size_t(order)];
    OrderTotals t;
    qint64 linesTotal = 0;
    for (qint32 i = o.firstLine; i < o.firstLine + o.lineCount; ++i) {
        const LineAmounts a = lineAmounts(i);
        t.subtotal += a.subtotal;
        t.discountTotal += a.subtotal - a.total;
        t.discountTax += a.subtotalTax - a.totalTax;
        t.cartTax += a.totalTax;
        linesTotal += a.total;
    }
    t.shipping = o.shipping;
    t.shippingTax = shippingTax(order);
    t.totalTax = t.cartTax + t.shippingTax;
    t.total = linesTotal + t.shipping + t.totalTax;
    return t;
}

qint64 WooData::refundAmount(qint32 refund) const
{
    const RefundRow &r = refunds[size_t(refund)];
    if (r.flags & AmountOnly)
        return r.amount;
    qint64 sum = qint64(r.shipping) + r.shippingTax;
    for (qint32 i = r.firstLine; i < r.firstLine + r.lineCount; ++i)
        sum += qint64(refundLines[size_t(i)].amount) + refundLines[size_t(i)].tax;
    return sum;
}

qint64 WooData::refundTax(qint32 refund) const
{
    const RefundRow &r = refunds[size_t(refund)];
    qint64 sum = r.shippingTax;
    for (qint32 i = r.firstLine; i < r.firstLine + r.lineCount; ++i)
        sum += refundLines[size_t(i)].tax;
    return sum;
}

qint64 WooData::refundedTotal(qint32 order) const
{
    qint64 sum = 0;
    for (qint32 r = orders[size_t(order)].firstRefund; r >= 0; r = refunds[size_t(r)].next)
        sum += refundAmount(r);
    return sum;
}

qint32 WooData::orderOfLine(qint32 line) const
{
    const auto it = std::upper_bound(orders.begin(), orders.end(), line,
                                     [](qint32 l, const OrderRow &o) { return l < o.firstLine; });
    return qint32(it - orders.begin()) - 1;
}

int WooData::refundedQuantity(qint32 line) const
{
    const qint32 order = orderOfLine(line);
    int qty = 0;
    for (qint32 r = orders[size_t(order)].firstRefund; r >= 0; r = refunds[size_t(r)].next) {
        const RefundRow &rr = refunds[size_t(r)];
        for (qint32 i = rr.firstLine; i < rr.firstLine + rr.lineCount; ++i)
            if (refundLines[size_t(i)].line == line)
                qty += refundLines[size_t(i)].quantity;
    }
    return qty;
}

WooData::OrderItems WooData::orderItems(qint32 order) const
{
    const OrderRow &o = orders[size_t(order)];
    OrderItems items;
    qint64 next = qint64(o.firstItemId) + o.lineCount;
    if (o.flags & HasShippingLine)
        items.shippingItemId = next++;
    bool used[TaxRateCount] = {};
    QList<int> rates;
    for (qint32 i = o.firstLine; i < o.firstLine + o.lineCount; ++i) {
        const int rate = lines[size_t(i)].taxRate;
        if (!used[rate]) {
            used[rate] = true;
            rates.append(rate);
        }
    }
    if (shippingTax(order) > 0 && !used[StandardRate])
        rates.append(StandardRate);
    for (int rate : rates)
        items.taxItems.append({rate, next++});
    if (o.coupon)
        items.couponItemId = next++;
    items.count = int(next - o.firstItemId);
    return items;
}

int WooData::itemCount(qint32 order) const
{
    return orderItems(order).count;
}

QList<int> WooData::refundTaxRates(qint32 refund) const
{
    const RefundRow &r = refunds[size_t(refund)];
    bool used[TaxRateCount] = {};
    QList<int> rates;
    for (qint32 i = r.firstLine; i < r.firstLine + r.lineCount; ++i) {
        const RefundLineRow &rl = refundLines[size_t(i)];
        const int rate = lines[size_t(rl.line)].taxRate;
        if (rl.tax != 0 && !used[rate]) {
            used[rate] = true;
            rates.append(rate);
        }
    }
    if (r.shippingTax != 0 && !used[StandardRate])
        rates.append(StandardRate);
    return rates;
}

QString WooData::userFirstName(qint32 user) const
{
    const auto it = userOverrides.constFind(user);
    if (it != userOverrides.constEnd())
        return it->firstName;
    const quint32 s = users[size_t(user)].nameSeed;
    return QString::fromUtf8(FirstNames[s % std::size(FirstNames)].display);
}

QString WooData::userLastName(qint32 user) const
{
    const auto it = userOverrides.constFind(user);
    if (it != userOverrides.constEnd())
        return it->lastName;
    const quint32 s = users[size_t(user)].nameSeed;
    return QString::fromUtf8(LastNames[(s / 31) % std::size(LastNames)].display);
}

QString WooData::userLogin(qint32 user) const
{
    const auto it = userOverrides.constFind(user);
    if (it != userOverrides.constEnd())
        return it->email.section(QLatin1Char('@'), 0, 0).toLower();
    const UserRow &u = users[size_t(user)];
    if (u.role == 1)
        return QStringLiteral("admin");
    return QStringLiteral("%1.%2%3")
        .arg(QLatin1String(FirstNames[u.nameSeed % std::size(FirstNames)].ascii),
             QLatin1String(LastNames[(u.nameSeed / 31) % std::size(LastNames)].ascii))
        .arg(u.id);
}

QString WooData::userEmail(qint32 user) const
{
    const auto it = userOverrides.constFind(user);
    if (it != userOverrides.constEnd())
        return it->email;
    return userLogin(user) + QStringLiteral("@example.com");
}

WooData::Billing WooData::billing(qint32 order) const
{
    const auto it = billingOverrides.constFind(order);
    if (it != billingOverrides.constEnd())
        return *it;
    const OrderRow &o = orders[size_t(order)];
    Billing b;
    if (o.customer >= 0) {
        b.email = userEmail(o.customer);
        b.firstName = userFirstName(o.customer);
        b.lastName = userLastName(o.customer);
        return b;
    }
    const quint32 person = o.guest / 2;
    const quint64 s = SimRandom::mix(m_salt, 0x6e57, person);
    const Name &first = FirstNames[s % std::size(FirstNames)];
    const Name &last = LastNames[(s / 101) % std::size(LastNames)];
    b.firstName = QString::fromUtf8(first.display);
    b.lastName = QString::fromUtf8(last.display);
    QString local = QStringLiteral("%1.%2%3")
                        .arg(QLatin1String(first.ascii), QLatin1String(last.ascii))
                        .arg(person % 97);
    QString domain = QStringLiteral("example.net");
    if (o.guest % 2) { // the same person typing it differently
        local[0] = local[0].toUpper();
        const qsizetype dot = local.indexOf(QLatin1Char('.'));
        if (dot >= 0 && dot + 1 < local.size())
            local[dot + 1] = local[dot + 1].toUpper();
        domain = QStringLiteral("Example.net");
    }
    b.email = local + QLatin1Char('@') + domain;
    return b;
}

WooData::Address WooData::address(quint64 seed) const
{
    const quint64 s = SimRandom::mix(m_salt, 0xadd7, seed);
    const City &c = Cities[s % std::size(Cities)];
    Address a;
    a.address1 = QStringLiteral("%1 %2")
                     .arg(QString::fromUtf8(Streets[(s / 13) % std::size(Streets)]))
                     .arg(1 + (s / 131) % 120);
    a.city = QString::fromUtf8(c.name);
    a.postcode = QString::fromLatin1(c.postcode);
    a.country = c.country;
    a.state = c.state;
    a.phone = QString::fromLatin1(c.phonePrefix) +
              QStringLiteral("%1").arg((s / 1009) % 10'000'000, 7, 10, QLatin1Char('0'));
    return a;
}

quint64 WooData::orderAddressSeed(qint32 order) const
{
    const OrderRow &o = orders[size_t(order)];
    if (o.customer >= 0)
        return userAddressSeed(o.customer);
    return 0x100000000ull + o.guest / 2;
}

quint64 WooData::userAddressSeed(qint32 user) const
{
    return quint64(users[size_t(user)].id);
}

const char *WooData::sizeName(quint8 size)
{
    return Sizes[size % std::size(Sizes)];
}

const char *WooData::colorName(quint8 color)
{
    return Colors[color % std::size(Colors)];
}

const char *WooData::categoryName(quint8 category)
{
    return Categories[category % std::size(Categories)];
}

const char *WooData::categorySlug(quint8 category)
{
    return CategorySlugs[category % std::size(CategorySlugs)];
}

QString WooData::refundReason(quint8 reason)
{
    return QString::fromLatin1(RefundReasons[reason % std::size(RefundReasons)]);
}

const char *WooData::roleName(quint8 role)
{
    return Roles[role % std::size(Roles)];
}

const char *WooData::paymentMethod(quint8 payment)
{
    return PaymentIds[payment % std::size(PaymentIds)];
}

const char *WooData::paymentTitle(quint8 payment)
{
    return PaymentTitles[payment % std::size(PaymentTitles)];
}

QString WooData::variationAttributes(qint32 variation) const
{
    const VariationRow &v = variations[size_t(variation)];
    return QStringLiteral("%1, %2").arg(QLatin1String(sizeName(v.size)),
                                        QLatin1String(colorName(v.color)));
}

QString WooData::lineName(qint32 line) const
{
    const LineRow &l = lines[size_t(line)];
    const QString name = products[size_t(l.product)].name;
    if (l.variation < 0)
        return name;
    return name + QStringLiteral(" - ") + variationAttributes(l.variation);
}

QByteArray WooData::lineSku(qint32 line) const
{
    const LineRow &l = lines[size_t(line)];
    return l.variation >= 0 ? variations[size_t(l.variation)].sku : products[size_t(l.product)].sku;
}

qint64 WooData::productPrice(qint32 product) const
{
    const ProductRow &p = products[size_t(product)];
    if (p.type == 0)
        return p.salePrice >= 0 ? p.salePrice : p.price;
    qint64 lowest = std::numeric_limits<qint64>::max();
    for (qint32 v = p.firstVariation; v < p.firstVariation + p.variationCount; ++v) {
        const VariationRow &row = variations[size_t(v)];
        lowest = std::min<qint64>(lowest, row.salePrice >= 0 ? row.salePrice : row.price);
    }
    return lowest == std::numeric_limits<qint64>::max() ? 0 : lowest;
}

bool WooData::variationManagesViaParent(qint32 v) const
{
    const VariationRow &row = variations[size_t(v)];
    return !row.manageStock && products[size_t(row.product)].manageStock;
}

bool WooData::fullyRefunded(qint32 order) const
{
    return refundedTotal(order) >= totals(order).total;
}

// --- generation ----------------------------------------------------------------

void WooData::generate()
{
    if (!m_config.generateCatalog) {
        makeUser(m_config.dataEndMs - 900 * Day, 0, 1, 0); // the site's administrator
        return;
    }
    makeCatalog();
    makeUsers();
    makeOrders();
}

qint32 WooData::makeUser(qint64 createdAt, quint32 nameSeed, quint8 role, quint8 country)
{
    UserRow u;
    u.createdAt = u.modifiedAt = createdAt / Second * Second;
    u.id = m_nextUserId++;
    u.nameSeed = nameSeed;
    u.role = role;
    u.country = country;
    users.push_back(u);
    return qint32(users.size()) - 1;
}

void WooData::makeCatalog()
{
    SimRandom rng(SimRandom::mix(m_config.seed, 0xca7a));
    const qint64 end = m_config.dataEndMs;
    const qint64 start = end - qint64(m_config.historyDays) * Day;

    static const struct
    {
        const char *code;
        bool percent;
        int amount; // percent, or cents
    } Coupons[] = {{"welcome10", true, 10},
                   {"summer15", true, 15},
                   {"fiveoff", false, 500},
                   {"vip20", true, 20},
                   {"bundle12", false, 1200}};
    for (const auto &c : Coupons) {
        CouponRow row;
        row.code = c.code;
        row.percent = c.percent;
        row.amount = c.percent ? c.amount : qint32(fromCents(c.amount));
        row.createdAt = (start - Day * rng.range(10, 200)) / Second * Second;
        row.id = nextPostId();
        coupons.push_back(row);
    }

    const int productCount = std::clamp(m_config.orders / 150, 12, 600);
    const int base = int(std::size(Adjectives) * std::size(Nouns));
    for (int p = 0; p < productCount; ++p) {
        ProductRow row;
        const int nounIndex = int(rng.below(std::size(Nouns)));
        const Noun &noun = Nouns[nounIndex];
        row.name = QStringLiteral("%1 %2").arg(
            QLatin1String(Adjectives[rng.below(std::size(Adjectives))]), QLatin1String(noun.name));
        if (p >= base / 3)
            row.name += QStringLiteral(" %1").arg(p);
        row.slug = row.name.toLower().replace(QLatin1Char(' '), QLatin1Char('-')).toUtf8();
        const bool withoutSku = rng.chance(0.1); // drawn always: the same shop either way
        row.sku = p < m_config.sharedSkus.size() ? m_config.sharedSkus[p]
                  : withoutSku                   ? QByteArray()
                                                 : "AO-" + QByteArray::number(1000 + p);
        row.category = noun.category;
        row.taxRate = noun.reduced ? 1 : 0;
        row.createdAt = (start - Day * rng.range(30, 400) - qint64(rng.below(86400)) * Second) /
                        Second * Second;
        row.modifiedAt = (row.createdAt + (end - row.createdAt) / 1000 * qint64(rng.below(1000))) /
                         Second * Second;
        const double st = rng.unit();
        row.status = st < 0.92 ? 0 : st < 0.97 ? 1 : 2;
        const qint64 cents = 590 + qint64(rng.below(140)) * 100;
        const double ending = rng.unit();
        row.price = qint32(fromCents(cents + (ending < 0.5 ? 0 : ending < 0.8 ? 5 : -10)));
        if (rng.chance(0.08))
            row.salePrice = qint32(fromCents(cents * 8 / 10));
        row.id = nextPostId();
        row.imageId = nextPostId();
        if (noun.apparel && rng.chance(0.6)) {
            row.type = 1;
            row.manageStock = rng.chance(0.3);
            row.stock = row.manageStock ? qint32(rng.range(0, 200)) : 0;
            row.firstVariation = qint32(variations.size());
            const int count = int(rng.range(2, 5));
            const quint8 color0 = quint8(rng.below(std::size(Colors)));
            for (int v = 0; v < count; ++v) {
                VariationRow vr;
                vr.product = p;
                vr.size = quint8(v % std::size(Sizes));
                vr.color = quint8((color0 + v / std::size(Sizes)) % std::size(Colors));
                vr.price =
                    v >= 3 && rng.chance(0.5) ? row.price + qint32(fromCents(500)) : row.price;
                if (row.salePrice >= 0)
                    vr.salePrice = row.salePrice;
                vr.manageStock = row.manageStock ? rng.chance(0.3) : rng.chance(0.5);
                vr.stock = vr.manageStock ? qint32(rng.range(0, 60)) : 0;
                vr.outOfStock = !vr.manageStock && rng.chance(0.05);
                vr.sku = row.sku.isEmpty() ? QByteArray()
                                           : row.sku + '-' + sizeName(vr.size) + '-' +
                                                 QByteArray(colorName(vr.color)).toUpper().left(3);
                vr.createdAt = row.createdAt + Second * (v + 1);
                vr.modifiedAt =
                    std::max(vr.createdAt, row.modifiedAt - Second * qint64(rng.below(3600)));
                vr.id = nextPostId();
                vr.imageId = row.imageId;
                variations.push_back(vr);
            }
            row.variationCount = quint16(count);
        } else {
            row.manageStock = rng.chance(0.6);
            row.stock = row.manageStock ? (rng.chance(0.05) ? 0 : qint32(rng.range(1, 150))) : 0;
            row.outOfStock = !row.manageStock && rng.chance(0.05);
        }
        products.push_back(row);
    }
}

qint32 WooData::pickProduct(double unit)
{
    if (m_popularityFor != products.size()) {
        m_popularity.clear();
        m_sellable.clear();
        double cumulative = 0;
        for (qint32 p = 0; p < qint32(products.size()); ++p) {
            const ProductRow &row = products[size_t(p)];
            if (row.status != 0 || (row.type == 1 && row.variationCount == 0))
                continue;
            // Zipf-like by a stable pseudo-rank, independent of creation order.
            const double rank = double(SimRandom::mix(m_salt, 0x9091, quint64(p)) % 997 + 1);
            cumulative += 1.0 / std::pow(rank, 0.9);
            m_popularity.push_back(cumulative);
            m_sellable.push_back(p);
        }
        m_popularityFor = products.size();
    }
    if (m_sellable.empty())
        return -1;
    const double x = unit * m_popularity.back();
    const auto it = std::upper_bound(m_popularity.begin(), m_popularity.end(), x);
    const size_t i = std::min(size_t(it - m_popularity.begin()), m_sellable.size() - 1);
    return m_sellable[i];
}

void WooData::makeUsers()
{
    SimRandom rng(SimRandom::mix(m_config.seed, 0x05e7));
    const qint64 end = m_config.dataEndMs;
    const qint64 start = end - qint64(m_config.historyDays) * Day;
    makeUser(start - 900 * Day, 0, 1, 0);                   // admin
    makeUser(start - 400 * Day, quint32(rng.next()), 2, 0); // shop manager
    const int count = std::max(5, m_config.orders / 4);
    std::vector<qint64> times(static_cast<size_t>(count));
    const qint64 from = start - 180 * Day;
    for (qint64 &t : times)
        t = from + qint64(rng.unit() * double(end - from));
    std::sort(times.begin(), times.end());
    for (qint64 t : times)
        makeUser(t, quint32(rng.next()), rng.chance(0.04) ? 3 : 0, quint8(rng.below(10)));
}

void WooData::priceLines(qint32 order)
{
    OrderRow &o = orders[size_t(order)];
    for (qint32 i = o.firstLine; i < o.firstLine + o.lineCount; ++i)
        lines[size_t(i)].discount = 0;
    applyCoupon(order);
}

void WooData::applyCoupon(qint32 order)
{
    const OrderRow &o = orders[size_t(order)];
    if (!o.coupon)
        return;
    const CouponRow &c = coupons[size_t(o.coupon - 1)];
    qint64 sum = 0;
    for (qint32 i = o.firstLine; i < o.firstLine + o.lineCount; ++i)
        sum += qint64(lines[size_t(i)].unitPrice) * lines[size_t(i)].quantity;
    if (sum <= 0)
        return;
    if (c.percent) {
        for (qint32 i = o.firstLine; i < o.firstLine + o.lineCount; ++i) {
            LineRow &l = lines[size_t(i)];
            l.discount = qint32(divRound(qint64(l.unitPrice) * l.quantity * c.amount, 100));
        }
        return;
    }
    // Fixed cart: shared in proportion to the lines' subtotals, the cents
    // left over one by one from the first line, as WooCommerce spreads them.
    const qint64 amount = std::min<qint64>(c.amount, sum);
    qint64 given = 0;
    for (qint32 i = o.firstLine; i < o.firstLine + o.lineCount; ++i) {
        LineRow &l = lines[size_t(i)];
        l.discount = qint32(amount * qint64(l.unitPrice) * l.quantity / sum);
        given += l.discount;
    }
    for (qint32 i = o.firstLine; given < amount;
         i = i + 1 < o.firstLine + o.lineCount ? i + 1 : o.firstLine) {
        LineRow &l = lines[size_t(i)];
        if (l.discount < qint64(l.unitPrice) * l.quantity) {
            ++l.discount;
            ++given;
        }
    }
}

void WooData::chooseShipping(qint32 order, qint64 fixedShipping)
{
    OrderRow &o = orders[size_t(order)];
    o.flags |= HasShippingLine;
    if (fixedShipping >= 0) {
        o.shipping = qint32(fixedShipping);
        if (fixedShipping == 0)
            o.flags |= FreeShipping;
        return;
    }
    qint64 net = 0;
    for (qint32 i = o.firstLine; i < o.firstLine + o.lineCount; ++i)
        net += lineAmounts(i).total;
    if (net >= fromCents(5000)) {
        o.shipping = 0;
        o.flags |= FreeShipping;
    } else {
        o.shipping = qint32(fromCents(490));
    }
}

qint32 WooData::buildOrder(qint64 createdAt, quint64 seed, qint32 customer, quint32 guest)
{
    SimRandom rng(seed);
    OrderRow o;
    o.createdAt = o.modifiedAt = createdAt / Second * Second;
    o.customer = customer;
    o.guest = guest;
    o.firstLine = qint32(lines.size());
    const double r = rng.unit();
    const int lineCount = r < 0.45 ? 1 : r < 0.75 ? 2 : r < 0.9 ? 3 : 4;
    qint32 used[4];
    int made = 0;
    for (int i = 0; i < lineCount; ++i) {
        qint32 p = -1;
        for (int attempt = 0; attempt < 4; ++attempt) {
            p = pickProduct(rng.unit());
            if (std::find(used, used + made, p) == used + made)
                break;
        }
        if (p < 0 || std::find(used, used + made, p) != used + made)
            continue;
        used[made++] = p;
        const ProductRow &pr = products[size_t(p)];
        LineRow l;
        l.product = p;
        l.taxRate = pr.taxRate;
        if (pr.type == 1) {
            l.variation = pr.firstVariation + qint32(rng.below(pr.variationCount));
            const VariationRow &v = variations[size_t(l.variation)];
            l.unitPrice = v.salePrice >= 0 ? v.salePrice : v.price;
        } else {
            l.unitPrice = pr.salePrice >= 0 ? pr.salePrice : pr.price;
        }
        const double q = rng.unit();
        l.quantity = q < 0.7 ? 1 : q < 0.9 ? 2 : int(rng.range(3, 4));
        lines.push_back(l);
    }
    o.lineCount = quint16(made);
    if (!coupons.empty() && rng.chance(0.12))
        o.coupon = quint8(1 + rng.below(coupons.size()));
    const double pay = rng.unit();
    o.payment = pay < 0.55 ? 0 : pay < 0.85 ? 1 : pay < 0.95 ? 2 : 3;
    orders.push_back(o);
    const qint32 idx = qint32(orders.size()) - 1;
    priceLines(idx);
    chooseShipping(idx, -1);
    return idx;
}

void WooData::assignOrderIds(qint32 order)
{
    OrderRow &o = orders[size_t(order)];
    o.id = nextPostId();
    o.firstItemId = m_nextItemId;
    m_nextItemId += itemCount(order);
}

void WooData::linkRefund(qint32 refund)
{
    RefundRow &r = refunds[size_t(refund)];
    OrderRow &o = orders[size_t(r.order)];
    if (o.firstRefund < 0) {
        o.firstRefund = refund;
        return;
    }
    qint32 x = o.firstRefund;
    while (refunds[size_t(x)].next >= 0)
        x = refunds[size_t(x)].next;
    refunds[size_t(x)].next = refund;
}

void WooData::noteOrderForUser(qint32 order)
{
    const OrderRow &o = orders[size_t(order)];
    if (o.customer < 0 || (o.flags & Deleted))
        return;
    UserRow &u = users[size_t(o.customer)];
    u.modifiedAt = std::max(u.modifiedAt, o.createdAt);
    if (o.paidAt)
        u.paying = true;
}

void WooData::makeOrders()
{
    const qint64 end = m_config.dataEndMs / Second * Second;
    const qint64 start = end - qint64(m_config.historyDays) * Day;
    SimRandom rng(SimRandom::mix(m_config.seed, 0x0dd5));

    // Creation times, spread over site-local days by weight.
    const QDate firstDay = QDateTime::fromMSecsSinceEpoch(start, m_zone).date();
    const QDate lastDay = QDateTime::fromMSecsSinceEpoch(end - 1, m_zone).date();
    const int dayCount = int(firstDay.daysTo(lastDay)) + 1;
    std::vector<double> cumulative(static_cast<size_t>(dayCount));
    std::vector<qint64> dayStart(static_cast<size_t>(dayCount) + 1);
    double total = 0;
    for (int d = 0; d < dayCount; ++d) {
        const QDate date = firstDay.addDays(d);
        total += dayWeight(date, double(d) / dayCount);
        cumulative[size_t(d)] = total;
        dayStart[size_t(d)] = QDateTime(date, QTime(0, 0), m_zone).toMSecsSinceEpoch();
    }
    dayStart[size_t(dayCount)] =
        QDateTime(lastDay.addDays(1), QTime(0, 0), m_zone).toMSecsSinceEpoch();
    std::vector<qint64> times;
    times.reserve(size_t(m_config.orders));
    for (int i = 0; i < m_config.orders; ++i) {
        const double x = rng.unit() * total;
        const size_t d = std::min(
            size_t(std::upper_bound(cumulative.begin(), cumulative.end(), x) - cumulative.begin()),
            size_t(dayCount - 1));
        const qint64 length = dayStart[d + 1] - dayStart[d];
        qint64 t = dayStart[d] + hourOffset(rng) % length;
        t = std::clamp(t, start, end - Second);
        times.push_back(t / Second * Second);
    }
    std::sort(times.begin(), times.end());

    orders.reserve(times.size());
    lines.reserve(times.size() * 2);
    std::vector<PendingRefund> pending;
    std::vector<quint32> guestPeople;
    const qint32 firstCustomer = 2; // after the admin and the shop manager
    for (size_t i = 0; i < times.size(); ++i) {
        const qint64 created = times[i];
        // Registered customers who had an account by then, or a guest.
        const auto registered =
            std::upper_bound(users.begin() + firstCustomer, users.end(), created,
                             [](qint64 t, const UserRow &u) { return t < u.createdAt; });
        const qint32 known = qint32(registered - users.begin()) - firstCustomer;
        qint32 customer = -1;
        quint32 guest = 0;
        if (known > 0 && rng.chance(0.62)) {
            customer = firstCustomer + qint32(rng.below(quint64(known)));
            if (users[size_t(customer)].role != 0)
                customer = firstCustomer + qint32(rng.below(quint64(known)));
        } else {
            quint32 person;
            if (!guestPeople.empty() && rng.chance(0.25))
                person = guestPeople[rng.below(guestPeople.size())];
            else
                guestPeople.push_back(person = m_guestPeople++);
            guest = person * 2 + (rng.chance(0.3) ? 1 : 0);
        }
        const qint32 idx = buildOrder(created, rng.next(), customer, guest);
        OrderRow &o = orders[size_t(idx)];
        if (o.lineCount == 0) {
            o.status = Cancelled;
            continue;
        }
        const qint64 age = end - created;
        const double s = rng.unit();
        auto later = [&](qint64 from, qint64 lo, qint64 hi) {
            return std::min(end,
                            from + lo + qint64(rng.below(quint64(std::max<qint64>(1, hi - lo))))) /
                   Second * Second;
        };
        if (s < 0.004) {
            o.flags |= Deleted;
            o.status = Completed;
        } else if (s < 0.009) {
            o.status = CheckoutDraft;
            o.flags |= ViaStoreApi;
        } else if (s < 0.039) {
            o.status = Failed;
            o.modifiedAt = later(created, 10 * Second, 10 * Minute);
        } else if (s < 0.069) {
            o.status = Cancelled;
            o.modifiedAt = later(created, Hour, 3 * Day);
        } else if (s < 0.084 || (s < 0.1 && age < 3 * Day)) {
            o.status = Pending;
        } else if (s < 0.1 && age < 14 * Day) {
            o.status = OnHold;
            o.payment = 2; // bank transfer awaiting payment
            o.modifiedAt = later(created, 5 * Second, Minute);
        } else {
            o.paidAt = later(created, 5 * Second, 2 * Minute);
            const qint64 completeAt = later(o.paidAt, 12 * Hour, 4 * Day);
            if (completeAt < end && age > 2 * Day) {
                o.status = Completed;
                o.completedAt = completeAt;
            } else {
                o.status = Processing;
            }
            o.modifiedAt = std::max(o.paidAt, o.completedAt);
        }
        // Refunds of completed orders, a few days later.
        if (o.status == Completed && !(o.flags & Deleted)) {
            const double rr = rng.unit();
            const qint64 when = later(o.completedAt, Day, 20 * Day);
            if (rr < 0.08 && when < end) {
                PendingRefund pr;
                pr.createdAt = when;
                pr.order = idx;
                pr.flags = rng.chance(0.9) ? RefundedPayment : 0;
                if (rr < 0.04) { // some units of one line
                    const qint32 line = o.firstLine + qint32(rng.below(o.lineCount));
                    const LineAmounts a = lineAmounts(line);
                    const int qty = lines[size_t(line)].quantity;
                    const int q = qty > 1 && rng.chance(0.5) ? 1 : qty;
                    pr.lines.push_back({line, qint32(divRound(a.total * q, qty)),
                                        qint32(divRound(a.totalTax * q, qty)), q});
                    pr.reason = quint8(1 + rng.below(3));
                } else if (rr < 0.055) { // an amount, no items
                    const qint64 orderTotal = totals(idx).total;
                    const qint64 unit = fromCents(100);
                    qint64 amount = orderTotal * qint64(10 + rng.below(20)) / 100 / unit * unit;
                    amount = std::clamp<qint64>(amount, std::min(unit, orderTotal), orderTotal);
                    pr.amount = qint32(amount);
                    pr.flags |= AmountOnly;
                    pr.reason = quint8(4 + rng.below(2));
                } else { // everything, shipping included
                    for (qint32 line = o.firstLine; line < o.firstLine + o.lineCount; ++line) {
                        const LineAmounts a = lineAmounts(line);
                        pr.lines.push_back({line, qint32(a.total), qint32(a.totalTax),
                                            lines[size_t(line)].quantity});
                    }
                    pr.shipping = o.shipping;
                    pr.shippingTax = qint32(shippingTax(idx));
                    pr.reason = 6;
                    o.status = Refunded;
                }
                o.modifiedAt = std::max(o.modifiedAt, when);
                pending.push_back(std::move(pr));
            }
        }
        if ((o.status == Completed || o.status == Cancelled) && rng.chance(0.006)) {
            o.trashedFrom = o.status;
            o.status = Trash;
            o.modifiedAt = later(o.modifiedAt, Hour, 30 * Day);
        }
    }

    std::stable_sort(
        pending.begin(), pending.end(),
        [](const PendingRefund &a, const PendingRefund &b) { return a.createdAt < b.createdAt; });
    for (PendingRefund &pr : pending) {
        RefundRow r;
        r.createdAt = pr.createdAt;
        r.order = pr.order;
        r.firstLine = qint32(refundLines.size());
        r.lineCount = quint16(pr.lines.size());
        r.amount = pr.amount;
        r.shipping = pr.shipping;
        r.shippingTax = pr.shippingTax;
        r.reason = pr.reason;
        r.flags = pr.flags;
        refundLines.insert(refundLines.end(), pr.lines.begin(), pr.lines.end());
        refunds.push_back(r);
        linkRefund(qint32(refunds.size()) - 1);
    }

    // Ids in the order things happened: orders and refunds share the posts
    // sequence, their items the order-items sequence.
    size_t r = 0;
    for (qint32 o = 0; o < qint32(orders.size()); ++o) {
        while (r < refunds.size() && refunds[r].createdAt < orders[size_t(o)].createdAt) {
            RefundRow &rr = refunds[r];
            rr.id = nextPostId();
            rr.firstItemId = m_nextItemId;
            m_nextItemId +=
                rr.lineCount + (rr.shipping ? 1 : 0) + int(refundTaxRates(qint32(r)).size());
            ++r;
        }
        assignOrderIds(o);
    }
    for (; r < refunds.size(); ++r) {
        RefundRow &rr = refunds[r];
        rr.id = nextPostId();
        rr.firstItemId = m_nextItemId;
        m_nextItemId +=
            rr.lineCount + (rr.shipping ? 1 : 0) + int(refundTaxRates(qint32(r)).size());
    }

    for (qint32 o = 0; o < qint32(orders.size()); ++o) {
        const OrderRow &row = orders[size_t(o)];
        if (row.flags & Deleted)
            continue;
        noteOrderForUser(o);
        if (row.paidAt)
            for (qint32 i = row.firstLine; i < row.firstLine + row.lineCount; ++i)
                products[size_t(lines[size_t(i)].product)].totalSales += lines[size_t(i)].quantity;
    }
}

// --- mutations ---------------------------------------------------------------------

QList<qint64> WooData::addOrders(int count, qint64 nowMs)
{
    QList<qint64> ids;
    nowMs = nowMs / Second * Second;
    for (int i = 0; i < count; ++i) {
        SimRandom rng(SimRandom::mix(m_config.seed, 0xadd, quint64(m_addedOrders++)));
        qint32 customer = -1;
        quint32 guest = 0;
        qint32 customers = 0;
        for (const UserRow &u : users)
            customers += u.role == 0 ? 1 : 0;
        if (customers > 0 && rng.chance(0.55)) {
            for (qint32 pick = qint32(rng.below(quint64(customers))), u = 0;
                 u < qint32(users.size()); ++u)
                if (users[size_t(u)].role == 0 && pick-- == 0) {
                    customer = u;
                    break;
                }
        } else if (rng.chance(0.3)) {
            customer = makeUser(nowMs, quint32(rng.next()), 0, quint8(rng.below(10)));
        } else {
            guest = (m_guestPeople++) * 2 + (rng.chance(0.3) ? 1 : 0);
        }
        const qint32 idx = buildOrder(nowMs, rng.next(), customer, guest);
        OrderRow &o = orders[size_t(idx)];
        const double s = rng.unit();
        if (o.lineCount == 0 || s < 0.1) {
            o.status = Pending;
        } else if (s < 0.15) {
            o.status = OnHold;
            o.payment = 2;
        } else {
            o.status = Processing;
            o.paidAt = nowMs;
        }
        o.modifiedAt = nowMs;
        assignOrderIds(idx);
        noteOrderForUser(idx);
        ids.append(orders[size_t(idx)].id);
    }
    return ids;
}

std::optional<qint64> WooData::addOrder(const WooOrderRequest &request, qint64 nowMs,
                                        QString *error)
{
    nowMs = nowMs / Second * Second;
    const auto status = parseStatus(request.status);
    if (!status || *status == Trash) {
        *error = QStringLiteral("unknown or unsupported status");
        return std::nullopt;
    }
    qint32 customer = -1;
    if (request.customerId) {
        customer = userIndex(request.customerId);
        if (customer < 0) {
            *error = QStringLiteral("no such customer");
            return std::nullopt;
        }
    } else if (request.guestEmail.isEmpty()) {
        *error = QStringLiteral("a guest order needs an e-mail address");
        return std::nullopt;
    }
    qint32 coupon = -1;
    if (!request.couponCode.isEmpty() && (coupon = couponIndex(request.couponCode)) < 0) {
        *error = QStringLiteral("no such coupon");
        return std::nullopt;
    }
    std::vector<LineRow> made;
    for (const WooOrderLineRequest &lr : request.lines) {
        const qint32 p = productIndex(lr.productId);
        if (p < 0 || lr.quantity <= 0) {
            *error = QStringLiteral("no such product, or no quantity");
            return std::nullopt;
        }
        const ProductRow &pr = products[size_t(p)];
        LineRow l;
        l.product = p;
        l.taxRate = pr.taxRate;
        l.quantity = lr.quantity;
        if (pr.type == 1) {
            const qint32 v = variationIndex(lr.variationId);
            if (v < 0 || variations[size_t(v)].product != p) {
                *error = QStringLiteral("a variable product needs one of its variations");
                return std::nullopt;
            }
            l.variation = v;
            l.unitPrice = variations[size_t(v)].salePrice >= 0 ? variations[size_t(v)].salePrice
                                                               : variations[size_t(v)].price;
        } else {
            l.unitPrice = pr.salePrice >= 0 ? pr.salePrice : pr.price;
        }
        made.push_back(l);
    }
    if (made.empty()) {
        *error = QStringLiteral("an order needs at least one line");
        return std::nullopt;
    }
    OrderRow o;
    o.createdAt = (request.createdAtMs ? request.createdAtMs : nowMs) / Second * Second;
    o.modifiedAt = std::max(o.createdAt, nowMs);
    o.customer = customer;
    o.firstLine = qint32(lines.size());
    o.lineCount = quint16(made.size());
    o.coupon = quint8(coupon + 1);
    o.status = *status;
    o.payment = 0;
    for (quint8 i = 0; i < 4; ++i)
        if (request.paymentMethod == paymentMethod(i))
            o.payment = i;
    if (o.status == Processing || o.status == Completed || o.status == Refunded)
        o.paidAt = o.createdAt;
    if (o.status == Completed || o.status == Refunded)
        o.completedAt = o.createdAt;
    if (o.status == CheckoutDraft)
        o.flags |= ViaStoreApi;
    lines.insert(lines.end(), made.begin(), made.end());
    orders.push_back(o);
    const qint32 idx = qint32(orders.size()) - 1;
    priceLines(idx);
    chooseShipping(idx, request.shipping);
    if (customer < 0)
        billingOverrides.insert(
            idx, {request.guestEmail, request.guestFirstName, request.guestLastName});
    assignOrderIds(idx);
    noteOrderForUser(idx);
    return orders[size_t(idx)].id;
}

std::optional<qint64> WooData::addRefund(qint64 orderId, const QList<WooRefundLineRequest> &request,
                                         bool refundShipping, const QString &reason, qint64 nowMs,
                                         QString *error)
{
    nowMs = nowMs / Second * Second;
    const qint32 o = orderIndex(orderId);
    if (o < 0 || !orderVisible(o)) {
        *error = QStringLiteral("no such order");
        return std::nullopt;
    }
    OrderRow &order = orders[size_t(o)];
    if (order.status != Processing && order.status != Completed && order.status != OnHold) {
        *error = QStringLiteral("only processing, completed or on-hold orders are refunded here");
        return std::nullopt;
    }
    std::vector<RefundLineRow> made;
    for (const WooRefundLineRequest &req : request) {
        const qint32 k = qint32(req.lineItemId - order.firstItemId);
        if (k < 0 || k >= order.lineCount) {
            *error = QStringLiteral("line item is not on this order");
            return std::nullopt;
        }
        const qint32 line = order.firstLine + k;
        const int qty = lines[size_t(line)].quantity;
        const int already = refundedQuantity(line);
        if (req.quantity <= 0 || already + req.quantity > qty) {
            *error = QStringLiteral("refund quantity exceeds what is left on the line");
            return std::nullopt;
        }
        const LineAmounts a = lineAmounts(line);
        RefundLineRow rl;
        rl.line = line;
        rl.quantity = req.quantity;
        if (already + req.quantity == qty) { // the rest, so a line refunds exactly its total
            qint64 prevAmount = 0, prevTax = 0;
            for (qint32 x = order.firstRefund; x >= 0; x = refunds[size_t(x)].next) {
                const RefundRow &pr = refunds[size_t(x)];
                for (qint32 i = pr.firstLine; i < pr.firstLine + pr.lineCount; ++i)
                    if (refundLines[size_t(i)].line == line) {
                        prevAmount += refundLines[size_t(i)].amount;
                        prevTax += refundLines[size_t(i)].tax;
                    }
            }
            rl.amount = qint32(a.total - prevAmount);
            rl.tax = qint32(a.totalTax - prevTax);
        } else {
            rl.amount = qint32(divRound(a.total * req.quantity, qty));
            rl.tax = qint32(divRound(a.totalTax * req.quantity, qty));
        }
        made.push_back(rl);
    }
    RefundRow r;
    r.createdAt = nowMs;
    r.order = o;
    r.flags = RefundedPayment;
    if (refundShipping) {
        qint64 done = 0;
        for (qint32 x = order.firstRefund; x >= 0; x = refunds[size_t(x)].next)
            done += refunds[size_t(x)].shipping;
        if (done == 0) {
            r.shipping = order.shipping;
            r.shippingTax = qint32(shippingTax(o));
        }
    }
    if (made.empty() && r.shipping == 0) {
        *error = QStringLiteral("nothing to refund");
        return std::nullopt;
    }
    qint64 amount = qint64(r.shipping) + r.shippingTax;
    for (const RefundLineRow &rl : made)
        amount += qint64(rl.amount) + rl.tax;
    if (amount > totals(o).total - refundedTotal(o)) {
        *error = QStringLiteral("refund exceeds what is left to refund");
        return std::nullopt;
    }
    r.firstLine = qint32(refundLines.size());
    r.lineCount = quint16(made.size());
    refundLines.insert(refundLines.end(), made.begin(), made.end());
    r.id = nextPostId();
    refunds.push_back(r);
    const qint32 ri = qint32(refunds.size()) - 1;
    refunds[size_t(ri)].firstItemId = m_nextItemId;
    m_nextItemId += r.lineCount + (r.shipping ? 1 : 0) + int(refundTaxRates(ri).size());
    if (!reason.isEmpty())
        refundReasons.insert(ri, reason);
    linkRefund(ri);
    if (fullyRefunded(o))
        order.status = Refunded;
    order.modifiedAt = std::max(order.modifiedAt, nowMs);
    return refunds[size_t(ri)].id;
}

std::optional<qint64> WooData::addAmountRefund(qint64 orderId, qint64 amount, const QString &reason,
                                               qint64 nowMs, QString *error)
{
    nowMs = nowMs / Second * Second;
    const qint32 o = orderIndex(orderId);
    if (o < 0 || !orderVisible(o)) {
        *error = QStringLiteral("no such order");
        return std::nullopt;
    }
    OrderRow &order = orders[size_t(o)];
    if (order.status != Processing && order.status != Completed && order.status != OnHold) {
        *error = QStringLiteral("only processing, completed or on-hold orders are refunded here");
        return std::nullopt;
    }
    if (amount <= 0 || amount > totals(o).total - refundedTotal(o)) {
        *error = QStringLiteral("Invalid refund amount.");
        return std::nullopt;
    }
    RefundRow r;
    r.createdAt = nowMs;
    r.order = o;
    r.amount = qint32(amount);
    r.flags = AmountOnly | RefundedPayment;
    r.firstLine = qint32(refundLines.size());
    r.id = nextPostId();
    r.firstItemId = m_nextItemId;
    refunds.push_back(r);
    const qint32 ri = qint32(refunds.size()) - 1;
    if (!reason.isEmpty())
        refundReasons.insert(ri, reason);
    linkRefund(ri);
    if (fullyRefunded(o))
        order.status = Refunded;
    order.modifiedAt = std::max(order.modifiedAt, nowMs);
    return r.id;
}

bool WooData::setStatus(qint64 orderId, const QByteArray &slug, qint64 nowMs, QString *error)
{
    nowMs = nowMs / Second * Second;
    const qint32 o = orderIndex(orderId);
    const auto status = parseStatus(slug);
    if (o < 0 || !orderVisible(o)) {
        *error = QStringLiteral("no such order");
        return false;
    }
    if (!status || *status == Trash) {
        *error = QStringLiteral("unknown status (use trashOrder for trash)");
        return false;
    }
    OrderRow &order = orders[size_t(o)];
    order.status = *status;
    if ((order.status == Processing || order.status == Completed) && !order.paidAt)
        order.paidAt = nowMs;
    if (order.status == Completed && !order.completedAt)
        order.completedAt = nowMs;
    if (order.status == CheckoutDraft)
        order.flags |= ViaStoreApi;
    order.modifiedAt = std::max(order.modifiedAt, nowMs);
    noteOrderForUser(o);
    return true;
}

bool WooData::trashOrder(qint64 orderId, qint64 nowMs, QString *error)
{
    const qint32 o = orderIndex(orderId);
    if (o < 0 || !orderVisible(o)) {
        *error = QStringLiteral("no such order");
        return false;
    }
    OrderRow &order = orders[size_t(o)];
    if (order.status == Trash) {
        *error = QStringLiteral("the order is already in the trash");
        return false;
    }
    order.trashedFrom = order.status;
    order.status = Trash;
    order.modifiedAt = std::max(order.modifiedAt, nowMs / Second * Second);
    return true;
}

bool WooData::untrashOrder(qint64 orderId, qint64 nowMs, QString *error)
{
    const qint32 o = orderIndex(orderId);
    if (o < 0 || !orderVisible(o) || orders[size_t(o)].status != Trash) {
        *error = QStringLiteral("no such order in the trash");
        return false;
    }
    OrderRow &order = orders[size_t(o)];
    order.status = order.trashedFrom;
    order.modifiedAt = std::max(order.modifiedAt, nowMs / Second * Second);
    return true;
}

bool WooData::deleteOrder(qint64 orderId, QString *error)
{
    const qint32 o = orderIndex(orderId);
    if (o < 0 || !orderVisible(o)) {
        *error = QStringLiteral("no such order");
        return false;
    }
    orders[size_t(o)].flags |= Deleted;
    return true;
}

qint64 WooData::addCustomer(const QString &email, const QString &firstName, const QString &lastName,
                            qint64 nowMs)
{
    const qint32 u = makeUser(nowMs, 0, 0, 0);
    userOverrides.insert(u, {email, firstName, lastName});
    return users[size_t(u)].id;
}

qint64 WooData::addSimpleProduct(const QString &name, const QByteArray &sku, qint64 price,
                                 bool reducedRate, std::optional<int> stock, qint64 nowMs)
{
    ProductRow row;
    row.name = name;
    row.slug = name.toLower().replace(QLatin1Char(' '), QLatin1Char('-')).toUtf8();
    row.sku = sku;
    row.price = qint32(price);
    row.taxRate = reducedRate ? 1 : 0;
    row.manageStock = stock.has_value();
    row.stock = stock.value_or(0);
    row.createdAt = row.modifiedAt = nowMs / Second * Second;
    row.id = nextPostId();
    row.imageId = nextPostId();
    products.push_back(row);
    return row.id;
}

qint64 WooData::addVariableProduct(const QString &name, const QByteArray &sku,
                                   const QList<WooVariationRequest> &list,
                                   std::optional<int> parentStock, qint64 nowMs)
{
    ProductRow row;
    row.name = name;
    row.slug = name.toLower().replace(QLatin1Char(' '), QLatin1Char('-')).toUtf8();
    row.sku = sku;
    row.type = 1;
    row.manageStock = parentStock.has_value();
    row.stock = parentStock.value_or(0);
    row.createdAt = row.modifiedAt = nowMs / Second * Second;
    row.id = nextPostId();
    row.imageId = nextPostId();
    row.firstVariation = qint32(variations.size());
    row.variationCount = quint16(list.size());
    const qint32 p = qint32(products.size());
    products.push_back(row);
    for (const WooVariationRequest &nv : list) {
        VariationRow v;
        v.product = p;
        v.size = nv.size;
        v.color = nv.color;
        v.price = qint32(nv.price);
        v.manageStock = nv.stock.has_value();
        v.stock = nv.stock.value_or(0);
        v.sku =
            sku.isEmpty() ? QByteArray() : sku + '-' + sizeName(v.size) + '-' + colorName(v.color);
        v.createdAt = v.modifiedAt = row.createdAt;
        v.id = nextPostId();
        v.imageId = row.imageId;
        variations.push_back(v);
    }
    products[size_t(p)].price = qint32(productPrice(p));
    return row.id;
}

qint64 WooData::addCoupon(const QByteArray &code, bool percent, qint64 amount, qint64 nowMs)
{
    CouponRow c;
    c.code = code.toLower();
    c.percent = percent;
    c.amount = qint32(amount);
    c.createdAt = nowMs / Second * Second;
    c.id = nextPostId();
    coupons.push_back(c);
    return c.id;
}

bool WooData::setStock(qint64 id, std::optional<int> stock, qint64 nowMs, QString *error)
{
    nowMs = nowMs / Second * Second;
    const qint32 p = productIndex(id);
    if (p >= 0) {
        ProductRow &row = products[size_t(p)];
        row.manageStock = stock.has_value();
        row.stock = stock.value_or(0);
        row.modifiedAt = std::max(row.modifiedAt, nowMs);
        return true;
    }
    const qint32 v = variationIndex(id);
    if (v < 0) {
        *error = QStringLiteral("no such product or variation");
        return false;
    }
    VariationRow &row = variations[size_t(v)];
    row.manageStock = stock.has_value();
    row.stock = stock.value_or(0);
    row.modifiedAt = std::max(row.modifiedAt, nowMs);
    return true;
}

// --- truth -------------------------------------------------------------------------

WooRefund WooData::refundTruth(qint32 refund) const
{
    const RefundRow &r = refunds[size_t(refund)];
    WooRefund t;
    t.id = r.id;
    t.orderId = orders[size_t(r.order)].id;
    t.createdAtMs = r.createdAt;
    t.amount = refundAmount(refund);
    t.reason = refundReasons.value(refund, refundReason(r.reason));
    t.refundedPayment = r.flags & RefundedPayment;
    t.shipping = r.shipping;
    t.shippingTax = r.shippingTax;
    const OrderRow &o = orders[size_t(r.order)];
    for (qint32 i = 0; i < r.lineCount; ++i) {
        const RefundLineRow &rl = refundLines[size_t(r.firstLine + i)];
        t.lines.append({qint64(r.firstItemId) + i, qint64(o.firstItemId) + (rl.line - o.firstLine),
                        rl.quantity, rl.amount, rl.tax});
    }
    return t;
}

WooOrder WooData::orderTruth(qint32 idx) const
{
    const OrderRow &o = orders[size_t(idx)];
    WooOrder t;
    t.id = o.id;
    t.status = statusSlug(o.status);
    t.currency = m_config.currency;
    t.createdAtMs = o.createdAt;
    t.modifiedAtMs = o.modifiedAt;
    t.paidAtMs = o.paidAt;
    t.completedAtMs = o.completedAt;
    t.customerId = o.customer >= 0 ? users[size_t(o.customer)].id : 0;
    const Billing b = billing(idx);
    t.billingEmail = b.email;
    t.billingFirstName = b.firstName;
    t.billingLastName = b.lastName;
    t.paymentMethod = paymentMethod(o.payment);
    for (qint32 i = 0; i < o.lineCount; ++i) {
        const qint32 line = o.firstLine + i;
        const LineRow &l = lines[size_t(line)];
        const LineAmounts a = lineAmounts(line);
        WooLineItem li;
        li.id = qint64(o.firstItemId) + i;
        li.productId = products[size_t(l.product)].id;
        li.variationId = l.variation >= 0 ? variations[size_t(l.variation)].id : 0;
        li.name = lineName(line);
        li.sku = QString::fromUtf8(lineSku(line));
        li.quantity = l.quantity;
        li.unitPrice = l.unitPrice;
        li.subtotal = a.subtotal;
        li.subtotalTax = a.subtotalTax;
        li.total = a.total;
        li.totalTax = a.totalTax;
        li.taxRateId = taxRate(l.taxRate).id;
        t.lines.append(li);
    }
    const OrderTotals tot = totals(idx);
    if (o.coupon) {
        const OrderItems items = orderItems(idx);
        t.coupons.append({items.couponItemId, coupons[size_t(o.coupon - 1)].code, tot.discountTotal,
                          tot.discountTax});
    }
    t.discountTotal = tot.discountTotal;
    t.discountTax = tot.discountTax;
    t.shippingTotal = tot.shipping;
    t.shippingTax = tot.shippingTax;
    t.cartTax = tot.cartTax;
    t.totalTax = tot.totalTax;
    t.total = tot.total;
    for (qint32 r = o.firstRefund; r >= 0; r = refunds[size_t(r)].next)
        t.refunds.append(refundTruth(r));
    return t;
}

WooCustomer WooData::userTruth(qint32 user) const
{
    const UserRow &u = users[size_t(user)];
    WooCustomer c;
    c.id = u.id;
    c.email = userEmail(user);
    c.firstName = userFirstName(user);
    c.lastName = userLastName(user);
    c.role = roleName(u.role);
    c.username = userLogin(user);
    c.createdAtMs = u.createdAt;
    c.modifiedAtMs = u.modifiedAt;
    c.isPayingCustomer = u.paying;
    return c;
}

WooProduct WooData::productTruth(qint32 product) const
{
    const ProductRow &p = products[size_t(product)];
    WooProduct t;
    t.id = p.id;
    t.name = p.name;
    t.type = p.type == 1 ? "variable" : "simple";
    t.status = p.status == 0 ? "publish" : p.status == 1 ? "draft" : "private";
    t.sku = QString::fromUtf8(p.sku);
    t.price = productPrice(product);
    t.regularPrice = p.type == 1 ? 0 : p.price;
    t.manageStock = p.manageStock;
    t.stockQuantity = p.manageStock ? p.stock : -1;
    t.stockStatus = p.manageStock ? (p.stock > 0 ? "instock" : "outofstock")
                                  : (p.outOfStock ? "outofstock" : "instock");
    t.taxClass = taxRate(p.taxRate).taxClass;
    t.createdAtMs = p.createdAt;
    t.modifiedAtMs = p.modifiedAt;
    for (qint32 v = p.firstVariation; v >= 0 && v < p.firstVariation + p.variationCount; ++v)
        t.variationIds.append(variations[size_t(v)].id);
    return t;
}

WooVariation WooData::variationTruth(qint32 variation) const
{
    const VariationRow &v = variations[size_t(variation)];
    const ProductRow &p = products[size_t(v.product)];
    WooVariation t;
    t.id = v.id;
    t.productId = p.id;
    t.sku = QString::fromUtf8(v.sku);
    t.attributes = variationAttributes(variation);
    t.price = v.salePrice >= 0 ? v.salePrice : v.price;
    t.regularPrice = v.price;
    const bool viaParent = variationManagesViaParent(variation);
    t.manageStock = v.manageStock ? "true" : viaParent ? "parent" : "false";
    const qint64 qty = v.manageStock ? v.stock : viaParent ? p.stock : -1;
    t.stockQuantity = qty;
    t.stockStatus =
        qty >= 0 ? (qty > 0 ? "instock" : "outofstock") : (v.outOfStock ? "outofstock" : "instock");
    t.createdAtMs = v.createdAt;
    t.modifiedAtMs = v.modifiedAt;
    return t;
}

WooCoupon WooData::couponTruth(qint32 coupon) const
{
    const CouponRow &c = coupons[size_t(coupon)];
    return {c.id, c.code, c.percent ? "percent" : "fixed_cart", c.amount};
}

size_t WooData::memoryBytes() const
{
    return orders.capacity() * sizeof(OrderRow) + lines.capacity() * sizeof(LineRow) +
           refunds.capacity() * sizeof(RefundRow) + refundLines.capacity() * sizeof(RefundLineRow) +
           users.capacity() * sizeof(UserRow) + products.capacity() * (sizeof(ProductRow) + 96) +
           variations.capacity() * (sizeof(VariationRow) + 32);
}

} // namespace storelens::sim
