#include "DataGenerator.h"

#include "ShopData.h"
#include "SimRandom.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace storelens::sim {

namespace {
constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

const char *const Adjectives[] = {"Alpine", "Trail", "Summit", "Coastal", "Urban",  "Nordic",
                                  "Desert", "Ridge", "Canyon", "Glacier", "Forest", "Harbor"};
const char *const Nouns[] = {"Jacket", "Backpack", "Tent",    "Bottle", "Beanie", "Hoodie",
                             "Boots",  "Gloves",   "Lantern", "Mug",    "Socks",  "Sleeping Bag"};
const char *const Types[] = {"Outerwear",   "Bags",      "Camping",  "Drinkware",
                             "Accessories", "Apparel",   "Footwear", "Accessories",
                             "Camping",     "Drinkware", "Apparel",  "Camping"};
const char *const Vendors[] = {"Acme Outdoor", "Northpeak", "Bergwerk", "Lumen & Co"};
const char *const Sizes[] = {"XS", "S", "M", "L", "XL", "XXL"};
const char *const Colors[] = {"Black", "Red", "Olive", "Navy", "Sand", "Grey"};
const char *const LocationNames[] = {"Main Warehouse", "Downtown Store", "East Coast DC",
                                     "Pop-up Store"};

qint64 roundPrice(qint64 cents, SimRandom &rng)
{
    const qint64 dollars = std::max<qint64>(1, cents / 100);
    const double r = rng.unit();
    if (r < 0.6)
        return dollars * 100 + 99 - 100; // 24.99 style
    if (r < 0.85)
        return dollars * 100;
    return dollars * 100 + 50;
}

// Relative order volume of a shop-local day: weekend peaks, a yearly swell
// into Black Friday and December, a summer lull, and growth over the years.
double dayWeight(const QDate &date, double progress)
{
    static const double Weekly[] = {1.0, 0.95, 0.93, 0.97, 1.08, 1.25, 1.2}; // Mon..Sun
    double w = Weekly[date.dayOfWeek() - 1];
    const int doy = date.dayOfYear();
    w *= 1.0 + 0.3 * std::cos(2 * M_PI * (doy - 355) / 365.0);
    if (date.month() == 11 && date.day() >= 24 && date.day() <= 30)
        w *= 2.6; // Black Friday week
    if (date.month() == 12 && date.day() <= 20)
        w *= 1.4;
    return w * (0.6 + 0.4 * progress);
}

// Shop-local hour of an order: quiet nights, busy evenings.
const double Hourly[24] = {0.3, 0.2, 0.15, 0.1, 0.1, 0.15, 0.3, 0.5, 0.7, 0.9, 1.0, 1.1,
                           1.2, 1.2, 1.1,  1.0, 1.0, 1.1,  1.3, 1.5, 1.6, 1.4, 1.0, 0.6};
constexpr int SecondsPerDay = 24 * 3600;

// The weight of the hourly pattern between two shop-local seconds of a day.
double hourlyMass(int fromSecond, int toSecond)
{
    double mass = 0;
    for (int h = 0; h < 24; ++h) {
        const int lo = std::max(fromSecond, h * 3600);
        const int hi = std::min(toSecond, (h + 1) * 3600);
        if (hi > lo)
            mass += Hourly[h] * (hi - lo) / 3600.0;
    }
    return mass;
}

int pickHour(SimRandom &rng)
{
    double total = 0;
    for (double h : Hourly)
        total += h;
    double x = rng.unit() * total;
    for (int h = 0; h < 24; ++h) {
        x -= Hourly[h];
        if (x < 0)
            return h;
    }
    return 23;
}

// A shop-local second of the day in [fromSecond, toSecond), following the
// hourly pattern: the first and last days of the history are partial (the
// last one ends now), and their orders arrive as on any day up to then.
qint64 pickSecond(SimRandom &rng, int fromSecond, int toSecond)
{
    if (fromSecond <= 0 && toSecond >= SecondsPerDay)
        return pickHour(rng) * 3600 + qint64(rng.below(3600));
    double x = rng.unit() * hourlyMass(fromSecond, toSecond);
    for (int h = 0; h < 24; ++h) {
        const int lo = std::max(fromSecond, h * 3600);
        const int hi = std::min(toSecond, (h + 1) * 3600);
        if (hi <= lo)
            continue;
        x -= Hourly[h] * (hi - lo) / 3600.0;
        if (x < 0 || hi == toSecond)
            return lo + qint64(rng.below(quint64(hi - lo)));
    }
    return std::max(0, toSecond - 1);
}

// The shop-local second of the day at `ms`.
int localSecond(qint64 ms, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).time().msecsSinceStartOfDay() / 1000;
}
} // namespace

