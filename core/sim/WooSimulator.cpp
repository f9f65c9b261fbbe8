#include "WooSimulator.h"

#include "HttpServer.h"
#include "SimulatedClock.h"
#include "WooAuth.h"
#include "WooData.h"
#include "WooJson.h"
#include "common/Clock.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace storelens::sim {

namespace {
constexpr qint64 Second = 1000;
constexpr qint64 Day = 86'400'000;

qint64 pow10(int n)
{
    qint64 v = 1;
    while (n-- > 0)
        v *= 10;
    return v;
}

qint64 divRound(qint64 num, qint64 den)
{
    return num >= 0 ? (2 * num + den) / (2 * den) : -((-2 * num + den) / (2 * den));
}

// wc_format_decimal($value, $dp): rounded to dp digits, zeros kept.
QByteArray formatDecimal(qint64 minor, int storeDp, int outDp)
{
    const qint64 v =
        outDp >= storeDp ? minor * pow10(outDp - storeDp) : divRound(minor, pow10(storeDp - outDp));
    const bool negative = v < 0;
    QByteArray digits = QByteArray::number(negative ? -v : v);
    if (outDp > 0) {
        if (digits.size() <= outDp)
            digits = QByteArray(outDp - digits.size() + 1, '0') + digits;
        digits.insert(digits.size() - outDp, '.');
    }
    return negative ? "-" + digits : digits;
}

// A decimal as WooCommerce stores computed amounts (tax and coupon amounts of
// items): no trailing zeros, "0.9", "10".
QByteArray minimalDecimal(qint64 minor, int dp)
{
    QByteArray s = formatDecimal(minor, dp, dp);
    if (s.contains('.')) {
        while (s.endsWith('0'))
            s.chop(1);
        if (s.endsWith('.'))
            s.chop(1);
    }
    return s == "-0" ? QByteArray("0") : s;
}

QByteArray isoLocal(qint64 ms, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone)
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"))
        .toLatin1();
}

QByteArray isoGmt(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"))
        .toLatin1();
}

QByteArray token(quint64 seed, int length)
{
    static const char Alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    SimRandom rng(seed);
    QByteArray out;
    for (int i = 0; i < length; ++i)
        out.append(Alphabet[rng.below(62)]);
    return out;
}

QByteArray hexToken(quint64 seed, int length)
{
    static const char Hex[] = "0123456789abcdef";
    SimRandom rng(seed);
    QByteArray out;
    for (int i = 0; i < length; ++i)
        out.append(Hex[rng.below(16)]);
    return out;
}

WooJson str(const QString &s)
{
    return WooJson::string(s);
}

WooJson str(const QByteArray &s)
{
    return WooJson::string(s);
}

WooJson str(const char *s)
{
    return WooJson::string(QByteArray(s));
}

WooJson num(qint64 v)
{
    return WooJson::number(v);
}

WooJson boolean(bool v)
{
    return WooJson::boolean(v);
}

WooJson emptyArray()
{
    return WooJson::array();
}

// WordPress's site-local reading of a date without offset, as PHP's
// date_create() does it: a time in a DST gap moves forward, an ambiguous time
// is its first occurrence.
qint64 localToInstant(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    const qint64 wall = QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch();
    auto offsetAt = [&](qint64 ms) {
        return qint64(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()))) *
               Second;
    };
    const qint64 before = offsetAt(wall - Day), after = offsetAt(wall + Day);
    qint64 best = std::numeric_limits<qint64>::max();
    for (qint64 off : {before, after}) {
        const qint64 t = wall - off;
        if (offsetAt(t) == off)
            best = std::min(best, t);
    }
    return best != std::numeric_limits<qint64>::max() ? best : wall - before;
}

struct DateParam
{
    QDate date;
    QTime time;
    bool hasOffset = false;
    qint64 offsetMs = 0;
};

// rest_parse_date's pattern.
std::optional<DateParam> parseDate(const QByteArray &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})[Tt "
                       "](\\d{2}):(\\d{2}):(\\d{2})(?:\\.\\d+)?(Z|[+-]\\d{2}(?::\\d{2})?)?$"));
    const auto m = re.match(QString::fromLatin1(text));
    if (!m.hasMatch())
        return std::nullopt;
    DateParam d;
    d.date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    d.time = QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!d.date.isValid() || !d.time.isValid())
        return std::nullopt;
    const QString off = m.captured(7);
    if (!off.isEmpty()) {
        d.hasOffset = true;
        if (off != QLatin1String("Z")) {
            const int sign = off.startsWith(QLatin1Char('-')) ? -1 : 1;
            const int hours = off.mid(1, 2).toInt();
            const int minutes = off.size() > 3 ? off.mid(4, 2).toInt() : 0;
            d.offsetMs = sign * (hours * 3600 + minutes * 60) * Second;
        }
    }
    return d;
}

// The instant a date parameter compares against. Without dates_are_gmt, a
// value with an offset is that instant and one without is site-local (HPOS
// converts local dates to GMT with wc_string_to_datetime). With
// dates_are_gmt, WP_Date_Query::build_mysql_datetime() still turns a value
// with an offset into site-local wall time, which is then compared with the
// GMT column: only values without offset mean what they say.
qint64 dateInstant(const DateParam &d, bool datesAreGmt, const QTimeZone &zone)
{
    const qint64 wall = QDateTime(d.date, d.time, QTimeZone::utc()).toMSecsSinceEpoch();
    if (!datesAreGmt)
        return d.hasOffset ? wall - d.offsetMs : localToInstant(d.date, d.time, zone);
    if (!d.hasOffset)
        return wall;
    const qint64 instant = wall - d.offsetMs;
    return instant +
           qint64(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(instant, QTimeZone::utc()))) *
               Second;
}

// --- parameter validation, as rest_validate_request_arg answers ---------------

struct Spec
{
    enum Kind
    {
        Int,
        Bool,
        Date,
        Enum,
        EnumList,
        IntList,
        Text
    };
    const char *name;
    Kind kind;
    qint64 min = std::numeric_limits<qint64>::min();
    qint64 max = std::numeric_limits<qint64>::max();
    QByteArrayList values = {};
};

struct Invalid
{
    QByteArray name;
    QByteArray code;
    QString message;
};

bool isInteger(const QByteArray &v, qint64 *out)
{
    bool ok = false;
    const double d = v.trimmed().toDouble(&ok);
    if (!ok || std::floor(d) != d || std::fabs(d) > 9e15)
        return false;
    *out = qint64(d);
    return true;
}

bool isBoolean(const QByteArray &v)
{
    const QByteArray l = v.toLower();
    return l == "true" || l == "false" || l == "1" || l == "0" || l.isEmpty();
}

bool boolValue(const QByteArray &v)
{
    const QByteArray l = v.toLower();
    return l == "true" || l == "1";
}

QList<Invalid> validate(const PhpQuery &q, const QList<Spec> &specs)
{
    QList<Invalid> out;
    for (const Spec &s : specs) {
        const PhpQuery::Param *p = q.find(s.name);
        if (!p)
            continue;
        const QByteArray name(s.name);
        const QString n = QString::fromLatin1(s.name);
        switch (s.kind) {
        case Spec::Int: {
            qint64 v = 0;
            if (p->isArray || !isInteger(p->value, &v)) {
                out.append({name, "rest_invalid_type",
                            QStringLiteral("%1 is not of type integer.").arg(n)});
            } else if (v < s.min || v > s.max) {
                if (s.max != std::numeric_limits<qint64>::max())
                    out.append(
                        {name, "rest_out_of_bounds",
                         QStringLiteral("%1 must be between %2 (inclusive) and %3 (inclusive)")
                             .arg(n)
                             .arg(s.min)
                             .arg(s.max)});
                else
                    out.append({name, "rest_out_of_bounds",
                                QStringLiteral("%1 must be greater than or equal to %2")
                                    .arg(n)
                                    .arg(s.min)});
            }
            break;
        }
        case Spec::Bool:
            if (p->isArray || !isBoolean(p->value))
                out.append({name, "rest_invalid_type",
                            QStringLiteral("%1 is not of type boolean.").arg(n)});
            break;
        case Spec::Date:
            if (p->isArray || !parseDate(p->value))
                out.append({name, "rest_invalid_date", QStringLiteral("Invalid date.")});
            break;
        case Spec::Enum:
            if (p->isArray || !s.values.contains(p->value))
                out.append({name, "rest_not_in_enum",
                            QStringLiteral("%1 is not one of %2.")
                                .arg(n, QString::fromUtf8(s.values.join(", ")))});
            break;
        case Spec::EnumList:
        case Spec::IntList: {
            const QByteArrayList items = q.list(name);
            for (qsizetype i = 0; i < items.size(); ++i) {
                const QString item = QStringLiteral("%1[%2]").arg(n).arg(i);
                qint64 v = 0;
                if (s.kind == Spec::EnumList && !s.values.contains(items[i])) {
                    out.append({name, "rest_not_in_enum",
                                QStringLiteral("%1 is not one of %2.")
                                    .arg(item, QString::fromUtf8(s.values.join(", ")))});
                    break;
                }
                if (s.kind == Spec::IntList && !isInteger(items[i], &v)) {
                    out.append({name, "rest_invalid_type",
                                QStringLiteral("%1 is not of type integer.").arg(item)});
                    break;
                }
            }
            break;
        }
        case Spec::Text:
            break;
        }
    }
    return out;
}

QList<Spec> pagingSpecs()
{
    return {{"context", Spec::Enum, 0, 0, {"view", "edit"}},
            {"page", Spec::Int, 1},
            {"per_page", Spec::Int, 1, 100},
            {"search", Spec::Text},
            {"exclude", Spec::IntList},
            {"include", Spec::IntList},
            {"offset", Spec::Int},
            {"order", Spec::Enum, 0, 0, {"asc", "desc"}}};
}

void addDateSpecs(QList<Spec> *specs, bool modifiedSupported)
{
    specs->append({"after", Spec::Date});
    specs->append({"before", Spec::Date});
    if (modifiedSupported) { // WooCommerce 5.8
        specs->append({"modified_after", Spec::Date});
        specs->append({"modified_before", Spec::Date});
        specs->append({"dates_are_gmt", Spec::Bool});
    }
}

// The date filters of a collection request.
struct DateFilter
{
    qint64 after = std::numeric_limits<qint64>::min();
    qint64 before = std::numeric_limits<qint64>::max();
    qint64 modifiedAfter = std::numeric_limits<qint64>::min();
    qint64 modifiedBefore = std::numeric_limits<qint64>::max();

    bool passes(qint64 created, qint64 modified) const
    {
        return created > after && created < before && modified > modifiedAfter &&
               modified < modifiedBefore;
    }
};

DateFilter dateFilter(const PhpQuery &q, bool modifiedSupported, const QTimeZone &zone)
{
    DateFilter f;
    const bool gmt = modifiedSupported && boolValue(q.value("dates_are_gmt"));
    auto read = [&](const char *name, qint64 *into) {
        if (const auto d = parseDate(q.value(name)))
            *into = dateInstant(*d, gmt, zone) / Second * Second;
    };
    read("after", &f.after);
    read("before", &f.before);
    if (modifiedSupported) {
        read("modified_after", &f.modifiedAfter);
        read("modified_before", &f.modifiedBefore);
    }
    return f;
}

QList<qint64> intList(const PhpQuery &q, const char *name)
{
    QList<qint64> out;
    for (const QByteArray &v : q.list(name)) {
        qint64 n = 0;
        if (isInteger(v, &n))
            out.append(n);
    }
    return out;
}

qint64 intValue(const PhpQuery &q, const char *name, qint64 fallback)
{
    qint64 v = 0;
    return q.has(name) && isInteger(q.value(name), &v) ? v : fallback;
}

// Orders with WP_Query's "<key> ID" ordering: ties broken by id the same way.
template <typename Key>
void sortRows(std::vector<qint32> *idx, bool ascending, Key key)
{
    std::stable_sort(idx->begin(), idx->end(), [&](qint32 a, qint32 b) {
        const auto ka = key(a), kb = key(b);
        return ascending ? ka < kb : kb < ka;
    });
}

// --- host pages --------------------------------------------------------------

const QByteArray PhpFatalBody =
    "<br />\n<b>Fatal error</b>:  Allowed memory size of 268435456 bytes exhausted (tried to "
    "allocate 20480 bytes) in <b>/var/www/html/wp-includes/class-wpdb.php</b> on line "
    "<b>2351</b><br />\n";

const QByteArray CriticalErrorHtml =
    "<!DOCTYPE html>\n<html lang=\"en-US\">\n<head>\n\t<meta http-equiv=\"Content-Type\" "
    "content=\"text/html; charset=utf-8\" />\n\t<meta name=\"viewport\" "
    "content=\"width=device-width\">\n\t<meta name='robots' content='max-image-preview:large, "
    "noindex, follow' />\n\t<title>WordPress &rsaquo; Error</title>\n</head>\n<body "
    "id=\"error-page\">\n\t<div class=\"wp-die-message\"><p>There has been a critical error on "
    "this website.</p><p><a "
    "href=\"https://wordpress.org/documentation/article/faq-troubleshooting/\">Learn more about "
    "troubleshooting WordPress.</a></p></div></body>\n</html>\n";

const QByteArray CriticalErrorJson =
    "{\"code\":\"internal_server_error\",\"message\":\"<p>There has been a critical error on this "
    "website.<\\/p><p><a "
    "href=\\\"https:\\/\\/wordpress.org\\/documentation\\/article\\/faq-troubleshooting\\/"
    "\\\">Learn "
    "more about troubleshooting WordPress.<\\/a><\\/p>\",\"data\":{\"status\":500},"
    "\"additional_errors\":[]}";

