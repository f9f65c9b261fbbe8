#include "ReportCommands.h"

#include "CommandLine.h"
#include "ReportWriter.h"
#include "analytics/AnalyticsError.h"
#include "analytics/CustomerAnalytics.h"
#include "analytics/ProductAnalytics.h"
#include "analytics/SalesAnalytics.h"
#include "analytics/SkuAnalytics.h"
#include "model/Money.h"
#include "platform/PlatformRegistry.h"
#include "storage/DatabaseError.h"
#include "storage/StoreGroupRepository.h"
#include "storage/StoreRepository.h"

#include <QRegularExpression>

namespace storelens::cli {

namespace {
constexpr int kMaxListLength = 1000;
} // namespace

QDate ReportCommands::parseDay(CommandLine &cl, const QString &option)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const auto value = cl.value(option);
    if (!value) {
        cl.usageError(tr("--%1 YYYY-MM-DD is needed.").arg(option));
        return {};
    }
    const QDate day =
        shape.match(*value).hasMatch() ? QDate::fromString(*value, Qt::ISODate) : QDate();
    if (!day.isValid())
        cl.usageError(tr("--%1: \"%2\" is not a day; write it as YYYY-MM-DD.").arg(option, *value));
    return day;
}

int ReportCommands::parseCount(CommandLine &cl, const QString &option)
{
    const auto value = cl.value(option);
    if (!value)
        return 0;
    bool ok = false;
    const int n = value->toInt(&ok);
    if (!ok || n < 1 || n > kMaxListLength) {
        cl.usageError(tr("--%1: expected a number from 1 to %2, not \"%3\".")
                          .arg(option)
                          .arg(kMaxListLength)
                          .arg(*value));
        return -1;
    }
    return n;
}

