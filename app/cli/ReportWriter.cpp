#include "ReportWriter.h"

#include "model/Money.h"
#include "storage/ExchangeRateRepository.h"
#include "sync/SyncReread.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace storelens::cli {

namespace {

enum class Kind
{
    Money,        // minor units of the report currency
    Count,        // a number of things
    MoneyAverage, // a Ratio in minor units, shown rounded to the minor unit
    Fraction      // a Ratio shown as a fraction (JSON, CSV) or a percentage (text)
};

struct Value
{
    qint64 number = 0;
    Ratio ratio;
};

struct Metric
{
    const char *key;
    const char *label;
    Kind kind;
    Value (*of)(const PeriodFigures &);
    bool customerFigure = false; // none while CustomerFigures::pending
};

bool isPending(const Metric &m, const PeriodFigures &f)
{
    return m.customerFigure && f.customers.pending;
}

// The metrics of a period, in the order every format prints them.
const Metric kMetrics[] = {
    {"gross_sales", QT_TRANSLATE_NOOP("ReportWriter", "Gross sales"), Kind::Money,
     [](const PeriodFigures &f) {
         return Value{f.sales.grossSales, {}};
     }},
    {"discounts", QT_TRANSLATE_NOOP("ReportWriter", "Discounts"), Kind::Money,
     [](const PeriodFigures &f) {
         return Value{f.sales.discounts, {}};
     }},
    {"returns", QT_TRANSLATE_NOOP("ReportWriter", "Returns"), Kind::Money,
     [](const PeriodFigures &f) {
         return Value{f.sales.returns, {}};
     }},
    {"net_sales", QT_TRANSLATE_NOOP("ReportWriter", "Net sales"), Kind::Money,
     [](const PeriodFigures &f) {
         return Value{f.sales.netSales(), {}};
     }},
    {"shipping", QT_TRANSLATE_NOOP("ReportWriter", "Shipping"), Kind::Money,
     [](const PeriodFigures &f) {
         return Value{f.sales.shipping(), {}};
     }},
    {"taxes", QT_TRANSLATE_NOOP("ReportWriter", "Taxes"), Kind::Money,
     [](const PeriodFigures &f) {
         return Value{f.sales.taxes(), {}};
     }},
    {"total_sales", QT_TRANSLATE_NOOP("ReportWriter", "Total sales"), Kind::Money,
     [](const PeriodFigures &f) {
         return Value{f.sales.totalSales(), {}};
     }},
    {"orders", QT_TRANSLATE_NOOP("ReportWriter", "Orders"), Kind::Count,
     [](const PeriodFigures &f) {
         return Value{f.sales.orders, {}};
     }},
    {"cancelled_orders", QT_TRANSLATE_NOOP("ReportWriter", "of them cancelled"), Kind::Count,
     [](const PeriodFigures &f) {
         return Value{f.sales.cancelledOrders, {}};
     }},
    {"average_order_value", QT_TRANSLATE_NOOP("ReportWriter", "Average order value"),
     Kind::MoneyAverage,
     [](const PeriodFigures &f) {
         return Value{0, f.sales.averageOrderValue()};
     }},
    {"units_sold", QT_TRANSLATE_NOOP("ReportWriter", "Units sold"), Kind::Count,
     [](const PeriodFigures &f) {
         return Value{f.sales.unitsSold, {}};
     }},
    {"units_returned", QT_TRANSLATE_NOOP("ReportWriter", "Units returned"), Kind::Count,
     [](const PeriodFigures &f) {
         return Value{f.sales.unitsReturned, {}};
     }},
    {"customers", QT_TRANSLATE_NOOP("ReportWriter", "Customers"), Kind::Count,
     [](const PeriodFigures &f) {
         return Value{f.customers.customers, {}};
     },
     true},
    {"new_customers", QT_TRANSLATE_NOOP("ReportWriter", "New customers"), Kind::Count,
     [](const PeriodFigures &f) {
         return Value{f.customers.newCustomers, {}};
     },
     true},
    {"returning_customers", QT_TRANSLATE_NOOP("ReportWriter", "Returning customers"), Kind::Count,
     [](const PeriodFigures &f) {
         return Value{f.customers.returningCustomers, {}};
     },
     true},
    {"returning_customer_rate", QT_TRANSLATE_NOOP("ReportWriter", "Returning customer rate"),
     Kind::Fraction,
     [](const PeriodFigures &f) {
         return Value{0, f.customers.returningCustomerRate()};
     },
     true},
    {"abandoned_checkouts", QT_TRANSLATE_NOOP("ReportWriter", "Abandoned checkouts"), Kind::Count,
     [](const PeriodFigures &f) {
         return Value{f.checkouts.abandoned, {}};
     }},
    {"abandoned_checkout_value", QT_TRANSLATE_NOOP("ReportWriter", "Abandoned checkout value"),
     Kind::Money,
     [](const PeriodFigures &f) {
         return Value{f.checkouts.abandonedValue, {}};
     }},
    {"recovered_checkouts", QT_TRANSLATE_NOOP("ReportWriter", "Recovered checkouts"), Kind::Count,
     [](const PeriodFigures &f) {
         return Value{f.checkouts.recovered, {}};
     }},
    {"recovered_checkout_value", QT_TRANSLATE_NOOP("ReportWriter", "Recovered checkout value"),
     Kind::Money,
     [](const PeriodFigures &f) {
         return Value{f.checkouts.recoveredValue, {}};
     }},
    {"checkout_recovery_rate", QT_TRANSLATE_NOOP("ReportWriter", "Checkout recovery rate"),
     Kind::Fraction,
     [](const PeriodFigures &f) {
         return Value{0, f.checkouts.recoveryRate()};
     }},
};

// Fractions are printed with four decimals, rounded half away from zero.
constexpr int kFractionDecimals = 4;

QString isoDay(int day)
{
    return DateRange::toDate(day).toString(Qt::ISODate);
}

// A metric's value as plain text: decimal amounts, integers, fractions.
QString plain(const Metric &m, const PeriodFigures &f, const QString &currency)
{
    if (isPending(m, f))
        return {};
    const Value v = m.of(f);
    switch (m.kind) {
    case Kind::Money:
        return Money::toDecimalString(v.number, currency);
    case Kind::Count:
        return QString::number(v.number);
    case Kind::MoneyAverage: {
        const auto minor = v.ratio.scaled(0);
        return minor ? Money::toDecimalString(*minor, currency) : QString();
    }
    case Kind::Fraction:
        return v.ratio.toDecimalString(kFractionDecimals);
    }
    return {};
}

QJsonValue jsonValue(const Metric &m, const PeriodFigures &f, const QString &currency)
{
    if (m.kind == Kind::Count && !isPending(m, f))
        return QJsonValue(m.of(f).number);
    const QString text = plain(m, f, currency);
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject periodJson(const PeriodFigures &f, const QString &currency)
{
    QJsonObject o{{QStringLiteral("from"), isoDay(f.range.from)},
                  {QStringLiteral("to"), isoDay(f.range.to)}};
    for (const Metric &m : kMetrics)
        o.insert(QLatin1String(m.key), jsonValue(m, f, currency));
    return o;
}

QJsonArray conversionsJson(const ReportCurrency &currency)
{
    QJsonArray out;
    for (const AppliedRate &r : currency.conversions) {
        out.append(QJsonObject{
            {QStringLiteral("from"), r.from},
            {QStringLiteral("to"), r.to},
            {QStringLiteral("rate"), r.rate},
            {QStringLiteral("source"), r.source},
            {QStringLiteral("updated_at"),
             QDateTime::fromMSecsSinceEpoch(r.updatedAtMs, Qt::UTC).toString(Qt::ISODate)},
            {QStringLiteral("stores"), QJsonArray::fromStringList(r.stores)}});
    }
    return out;
}

// A CSV field: quoted when needed; text that a spreadsheet would run as a
// formula is prefixed with an apostrophe.
QString csvField(const QString &value, bool isText = false)
{
    QString v = value;
    if (isText && !v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.front()))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) ||
        v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + v.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    return v;
}