const QByteArray CloudflareChallenge =
    "<!DOCTYPE html><html lang=\"en-US\"><head><title>Just a moment...</title><meta "
    "http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"><meta "
    "name=\"robots\" content=\"noindex,nofollow\"></head><body><div class=\"main-wrapper\" "
    "role=\"main\"><div class=\"main-content\"><noscript><div class=\"h2\"><span "
    "id=\"challenge-error-text\">Enable JavaScript and cookies to "
    "continue</span></div></noscript></div></div><script>(function(){window._cf_chl_opt={cvId: "
    "'3',cType: 'managed'};}());</script></body></html>";

const QByteArray WordfenceBlock =
    "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>Your access to this site has been "
    "limited by the site owner</title></head><body><h1>Your access to this site has been limited "
    "by the site owner</h1><p>Your access to this service has been limited. (HTTP response code "
    "503)</p><p>If you think you have been blocked in error, contact the owner of this site for "
    "assistance.</p><h2>Block Technical Data</h2><p>Block Reason: Access from your area has been "
    "temporarily limited for security reasons.</p><p>Generated by Wordfence</p></body></html>";

QByteArray nginxPage(int status)
{
    const QByteArray line = QByteArray::number(status) + ' ' + HttpResponse::reason(status);
    return "<html>\r\n<head><title>" + line + "</title></head>\r\n<body>\r\n<center><h1>" + line +
           "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
}

// --- rendering -------------------------------------------------------------------

struct Render
{
    const WooData &d;
    const WooSimConfig &cfg;
    QByteArray home;
    bool pretty;
    int dp;

    QByteArray url(const QByteArray &route) const
    {
        return pretty ? QByteArray(home + "/wp-json" + route)
                      : QByteArray(home + "/index.php?rest_route=" + route);
    }
    WooJson money(qint64 minor) const { return str(formatDecimal(minor, d.decimals(), dp)); }
    WooJson minimal(qint64 minor) const { return str(minimalDecimal(minor, d.decimals())); }
    double asDouble(qint64 minor) const { return double(minor) / double(pow10(d.decimals())); }
    WooJson local(qint64 ms) const { return ms ? str(isoLocal(ms, d.zone())) : WooJson::null(); }
    WooJson gmt(qint64 ms) const { return ms ? str(isoGmt(ms)) : WooJson::null(); }
    WooJson link(const QByteArray &route) const
    {
        WooJson a = WooJson::array();
        WooJson o = WooJson::object();
        o.add("href", str(url(route)));
        a.push(std::move(o));
        return a;
    }
    WooJson meta(qint64 id, const char *key, const QByteArray &value, bool display) const
    {
        WooJson m = WooJson::object();
        m.add("id", num(id)).add("key", str(QByteArray(key))).add("value", str(value));
        if (display)
            m.add("display_key", str(QByteArray(key))).add("display_value", str(value));
        return m;
    }

    WooJson address(const QString &first, const QString &last, const WooData::Address *a,
                    const QString *email) const
    {
        WooJson o = WooJson::object();
        o.add("first_name", str(first))
            .add("last_name", str(last))
            .add("company", str(""))
            .add("address_1", str(a ? a->address1 : QString()))
            .add("address_2", str(""))
            .add("city", str(a ? a->city : QString()))
            .add("state", str(a ? a->state : QByteArray()))
            .add("postcode", str(a ? a->postcode : QString()))
            .add("country", str(a ? a->country : QByteArray()));
        if (email)
            o.add("email", str(*email)).add("phone", str(a ? a->phone : QString()));
        return o;
    }

    QByteArray imageSrc(qint32 imageId, qint64 createdAt) const
    {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(createdAt, QTimeZone::utc());
        return home + "/wp-content/uploads/" + t.toString(QStringLiteral("yyyy/MM")).toLatin1() +
               "/product-" + QByteArray::number(imageId) + ".jpg";
    }

    WooJson image(qint32 imageId, qint64 createdAt) const
    {
        WooJson o = WooJson::object();
        o.add("id", num(imageId))
            .add("date_created", local(createdAt))
            .add("date_created_gmt", gmt(createdAt))
            .add("date_modified", local(createdAt))
            .add("date_modified_gmt", gmt(createdAt))
            .add("src", str(imageSrc(imageId, createdAt)))
            .add("name", str(QByteArray("product-") + QByteArray::number(imageId)))
            .add("alt", str(""));
        return o;
    }

    WooJson lineItem(qint64 itemId, qint32 line, int quantity, qint64 subtotal, qint64 subtotalTax,
                     qint64 total, qint64 totalTax, WooJson metaData) const
    {
        const WooData::LineRow &l = d.lines[size_t(line)];
        const WooData::ProductRow &p = d.products[size_t(l.product)];
        const WooData::TaxRate &rate = WooData::taxRate(l.taxRate);
        WooJson taxes = WooJson::array();
        if (totalTax != 0 || subtotalTax != 0) {
            WooJson t = WooJson::object();
            t.add("id", num(rate.id))
                .add("total", minimal(totalTax))
                .add("subtotal", minimal(subtotalTax));
            taxes.push(std::move(t));
        }
        WooJson img = WooJson::object();
        img.add("id", num(p.imageId)).add("src", str(imageSrc(p.imageId, p.createdAt)));
        WooJson o = WooJson::object();
        o.add("id", num(itemId))
            .add("name", str(d.lineName(line)))
            .add("product_id", num(p.id))
            .add("variation_id", num(l.variation >= 0 ? d.variations[size_t(l.variation)].id : 0))
            .add("quantity", num(quantity))
            .add("tax_class", str(QByteArray(rate.taxClass)))
            .add("subtotal", money(subtotal))
            .add("subtotal_tax", money(subtotalTax))
            .add("total", money(total))
            .add("total_tax", money(totalTax))
            .add("taxes", std::move(taxes))
            .add("meta_data", std::move(metaData))
            .add("sku", str(d.lineSku(line)))
            .add("price", WooJson::real(quantity ? asDouble(total) / quantity : 0.0))
            .add("image", std::move(img))
            .add("parent_name", l.variation >= 0 ? str(p.name) : WooJson::null());
        return o;
    }

    WooJson shippingLine(qint64 itemId, qint32 order, qint64 total, qint64 tax,
                         WooJson metaData) const
    {
        const WooData::OrderRow &o = d.orders[size_t(order)];
        const bool free = o.flags & WooData::FreeShipping;
        WooJson taxes = WooJson::array();
        if (tax != 0) {
            WooJson t = WooJson::object();
            t.add("id", num(WooData::taxRate(WooData::StandardRate).id))
                .add("total", minimal(tax))
                .add("subtotal", str(""));
            taxes.push(std::move(t));
        }
        WooJson s = WooJson::object();
        s.add("id", num(itemId))
            .add("method_title", str(QByteArray(free ? "Free shipping" : "Flat rate")))
            .add("method_id", str(QByteArray(free ? "free_shipping" : "flat_rate")))
            .add("instance_id", str(QByteArray(free ? "2" : "1")))
            .add("total", money(total))
            .add("total_tax", money(tax))
            .add("taxes", std::move(taxes))
            .add("meta_data", std::move(metaData));
        return s;
    }

    WooJson taxLine(qint64 itemId, int rateIndex, qint64 taxTotal, qint64 shippingTaxTotal) const
    {
        const WooData::TaxRate &rate = WooData::taxRate(rateIndex);
        WooJson t = WooJson::object();
        t.add("id", num(itemId))
            .add("rate_code", str(QByteArray(rate.rateCode)))
            .add("rate_id", num(rate.id))
            .add("label", str(QString::fromUtf8(rate.label)))
            .add("compound", boolean(false))
            .add("tax_total", money(taxTotal))
            .add("shipping_tax_total", money(shippingTaxTotal))
            .add("rate_percent", WooJson::real(rate.basisPoints / 100.0))
            .add("meta_data", emptyArray());
        return t;
    }