void DataGenerator::generate(ShopData &data)
{
    data.m_indexing = false;
    makeCatalog(data);
    makeOrders(data);
    makeCheckouts(data);
    data.m_indexing = true;
    data.rebuildIndexes();
    data.generatedAtMs = data.config().dataEndMs;
}

void DataGenerator::makeCatalog(ShopData &data)
{
    const ShopifySimConfig &cfg = data.config();
    SimRandom rng(SimRandom::mix(cfg.seed, 0xca7));
    const qint64 end = cfg.dataEndMs;
    const qint64 start = end - qint64(cfg.historyDays) * Day;

    const int locationCount = 2 + int(rng.below(3));
    for (int i = 0; i < locationCount; ++i) {
        ShopData::LocationRow l;
        l.name = QString::fromLatin1(LocationNames[i]);
        l.active = i < 3;
        l.createdAt = start - Day * rng.range(100, 900);
        data.locations.push_back(l);
    }

    const int productCount = std::clamp(cfg.orders / 400, 30, 2500);
    std::vector<double> productWeight(static_cast<size_t>(productCount));
    for (int p = 0; p < productCount; ++p)
        productWeight[size_t(p)] = 1.0 / std::pow(double(p + 1), 1.07);
    // Popularity rank independent of creation order.
    for (int p = productCount - 1; p > 0; --p)
        std::swap(productWeight[size_t(p)], productWeight[rng.below(quint64(p) + 1)]);

    double cumulative = 0;
    for (int p = 0; p < productCount; ++p) {
        ShopData::ProductRow row;
        const char *adj = Adjectives[rng.below(std::size(Adjectives))];
        const int nounIndex = int(rng.below(std::size(Nouns)));
        row.title = QStringLiteral("%1 %2").arg(QString::fromLatin1(adj),
                                                QString::fromLatin1(Nouns[nounIndex]));
        if (p >= int(std::size(Adjectives) * std::size(Nouns)) / 4)
            row.title += QStringLiteral(" %1").arg(p);
        row.handle = row.title.toLower().replace(QLatin1Char(' '), QLatin1Char('-')) +
                     QStringLiteral("-%1").arg(p);
        row.vendor = QString::fromLatin1(Vendors[rng.below(std::size(Vendors))]);
        row.productType = QString::fromLatin1(Types[nounIndex]);
        const double st = rng.unit();
        row.status = st < 0.9 ? "ACTIVE" : st < 0.95 ? "ARCHIVED" : "DRAFT";
        row.createdAt = (start - Day * rng.range(30, 400)) / Second * Second;
        row.updatedAt = row.createdAt + (end - row.createdAt) / 1000 * qint64(rng.below(1000));
        row.updatedAt = row.updatedAt / Second * Second;
        row.firstVariant = qint32(data.variants.size());
        const double vc = rng.unit();
        row.variantCount = vc < 0.35 ? 1 : vc < 0.7 ? int(rng.range(2, 3)) : int(rng.range(4, 6));
        const double logPrice =
            std::log(800.0) + rng.unit() * (std::log(40000.0) - std::log(800.0));
        const qint64 basePrice = roundPrice(qint64(std::exp(logPrice)), rng);
        for (int v = 0; v < row.variantCount; ++v) {
            ShopData::VariantRow vr;
            vr.product = p;
            if (row.variantCount == 1)
                vr.title = QStringLiteral("Default Title");
            else
                vr.title = QStringLiteral("%1 / %2").arg(
                    QString::fromLatin1(Sizes[v % std::size(Sizes)]),
                    QString::fromLatin1(Colors[(v + p) % std::size(Colors)]));
            vr.sku = QStringLiteral("ACM-%1-%2").arg(p, 4, 10, QLatin1Char('0')).arg(v + 1);
            vr.price = v > 0 && rng.chance(0.3) ? basePrice + 500 : basePrice;
            if (rng.chance(0.2))
                vr.compareAtPrice = vr.price * (120 + qint64(rng.below(30))) / 100 / 100 * 100;
            if (rng.chance(0.95))
                vr.unitCost = vr.price * (30 + qint64(rng.below(30))) / 100;
            vr.createdAt = row.createdAt;
            vr.updatedAt = row.createdAt + (row.updatedAt - row.createdAt) / Second *
                                               qint64(rng.below(1000)) / 1000 * Second;
            const double share = (v == 0 ? 2.0 : 1.0) / (row.variantCount + 1);
            cumulative += productWeight[size_t(p)] * share;
            vr.popularity = cumulative;
            vr.inventoryUpdatedAt = vr.createdAt;
            data.variants.push_back(vr);
        }
        data.products.push_back(row);
    }
    data.levels.resize(data.variants.size() * data.locations.size());
    for (size_t v = 0; v < data.variants.size(); ++v) {
        for (size_t l = 0; l < data.locations.size(); ++l) {
            ShopData::LevelRow &lr = data.levels[v * data.locations.size() + l];
            lr.available = rng.chance(0.08) ? 0 : qint32(rng.range(1, 400));
            lr.onHand = lr.available + qint32(rng.below(12));
            lr.updatedAt =
                (start + (end - start) / 1000 * qint64(rng.below(1000))) / Second * Second;
            data.variants[v].inventoryUpdatedAt =
                std::max(data.variants[v].inventoryUpdatedAt, lr.updatedAt);
        }
    }
}