QString csvLine(const QStringList &fields)
{
    return fields.join(QLatin1Char(',')) + QLatin1Char('\n');
}

} // namespace

QByteArray ReportWriter::json(const ReportContent &report)
{
    const QString currency = report.summary.currency.code;
    QJsonObject root = periodJson(report.summary.current, currency);
    root.insert(QStringLiteral("workspace"), report.workspace);
    root.insert(QStringLiteral("scope"), QJsonObject{{QStringLiteral("kind"), report.scopeKind},
                                                     {QStringLiteral("name"), report.scopeName}});
    root.insert(QStringLiteral("currency"), currency);
    root.insert(QStringLiteral("converted"), report.summary.currency.isConverted());
    root.insert(QStringLiteral("conversions"), conversionsJson(report.summary.currency));
    // Stores whose customer figures are still being counted: those are null.
    root.insert(QStringLiteral("customer_figures_pending"),
                QJsonArray::fromStringList(report.summary.customerFiguresPending));
    // Stores being read again in full: their figures are not exact yet.
    QJsonArray incomplete;
    for (const auto &[store, reason] : report.summary.rereads)
        incomplete.append(QJsonObject{{QStringLiteral("store"), store},
                                      {QStringLiteral("reason"), SyncReread::describe(reason)}});
    root.insert(QStringLiteral("figures_incomplete"), incomplete);
    root.insert(QStringLiteral("previous_period"), periodJson(report.summary.previous, currency));
    if (report.series) {
        QJsonArray buckets;
        for (const SeriesPoint &p : report.series->points) {
            QJsonObject bucket = periodJson(p.current, currency);
            bucket.insert(QStringLiteral("previous_period"), periodJson(p.previous, currency));
            buckets.append(bucket);
        }
        static const char *const names[] = {"day", "week", "month"};
        root.insert(QStringLiteral("series"),
                    QJsonObject{{QStringLiteral("granularity"),
                                 QLatin1String(names[int(report.series->granularity)])},
                                {QStringLiteral("buckets"), buckets}});
    }
    if (report.topProducts) {
        QJsonArray rows;
        int rank = 0;
        for (const ProductRow &r : report.topProducts->rows) {
            QJsonObject o{
                {QStringLiteral("rank"), ++rank},
                {QStringLiteral("store"), report.storeNames.value(r.storeId)},
                {QStringLiteral("product_id"), r.productId.toString()},
                {QStringLiteral("title"), r.title},
                {QStringLiteral("units_sold"), r.unitsSold},
                {QStringLiteral("units_returned"), r.unitsReturned},
                {QStringLiteral("gross_sales"), Money::toDecimalString(r.grossSales, currency)},
                {QStringLiteral("discounts"), Money::toDecimalString(r.discounts, currency)},
                {QStringLiteral("returns"), Money::toDecimalString(r.returns, currency)},
                {QStringLiteral("net_sales"), Money::toDecimalString(r.netSales(), currency)}};
            if (!r.variantId.isNull()) {
                o.insert(QStringLiteral("variant_id"), r.variantId.toString());
                o.insert(QStringLiteral("variant_title"), r.variantTitle);
                o.insert(QStringLiteral("sku"), r.sku);
                o.insert(QStringLiteral("orders"), r.orders.value_or(0));
            }
            rows.append(o);
        }
        root.insert(QStringLiteral("top_products"), rows);
    }
    if (report.skus) {
        // One row per SKU across stores and platforms, its stores beneath.
        QJsonArray rows;
        for (const SkuRow &r : report.skus->rows) {
            QJsonArray stores;
            qint64 sold = 0;
            qint64 returned = 0;
            for (const SkuStoreFigures &s : r.stores) {
                sold += s.unitsSold;
                returned += s.unitsReturned;
                stores.append(QJsonObject{
                    {QStringLiteral("store"), report.storeNames.value(s.storeId)},
                    {QStringLiteral("platform"), report.storePlatforms.value(s.storeId)},
                    {QStringLiteral("sku"), s.sku},
                    {QStringLiteral("title"), s.title},
                    {QStringLiteral("units_sold"), s.unitsSold},
                    {QStringLiteral("units_returned"), s.unitsReturned},
                    {QStringLiteral("net_sales"), Money::toDecimalString(s.netSales, currency)},
                    {QStringLiteral("available"),
                     s.available ? QJsonValue(*s.available) : QJsonValue()}});
            }
            const auto available = r.available();
            rows.append(QJsonObject{
                {QStringLiteral("sku"), r.sku},
                {QStringLiteral("title"), r.title},
                {QStringLiteral("matched"), r.matched()},
                {QStringLiteral("units_sold"), sold},
                {QStringLiteral("units_returned"), returned},
                {QStringLiteral("net_sales"), Money::toDecimalString(r.netSales(), currency)},
                {QStringLiteral("available"), available ? QJsonValue(*available) : QJsonValue()},
                {QStringLiteral("stores"), stores}});
        }
        root.insert(QStringLiteral("skus"), rows);
        root.insert(
            QStringLiteral("without_sku"),
            QJsonObject{{QStringLiteral("net_units"), report.skus->unitsWithoutSku},
                        {QStringLiteral("net_sales"),
                         Money::toDecimalString(report.skus->netSalesWithoutSku, currency)}});
    }
    if (report.topCustomers) {
        QJsonArray rows;
        int rank = 0;
        for (const CustomerSpend &c : report.topCustomers->customers) {
            rows.append(QJsonObject{
                {QStringLiteral("rank"), ++rank},
                {QStringLiteral("store"), report.storeNames.value(c.storeId)},
                {QStringLiteral("customer_id"), c.customerId.toString()},
                {QStringLiteral("name"), c.name},
                {QStringLiteral("email"), c.email},
                {QStringLiteral("orders"), c.orders},
                {QStringLiteral("amount_spent"), Money::toDecimalString(c.amountSpent, currency)}});
        }
        root.insert(QStringLiteral("top_customers"), rows);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString ReportWriter::csv(const ReportContent &report)
{
    const QString currency = report.summary.currency.code;
    const PeriodFigures &cur = report.summary.current;
    const PeriodFigures &prev = report.summary.previous;
    QString out = csvLine(
        {QStringLiteral("metric"), QStringLiteral("current"), QStringLiteral("previous_period")});
    out += csvLine({QStringLiteral("from"), isoDay(cur.range.from), isoDay(prev.range.from)});
    out += csvLine({QStringLiteral("to"), isoDay(cur.range.to), isoDay(prev.range.to)});
    out += csvLine({QStringLiteral("currency"), currency, currency});
    const QString converted =
        report.summary.currency.isConverted() ? QStringLiteral("true") : QStringLiteral("false");
    out += csvLine({QStringLiteral("converted"), converted, converted});
    for (const Metric &m : kMetrics)
        out += csvLine({QLatin1String(m.key), plain(m, cur, currency), plain(m, prev, currency)});
    if (report.summary.currency.isConverted()) {
        out += QLatin1Char('\n') + csvLine({QStringLiteral("from_currency"),
                                            QStringLiteral("to_currency"), QStringLiteral("rate"),
                                            QStringLiteral("source"), QStringLiteral("stores")});
        for (const AppliedRate &r : report.summary.currency.conversions)
            out += csvLine({r.from, r.to, r.rate, csvField(r.source, true),
                            csvField(r.stores.join(QStringLiteral("; ")), true)});
    }
    if (report.series) {
        QStringList header{QStringLiteral("from"), QStringLiteral("to")};
        for (const Metric &m : kMetrics)
            header << QLatin1String(m.key);
        header << QStringLiteral("previous_from") << QStringLiteral("previous_to");
        for (const Metric &m : kMetrics)
            header << QStringLiteral("previous_") + QLatin1String(m.key);
        out += QLatin1Char('\n') + csvLine(header);
        for (const SeriesPoint &p : report.series->points) {
            QStringList row{isoDay(p.current.range.from), isoDay(p.current.range.to)};
            for (const Metric &m : kMetrics)
                row << plain(m, p.current, currency);
            row << isoDay(p.previous.range.from) << isoDay(p.previous.range.to);
            for (const Metric &m : kMetrics)
                row << plain(m, p.previous, currency);
            out += csvLine(row);
        }
    }
    if (report.topProducts) {
        out +=
            QLatin1Char('\n') +
            csvLine({QStringLiteral("rank"), QStringLiteral("store"), QStringLiteral("product_id"),
                     QStringLiteral("variant_id"), QStringLiteral("title"),
                     QStringLiteral("variant_title"), QStringLiteral("sku"),
                     QStringLiteral("units_sold"), QStringLiteral("units_returned"),
                     QStringLiteral("gross_sales"), QStringLiteral("discounts"),
                     QStringLiteral("returns"), QStringLiteral("net_sales")});
        int rank = 0;
        for (const ProductRow &r : report.topProducts->rows) {
            out += csvLine({QString::number(++rank),
                            csvField(report.storeNames.value(r.storeId), true),
                            r.productId.toString(), r.variantId.toString(), csvField(r.title, true),
                            csvField(r.variantTitle, true), csvField(r.sku, true),
                            QString::number(r.unitsSold), QString::number(r.unitsReturned),
                            Money::toDecimalString(r.grossSales, currency),
                            Money::toDecimalString(r.discounts, currency),
                            Money::toDecimalString(r.returns, currency),
                            Money::toDecimalString(r.netSales(), currency)});
        }
    }
    if (report.skus) {
        // A line per SKU and store; `matched` repeats on each of its stores.
        out += QLatin1Char('\n') +
               csvLine({QStringLiteral("sku"), QStringLiteral("matched"), QStringLiteral("store"),
                        QStringLiteral("platform"), QStringLiteral("store_sku"),
                        QStringLiteral("title"), QStringLiteral("units_sold"),
                        QStringLiteral("units_returned"), QStringLiteral("net_sales"),
                        QStringLiteral("available")});
        for (const SkuRow &r : report.skus->rows) {
            for (const SkuStoreFigures &s : r.stores)
                out += csvLine({csvField(r.sku, true),
                                r.matched() ? QStringLiteral("true") : QStringLiteral("false"),
                                csvField(report.storeNames.value(s.storeId), true),
                                csvField(report.storePlatforms.value(s.storeId), true),
                                csvField(s.sku, true), csvField(s.title, true),
                                QString::number(s.unitsSold), QString::number(s.unitsReturned),
                                Money::toDecimalString(s.netSales, currency),
                                s.available ? QString::number(*s.available) : QString()});
        }
    }
    if (report.topCustomers) {
        out += QLatin1Char('\n') + csvLine({QStringLiteral("rank"), QStringLiteral("store"),
                                            QStringLiteral("customer_id"), QStringLiteral("name"),
                                            QStringLiteral("email"), QStringLiteral("orders"),
                                            QStringLiteral("amount_spent")});
        int rank = 0;
        for (const CustomerSpend &c : report.topCustomers->customers) {
            out += csvLine(
                {QString::number(++rank), csvField(report.storeNames.value(c.storeId), true),
                 c.customerId.toString(), csvField(c.name, true), csvField(c.email, true),
                 QString::number(c.orders), Money::toDecimalString(c.amountSpent, currency)});
        }
    }
    return out;
}

QString ReportWriter::text(const ReportContent &report, const QLocale &locale)
{
    const ReportCurrency &currency = report.summary.currency;
    const bool converted = currency.isConverted();
    const PeriodFigures &cur = report.summary.current;
    const PeriodFigures &prev = report.summary.previous;
    auto day = [&](int d) {
        return locale.toString(DateRange::toDate(d), QLocale::ShortFormat);
    };
    auto period = [&](const DateRange &r) {
        return tr("%1 to %2").arg(day(r.from), day(r.to));
    };
    // Converted amounts carry a mark that the footnote explains.
    const QString mark = converted ? QStringLiteral(" *") : QString();
    auto money = [&](qint64 minor) -> QString {
        return Money::format(minor, currency.code, locale) + mark;
    };
    auto shown = [&](const Metric &m, const PeriodFigures &f) -> QString {
        if (isPending(m, f))
            return tr("counting");
        const Value v = m.of(f);
        switch (m.kind) {
        case Kind::Money:
            return money(v.number);
        case Kind::Count:
            return locale.toString(v.number);
        case Kind::MoneyAverage: {
            const auto minor = v.ratio.scaled(0);
            return minor ? money(*minor) : tr("n/a");
        }
        case Kind::Fraction:
            return v.ratio.isDefined() ? v.ratio.toPercentString(1, locale) : tr("n/a");
        }
        return {};
    };
    // "+12.5%": a signed localised percentage of a ratio.
    auto signedPercent = [&](const Ratio &r) {
        const QString text = r.toPercentString(1, locale);
        return r.numerator > 0 ? u'+' + text : text;
    };
    // Change against the previous period: relative for amounts and counts,
    // in percentage points for rates.
    auto change = [&](const Metric &m) -> QString {
        if (isPending(m, cur) || isPending(m, prev))
            return {};
        if (m.kind == Kind::Fraction) {
            const Ratio a = m.of(cur).ratio, b = m.of(prev).ratio;
            if (!a.isDefined() || !b.isDefined())
                return {};
            const Ratio points{(a.numerator * b.denominator - b.numerator * a.denominator) * 100,
                               a.denominator * b.denominator};
            const QString number =
                points.toDecimalString(1).replace(QLatin1Char('.'), locale.decimalPoint());
            return tr("%1 pts").arg(points.numerator > 0 ? u'+' + number : number);
        }
        qint64 a = m.of(cur).number, b = m.of(prev).number;
        if (m.kind == Kind::MoneyAverage) {
            const auto am = m.of(cur).ratio.scaled(0), bm = m.of(prev).ratio.scaled(0);
            if (!am || !bm)
                return {};
            a = *am;
            b = *bm;
        }
        return b == 0 ? QString() : signedPercent(Ratio{a - b, b < 0 ? -b : b});
    };

    QString scope;
    if (report.scopeKind == QLatin1String("store"))
        scope = tr("Store \"%1\"").arg(report.scopeName);
    else if (report.scopeKind == QLatin1String("group"))
        scope = tr("Store group \"%1\"").arg(report.scopeName);
    else
        scope = tr("All stores");
    QString out = tr("%1 of workspace \"%2\", %3 (previous period: %4)")
                      .arg(scope, report.workspace, period(cur.range), period(prev.range)) +
                  QLatin1Char('\n');
    out += tr("Days are the shops' own calendar days. Amounts in %1.").arg(currency.code) +
           QLatin1Char('\n') + QLatin1Char('\n');

    const int labelWidth = 28, valueWidth = 18;
    out += QString().leftJustified(labelWidth) + tr("Current").rightJustified(valueWidth) +
           tr("Previous").rightJustified(valueWidth) + tr("Change").rightJustified(12) +
           QLatin1Char('\n');
    for (const Metric &m : kMetrics) {
        out += tr(m.label).leftJustified(labelWidth) + shown(m, cur).rightJustified(valueWidth) +
               shown(m, prev).rightJustified(valueWidth) + change(m).rightJustified(12) +
               QLatin1Char('\n');
    }

    if (report.series) {
        out += QLatin1Char('\n') + tr("Over time") + QLatin1Char('\n');
        out += tr("Period").leftJustified(labelWidth) + tr("Orders").rightJustified(10) +
               tr("Net sales").rightJustified(valueWidth) +
               tr("Total sales").rightJustified(valueWidth) +
               tr("Previous total").rightJustified(valueWidth) + QLatin1Char('\n');
        for (const SeriesPoint &p : report.series->points) {
            const QString label = p.current.range.from == p.current.range.to
                                      ? day(p.current.range.from)
                                      : period(p.current.range);
            out += label.leftJustified(labelWidth) +
                   locale.toString(p.current.sales.orders).rightJustified(10) +
                   money(p.current.sales.netSales()).rightJustified(valueWidth) +
                   money(p.current.sales.totalSales()).rightJustified(valueWidth) +
                   money(p.previous.sales.totalSales()).rightJustified(valueWidth) +
                   QLatin1Char('\n');
        }
    }
    if (report.topProducts) {
        out += QLatin1Char('\n') + tr("Top products by net sales").leftJustified(44) +
               tr("Units sold").rightJustified(12) + tr("Net sales").rightJustified(valueWidth) +
               QLatin1Char('\n');
        int rank = 0;
        for (const ProductRow &r : report.topProducts->rows) {
            QString name = r.title;
            if (!r.variantTitle.isEmpty())
                name += QStringLiteral(" – ") + r.variantTitle;
            if (!r.sku.isEmpty())
                name += QStringLiteral(" (") + r.sku + QLatin1Char(')');
            out += QStringLiteral("%1. ").arg(++rank, 2) + name.leftJustified(40) +
                   locale.toString(r.unitsSold).rightJustified(12) +
                   money(r.netSales()).rightJustified(valueWidth) + QLatin1Char('\n');
        }
    }
    if (report.skus) {
        out += QLatin1Char('\n') + tr("Products by SKU across stores").leftJustified(44) +
               tr("Units sold").rightJustified(12) + tr("Net sales").rightJustified(valueWidth) +
               tr("Available").rightJustified(11) + QLatin1Char('\n');
        auto available = [&](std::optional<qint64> units) {
            return units ? locale.toString(*units) : tr("—");
        };
        for (const SkuRow &r : report.skus->rows) {
            QString name = r.sku;
            if (!r.title.isEmpty())
                name += QStringLiteral("  ") + r.title;
            if (r.matched())
                name += tr(" (%n store(s))", nullptr, int(r.stores.size()));
            out += name.left(44).leftJustified(44) +
                   locale.toString(r.netUnits()).rightJustified(12) +
                   money(r.netSales()).rightJustified(valueWidth) +
                   available(r.available()).rightJustified(11) + QLatin1Char('\n');
            if (!r.matched())
                continue;
            for (const SkuStoreFigures &s : r.stores) {
                const QString store = QStringLiteral("    ") + report.storeNames.value(s.storeId) +
                                      QStringLiteral(" (") +
                                      report.storePlatforms.value(s.storeId) + QLatin1Char(')');
                out += store.left(44).leftJustified(44) +
                       locale.toString(s.netUnits()).rightJustified(12) +
                       money(s.netSales).rightJustified(valueWidth) +
                       available(s.available).rightJustified(11) + QLatin1Char('\n');
            }
        }
        if (report.skus->unitsWithoutSku != 0)
            out += tr("Without a SKU (cannot be matched)").leftJustified(44) +
                   locale.toString(report.skus->unitsWithoutSku).rightJustified(12) +
                   money(report.skus->netSalesWithoutSku).rightJustified(valueWidth) +
                   QLatin1Char('\n');
    }
    if (report.topCustomers) {
        out += QLatin1Char('\n') + tr("Top customers by amount spent").leftJustified(44) +
               tr("Orders").rightJustified(12) + tr("Amount spent").rightJustified(valueWidth) +
               QLatin1Char('\n');
        int rank = 0;
        for (const CustomerSpend &c : report.topCustomers->customers) {
            const QString who = c.name.isEmpty() ? c.email
                                : c.email.isEmpty()
                                    ? c.name
                                    : c.name + QStringLiteral(" <") + c.email + QLatin1Char('>');
            out += QStringLiteral("%1. ").arg(++rank, 2) + who.leftJustified(40) +
                   locale.toString(c.orders).rightJustified(12) +
                   money(c.amountSpent).rightJustified(valueWidth) + QLatin1Char('\n');
        }
    }
    if (converted) {
        out += QLatin1Char('\n') +
               tr("* converted into %1 with these exchange rates (each store's "
                  "figure converted, rounded half away from zero, then added):")
                   .arg(currency.code) +
               QLatin1Char('\n');
        for (const AppliedRate &r : currency.conversions) {
            out += tr("  1 %1 = %2 %3 (%4, %5) for %6")
                       .arg(r.from, r.rate, r.to, ExchangeRateRepository::sourceLabel(r.source),
                            locale.toString(QDateTime::fromMSecsSinceEpoch(r.updatedAtMs).date(),
                                            QLocale::ShortFormat),
                            r.stores.join(QStringLiteral(", "))) +
                   QLatin1Char('\n');
        }
    }
    for (const auto &[store, reason] : report.summary.rereads)
        out += QLatin1Char('\n') +
               tr("%1: %2. Figures are not exact until it has finished.")
                   .arg(store, SyncReread::describe(reason)) +
               QLatin1Char('\n');
    if (!report.summary.customerFiguresPending.isEmpty()) {
        out += QLatin1Char('\n') +
               tr("Customer figures are counted in one pass when the full sync of %1 "
                  "ends; until then they are left out.")
                   .arg(locale.createSeparatedList(report.summary.customerFiguresPending)) +
               QLatin1Char('\n');
    }
    return out;
}

} // namespace storelens::cli