    WooJson order(qint32 idx, bool legacyRefundKey) const
    {
        const WooData::OrderRow &o = d.orders[size_t(idx)];
        const WooData::OrderTotals t = d.totals(idx);
        const WooData::OrderItems items = d.orderItems(idx);
        const WooData::Billing b = d.billing(idx);
        const WooData::Address addr = d.address(d.orderAddressSeed(idx));
        const quint64 seed = SimRandom::mix(quint64(o.id), 0x0de7);
        const bool draft = o.status == WooData::CheckoutDraft;
        const QByteArray createdVia = (o.flags & WooData::ViaStoreApi) ? "store-api"
                                      : (o.flags & WooData::ViaAdmin)  ? "admin"
                                                                       : "checkout";
        QByteArray transaction;
        if (o.paidAt && o.payment == 0)
            transaction = "pi_3" + token(seed, 23);
        else if (o.paidAt && o.payment == 1)
            transaction = hexToken(seed, 17).toUpper();
        const QByteArray key = "wc_order_" + token(seed ^ 0x6b, 13);

        WooJson lineItems = WooJson::array();
        for (qint32 k = 0; k < o.lineCount; ++k) {
            const qint32 line = o.firstLine + k;
            const WooData::LineRow &l = d.lines[size_t(line)];
            const WooData::LineAmounts a = d.lineAmounts(line);
            const qint64 itemId = qint64(o.firstItemId) + k;
            WooJson metaData = WooJson::array();
            if (l.variation >= 0) {
                const WooData::VariationRow &v = d.variations[size_t(l.variation)];
                WooJson size = meta(itemId * 10 + 1, "size", WooData::sizeName(v.size), true);
                WooJson color = meta(itemId * 10 + 2, "color", WooData::colorName(v.color), true);
                metaData.push(std::move(size)).push(std::move(color));
            }
            lineItems.push(lineItem(itemId, line, l.quantity, a.subtotal, a.subtotalTax, a.total,
                                    a.totalTax, std::move(metaData)));
        }
        WooJson taxLines = WooJson::array();
        for (const auto &[rate, itemId] : items.taxItems) {
            qint64 tax = 0;
            for (qint32 i = o.firstLine; i < o.firstLine + o.lineCount; ++i)
                if (d.lines[size_t(i)].taxRate == rate)
                    tax += d.lineAmounts(i).totalTax;
            taxLines.push(
                taxLine(itemId, rate, tax, rate == WooData::StandardRate ? t.shippingTax : 0));
        }
        WooJson shippingLines = WooJson::array();
        if (items.shippingItemId) {
            QStringList names;
            for (qint32 i = o.firstLine; i < o.firstLine + o.lineCount; ++i)
                names << QStringLiteral("%1 &times; %2")
                             .arg(d.lineName(i))
                             .arg(d.lines[size_t(i)].quantity);
            WooJson metaData = WooJson::array();
            metaData.push(meta(items.shippingItemId * 10 + 1, "Items",
                               names.join(QStringLiteral(", ")).toUtf8(), true));
            shippingLines.push(shippingLine(items.shippingItemId, idx, t.shipping, t.shippingTax,
                                            std::move(metaData)));
        }
        WooJson couponLines = WooJson::array();
        if (o.coupon) {
            const WooData::CouponRow &c = d.coupons[size_t(o.coupon - 1)];
            WooJson cl = WooJson::object();
            cl.add("id", num(items.couponItemId))
                .add("code", str(c.code))
                .add("discount", minimal(t.discountTotal))
                .add("discount_tax", minimal(t.discountTax))
                .add("meta_data", emptyArray())
                .add("discount_type", str(QByteArray(c.percent ? "percent" : "fixed_cart")))
                .add("nominal_amount",
                     WooJson::real(c.percent ? double(c.amount) : asDouble(c.amount)))
                .add("free_shipping", boolean(false));
            couponLines.push(std::move(cl));
        }
        QList<qint32> chain;
        for (qint32 r = o.firstRefund; r >= 0; r = d.refunds[size_t(r)].next)
            chain.prepend(r); // newest first, as WC_Order::get_refunds() returns them
        WooJson refunds = WooJson::array();
        for (qint32 r : chain) {
            WooJson rj = WooJson::object();
            const QString reason =
                d.refundReasons.value(r, WooData::refundReason(d.refunds[size_t(r)].reason));
            rj.add("id", num(d.refunds[size_t(r)].id))
                .add(legacyRefundKey ? "refund" : "reason", str(reason))
                .add("total", str("-" + formatDecimal(d.refundAmount(r), d.decimals(), dp)));
            refunds.push(std::move(rj));
        }
        WooJson metaData = WooJson::array();
        metaData.push(meta(qint64(o.id) * 10 + 1, "_wc_order_attribution_source_type",
                           o.customer >= 0 ? "typein" : "organic", false));

        const QByteArray route = "/wc/v3/orders/" + QByteArray::number(o.id);
        WooJson links = WooJson::object();
        links.add("self", link(route)).add("collection", link("/wc/v3/orders"));
        if (o.customer >= 0)
            links.add("customer", link("/wc/v3/customers/" +
                                       QByteArray::number(d.users[size_t(o.customer)].id)));

        const bool editable = o.status == WooData::Pending || o.status == WooData::OnHold || draft;
        const bool needsPayment =
            (o.status == WooData::Pending || o.status == WooData::Failed) && t.total > 0;
        WooJson j = WooJson::object();
        j.add("id", num(o.id))
            .add("parent_id", num(0))
            .add("number", str(QByteArray::number(o.id)))
            .add("order_key", str(key))
            .add("created_via", str(createdVia))
            .add("version", str(d.config().wooVersion))
            .add("status", str(QByteArray(WooData::statusSlug(o.status))))
            .add("currency", str(d.config().currency))
            .add("date_created", local(o.createdAt))
            .add("date_created_gmt", gmt(o.createdAt))
            .add("date_modified", local(o.modifiedAt))
            .add("date_modified_gmt", gmt(o.modifiedAt))
            .add("discount_total", money(t.discountTotal))
            .add("discount_tax", money(t.discountTax))
            .add("shipping_total", money(t.shipping))
            .add("shipping_tax", money(t.shippingTax))
            .add("cart_tax", money(t.cartTax))
            .add("total", money(t.total))
            .add("total_tax", money(t.totalTax))
            .add("prices_include_tax", boolean(false))
            .add("customer_id", num(o.customer >= 0 ? d.users[size_t(o.customer)].id : 0))
            .add("customer_ip_address",
                 str(QByteArray("203.0.113.") + QByteArray::number(1 + seed % 250)))
            .add("customer_user_agent",
                 str(QByteArray(
                     seed % 3 ? "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                                "(KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36"
                              : "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) "
                                "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
                                "Mobile/15E148 Safari/604.1")))
            .add("customer_note", str(""))
            .add("billing", address(b.firstName, b.lastName, &addr, &b.email))
            .add("shipping", address(b.firstName, b.lastName, &addr, nullptr))
            .add("payment_method", str(QByteArray(WooData::paymentMethod(o.payment))))
            .add("payment_method_title", str(QByteArray(WooData::paymentTitle(o.payment))))
            .add("transaction_id", str(transaction))
            .add("date_paid", local(o.paidAt))
            .add("date_paid_gmt", gmt(o.paidAt))
            .add("date_completed", local(o.completedAt))
            .add("date_completed_gmt", gmt(o.completedAt))
            .add("cart_hash",
                 str(createdVia == "admin" ? QByteArray() : hexToken(seed ^ 0xca27, 32)))
            .add("meta_data", std::move(metaData))
            .add("line_items", std::move(lineItems))
            .add("tax_lines", std::move(taxLines))
            .add("shipping_lines", std::move(shippingLines))
            .add("fee_lines", emptyArray())
            .add("coupon_lines", std::move(couponLines))
            .add("refunds", std::move(refunds))
            .add("payment_url", str(home + "/checkout/order-pay/" + QByteArray::number(o.id) +
                                    "/?pay_for_order=true&key=" + key))
            .add("is_editable", boolean(editable))
            .add("needs_payment", boolean(needsPayment))
            .add("needs_processing", boolean(true))
            .add("_links", std::move(links));
        return j;
    }

    // `withParent`: as /refunds lists it (WooCommerce 9.0), with the order's id.
    WooJson refund(qint32 ri, bool withParent = false) const
    {
        const WooData::RefundRow &r = d.refunds[size_t(ri)];
        const WooData::OrderRow &o = d.orders[size_t(r.order)];
        const WooData::OrderItems orderItems = d.orderItems(r.order);
        WooJson lineItems = WooJson::array();
        for (qint32 i = 0; i < r.lineCount; ++i) {
            const WooData::RefundLineRow &rl = d.refundLines[size_t(r.firstLine + i)];
            const qint64 itemId = qint64(r.firstItemId) + i;
            const QByteArray refunded =
                QByteArray::number(qint64(o.firstItemId) + (rl.line - o.firstLine));
            WooJson metaData = WooJson::array();
            metaData.push(meta(itemId * 10 + 1, "_refunded_item_id", refunded, true));
            lineItems.push(lineItem(itemId, rl.line, -rl.quantity, -rl.amount, -rl.tax, -rl.amount,
                                    -rl.tax, std::move(metaData)));
        }
        qint64 next = qint64(r.firstItemId) + r.lineCount;
        WooJson shippingLines = WooJson::array();
        if (r.shipping || r.shippingTax) {
            WooJson metaData = WooJson::array();
            metaData.push(meta(next * 10 + 1, "_refunded_item_id",
                               QByteArray::number(orderItems.shippingItemId), true));
            shippingLines.push(
                shippingLine(next, r.order, -r.shipping, -r.shippingTax, std::move(metaData)));
            ++next;
        }
        WooJson taxLines = WooJson::array();
        for (int rate : d.refundTaxRates(ri)) {
            qint64 tax = 0;
            for (qint32 i = r.firstLine; i < r.firstLine + r.lineCount; ++i)
                if (d.lines[size_t(d.refundLines[size_t(i)].line)].taxRate == rate)
                    tax += d.refundLines[size_t(i)].tax;
            taxLines.push(
                taxLine(next++, rate, -tax, rate == WooData::StandardRate ? -r.shippingTax : 0));
        }
        const QByteArray base = "/wc/v3/orders/" + QByteArray::number(o.id);
        WooJson links = WooJson::object();
        links.add("self", link(base + "/refunds/" + QByteArray::number(r.id)))
            .add("collection", link(base + "/refunds"))
            .add("up", link(base));
        WooJson j = WooJson::object();
        j.add("id", num(r.id));
        if (withParent)
            j.add("parent_id", num(o.id));
        j.add("date_created", local(r.createdAt))
            .add("date_created_gmt", gmt(r.createdAt))
            .add("amount", money(d.refundAmount(ri)))
            .add("reason", str(d.refundReasons.value(ri, WooData::refundReason(r.reason))))
            .add("refunded_by", num(1))
            .add("refunded_payment", boolean(r.flags & WooData::RefundedPayment))
            .add("meta_data", emptyArray())
            .add("line_items", std::move(lineItems))
            .add("shipping_lines", std::move(shippingLines))
            .add("tax_lines", std::move(taxLines))
            .add("fee_lines", emptyArray())
            .add("_links", std::move(links));
        return j;
    }

    WooJson customer(qint32 u) const
    {
        const WooData::UserRow &row = d.users[size_t(u)];
        const QString email = d.userEmail(u);
        const bool isCustomer = row.role == 0;
        const WooData::Address addr = d.address(d.userAddressSeed(u));
        const QString first = d.userFirstName(u), last = d.userLastName(u);
        const QByteArray hash =
            QCryptographicHash::hash(email.trimmed().toLower().toUtf8(), QCryptographicHash::Md5)
                .toHex();
        WooJson links = WooJson::object();
        links.add("self", link("/wc/v3/customers/" + QByteArray::number(row.id)))
            .add("collection", link("/wc/v3/customers"));
        const QString none;
        WooJson j = WooJson::object();
        j.add("id", num(row.id))
            .add("date_created", local(row.createdAt))
            .add("date_created_gmt", gmt(row.createdAt))
            .add("date_modified", local(row.modifiedAt))
            .add("date_modified_gmt", gmt(row.modifiedAt))
            .add("email", str(email))
            .add("first_name", str(first))
            .add("last_name", str(last))
            .add("role", str(QByteArray(WooData::roleName(row.role))))
            .add("username", str(d.userLogin(u)))
            .add("billing", isCustomer ? address(first, last, &addr, &email)
                                       : address(none, none, nullptr, &none))
            .add("shipping", isCustomer ? address(first, last, &addr, nullptr)
                                        : address(none, none, nullptr, nullptr))
            .add("is_paying_customer", boolean(row.paying))
            .add("avatar_url", str("https://secure.gravatar.com/avatar/" + hash + "?s=96&d=mm&r=g"))
            .add("meta_data", emptyArray())
            .add("_links", std::move(links));
        return j;
    }

    QByteArray priceHtml(qint64 minor) const
    {
        QByteArray amount = formatDecimal(minor, d.decimals(), d.decimals());
        amount.replace('.', ',');
        return "<span class=\"woocommerce-Price-amount amount\"><bdi>" + amount +
               "&nbsp;<span class=\"woocommerce-Price-currencySymbol\">&euro;</span></bdi></span>";
    }

    static QByteArray stockStatus(bool manage, qint64 qty, bool outOfStock)
    {
        if (manage)
            return qty > 0 ? "instock" : "outofstock";
        return outOfStock ? "outofstock" : "instock";
    }

    WooJson product(qint32 pi) const
    {
        const WooData::ProductRow &p = d.products[size_t(pi)];
        const bool variable = p.type == 1;
        const qint64 price = d.productPrice(pi);
        qint64 highest = price;
        for (qint32 v = p.firstVariation; variable && v < p.firstVariation + p.variationCount; ++v)
            highest = std::max<qint64>(highest, d.variations[size_t(v)].salePrice >= 0
                                                    ? d.variations[size_t(v)].salePrice
                                                    : d.variations[size_t(v)].price);
        const bool onSale = !variable && p.salePrice >= 0;
        const WooData::TaxRate &rate = WooData::taxRate(p.taxRate);
        WooJson dimensions = WooJson::object();
        dimensions.add("length", str("")).add("width", str("")).add("height", str(""));
        WooJson related = WooJson::array();
        for (int k = 1; k <= 3 && d.products.size() > 1; ++k)
            related.push(num(d.products[(size_t(pi) + size_t(k) * 7) % d.products.size()].id));
        WooJson categories = WooJson::array();
        WooJson cat = WooJson::object();
        cat.add("id", num(15 + p.category))
            .add("name", str(QByteArray(WooData::categoryName(p.category))))
            .add("slug", str(QByteArray(WooData::categorySlug(p.category))));
        categories.push(std::move(cat));
        WooJson images = WooJson::array();
        images.push(image(p.imageId, p.createdAt));
        WooJson attributes = WooJson::array();
        WooJson variations = WooJson::array();
        WooJson defaults = WooJson::array();
        if (variable && p.variationCount > 0) {
            const WooData::VariationRow &first = d.variations[size_t(p.firstVariation)];
            WooJson size = WooJson::object(), color = WooJson::object();
            size.add("id", num(0))
                .add("name", str("Size"))
                .add("option", str(WooData::sizeName(first.size)));
            color.add("id", num(0))
                .add("name", str("Color"))
                .add("option", str(WooData::colorName(first.color)));
            defaults.push(std::move(size)).push(std::move(color));
        }
        if (variable) {
            QByteArrayList sizes, colors;
            for (qint32 v = p.firstVariation; v < p.firstVariation + p.variationCount; ++v) {
                const WooData::VariationRow &vr = d.variations[size_t(v)];
                if (!sizes.contains(WooData::sizeName(vr.size)))
                    sizes.append(WooData::sizeName(vr.size));
                if (!colors.contains(WooData::colorName(vr.color)))
                    colors.append(WooData::colorName(vr.color));
                variations.push(num(vr.id));
            }
            int position = 0;
            for (const auto &[name, options] :
                 {std::pair{"Size", sizes}, std::pair{"Color", colors}}) {
                WooJson opts = WooJson::array();
                for (const QByteArray &o : options)
                    opts.push(str(o));
                WooJson a = WooJson::object();
                a.add("id", num(0))
                    .add("name", str(QByteArray(name)))
                    .add("position", num(position++))
                    .add("visible", boolean(true))
                    .add("variation", boolean(true))
                    .add("options", std::move(opts));
                attributes.push(std::move(a));
            }
        }
        const QByteArray statusName = p.status == 0   ? "publish"
                                      : p.status == 1 ? "draft"
                                                      : "private";
        WooJson links = WooJson::object();
        links.add("self", link("/wc/v3/products/" + QByteArray::number(p.id)))
            .add("collection", link("/wc/v3/products"));
        WooJson j = WooJson::object();
        j.add("id", num(p.id))
            .add("name", str(p.name))
            .add("slug", str(p.slug))
            .add("permalink", str(home + "/product/" + p.slug + "/"))
            .add("date_created", local(p.createdAt))
            .add("date_created_gmt", gmt(p.createdAt))
            .add("date_modified", local(p.modifiedAt))
            .add("date_modified_gmt", gmt(p.modifiedAt))
            .add("type", str(QByteArray(variable ? "variable" : "simple")))
            .add("status", str(statusName))
            .add("featured", boolean(false))
            .add("catalog_visibility", str("visible"))
            .add("description",
                 str(QStringLiteral("<p>%1, built for the long haul.</p>\n").arg(p.name)))
            .add("short_description", str(QStringLiteral("<p>%1</p>\n").arg(p.name)))
            .add("sku", str(p.sku))
            .add("price", money(price))
            .add("regular_price", variable ? str("") : money(p.price))
            .add("sale_price", onSale ? money(p.salePrice) : str(""))
            .add("date_on_sale_from", WooJson::null())
            .add("date_on_sale_from_gmt", WooJson::null())
            .add("date_on_sale_to", WooJson::null())
            .add("date_on_sale_to_gmt", WooJson::null())
            .add("price_html", str(variable && highest != price
                                       ? priceHtml(price) + " &ndash; " + priceHtml(highest)
                                       : priceHtml(price)))
            .add("on_sale", boolean(onSale))
            .add("purchasable", boolean(p.status == 0))
            .add("total_sales", num(p.totalSales))
            .add("virtual", boolean(false))
            .add("downloadable", boolean(false))
            .add("downloads", emptyArray())
            .add("download_limit", num(-1))
            .add("download_expiry", num(-1))
            .add("external_url", str(""))
            .add("button_text", str(""))
            .add("tax_status", str("taxable"))
            .add("tax_class", str(QByteArray(rate.taxClass)))
            .add("manage_stock", boolean(p.manageStock))
            .add("stock_quantity", p.manageStock ? num(p.stock) : WooJson::null())
            .add("stock_status", str(stockStatus(p.manageStock, p.stock, p.outOfStock)))
            .add("backorders", str("no"))
            .add("backorders_allowed", boolean(false))
            .add("backordered", boolean(false))
            .add("sold_individually", boolean(false))
            .add("weight", str(""))
            .add("dimensions", std::move(dimensions))
            .add("shipping_required", boolean(true))
            .add("shipping_taxable", boolean(true))
            .add("shipping_class", str(""))
            .add("shipping_class_id", num(0))
            .add("reviews_allowed", boolean(true))
            .add("average_rating", str("0.00"))
            .add("rating_count", num(0))
            .add("related_ids", std::move(related))
            .add("upsell_ids", emptyArray())
            .add("cross_sell_ids", emptyArray())
            .add("parent_id", num(0))
            .add("purchase_note", str(""))
            .add("categories", std::move(categories))
            .add("tags", emptyArray())
            .add("images", std::move(images))
            .add("attributes", std::move(attributes))
            .add("default_attributes", std::move(defaults))
            .add("variations", std::move(variations))
            .add("grouped_products", emptyArray())
            .add("menu_order", num(0))
            .add("meta_data", emptyArray())
            .add("_links", std::move(links));
        return j;
    }

    WooJson variation(qint32 vi) const
    {
        const WooData::VariationRow &v = d.variations[size_t(vi)];
        const WooData::ProductRow &p = d.products[size_t(v.product)];
        const bool viaParent = d.variationManagesViaParent(vi);
        const qint64 qty = v.manageStock ? v.stock : viaParent ? p.stock : -1;
        const bool onSale = v.salePrice >= 0;
        WooJson dimensions = WooJson::object();
        dimensions.add("length", str("")).add("width", str("")).add("height", str(""));
        WooJson attributes = WooJson::array();
        WooJson size = WooJson::object(), color = WooJson::object();
        size.add("id", num(0))
            .add("name", str("Size"))
            .add("option", str(QByteArray(WooData::sizeName(v.size))));
        color.add("id", num(0))
            .add("name", str("Color"))
            .add("option", str(QByteArray(WooData::colorName(v.color))));
        attributes.push(std::move(size)).push(std::move(color));
        const QByteArray parent = "/wc/v3/products/" + QByteArray::number(p.id);
        WooJson links = WooJson::object();
        links.add("self", link(parent + "/variations/" + QByteArray::number(v.id)))
            .add("collection", link(parent + "/variations"))
            .add("up", link(parent));
        WooJson j = WooJson::object();
        j.add("id", num(v.id))
            .add("date_created", local(v.createdAt))
            .add("date_created_gmt", gmt(v.createdAt))
            .add("date_modified", local(v.modifiedAt))
            .add("date_modified_gmt", gmt(v.modifiedAt))
            .add("description", str(""))
            .add("permalink",
                 str(home + "/product/" + p.slug + "/?attribute_size=" + WooData::sizeName(v.size) +
                     "&attribute_color=" + WooData::colorName(v.color)))
            .add("sku", str(v.sku))
            .add("price", money(onSale ? v.salePrice : v.price))
            .add("regular_price", money(v.price))
            .add("sale_price", onSale ? money(v.salePrice) : str(""))
            .add("date_on_sale_from", WooJson::null())
            .add("date_on_sale_from_gmt", WooJson::null())
            .add("date_on_sale_to", WooJson::null())
            .add("date_on_sale_to_gmt", WooJson::null())
            .add("on_sale", boolean(onSale))
            .add("status", str("publish"))
            .add("purchasable", boolean(true))
            .add("virtual", boolean(false))
            .add("downloadable", boolean(false))
            .add("downloads", emptyArray())
            .add("download_limit", num(-1))
            .add("download_expiry", num(-1))
            .add("tax_status", str("taxable"))
            .add("tax_class", str(QByteArray(WooData::taxRate(p.taxRate).taxClass)))
            .add("manage_stock", v.manageStock ? boolean(true)
                                 : viaParent   ? str("parent")
                                               : boolean(false))
            .add("stock_quantity", qty >= 0 ? num(qty) : WooJson::null())
            .add("stock_status", str(stockStatus(qty >= 0, qty, v.outOfStock)))
            .add("backorders", str("no"))
            .add("backorders_allowed", boolean(false))
            .add("backordered", boolean(false))
            .add("weight", str(""))
            .add("dimensions", std::move(dimensions))
            .add("shipping_class", str(""))
            .add("shipping_class_id", num(0))
            .add("image", image(v.imageId, p.createdAt))
            .add("attributes", std::move(attributes))
            .add("menu_order", num(vi - p.firstVariation))
            .add("meta_data", emptyArray())
            .add("_links", std::move(links));
        return j;
    }
};

struct Paged
{
    std::vector<qint32> slice;
    qint64 total = 0;
    qint64 pages = 0;
    qint64 page = 1;
};

Paged paginate(const std::vector<qint32> &all, const PhpQuery &q)
{
    Paged p;
    const qint64 perPage = intValue(q, "per_page", 10);
    p.page = intValue(q, "page", 1);
    const qint64 offset = intValue(q, "offset", -1);
    p.total = qint64(all.size());
    p.pages = (p.total + perPage - 1) / perPage;
    const qint64 first = offset >= 0 ? offset : (p.page - 1) * perPage;
    for (qint64 i = first; i < first + perPage && i < p.total; ++i)
        p.slice.push_back(all[size_t(i)]);
    return p;
}
} // namespace