void DataGenerator::makeOrders(ShopData &data)
{
    const ShopifySimConfig &cfg = data.config();
    const qint64 end = cfg.dataEndMs / Second * Second;
    const qint64 start = end - qint64(cfg.historyDays) * Day;
    const QTimeZone zone(cfg.timeZone);
    const QDate firstDay = QDateTime::fromMSecsSinceEpoch(start, zone).date();
    const QDate lastDay = QDateTime::fromMSecsSinceEpoch(end - 1, zone).date();
    const int dayCount = int(firstDay.daysTo(lastDay)) + 1;

    // The part of each day inside the history, in shop-local seconds: the
    // first day starts at `start`, the last one ends at `end` (now).
    const auto window = [&](const QDate &date) -> std::pair<int, int> {
        const qint64 dayStart = QDateTime(date, QTime(0, 0), zone).toMSecsSinceEpoch();
        const qint64 nextStart = QDateTime(date.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
        return {dayStart >= start ? 0 : localSecond(start, zone),
                nextStart <= end ? SecondsPerDay : localSecond(end, zone)};
    };
    const double fullDayMass = hourlyMass(0, SecondsPerDay);
    std::vector<double> weights(static_cast<size_t>(dayCount));
    double totalWeight = 0;
    for (int d = 0; d < dayCount; ++d) {
        const auto [from, to] = window(firstDay.addDays(d));
        weights[size_t(d)] = dayWeight(firstDay.addDays(d), double(d) / dayCount) *
                             hourlyMass(from, to) / fullDayMass;
        totalWeight += weights[size_t(d)];
    }

    data.orders.reserve(size_t(cfg.orders));
    data.lines.reserve(size_t(cfg.orders) * 7 / 2 + 16);
    data.customers.reserve(size_t(cfg.orders) / 2 + 16);
    std::vector<qint32> orderCustomers; // for repeat picks proportional to past orders
    orderCustomers.reserve(size_t(cfg.orders));
    SimRandom customerRng(SimRandom::mix(cfg.seed, 0xc05));

    double cumulative = 0;
    qint64 assigned = 0;
    std::vector<qint64> times;
    for (int d = 0; d < dayCount; ++d) {
        cumulative += weights[size_t(d)];
        const qint64 target = qint64(std::llround(cumulative / totalWeight * cfg.orders));
        const qint64 count = std::min<qint64>(target, cfg.orders) - assigned;
        assigned += count;
        if (count <= 0)
            continue;
        const QDate date = firstDay.addDays(d);
        const qint64 dayStart = QDateTime(date, QTime(0, 0), zone).toMSecsSinceEpoch();
        const qint64 nextStart = QDateTime(date.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
        const bool dstDay = nextStart - dayStart != Day;
        SimRandom rng(SimRandom::mix(cfg.seed, 0xda7, quint64(d)));
        const auto [fromSecond, toSecond] = window(date);
        times.clear();
        for (qint64 i = 0; i < count; ++i) {
            const qint64 secondOfDay = pickSecond(rng, fromSecond, toSecond);
            qint64 t =
                dstDay ? QDateTime(date, QTime::fromMSecsSinceStartOfDay(int(secondOfDay * 1000)),
                                   zone)
                             .toMSecsSinceEpoch()
                       : dayStart + secondOfDay * Second;
            t = std::clamp(t, start, end - Second);
            times.push_back(t);
        }
        std::sort(times.begin(), times.end());
        for (qint64 t : times) {
            const quint64 seed = rng.next();
            SimRandom orng(seed);
            qint32 customer = -1;
            if (!orng.chance(0.08)) {
                if (!orderCustomers.empty() && customerRng.chance(0.45)) {
                    customer = orderCustomers[customerRng.below(orderCustomers.size())];
                } else {
                    ShopData::CustomerRow c;
                    c.createdAt = std::max(start, t - Second * qint64(orng.below(3600)));
                    c.updatedAt = c.createdAt;
                    c.nameSeed = quint32(orng.next());
                    c.country = quint16(orng.below(11));
                    c.hasPhone = orng.chance(0.4);
                    data.customers.push_back(c);
                    customer = qint32(data.customers.size()) - 1;
                }
                orderCustomers.push_back(customer);
            }
            const qint32 o = data.appendOrder(t, orng.next(), customer);
            ShopData::OrderRow &row = data.orders[size_t(o)];
            row.updatedAt = std::min(end, t + Second * qint64(orng.below(90)));
            const qint64 oid = data.orderId(o);
            QString ignored;
            // Cancellation within two days, refunded in full with shipping.
            if (orng.chance(0.015) && !(row.flags & ShopData::PaymentPending)) {
                const qint64 at = t + Minute * orng.range(30, 48 * 60);
                if (at < end) {
                    data.cancelOrder(oid, at / Second * Second, &ignored);
                    continue;
                }
            }
            const qint64 closeAt = t + Day * orng.range(2, 6);
            if (closeAt < end && !(row.flags & ShopData::PaymentPending)) {
                data.orders[size_t(o)].flags |= ShopData::Fulfilled;
                data.orders[size_t(o)].closedAt = closeAt / Second * Second;
                data.touchOrder(o, data.orders[size_t(o)].closedAt);
            }
            if (orng.chance(0.07) && !(row.flags & ShopData::PaymentPending)) {
                qint64 at = t + Day * orng.range(3, 40) + Second * qint64(orng.below(86400));
                for (int k = 0; k < 2 && at < end; ++k) {
                    const ShopData::OrderRow &cur = data.orders[size_t(o)];
                    QList<SimRefundRequest> req;
                    const bool full = k == 0 && orng.chance(0.45);
                    for (qint32 l = cur.firstLine; l < cur.firstLine + cur.lineCount; ++l) {
                        const int left = data.lines[size_t(l)].quantity - data.refundedQuantity(l);
                        if (left <= 0)
                            continue;
                        if (full)
                            req.append({data.lineItemId(l), left});
                        else if (req.isEmpty())
                            req.append({data.lineItemId(l), 1 + int(orng.below(quint64(left)))});
                    }
                    if (req.isEmpty())
                        break;
                    static const char *const Notes[] = {"", "Damaged in transit", "Wrong size",
                                                        "Customer changed mind", "Late delivery"};
                    data.addRefund(oid, req, full && orng.chance(0.4),
                                   QString::fromLatin1(Notes[orng.below(5)]), at / Second * Second,
                                   &ignored);
                    if (!orng.chance(0.2))
                        break;
                    at += Day * orng.range(2, 20);
                }
            }
        }
    }
}

void DataGenerator::makeCheckouts(ShopData &data)
{
    const ShopifySimConfig &cfg = data.config();
    const qint64 end = cfg.dataEndMs / Second * Second;
    const qint64 start = end - qint64(cfg.historyDays) * Day;
    SimRandom rng(SimRandom::mix(cfg.seed, 0xc4ec));
    struct Pending
    {
        qint64 at;
        qint32 customer;
        qint32 subtotal;
    };
    std::vector<Pending> pending;
    pending.reserve(data.orders.size() / 3 + 4);
    for (const ShopData::OrderRow &o : data.orders) {
        if (!rng.chance(0.3))
            continue;
        const qint64 at = std::max(start, o.createdAt - Minute * rng.range(5, 3 * 24 * 60));
        qint32 customer = -1;
        if (!data.customers.empty() && rng.chance(0.7))
            customer = qint32(rng.below(data.customers.size()));
        pending.push_back({at / Second * Second, customer, qint32(rng.range(1500, 30000))});
    }
    std::sort(pending.begin(), pending.end(),
              [](const Pending &a, const Pending &b) { return a.at < b.at; });
    data.checkouts.reserve(pending.size());
    for (const Pending &p : pending) {
        ShopData::CheckoutRow c;
        c.createdAt = p.at;
        c.customer = p.customer;
        c.subtotal = p.subtotal;
        c.tax = p.subtotal * 7 / 100;
        c.updatedAt = std::min(end, p.at + Second * qint64(rng.below(600)));
        if (rng.chance(0.12)) {
            const qint64 done = p.at + Hour * rng.range(1, 72);
            if (done < end) {
                c.completedAt = done;
                c.updatedAt = done;
            }
        }
        data.checkouts.push_back(c);
    }
}

} // namespace storelens::sim