int ReportCommands::run(const QStringList &arguments)
{
    CommandLine cl(
        m_cx, QStringLiteral("report"),
        tr("--workspace W [--store S | --group G] --from YYYY-MM-DD --to YYYY-MM-DD\n"
           "    [--currency CUR] [--series day|week|month]\n"
           "    [--top-products N | --top-variants N] [--group-by product|variant|sku]\n"
           "    [--top-customers N]\n"
           "    [--json | --format text|json|csv]"),
        tr("The sales and customer metrics of a store, a store group or all stores for a range "
           "of shop-local days, with the previous period of equal length alongside."));
    cl.addOption(QStringLiteral("workspace"), tr("The workspace to report on."),
                 QStringLiteral("W"));
    cl.addOption(QStringLiteral("store"), tr("Only this store, by name or shop domain."),
                 QStringLiteral("S"));
    cl.addOption(QStringLiteral("group"), tr("Only the stores of this store group."),
                 QStringLiteral("G"));
    cl.addOption(QStringLiteral("from"), tr("The first day of the range."), tr("YYYY-MM-DD"));
    cl.addOption(QStringLiteral("to"), tr("The last day of the range."), tr("YYYY-MM-DD"));
    cl.addOption(QStringLiteral("currency"),
                 tr("Convert every amount into this currency (ISO 4217), at the workspace's "
                    "exchange rates."),
                 tr("CUR"));
    cl.addOption(QStringLiteral("series"), tr("Add a time series by day, week or month."),
                 QStringLiteral("day|week|month"));
    cl.addOption(QStringLiteral("top-products"), tr("Add the N products with the most net sales."),
                 QStringLiteral("N"));
    cl.addOption(QStringLiteral("top-variants"), tr("Add the N variants with the most net sales."),
                 QStringLiteral("N"));
    cl.addOption(QStringLiteral("group-by"),
                 tr("How products are grouped: product, variant, or sku (each SKU across the "
                    "stores and platforms of the scope, with its stock per store; every SKU "
                    "unless --top-products N)."),
                 tr("KEY"));
    cl.addOption(QStringLiteral("top-customers"), tr("Add the N customers who spent the most."),
                 QStringLiteral("N"));
    cl.addSwitch(QStringLiteral("json"), tr("The same as --format json."));
    cl.addOption(QStringLiteral("format"), tr("Print text (the default), JSON or CSV."),
                 QStringLiteral("text|json|csv"));
    if (const auto done = cl.parse(arguments))
        return *done;
    const auto workspace = cl.value(QStringLiteral("workspace"));
    const auto storeName = cl.value(QStringLiteral("store"));
    const auto groupName = cl.value(QStringLiteral("group"));
    const auto currency = cl.value(QStringLiteral("currency"));
    const auto series = cl.value(QStringLiteral("series"));
    auto format = cl.value(QStringLiteral("format"));
    if (cl.isSet(QStringLiteral("json"))) {
        if (format && *format != QLatin1String("json"))
            return cl.usageError(tr("--json and --format %1 contradict each other.").arg(*format));
        format = QStringLiteral("json");
    }
    if (const auto error = cl.expectPositional(0, 0))
        return *error;
    if (!workspace)
        return cl.missingOption(QStringLiteral("workspace"));
    if (storeName && groupName)
        return cl.usageError(tr("give --store or --group, not both."));
    const QDate from = parseDay(cl, QStringLiteral("from"));
    if (!from.isValid())
        return Usage;
    const QDate to = parseDay(cl, QStringLiteral("to"));
    if (!to.isValid())
        return Usage;
    if (from > to)
        return cl.usageError(tr("--from %1 is after --to %2.")
                                 .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    if (from.daysTo(to) >= 3660)
        return cl.usageError(tr("A report covers at most ten years."));
    if (currency && !Money::isCurrencyCode(currency->toUpper()))
        return cl.usageError(
            tr("--currency: \"%1\" is not an ISO 4217 currency code.").arg(*currency));
    std::optional<Granularity> granularity;
    if (series) {
        if (*series == QLatin1String("day"))
            granularity = Granularity::Day;
        else if (*series == QLatin1String("week"))
            granularity = Granularity::Week;
        else if (*series == QLatin1String("month"))
            granularity = Granularity::Month;
        else
            return cl.usageError(
                tr("--series: expected day, week or month, not \"%1\".").arg(*series));
    }
    const int topProducts = parseCount(cl, QStringLiteral("top-products"));
    const int topVariants = parseCount(cl, QStringLiteral("top-variants"));
    const int topCustomers = parseCount(cl, QStringLiteral("top-customers"));
    if (topProducts < 0 || topVariants < 0 || topCustomers < 0)
        return Usage;
    if (topProducts && topVariants)
        return cl.usageError(tr("give --top-products or --top-variants, not both."));
    const auto groupBy = cl.value(QStringLiteral("group-by"));
    const bool bySku = groupBy == QLatin1String("sku");
    bool byVariant = topVariants > 0;
    if (groupBy && !bySku && *groupBy != QLatin1String("product") &&
        *groupBy != QLatin1String("variant"))
        return cl.usageError(
            tr("--group-by: expected product, variant or sku, not \"%1\".").arg(*groupBy));
    if (groupBy && topVariants && *groupBy != QLatin1String("variant"))
        return cl.usageError(
            tr("--top-variants groups by variant: leave out --group-by %1.").arg(*groupBy));
    if (groupBy == QLatin1String("variant"))
        byVariant = true;
    const QString output = format.value_or(QStringLiteral("text"));
    if (output != QLatin1String("text") && output != QLatin1String("json") &&
        output != QLatin1String("csv"))
        return cl.usageError(tr("--format: expected text, json or csv, not \"%1\".").arg(output));

    auto ws = m_cx.openWorkspace(*workspace);
    if (!ws)
        return Failed;
    Database &db = ws->db();
    ReportContent content;
    content.workspace = *workspace;
    try {
        StoreRepository stores(db);
        for (const Store &s : stores.list()) {
            content.storeNames.insert(s.id, s.name);
            content.storePlatforms.insert(s.id,
                                          PlatformRegistry::instance().displayName(s.platform));
        }
        AnalyticsScope scope = AnalyticsScope::allStores();
        content.scopeKind = QStringLiteral("all");
        if (storeName) {
            const auto store = m_cx.findStore(db, *workspace, *storeName);
            if (!store)
                return Failed;
            scope = AnalyticsScope::store(store->id);
            content.scopeKind = QStringLiteral("store");
            content.scopeName = store->name;
        } else if (groupName) {
            const auto group = StoreGroupRepository(db).find(*groupName);
            if (!group)
                return m_cx.fail(
                    tr("Workspace \"%1\" has no store group \"%2\".").arg(*workspace, *groupName));
            scope = AnalyticsScope::group(group->id);
            content.scopeKind = QStringLiteral("group");
            content.scopeName = group->name;
        }
        if (currency)
            scope.inCurrency(currency->toUpper());

        const DateRange range = DateRange::of(from, to);
        SalesAnalytics sales(db);
        content.summary = sales.summary(scope, range);
        if (granularity)
            content.series = sales.series(scope, range, *granularity, QLocale().firstDayOfWeek());
        if (bySku)
            content.skus = SkuAnalytics(db).bySku(scope, range, topProducts);
        else if (topProducts || topVariants)
            content.topProducts = ProductAnalytics(db).products(
                scope, range, byVariant ? ProductGrouping::Variant : ProductGrouping::Product,
                ProductOrder::NetSales, topVariants ? topVariants : topProducts);
        if (topCustomers)
            content.topCustomers = CustomerAnalytics(db).topCustomers(scope, range, topCustomers);
    } catch (const AnalyticsError &e) {
        return m_cx.fail(e.message());
    } catch (const DatabaseError &e) {
        return m_cx.fail(tr("Could not read workspace \"%1\": %2").arg(*workspace, e.message()));
    }

    if (output == QLatin1String("json"))
        m_cx.out() << QString::fromUtf8(ReportWriter::json(content));
    else if (output == QLatin1String("csv"))
        m_cx.out() << ReportWriter::csv(content);
    else
        m_cx.out() << ReportWriter::text(content);
    m_cx.out().flush();
    return Ok;
}

} // namespace storelens::cli