// --- the simulator ----------------------------------------------------------------

WooSimulator::WooSimulator(WooSimConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_faultRng(SimRandom::mix(m_config.faultSeed, 0x3f0a))
    , m_inFlight(std::make_shared<std::atomic<int>>(0))
{
    const Clock &base = m_config.clock ? *m_config.clock : Clock::system();
    if (m_config.dataEndMs == 0)
        m_config.dataEndMs = base.nowMs() / 60000 * 60000;
    m_clock = std::make_unique<SimulatedClock>(base, m_config.timeScale, m_config.dataEndMs);
    m_data = std::make_unique<WooData>(m_config);
    m_data->generate();
    m_auth = std::make_unique<WooAuth>(m_config.keys);
    m_faultRates = m_config.faults;
    m_latencyMs = m_config.latencyMs;
    m_maxConcurrent = m_config.maxConcurrent;
}

WooSimulator::~WooSimulator() = default;

bool WooSimulator::start(QString *error)
{
    m_server = new HttpServer([this](const HttpRequest &r) { return handle(r); }, this);
    if (!m_server->listen(m_config.port, error))
        return false;
    m_port = m_server->port();
    return true;
}

void WooSimulator::stop()
{
    if (m_server)
        m_server->close();
}

QByteArray WooSimulator::homeUrl() const
{
    return QByteArray(m_config.isSsl ? "https" : "http") +
           "://127.0.0.1:" + QByteArray::number(m_port);
}

QUrl WooSimulator::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QUrl WooSimulator::restRoot() const
{
    return QUrl(QString::fromLatin1(restUrl("/")));
}

QByteArray WooSimulator::restUrl(const QByteArray &route) const
{
    const QByteArray home = baseUrl().toString().toLatin1();
    return m_config.prettyPermalinks ? QByteArray(home + "/wp-json" + route)
                                     : QByteArray(home + "/index.php?rest_route=" + route);
}

quint16 WooSimulator::port() const
{
    return m_port;
}

WooApiKey WooSimulator::apiKey() const
{
    return m_auth->keys().value(0);
}

QTimeZone WooSimulator::timeZone() const
{
    return m_data->zone();
}

qint64 WooSimulator::nowMs() const
{
    return m_clock->nowMs();
}

void WooSimulator::advanceTime(qint64 ms)
{
    m_clock->advance(ms);
}

void WooSimulator::setFaultRates(const WooFaultRates &rates)
{
    QMutexLocker lock(&m_stateMutex);
    m_faultRates = rates;
}

void WooSimulator::setLatencyMs(int ms)
{
    m_latencyMs = std::max(0, ms);
}

void WooSimulator::setMaxConcurrent(int n)
{
    m_maxConcurrent = std::max(0, n);
}

void WooSimulator::addApiKey(const WooApiKey &key)
{
    m_auth->add(key);
}

void WooSimulator::revokeApiKey(const QByteArray &consumerKey)
{
    m_auth->revoke(consumerKey);
}

WooApiStats WooSimulator::stats() const
{
    QMutexLocker lock(&m_stateMutex);
    return m_stats;
}

void WooSimulator::resetStats()
{
    QMutexLocker lock(&m_stateMutex);
    m_stats = WooApiStats();
}

template <typename F>
auto WooSimulator::mutate(F f)
{
    QWriteLocker lock(&m_dataLock);
    ++m_dataVersion;
    return f(*m_data, m_clock->nowMs() / Second * Second);
}

std::shared_ptr<const std::vector<qint32>> WooSimulator::cachedRows(const QByteArray &key) const
{
    QMutexLocker lock(&m_listingMutex);
    for (const ListingRows &l : m_listings)
        if (l.key == key && l.dataVersion == m_dataVersion)
            return l.rows;
    return nullptr;
}

void WooSimulator::keepRows(const QByteArray &key,
                            std::shared_ptr<const std::vector<qint32>> rows) const
{
    constexpr size_t kListingsKept = 4;
    QMutexLocker lock(&m_listingMutex);
    std::erase_if(m_listings, [&](const ListingRows &l) {
        return l.key == key || l.dataVersion != m_dataVersion;
    });
    m_listings.insert(m_listings.begin(), {m_dataVersion, key, std::move(rows)});
    if (m_listings.size() > kListingsKept)
        m_listings.resize(kListingsKept);
}

QList<qint64> WooSimulator::addOrders(int count)
{
    return mutate([&](WooData &d, qint64 now) { return d.addOrders(count, now); });
}

#define STORELENS_WOO_MUTATION(call)                                                               \
    QString e;                                                                                     \
    auto result = mutate([&](WooData &d, qint64 now) { return d.call; });                          \
    if (error)                                                                                     \
        *error = e;                                                                                \
    return result;

std::optional<qint64> WooSimulator::addOrder(const WooOrderRequest &request, QString *error){
    STORELENS_WOO_MUTATION(addOrder(request, now, &e))}

std::optional<qint64> WooSimulator::addRefund(qint64 orderId,
                                              const QList<WooRefundLineRequest> &lines,
                                              bool refundShipping, const QString &reason,
                                              QString *error){
    STORELENS_WOO_MUTATION(addRefund(orderId, lines, refundShipping, reason, now, &e))}

std::optional<qint64> WooSimulator::addAmountRefund(qint64 orderId, qint64 amount,
                                                    const QString &reason, QString *error)
{
    STORELENS_WOO_MUTATION(addAmountRefund(orderId, amount, reason, now, &e))
}

bool WooSimulator::setOrderStatus(qint64 orderId, const QByteArray &status, QString *error)
{
    STORELENS_WOO_MUTATION(setStatus(orderId, status, now, &e))
}

bool WooSimulator::trashOrder(qint64 orderId, QString *error)
{
    STORELENS_WOO_MUTATION(trashOrder(orderId, now, &e))
}

bool WooSimulator::untrashOrder(qint64 orderId, QString *error)
{
    STORELENS_WOO_MUTATION(untrashOrder(orderId, now, &e))
}

bool WooSimulator::setStock(qint64 id, std::optional<int> stock, QString *error)
{
    STORELENS_WOO_MUTATION(setStock(id, stock, now, &e))
}

#undef STORELENS_WOO_MUTATION

bool WooSimulator::deleteOrder(qint64 orderId, QString *error)
{
    QString e;
    const bool ok = mutate([&](WooData &d, qint64) { return d.deleteOrder(orderId, &e); });
    if (error)
        *error = e;
    return ok;
}

std::optional<qint64> WooSimulator::refundInFull(qint64 orderId, const QString &reason,
                                                 QString *error)
{
    QString e;
    auto r = mutate([&](WooData &d, qint64 now) -> std::optional<qint64> {
        const qint32 o = d.orderIndex(orderId);
        if (o < 0 || !d.orderVisible(o)) {
            e = QStringLiteral("no such order");
            return std::nullopt;
        }
        const WooData::OrderRow &row = d.orders[size_t(o)];
        QList<WooRefundLineRequest> rest;
        for (qint32 k = 0; k < row.lineCount; ++k) {
            const int left =
                d.lines[size_t(row.firstLine + k)].quantity - d.refundedQuantity(row.firstLine + k);
            if (left > 0)
                rest.append({qint64(row.firstItemId) + k, left});
        }
        return d.addRefund(orderId, rest, true, reason, now, &e);
    });
    if (error)
        *error = e;
    return r;
}

qint64 WooSimulator::addCustomer(const QString &email, const QString &firstName,
                                 const QString &lastName)
{
    return mutate(
        [&](WooData &d, qint64 now) { return d.addCustomer(email, firstName, lastName, now); });
}

qint64 WooSimulator::addSimpleProduct(const QString &name, const QByteArray &sku, qint64 price,
                                      bool reducedTaxRate, std::optional<int> stock)
{
    return mutate([&](WooData &d, qint64 now) {
        return d.addSimpleProduct(name, sku, price, reducedTaxRate, stock, now);
    });
}

qint64 WooSimulator::addVariableProduct(const QString &name, const QByteArray &sku,
                                        const QList<WooVariationRequest> &variations,
                                        std::optional<int> parentStock)
{
    return mutate([&](WooData &d, qint64 now) {
        return d.addVariableProduct(name, sku, variations, parentStock, now);
    });
}

qint64 WooSimulator::addCoupon(const QByteArray &code, bool percent, qint64 amount)
{
    return mutate([&](WooData &d, qint64 now) { return d.addCoupon(code, percent, amount, now); });
}

QList<WooOrder> WooSimulator::orders() const
{
    QReadLocker lock(&m_dataLock);
    QList<WooOrder> out;
    for (qint32 i = 0; i < qint32(m_data->orders.size()); ++i)
        if (m_data->orderVisible(i))
            out.append(m_data->orderTruth(i));
    return out;
}

std::optional<WooOrder> WooSimulator::order(qint64 id) const
{
    QReadLocker lock(&m_dataLock);
    const qint32 i = m_data->orderIndex(id);
    if (i < 0 || !m_data->orderVisible(i))
        return std::nullopt;
    return m_data->orderTruth(i);
}

qint64 WooSimulator::orderCount() const
{
    QReadLocker lock(&m_dataLock);
    qint64 n = 0;
    for (qint32 i = 0; i < qint32(m_data->orders.size()); ++i)
        n += m_data->orderVisible(i) ? 1 : 0;
    return n;
}

QList<WooCustomer> WooSimulator::customers() const
{
    QReadLocker lock(&m_dataLock);
    QList<WooCustomer> out;
    for (qint32 i = 0; i < qint32(m_data->users.size()); ++i)
        out.append(m_data->userTruth(i));
    return out;
}

QList<WooProduct> WooSimulator::products() const
{
    QReadLocker lock(&m_dataLock);
    QList<WooProduct> out;
    for (qint32 i = 0; i < qint32(m_data->products.size()); ++i)
        out.append(m_data->productTruth(i));
    return out;
}

QList<WooVariation> WooSimulator::variations() const
{
    QReadLocker lock(&m_dataLock);
    QList<WooVariation> out;
    for (qint32 i = 0; i < qint32(m_data->variations.size()); ++i)
        out.append(m_data->variationTruth(i));
    return out;
}

QList<WooCoupon> WooSimulator::coupons() const
{
    QReadLocker lock(&m_dataLock);
    QList<WooCoupon> out;
    for (qint32 i = 0; i < qint32(m_data->coupons.size()); ++i)
        out.append(m_data->couponTruth(i));
    return out;
}

WooSalesFigures WooSimulator::salesFigures(const QDate &from, const QDate &to) const
{
    return WooSalesFigures::compute(orders(), timeZone(), from, to);
}

qint64 WooSimulator::dataMemoryBytes() const
{
    QReadLocker lock(&m_dataLock);
    return qint64(m_data->memoryBytes());
}

// --- HTTP ---------------------------------------------------------------------------

namespace {
// Decrements the in-flight count when the connection lets go of the response.
struct InFlightToken
{
    explicit InFlightToken(std::shared_ptr<std::atomic<int>> c)
        : counter(std::move(c))
    {}
    InFlightToken(const InFlightToken &) = delete;
    InFlightToken &operator=(const InFlightToken &) = delete;
    ~InFlightToken() { --*counter; }
    std::shared_ptr<std::atomic<int>> counter;
};
} // namespace

HttpResponse WooSimulator::handle(const HttpRequest &request)
{
    const int limit = m_maxConcurrent.load();
    {
        QMutexLocker lock(&m_stateMutex);
        ++m_stats.requests;
        if (limit > 0 && m_inFlight->load() >= limit) {
            ++m_stats.rejectedBusy;
            lock.unlock();
            HttpResponse r = hostPage(429, "429 Too Many Requests", nginxPage(429));
            r.setHeader("Retry-After", QByteArray::number(m_config.retryAfterSeconds));
            return r;
        }
        const int now = ++*m_inFlight;
        m_stats.maxInFlight = std::max(m_stats.maxInFlight, now);
    }
    auto tokenHolder = std::make_shared<InFlightToken>(m_inFlight);
    HttpResponse r = route(request);
    r.inFlight = tokenHolder;
    r.delayMs += m_latencyMs.load();
    r.headOnly = request.method == "HEAD";
    return r;
}

HttpResponse WooSimulator::hostPage(int status, const QByteArray &, const QByteArray &body) const
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.setHeader("Server", "nginx");
    r.setHeader("Content-Type", "text/html; charset=UTF-8");
    return r;
}

HttpResponse WooSimulator::plainSite(const HttpRequest &request) const
{
    if (request.path == "/" || request.path == "/index.html") {
        HttpResponse r = hostPage(200, "",
                                  "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" +
                                      m_config.siteName.toUtf8() + "</title></head><body><h1>" +
                                      m_config.siteName.toUtf8() +
                                      "</h1><p>Our new shop opens soon.</p></body></html>\n");
        return r;
    }
    return hostPage(404, "", nginxPage(404));
}

HttpResponse WooSimulator::wordpressPage(int status) const
{
    const QByteArray api = restUrl("/");
    const QByteArray title =
        status == 404 ? QByteArray("Page not found &#8211; " + m_config.siteName.toUtf8())
                      : QByteArray(m_config.siteName.toUtf8() + " &#8211; " +
                                   m_config.siteDescription.toUtf8());
    HttpResponse r;
    r.status = status;
    r.body =
        "<!DOCTYPE html>\n<html lang=\"de-DE\">\n<head>\n<meta charset=\"UTF-8\">\n<title>" +
        title + "</title>\n<link rel=\"https://api.w.org/\" href=\"" + api +
        "\" />\n<meta name=\"generator\" content=\"WordPress " + m_config.wpVersion + "\" />\n" +
        (m_config.wooCommerceActive
             ? "<meta name=\"generator\" content=\"WooCommerce " + m_config.wooVersion + "\">\n"
             : QByteArray()) +
        "</head>\n<body class=\"" + (status == 404 ? "error404" : "home") + "\">\n<h1>" +
        (status == 404 ? QByteArray("Oops! That page can&rsquo;t be found.")
                       : m_config.siteName.toUtf8()) +
        "</h1>\n</body>\n</html>\n";
    r.setHeader("Content-Type", "text/html; charset=UTF-8");
    r.setHeader("Link", "<" + api + ">; rel=\"https://api.w.org/\"");
    return r;
}

HttpResponse WooSimulator::json(int status, const WooJson &body) const
{
    HttpResponse r;
    r.status = status;
    r.body = body.serialize();
    r.setHeader("Content-Type", "application/json; charset=UTF-8");
    r.setHeader("X-Robots-Tag", "noindex");
    r.setHeader("Link", "<" + restUrl("/") + ">; rel=\"https://api.w.org/\"");
    r.setHeader("X-Content-Type-Options", "nosniff");
    r.setHeader("Access-Control-Expose-Headers", "X-WP-Total, X-WP-TotalPages, Link");
    r.setHeader("Access-Control-Allow-Headers",
                "Authorization, X-WP-Nonce, Content-Disposition, Content-MD5, Content-Type");
    return r;
}

HttpResponse WooSimulator::error(int status, const QByteArray &code, const QString &message) const
{
    WooJson data = WooJson::object();
    data.add("status", num(status));
    WooJson body = WooJson::object();
    body.add("code", str(code)).add("message", str(message)).add("data", std::move(data));
    return json(status, body);
}

HttpResponse WooSimulator::route(const HttpRequest &request)
{
    if (!m_config.wordpress)
        return plainSite(request);
    PhpQuery query = PhpQuery::parse(request.query);
    QByteArray restRoute;
    bool isRest = false;
    if (query.has("rest_route") && (request.path == "/" || request.path == "/index.php")) {
        restRoute = query.value("rest_route");
        isRest = true;
    } else if (request.path == "/wp-json" || request.path.startsWith("/wp-json/")) {
        if (!m_config.prettyPermalinks)
            return wordpressPage(404);
        restRoute = QByteArray::fromPercentEncoding(request.path.mid(8));
        isRest = true;
    }
    if (!isRest)
        return wordpressPage(request.path == "/" || request.path == "/index.php" ? 200 : 404);
    while (restRoute.size() > 1 && restRoute.endsWith('/'))
        restRoute.chop(1);
    if (!restRoute.startsWith('/'))
        restRoute.prepend('/');
    return rest(request, query, restRoute);
}

WooApiStats::Fault WooSimulator::nextFault()
{
    QMutexLocker lock(&m_stateMutex);
    const WooFaultRates &f = m_faultRates;
    const double rates[] = {f.base.serverError,
                            f.base.tooManyRequests,
                            f.base.resetBeforeResponse,
                            f.base.resetMidResponse,
                            f.base.truncatedBody,
                            f.base.slowResponse,
                            f.phpFatal,
                            f.emptyBody,
                            f.truncatedJson,
                            f.securityChallenge};
    if (f.total() <= 0)
        return WooApiStats::None;
    double x = m_faultRng.unit();
    for (int k = 0; k < int(std::size(rates)); ++k) {
        if (x < rates[k]) {
            ++m_stats.faults[size_t(k + 1)];
            return WooApiStats::Fault(k + 1);
        }
        x -= rates[k];
    }
    return WooApiStats::None;
}

HttpResponse WooSimulator::faultResponse(WooApiStats::Fault fault, const HttpRequest &request)
{
    quint64 pick;
    {
        QMutexLocker lock(&m_stateMutex);
        pick = m_faultRng.next();
    }
    switch (fault) {
    case WooApiStats::ServerError: {
        static const int Statuses[] = {500, 502, 503, 504};
        const int status = Statuses[pick % 4];
        return hostPage(status, "", nginxPage(status));
    }
    case WooApiStats::TooManyRequests: {
        HttpResponse r = hostPage(429, "", nginxPage(429));
        r.setHeader("Retry-After", QByteArray::number(m_config.retryAfterSeconds));
        return r;
    }
    case WooApiStats::ResetBeforeResponse: {
        HttpResponse r;
        r.fault = HttpResponse::Fault::ResetBeforeResponse;
        return r;
    }
    case WooApiStats::PhpFatal: {
        if (pick % 2) { // display_errors on: PHP prints the error into the JSON response
            HttpResponse r;
            r.status = 200;
            r.body = PhpFatalBody;
            r.setHeader("Content-Type", "application/json; charset=UTF-8");
            r.setHeader("X-Robots-Tag", "noindex");
            return r;
        }
        // WordPress's fatal error handler: wp_die() answers JSON to a client
        // that asked for JSON, the "critical error" page otherwise.
        HttpResponse r;
        r.status = 500;
        if (request.header("accept").contains("application/json")) {
            r.body = CriticalErrorJson;
            r.setHeader("Content-Type", "application/json; charset=UTF-8");
        } else {
            r.body = CriticalErrorHtml;
            r.setHeader("Content-Type", "text/html; charset=utf-8");
        }
        return r;
    }
    case WooApiStats::EmptyBody: {
        HttpResponse r;
        r.status = 200;
        r.setHeader("Content-Type", "application/json; charset=UTF-8");
        return r;
    }
    case WooApiStats::SecurityChallenge: {
        if (pick % 2) {
            HttpResponse r = hostPage(403, "", CloudflareChallenge);
            r.setHeader("Server", "cloudflare");
            r.setHeader("cf-mitigated", "challenge");
            r.setHeader("Cache-Control", "private, max-age=0, no-store, no-cache, must-revalidate");
            return r;
        }
        return hostPage(503, "", WordfenceBlock);
    }
    default:
        return HttpResponse();
    }
}

HttpResponse WooSimulator::rest(const HttpRequest &request, PhpQuery &query,
                                const QByteArray &restRoute)
{
    {
        QMutexLocker lock(&m_stateMutex);
        ++m_stats.restRequests;
    }
    const WooApiStats::Fault fault = nextFault();
    switch (fault) {
    case WooApiStats::ServerError:
    case WooApiStats::TooManyRequests:
    case WooApiStats::ResetBeforeResponse:
    case WooApiStats::PhpFatal:
    case WooApiStats::EmptyBody:
    case WooApiStats::SecurityChallenge:
        return faultResponse(fault, request);
    default:
        break;
    }

    const bool wcRoute = restRoute.startsWith("/wc/") || restRoute.startsWith("/wc-");
    bool authenticated = false;
    HttpResponse r;
    bool answered = false;
    if (m_config.wooCommerceActive && wcRoute) {
        const WooAuth::Result auth = m_auth->authenticate(
            request.method, request.path, query, request.header("authorization"), homeUrl(),
            m_config.isSsl,
            (m_config.clock ? m_config.clock->nowMs() : Clock::system().nowMs()) / 1000);
        if (auth.kind == WooAuth::Result::Failed) {
            r = error(401, auth.code, auth.message);
            answered = true;
        } else if (auth.kind == WooAuth::Result::Authenticated) {
            const QByteArray perms = auth.key.permissions;
            const bool reading = request.method == "GET" || request.method == "HEAD";
            if (reading && perms != "read" && perms != "read_write") {
                r = error(401, "woocommerce_rest_authentication_error",
                          QStringLiteral("The API key provided does not have read permissions."));
                answered = true;
            } else if (!reading && perms != "write" && perms != "read_write") {
                r = error(401, "woocommerce_rest_authentication_error",
                          QStringLiteral("The API key provided does not have write permissions."));
                answered = true;
            }
            authenticated = true;
        }
    }
    if (!answered)
        r = dispatch(request, query, restRoute, authenticated);
    if (r.status == 401) {
        QMutexLocker lock(&m_stateMutex);
        ++m_stats.unauthorized;
    } else if (r.status == 400) {
        QMutexLocker lock(&m_stateMutex);
        ++m_stats.invalidParams;
    }

    switch (fault) {
    case WooApiStats::ResetMidResponse:
        r.fault = HttpResponse::Fault::ResetMidResponse;
        break;
    case WooApiStats::TruncatedBody:
        r.fault = HttpResponse::Fault::TruncatedBody;
        break;
    case WooApiStats::SlowResponse: {
        QMutexLocker lock(&m_stateMutex);
        r.delayMs += m_faultRates.base.slowDelayMs;
        break;
    }
    case WooApiStats::TruncatedJson:
        // The body is cut, Content-Length says so: the client sees a
        // complete HTTP answer with broken JSON.
        r.body.truncate(std::max<qsizetype>(1, r.body.size() * 3 / 5));
        break;
    default:
        break;
    }
    return r;
}

HttpResponse WooSimulator::dispatch(const HttpRequest &request, PhpQuery &query,
                                    const QByteArray &restRoute, bool authenticated)
{
    auto noRoute = [&] {
        return error(404, "rest_no_route",
                     QStringLiteral("No route was found matching the URL and request method."));
    };
    const bool reading = request.method == "GET" || request.method == "HEAD";
    const QByteArray home = baseUrl().toString().toLatin1();

    // The index of the API and of its namespaces.
    QByteArrayList namespaces = {"oembed/1.0"};
    if (m_config.wooCommerceActive)
        namespaces << "wc/store/v1"
                   << "wc-admin"
                   << "wc-analytics"
                   << "wc/v1"
                   << "wc/v2"
                   << "wc/v3"
                   << "wc-telemetry";
    namespaces << "wp/v2"
               << "wp-site-health/v1"
               << "wp-block-editor/v1";
    const bool allRefunds = WooSimConfig::versionAtLeast(m_config.wooVersion, 9, 0);
    static const QByteArrayList WcRoutes = {
        "/wc/v3",
        "/wc/v3/orders",
        "/wc/v3/orders/(?P<id>[\\d]+)",
        "/wc/v3/orders/(?P<order_id>[\\d]+)/refunds",
        "/wc/v3/orders/(?P<order_id>[\\d]+)/refunds/(?P<id>[\\d]+)",
        "/wc/v3/refunds",
        "/wc/v3/customers",
        "/wc/v3/customers/(?P<id>[\\d]+)",
        "/wc/v3/products",
        "/wc/v3/products/(?P<id>[\\d]+)",
        "/wc/v3/products/(?P<product_id>[\\d]+)/variations",
        "/wc/v3/products/(?P<product_id>[\\d]+)/variations/(?P<id>[\\d]+)",
        "/wc/v3/settings/(?P<group_id>[\\w-]+)",
        "/wc/v3/system_status"};
    auto routesObject = [&](const QByteArray &prefix) {
        WooJson routes = WooJson::object();
        for (const QByteArray &route : WcRoutes) {
            if (!route.startsWith(prefix) || (route == "/wc/v3/refunds" && !allRefunds))
                continue;
            WooJson methods = WooJson::array();
            methods.push(str("GET"));
            WooJson endpoint = WooJson::object();
            WooJson endpointMethods = WooJson::array();
            endpointMethods.push(str("GET"));
            endpoint.add("methods", std::move(endpointMethods)).add("args", WooJson::array());
            WooJson endpoints = WooJson::array();
            endpoints.push(std::move(endpoint));
            WooJson entry = WooJson::object();
            entry.add("namespace", str("wc/v3"))
                .add("methods", std::move(methods))
                .add("endpoints", std::move(endpoints));
            if (!route.contains('('))
                entry.add("_links",
                          WooJson::object().add("self", WooJson::array().push(WooJson::object().add(
                                                            "href", str(restUrl(route))))));
            routes.add(route, std::move(entry));
        }
        return routes;
    };
    if (restRoute == "/") {
        if (!reading)
            return noRoute();
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock->nowMs(), timeZone());
        const int offset = now.offsetFromUtc();
        WooJson ns = WooJson::array();
        for (const QByteArray &n : namespaces)
            ns.push(str(n));
        WooJson authentication = WooJson::array(); // application passwords need HTTPS
        if (m_config.isSsl) {
            authentication = WooJson::object();
            authentication.add(
                "application-passwords",
                WooJson::object().add(
                    "endpoints",
                    WooJson::object().add("authorization",
                                          str(homeUrl() + "/wp-admin/authorize-application.php"))));
        }
        WooJson index = WooJson::object();
        index.add("name", str(m_config.siteName))
            .add("description", str(m_config.siteDescription))
            .add("url", str(home))
            .add("home", str(home))
            .add("gmt_offset", offset % 3600 ? WooJson::real(offset / 3600.0) : num(offset / 3600))
            .add("timezone_string", str(m_config.timeZone))
            .add("page_for_posts", num(0))
            .add("page_on_front", num(0))
            .add("show_on_front", str("posts"))
            .add("namespaces", std::move(ns))
            .add("authentication", std::move(authentication))
            .add("routes", m_config.wooCommerceActive ? routesObject("/wc/v3") : WooJson::array())
            .add("site_logo", num(0))
            .add("site_icon", num(0))
            .add("site_icon_url", str(""))
            .add("_links",
                 WooJson::object().add(
                     "help", WooJson::array().push(WooJson::object().add(
                                 "href", str("https://developer.wordpress.org/rest-api/")))));
        return json(200, index);
    }
    if (!m_config.wooCommerceActive || !reading)
        return noRoute();
    if (restRoute.compare("/wc/v3", Qt::CaseInsensitive) == 0) {
        WooJson idx = WooJson::object();
        idx.add("namespace", str("wc/v3"))
            .add("routes", routesObject("/wc/v3"))
            .add("_links", WooJson::object().add("up", WooJson::array().push(WooJson::object().add(
                                                           "href", str(restUrl("/"))))));
        return json(200, idx);
    }

    static const QRegularExpression orderRe(QStringLiteral("^/wc/v3/orders/(\\d+)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression refundsRe(QStringLiteral("^/wc/v3/orders/(\\d+)/refunds$"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression refundRe(
        QStringLiteral("^/wc/v3/orders/(\\d+)/refunds/(\\d+)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression customerRe(QStringLiteral("^/wc/v3/customers/(\\d+)$"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression productRe(QStringLiteral("^/wc/v3/products/(\\d+)$"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression variationsRe(
        QStringLiteral("^/wc/v3/products/(\\d+)/variations$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression variationRe(
        QStringLiteral("^/wc/v3/products/(\\d+)/variations/(\\d+)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression settingsRe(QStringLiteral("^/wc/v3/settings/([\\w-]+)$"),
                                               QRegularExpression::CaseInsensitiveOption);
    const QString routeText = QString::fromUtf8(restRoute);
    const QString lower = routeText.toLower();

    const bool modifiedSupported = WooSimConfig::versionAtLeast(m_config.wooVersion, 5, 8);
    enum Kind
    {
        Orders,
        Order,
        Refunds,
        Refund,
        AllRefunds,
        Customers,
        Customer,
        Products,
        Product,
        Variations,
        Variation,
        Settings,
        SystemStatus,
        None
    } kind = None;
    QRegularExpressionMatch m;
    if (lower == QLatin1String("/wc/v3/orders"))
        kind = Orders;
    else if ((m = orderRe.match(routeText)).hasMatch())
        kind = Order;
    else if ((m = refundsRe.match(routeText)).hasMatch())
        kind = Refunds;
    else if ((m = refundRe.match(routeText)).hasMatch())
        kind = Refund;
    else if (lower == QLatin1String("/wc/v3/refunds") &&
             WooSimConfig::versionAtLeast(m_config.wooVersion, 9, 0))
        kind = AllRefunds; // WC_REST_Refunds_Controller, WooCommerce 9.0
    else if (lower == QLatin1String("/wc/v3/customers"))
        kind = Customers;
    else if ((m = customerRe.match(routeText)).hasMatch())
        kind = Customer;
    else if (lower == QLatin1String("/wc/v3/products"))
        kind = Products;
    else if ((m = productRe.match(routeText)).hasMatch())
        kind = Product;
    else if ((m = variationsRe.match(routeText)).hasMatch())
        kind = Variations;
    else if ((m = variationRe.match(routeText)).hasMatch())
        kind = Variation;
    else if ((m = settingsRe.match(routeText)).hasMatch())
        kind = Settings;
    else if (lower == QLatin1String("/wc/v3/system_status"))
        kind = SystemStatus;
    if (kind == None)
        return noRoute();
    const qint64 id1 = m.hasMatch() ? m.captured(1).toLongLong() : 0;
    const qint64 id2 = m.hasMatch() && m.lastCapturedIndex() >= 2 ? m.captured(2).toLongLong() : 0;

    // Parameters are validated before permissions are checked, as
    // WP_REST_Server::respond_to_request() does.
    QList<Spec> specs;
    static const QByteArrayList OrderStatuses = {
        "any",       "trash",     "pending",  "processing", "on-hold",
        "completed", "cancelled", "refunded", "failed",     "checkout-draft"};
    const bool collection = kind == Orders || kind == Refunds || kind == AllRefunds ||
                            kind == Customers || kind == Products || kind == Variations;
    if (collection) {
        specs = pagingSpecs();
        specs.append({"dp", Spec::Int});
    } else {
        specs = {{"context", Spec::Enum, 0, 0, {"view", "edit"}}, {"dp", Spec::Int}};
    }
    switch (kind) {
    case Orders:
        addDateSpecs(&specs, modifiedSupported);
        specs.append(
            {"orderby", Spec::Enum, 0, 0, {"date", "id", "include", "title", "slug", "modified"}});
        specs.append({"parent", Spec::IntList});
        specs.append({"parent_exclude", Spec::IntList});
        specs.append({"status", Spec::EnumList, 0, 0, OrderStatuses});
        specs.append({"customer", Spec::Int});
        specs.append({"product", Spec::Int});
        break;
    case Refunds:
    case AllRefunds:
        // The orders' parameters without status, customer and product.
        addDateSpecs(&specs, modifiedSupported);
        specs.append(
            {"orderby", Spec::Enum, 0, 0, {"date", "id", "include", "title", "slug", "modified"}});
        specs.append({"parent", Spec::IntList});
        specs.append({"parent_exclude", Spec::IntList});
        break;
    case Customers:
        specs.append({"orderby", Spec::Enum, 0, 0, {"id", "include", "name", "registered_date"}});
        specs.append({"email", Spec::Text});
        specs.append({"role",
                      Spec::Enum,
                      0,
                      0,
                      {"all", "administrator", "editor", "author", "contributor", "subscriber",
                       "customer", "shop_manager"}});
        break;
    case Products:
    case Variations:
        addDateSpecs(&specs, modifiedSupported);
        specs.append({"orderby",
                      Spec::Enum,
                      0,
                      0,
                      {"date", "modified", "id", "include", "title", "slug", "price", "popularity",
                       "rating", "menu_order"}});
        specs.append({"status",
                      Spec::Enum,
                      0,
                      0,
                      {"any", "future", "trash", "draft", "pending", "private", "publish"}});
        specs.append({"stock_status", Spec::Enum, 0, 0, {"instock", "outofstock", "onbackorder"}});
        if (kind == Products)
            specs.append({"type", Spec::Enum, 0, 0, {"simple", "grouped", "external", "variable"}});
        break;
    default:
        break;
    }
    const QList<Invalid> invalid = validate(query, specs);
    if (!invalid.isEmpty()) {
        WooJson params = WooJson::object(), details = WooJson::object();
        QByteArrayList names;
        for (const Invalid &i : invalid) {
            names << i.name;
            params.add(i.name, str(i.message));
            WooJson detail = WooJson::object();
            detail.add("code", str(i.code))
                .add("message", str(i.message))
                .add("data", WooJson::null());
            details.add(i.name, std::move(detail));
        }
        WooJson data = WooJson::object();
        data.add("status", num(400))
            .add("params", std::move(params))
            .add("details", std::move(details));
        WooJson body = WooJson::object();
        body.add("code", str("rest_invalid_param"))
            .add("message", str("Invalid parameter(s): " + names.join(", ")))
            .add("data", std::move(data));
        return json(400, body);
    }
    if (!authenticated)
        return error(401, "woocommerce_rest_cannot_view",
                     collection || kind == Settings || kind == SystemStatus
                         ? QStringLiteral("Sorry, you cannot list resources.")
                         : QStringLiteral("Sorry, you cannot view this resource."));

    QReadLocker lock(&m_dataLock);
    const WooData &d = *m_data;
    const int dp = int(std::clamp<qint64>(intValue(query, "dp", m_config.priceDecimals), 0, 10));
    const Render render{d, m_config, home, m_config.prettyPermalinks, dp};
    const QByteArrayList fields = query.list("_fields");
    const bool ascending =
        query.value("order") == "asc" || (!query.has("order") && kind == Customers);
    const QByteArray orderby = query.value("orderby");
    const DateFilter dates = dateFilter(query, modifiedSupported, d.zone());
    const QList<qint64> include = intList(query, "include"), exclude = intList(query, "exclude");
    auto idAllowed = [&](qint64 id) {
        return (include.isEmpty() || include.contains(id)) && !exclude.contains(id);
    };
    auto includeKey = [&](qint64 id) {
        return include.indexOf(id);
    };

    auto respond = [&](const WooJson &body, const QByteArray &allow) {
        HttpResponse r = json(200, fields.isEmpty() ? body : body.filtered(fields));
        r.setHeader("Allow", allow);
        return r;
    };
    auto list = [&](const Paged &p, const WooJson &items, const QByteArray &linkRoute) {
        HttpResponse r = respond(items, "GET, POST");
        r.setHeader("X-WP-Total", QByteArray::number(p.total));
        r.setHeader("X-WP-TotalPages", QByteArray::number(p.pages));
        // add_query_arg( $request->get_query_params(), rest_url( route ) ):
        // the request's decoded parameters, credentials included, not
        // re-encoded; then page= replaced or appended.
        auto pageLink = [&](qint64 page) {
            QByteArrayList parts;
            if (!m_config.prettyPermalinks)
                parts << "rest_route=" +
                             (query.has("rest_route") ? query.value("rest_route") : linkRoute);
            bool pageSeen = false;
            for (const PhpQuery::Param &param : query.params()) {
                if (param.key == "rest_route" && !m_config.prettyPermalinks)
                    continue;
                if (param.key == "page") {
                    parts << "page=" + QByteArray::number(page);
                    pageSeen = true;
                } else if (!param.isArray) {
                    parts << param.key + '=' + param.value;
                } else {
                    for (const auto &item : param.items)
                        parts << param.key + "%5B" + item.first + "%5D=" + item.second;
                }
            }
            if (!pageSeen)
                parts << "page=" + QByteArray::number(page);
            const QByteArray base = m_config.prettyPermalinks
                                        ? QByteArray(home + "/wp-json" + linkRoute)
                                        : QByteArray(home + "/index.php");
            return QByteArray(base + '?' + parts.join('&'));
        };
        QByteArrayList links;
        if (p.page > 1)
            links << "<" + pageLink(std::min(p.page - 1, std::max<qint64>(p.pages, 1))) +
                         ">; rel=\"prev\"";
        if (p.pages > p.page)
            links << "<" + pageLink(p.page + 1) + ">; rel=\"next\"";
        if (!links.isEmpty())
            r.setHeader("Link", links.join(", "));
        return r;
    };

    switch (kind) {
    case Orders: {
        QSet<quint8> statuses;
        QByteArrayList wanted = query.list("status");
        if (wanted.isEmpty() || wanted.contains("any")) {
            for (quint8 s = 0; s < WooData::StatusCount; ++s)
                if (s != WooData::Trash && s != WooData::CheckoutDraft)
                    statuses.insert(s);
        } else {
            for (const QByteArray &w : wanted)
                if (const auto s = WooData::parseStatus(w))
                    statuses.insert(*s);
        }
        const bool byCustomer = query.has("customer");
        const qint64 customer = intValue(query, "customer", 0);
        const qint64 product = intValue(query, "product", 0);
        // Everything that selects and orders the rows, for the cache.
        QByteArray key = orderby + (ascending ? " asc" : " desc");
        QList<quint8> sortedStatuses = statuses.values();
        std::sort(sortedStatuses.begin(), sortedStatuses.end());
        for (quint8 st : std::as_const(sortedStatuses))
            key += ' ' + QByteArray::number(st);
        key += " c" + (byCustomer ? QByteArray::number(customer) : QByteArray("-")) + " p" +
               QByteArray::number(product) + " d" + QByteArray::number(dates.after) + ',' +
               QByteArray::number(dates.before) + ',' + QByteArray::number(dates.modifiedAfter) +
               ',' + QByteArray::number(dates.modifiedBefore) + " i";
        for (qint64 id : include)
            key += QByteArray::number(id) + ',';
        key += " x";
        for (qint64 id : exclude)
            key += QByteArray::number(id) + ',';
        if (const auto rows = cachedRows(key)) {
            const Paged p = paginate(*rows, query);
            WooJson items = WooJson::array();
            for (qint32 i : p.slice)
                items.push(render.order(i, m_config.legacyRefundKey));
            return list(p, items, "/wc/v3/orders");
        }
        std::vector<qint32> idx;
        for (qint32 i = 0; i < qint32(d.orders.size()); ++i) {
            const WooData::OrderRow &o = d.orders[size_t(i)];
            if ((o.flags & WooData::Deleted) || !statuses.contains(o.status) || !idAllowed(o.id) ||
                !dates.passes(o.createdAt, o.modifiedAt))
                continue;
            if (byCustomer && (o.customer >= 0 ? d.users[size_t(o.customer)].id : 0) != customer)
                continue;
            if (product) {
                bool has = false;
                for (qint32 l = o.firstLine; l < o.firstLine + o.lineCount; ++l)
                    has = has || d.products[size_t(d.lines[size_t(l)].product)].id == product;
                if (!has)
                    continue;
            }
            idx.push_back(i);
        }
        auto idOf = [&](qint32 i) {
            return d.orders[size_t(i)].id;
        };
        if (orderby == "id" || orderby == "slug")
            sortRows(&idx, ascending, idOf);
        else if (orderby == "modified")
            sortRows(&idx, ascending,
                     [&](qint32 i) { return std::pair(d.orders[size_t(i)].modifiedAt, idOf(i)); });
        else if (orderby == "include" && !include.isEmpty())
            sortRows(&idx, true, [&](qint32 i) { return includeKey(idOf(i)); });
        else
            sortRows(&idx, ascending,
                     [&](qint32 i) { return std::pair(d.orders[size_t(i)].createdAt, idOf(i)); });
        const auto rows = std::make_shared<const std::vector<qint32>>(std::move(idx));
        keepRows(key, rows);
        const Paged p = paginate(*rows, query);
        WooJson items = WooJson::array();
        for (qint32 i : p.slice)
            items.push(render.order(i, m_config.legacyRefundKey));
        return list(p, items, "/wc/v3/orders");
    }
    case Order: {
        const qint32 i = d.orderIndex(id1);
        if (i < 0 || !d.orderVisible(i))
            return error(404, "woocommerce_rest_shop_order_invalid_id",
                         QStringLiteral("Invalid ID."));
        return respond(render.order(i, m_config.legacyRefundKey), "GET, POST, PUT, PATCH, DELETE");
    }
    case Refunds: {
        const qint32 o = d.orderIndex(id1);
        std::vector<qint32> idx;
        if (o >= 0 && d.orderVisible(o))
            for (qint32 r = d.orders[size_t(o)].firstRefund; r >= 0; r = d.refunds[size_t(r)].next)
                if (idAllowed(d.refunds[size_t(r)].id) &&
                    dates.passes(d.refunds[size_t(r)].createdAt, d.refunds[size_t(r)].createdAt))
                    idx.push_back(r);
        auto idOf = [&](qint32 r) {
            return d.refunds[size_t(r)].id;
        };
        if (orderby == "id" || orderby == "slug")
            sortRows(&idx, ascending, idOf);
        else if (orderby == "include" && !include.isEmpty())
            sortRows(&idx, true, [&](qint32 r) { return includeKey(idOf(r)); });
        else
            sortRows(&idx, ascending,
                     [&](qint32 r) { return std::pair(d.refunds[size_t(r)].createdAt, idOf(r)); });
        const Paged p = paginate(idx, query);
        WooJson items = WooJson::array();
        for (qint32 r : p.slice)
            items.push(render.refund(r));
        return list(p, items, "/wc/v3/orders/" + QByteArray::number(id1) + "/refunds");
    }
    case AllRefunds: {
        // prepare_objects_query() drops post_parent__in: `parent` is accepted
        // and ignored; parent_exclude still applies. A deleted order's refunds
        // went with it.
        const QList<qint64> parentExclude = intList(query, "parent_exclude");
        const QSet<qint64> wantedIds(include.cbegin(), include.cend());
        std::vector<qint32> idx;
        for (qint32 r = 0; r < qint32(d.refunds.size()); ++r) {
            const WooData::RefundRow &row = d.refunds[size_t(r)];
            if (!d.orderVisible(row.order) ||
                parentExclude.contains(d.orders[size_t(row.order)].id) ||
                (!include.isEmpty() && !wantedIds.contains(row.id)) || exclude.contains(row.id) ||
                !dates.passes(row.createdAt, row.createdAt))
                continue;
            idx.push_back(r);
        }
        auto idOf = [&](qint32 r) {
            return d.refunds[size_t(r)].id;
        };
        if (orderby == "id" || orderby == "slug")
            sortRows(&idx, ascending, idOf);
        else if (orderby == "include" && !include.isEmpty())
            sortRows(&idx, true, [&](qint32 r) { return includeKey(idOf(r)); });
        else
            sortRows(&idx, ascending,
                     [&](qint32 r) { return std::pair(d.refunds[size_t(r)].createdAt, idOf(r)); });
        const Paged p = paginate(idx, query);
        WooJson items = WooJson::array();
        for (qint32 r : p.slice)
            items.push(render.refund(r, true));
        return list(p, items, "/wc/v3/refunds");
    }
    case Refund: {
        const qint32 o = d.orderIndex(id1);
        const qint32 r = d.refundIndex(id2);
        if (o < 0 || !d.orderVisible(o))
            return error(404, "woocommerce_rest_invalid_order_id",
                         QStringLiteral("Invalid order ID."));
        if (r < 0 || d.refunds[size_t(r)].order != o)
            return error(404, "woocommerce_rest_invalid_order_refund_id",
                         QStringLiteral("Invalid order refund ID."));
        return respond(render.refund(r), "GET, DELETE");
    }
    case Customers: {
        const QByteArray role = query.has("role") ? query.value("role") : QByteArray("customer");
        const QString email = QString::fromUtf8(query.value("email"));
        std::vector<qint32> idx;
        for (qint32 u = 0; u < qint32(d.users.size()); ++u) {
            const WooData::UserRow &row = d.users[size_t(u)];
            if (role != "all" && role != WooData::roleName(row.role))
                continue;
            if (!idAllowed(row.id))
                continue;
            if (!email.isEmpty() && d.userEmail(u).compare(email, Qt::CaseInsensitive) != 0)
                continue;
            idx.push_back(u);
        }
        auto idOf = [&](qint32 u) {
            return qint64(d.users[size_t(u)].id);
        };
        if (orderby == "id")
            sortRows(&idx, ascending, idOf);
        else if (orderby == "registered_date")
            sortRows(&idx, ascending,
                     [&](qint32 u) { return std::pair(d.users[size_t(u)].createdAt, idOf(u)); });
        else if (orderby == "include" && !include.isEmpty())
            sortRows(&idx, true, [&](qint32 u) { return includeKey(idOf(u)); });
        else // name: display_name, the login unless the user set one
            sortRows(&idx, ascending, [&](qint32 u) { return std::pair(d.userLogin(u), idOf(u)); });
        const Paged p = paginate(idx, query);
        WooJson items = WooJson::array();
        for (qint32 u : p.slice)
            items.push(render.customer(u));
        return list(p, items, "/wc/v3/customers");
    }
    case Customer: {
        const qint32 u = d.userIndex(id1);
        if (u < 0)
            return error(404, "woocommerce_rest_invalid_id",
                         QStringLiteral("Invalid resource ID."));
        return respond(render.customer(u), "GET, POST, PUT, PATCH, DELETE");
    }
    case Products:
    case Variations: {
        const QByteArray status = query.has("status") ? query.value("status") : QByteArray("any");
        const QByteArrayList skus = query.list("sku");
        const QByteArray stockStatus = query.value("stock_status");
        const QByteArray type = query.value("type");
        std::vector<qint32> idx;
        auto statusOk = [&](quint8 s) {
            const char *name = s == 0 ? "publish" : s == 1 ? "draft" : "private";
            return status == "any" || status == name;
        };
        if (kind == Products) {
            for (qint32 i = 0; i < qint32(d.products.size()); ++i) {
                const WooData::ProductRow &p = d.products[size_t(i)];
                if (!statusOk(p.status) || !idAllowed(p.id) ||
                    !dates.passes(p.createdAt, p.modifiedAt))
                    continue;
                if (!type.isEmpty() && type != (p.type == 1 ? "variable" : "simple"))
                    continue;
                if (!skus.isEmpty() && !skus.contains(p.sku))
                    continue;
                if (!stockStatus.isEmpty() &&
                    stockStatus != Render::stockStatus(p.manageStock, p.stock, p.outOfStock))
                    continue;
                idx.push_back(i);
            }
        } else {
            const qint32 parent = d.productIndex(id1);
            for (qint32 i = 0; parent >= 0 && i < d.products[size_t(parent)].variationCount; ++i) {
                const qint32 v = d.products[size_t(parent)].firstVariation + i;
                const WooData::VariationRow &row = d.variations[size_t(v)];
                if (!statusOk(0) || !idAllowed(row.id) ||
                    !dates.passes(row.createdAt, row.modifiedAt))
                    continue;
                if (!skus.isEmpty() && !skus.contains(row.sku))
                    continue;
                idx.push_back(v);
            }
        }
        const bool isProducts = kind == Products;
        auto idOf = [&](qint32 i) {
            return isProducts ? qint64(d.products[size_t(i)].id)
                              : qint64(d.variations[size_t(i)].id);
        };
        auto created = [&](qint32 i) {
            return isProducts ? d.products[size_t(i)].createdAt : d.variations[size_t(i)].createdAt;
        };
        auto modified = [&](qint32 i) {
            return isProducts ? d.products[size_t(i)].modifiedAt
                              : d.variations[size_t(i)].modifiedAt;
        };
        if (orderby == "id")
            sortRows(&idx, ascending, idOf);
        else if (orderby == "modified")
            sortRows(&idx, ascending, [&](qint32 i) { return std::pair(modified(i), idOf(i)); });
        else if (orderby == "include" && !include.isEmpty())
            sortRows(&idx, true, [&](qint32 i) { return includeKey(idOf(i)); });
        else if (orderby == "title" || orderby == "slug")
            sortRows(&idx, ascending, [&](qint32 i) {
                return std::pair(isProducts
                                     ? d.products[size_t(i)].name
                                     : d.products[size_t(d.variations[size_t(i)].product)].name,
                                 idOf(i));
            });
        else if (orderby == "price")
            sortRows(&idx, ascending, [&](qint32 i) {
                return std::pair(isProducts ? d.productPrice(i)
                                            : qint64(d.variations[size_t(i)].price),
                                 idOf(i));
            });
        else if (orderby == "popularity" && isProducts)
            sortRows(&idx, ascending, [&](qint32 i) {
                return std::pair(d.products[size_t(i)].totalSales, idOf(i));
            });
        else if (orderby == "menu_order")
            sortRows(&idx, ascending, [&](qint32 i) { return std::pair(0, idOf(i)); });
        else
            sortRows(&idx, ascending, [&](qint32 i) { return std::pair(created(i), idOf(i)); });
        const Paged p = paginate(idx, query);
        WooJson items = WooJson::array();
        for (qint32 i : p.slice)
            items.push(isProducts ? render.product(i) : render.variation(i));
        return list(p, items,
                    isProducts ? QByteArray("/wc/v3/products")
                               : "/wc/v3/products/" + QByteArray::number(id1) + "/variations");
    }
    case Product: {
        const qint32 i = d.productIndex(id1);
        if (i < 0)
            return error(404, "woocommerce_rest_product_invalid_id", QStringLiteral("Invalid ID."));
        return respond(render.product(i), "GET, POST, PUT, PATCH, DELETE");
    }
    case Variation: {
        const qint32 v = d.variationIndex(id2);
        const qint32 p = d.productIndex(id1);
        if (v < 0 || p < 0 || d.variations[size_t(v)].product != p)
            return error(404, "woocommerce_rest_product_variation_invalid_id",
                         QStringLiteral("Invalid ID."));
        return respond(render.variation(v), "GET, POST, PUT, PATCH, DELETE");
    }
    case Settings: {
        if (m.captured(1).toLower() != QLatin1String("general"))
            return error(404, "rest_setting_setting_group_invalid",
                         QStringLiteral("Invalid setting group."));
        struct Setting
        {
            const char *id, *label, *description, *type, *def;
            QByteArray value;
            QList<std::pair<QByteArray, QByteArray>> options;
            QByteArrayList listValue;
            bool isList = false;
        };
        const QByteArray cur = m_config.currency;
        QList<std::pair<QByteArray, QByteArray>> currencies = {
            {"EUR", "Euro (&euro;)"},
            {"USD", "United States (US) dollar (&#36;)"},
            {"GBP", "Pound sterling (&pound;)"},
            {"CHF", "Swiss franc (CHF)"},
            {"JPY", "Japanese yen (&yen;)"},
            {"SEK", "Swedish krona (kr)"}};
        bool known = false;
        for (const auto &c : currencies)
            known = known || c.first == cur;
        if (!known)
            currencies.append({cur, cur});
        const QList<std::pair<QByteArray, QByteArray>> countries = {
            {"AT", "Austria"},
            {"DE:DE-BE", "Germany &mdash; Berlin"},
            {"CH", "Switzerland"},
            {"NL", "Netherlands"},
            {"US:CA", "United States (US) &mdash; California"}};
        const QList<Setting> settings = {
            {"woocommerce_store_address",
             "Address line 1",
             "The street address for your business location.",
             "text",
             "",
             "Hauptstraße 1",
             {},
             {},
             false},
            {"woocommerce_store_address_2",
             "Address line 2",
             "An additional, optional address line for your business location.",
             "text",
             "",
             "",
             {},
             {},
             false},
            {"woocommerce_store_city",
             "City",
             "The city in which your business is located.",
             "text",
             "",
             "Berlin",
             {},
             {},
             false},
            {"woocommerce_default_country",
             "Country / State",
             "The country and state or province, if any, in which your business is located.",
             "select",
             "US:CA",
             "DE:DE-BE",
             countries,
             {},
             false},
            {"woocommerce_store_postcode",
             "Postcode / ZIP",
             "The postal code, if any, in which your business is located.",
             "text",
             "",
             "10115",
             {},
             {},
             false},
            {"woocommerce_allowed_countries",
             "Selling location(s)",
             "This option lets you limit which countries you are willing to sell to.",
             "select",
             "all",
             "specific",
             {{"all", "Sell to all countries"},
              {"all_except", "Sell to all countries, except for&hellip;"},
              {"specific", "Sell to specific countries"}},
             {},
             false},
            {"woocommerce_specific_allowed_countries",
             "Sell to specific countries",
             "",
             "multiselect",
             "",
             "",
             {},
             {"DE", "AT", "CH", "NL"},
             true},
            {"woocommerce_ship_to_countries",
             "Shipping location(s)",
             "Choose which countries you want to ship to, or choose to ship to all locations you "
             "sell to.",
             "select",
             "",
             "",
             {{"", "Ship to all countries you sell to"},
              {"all", "Ship to all countries"},
              {"specific", "Ship to specific countries only"},
              {"disabled", "Disable shipping &amp; shipping calculations"}},
             {},
             false},
            {"woocommerce_default_customer_address",
             "Default customer location",
             "",
             "select",
             "base",
             "base",
             {{"", "No location by default"},
              {"base", "Shop country/region"},
              {"geolocation", "Geolocate"}},
             {},
             false},
            {"woocommerce_calc_taxes",
             "Enable taxes",
             "Enable tax rates and calculations",
             "checkbox",
             "no",
             "yes",
             {},
             {},
             false},
            {"woocommerce_enable_coupons",
             "Enable coupons",
             "Enable the use of coupon codes",
             "checkbox",
             "yes",
             "yes",
             {},
             {},
             false},
            {"woocommerce_calc_discounts_sequentially",
             "",
             "Calculate coupon discounts sequentially",
             "checkbox",
             "no",
             "no",
             {},
             {},
             false},
            {"woocommerce_currency",
             "Currency",
             "This controls what currency prices are listed at in the catalog and which currency "
             "gateways will take payments in.",
             "select",
             "USD",
             cur,
             currencies,
             {},
             false},
            {"woocommerce_currency_pos",
             "Currency position",
             "This controls the position of the currency symbol.",
             "select",
             "left",
             "right_space",
             {{"left", "Left"},
              {"right", "Right"},
              {"left_space", "Left with space"},
              {"right_space", "Right with space"}},
             {},
             false},
            {"woocommerce_price_thousand_sep",
             "Thousand separator",
             "This sets the thousand separator of displayed prices.",
             "text",
             ",",
             ".",
             {},
             {},
             false},
            {"woocommerce_price_decimal_sep",
             "Decimal separator",
             "This sets the decimal separator of displayed prices.",
             "text",
             ".",
             ",",
             {},
             {},
             false},
            {"woocommerce_price_num_decimals",
             "Number of decimals",
             "This sets the number of decimal points shown in displayed prices.",
             "number",
             "2",
             QByteArray::number(m_config.priceDecimals),
             {},
             {},
             false}};
        WooJson out = WooJson::array();
        for (const Setting &s : settings) {
            WooJson o = WooJson::object();
            o.add("id", str(QByteArray(s.id)))
                .add("label", str(QByteArray(s.label)))
                .add("description", str(QByteArray(s.description)))
                .add("type", str(QByteArray(s.type)))
                .add("default", str(QByteArray(s.def)));
            if (!s.options.isEmpty()) {
                WooJson options = WooJson::object();
                for (const auto &[k, v] : s.options)
                    options.add(k, str(v));
                o.add("options", std::move(options));
            }
            if (s.isList) {
                WooJson values = WooJson::array();
                for (const QByteArray &v : s.listValue)
                    values.push(str(v));
                o.add("value", std::move(values));
            } else {
                o.add("value", str(s.value));
            }
            o.add("group_id", str("general"))
                .add("_links",
                     WooJson::object()
                         .add("self", render.link("/wc/v3/settings/general/" + QByteArray(s.id)))
                         .add("collection", render.link("/wc/v3/settings/general")));
            out.push(std::move(o));
        }
        return respond(out, "GET, POST, PUT, PATCH");
    }
    case SystemStatus: {
        const QByteArray v = m_config.wooVersion;
        WooJson env = WooJson::object();
        env.add("home_url", str(home))
            .add("site_url", str(home))
            .add("store_id",
                 str(hexToken(m_config.seed, 8) + "-" + hexToken(m_config.seed + 1, 4) + "-4" +
                     hexToken(m_config.seed + 2, 3) + "-a" + hexToken(m_config.seed + 3, 3) + "-" +
                     hexToken(m_config.seed + 4, 12)))
            .add("version", str(v))
            .add("log_directory", str("/var/www/html/wp-content/uploads/wc-logs/"))
            .add("log_directory_writable", boolean(true))
            .add("wp_version", str(m_config.wpVersion))
            .add("wp_multisite", boolean(false))
            .add("wp_memory_limit", num(268435456))
            .add("wp_debug_mode", boolean(false))
            .add("wp_cron", boolean(true))
            .add("language", str("de_DE"))
            .add("external_object_cache", WooJson::null())
            .add("server_info", str("nginx/1.24.0"))
            .add("php_version", str("8.2.24"))
            .add("php_post_max_size", num(67108864))
            .add("php_max_execution_time", num(300))
            .add("php_max_input_vars", num(3000))
            .add("curl_version", str("8.9.1, OpenSSL/3.0.13"))
            .add("suhosin_installed", boolean(false))
            .add("max_upload_size", num(67108864))
            .add("mysql_version", str("10.6.18"))
            .add("mysql_version_string", str("10.6.18-MariaDB-0ubuntu0.22.04.1"))
            .add("default_timezone", str("UTC"))
            .add("fsockopen_or_curl_enabled", boolean(true))
            .add("soapclient_enabled", boolean(true))
            .add("domdocument_enabled", boolean(true))
            .add("gzip_enabled", boolean(true))
            .add("mbstring_enabled", boolean(true))
            .add("remote_post_successful", boolean(true))
            .add("remote_post_response", num(200))
            .add("remote_get_successful", boolean(true))
            .add("remote_get_response", num(200));
        WooJson plugin = WooJson::object();
        plugin.add("plugin", str("woocommerce/woocommerce.php"))
            .add("name", str("WooCommerce"))
            .add("version", str(v))
            .add("version_latest", str(v))
            .add("url", str("https://woocommerce.com/"))
            .add("author_name", str("Automattic"))
            .add("author_url", str("https://woocommerce.com"))
            .add("network_activated", boolean(false));
        WooJson plugins = WooJson::array();
        plugins.push(std::move(plugin));
        WooJson settings = WooJson::object();
        settings.add("api_enabled", boolean(true))
            .add("force_ssl", boolean(false))
            .add("currency", str(m_config.currency))
            .add("currency_symbol", str(m_config.currency == "EUR" ? "&euro;" : m_config.currency))
            .add("currency_position", str("right_space"))
            .add("thousand_separator", str("."))
            .add("decimal_separator", str(","))
            .add("number_of_decimals", num(m_config.priceDecimals))
            .add("geolocation_enabled", boolean(false))
            .add("taxonomies", WooJson::object()
                                   .add("external", str("external"))
                                   .add("grouped", str("grouped"))
                                   .add("simple", str("simple"))
                                   .add("variable", str("variable")))
            .add("woocommerce_com_connected", str("no"))
            .add("enforce_approved_download_directories", boolean(true))
            .add("order_datastore",
                 str("Automattic\\WooCommerce\\Internal\\DataStores\\Orders\\OrdersTableDataStore"))
            .add("HPOS_enabled", boolean(true))
            .add("HPOS_sync_enabled", boolean(false));
        WooJson theme = WooJson::object();
        theme.add("name", str("Storefront"))
            .add("version", str("4.6.0"))
            .add("version_latest", str("4.6.0"))
            .add("author_url", str("https://woocommerce.com/"))
            .add("is_child_theme", boolean(false))
            .add("has_woocommerce_support", boolean(true))
            .add("has_woocommerce_file", boolean(false))
            .add("has_outdated_templates", boolean(false))
            .add("overrides", emptyArray())
            .add("parent_name", str(""))
            .add("parent_version", str(""))
            .add("parent_version_latest", str(""))
            .add("parent_author_url", str(""));
        WooJson status = WooJson::object();
        status.add("environment", std::move(env))
            .add("database", WooJson::object()
                                 .add("wc_database_version", str(v))
                                 .add("database_prefix", str("wp_"))
                                 .add("maxmind_geoip_database", str("")))
            .add("active_plugins", std::move(plugins))
            .add("inactive_plugins", emptyArray())
            .add("dropins_mu_plugins",
                 WooJson::object().add("dropins", emptyArray()).add("mu_plugins", emptyArray()))
            .add("theme", std::move(theme))
            .add("settings", std::move(settings))
            .add("security", WooJson::object()
                                 .add("secure_connection", boolean(m_config.isSsl))
                                 .add("hide_errors", boolean(true)))
            .add("pages", emptyArray())
            .add("post_type_counts", emptyArray());
        return respond(status, "GET");
    }
    case None:
        break;
    }
    return noRoute();
}

} // namespace storelens::sim
