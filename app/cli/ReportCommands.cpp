#include "ReportCommands.h"

#include "ReportWriter.h"
#include "analytics/AnalyticsError.h"
#include "analytics/CustomerAnalytics.h"
#include "analytics/ProductAnalytics.h"
#include "analytics/SalesAnalytics.h"
#include "model/Money.h"
#include "storage/DatabaseError.h"
#include "storage/StoreGroupRepository.h"
#include "storage/StoreRepository.h"

#include <QRegularExpression>

namespace storelens::cli {

namespace {
constexpr int kMaxListLength = 1000;
} // namespace

QString ReportCommands::usageText()
{
    return tr("usage: storelens-cli report --workspace W [--store S | --group G] --from YYYY-MM-DD "
              "--to YYYY-MM-DD [--currency CUR] [--series day|week|month] [--top-products N] "
              "[--top-variants N] [--top-customers N] [--json | --format text|json|csv]");
}

QDate ReportCommands::parseDay(const QString &option, const std::optional<QString> &value)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!value) {
        m_cx.usage(tr("report needs --%1 YYYY-MM-DD.").arg(option));
        return {};
    }
    const QDate day =
        shape.match(*value).hasMatch() ? QDate::fromString(*value, Qt::ISODate) : QDate();
    if (!day.isValid())
        m_cx.usage(tr("--%1: \"%2\" is not a day; write it as YYYY-MM-DD.").arg(option, *value));
    return day;
}

int ReportCommands::parseCount(const QString &option, const std::optional<QString> &value)
{
    if (!value)
        return 0;
    bool ok = false;
    const int n = value->toInt(&ok);
    if (!ok || n < 1 || n > kMaxListLength) {
        m_cx.usage(tr("--%1: expected a number from 1 to %2, not \"%3\".")
                       .arg(option)
                       .arg(kMaxListLength)
                       .arg(*value));
        return -1;
    }
    return n;
}

int ReportCommands::run(Args args)
{
    const auto workspace = args.take(QStringLiteral("workspace"));
    const auto storeName = args.take(QStringLiteral("store"));
    const auto groupName = args.take(QStringLiteral("group"));
    const auto fromText = args.take(QStringLiteral("from"));
    const auto toText = args.take(QStringLiteral("to"));
    const auto currency = args.take(QStringLiteral("currency"));
    const auto series = args.take(QStringLiteral("series"));
    const auto topProductsText = args.take(QStringLiteral("top-products"));
    const auto topVariantsText = args.take(QStringLiteral("top-variants"));
    const auto topCustomersText = args.take(QStringLiteral("top-customers"));
    auto format = args.take(QStringLiteral("format"));
    if (args.takeSwitch(QStringLiteral("json"))) {
        if (format && *format != QLatin1String("json"))
            return m_cx.usage(tr("--json and --format %1 contradict each other.").arg(*format));
        format = QStringLiteral("json");
    }
    if (args.missingValue())
        return m_cx.usage(tr("%1 needs a value.").arg(args.missingValueName()));
    if (!args.unknownOptions().isEmpty())
        return m_cx.usage(tr("report: unknown option %1").arg(args.unknownOptions().first()));
    if (!args.positional().isEmpty())
        return m_cx.usage(tr("report: unexpected argument \"%1\"").arg(args.positional().first()));
    if (!workspace)
        return m_cx.usage(usageText());
    if (storeName && groupName)
        return m_cx.usage(tr("report: give --store or --group, not both."));
    const QDate from = parseDay(QStringLiteral("from"), fromText);
    if (!from.isValid())
        return Usage;
    const QDate to = parseDay(QStringLiteral("to"), toText);
    if (!to.isValid())
        return Usage;
    if (from > to)
        return m_cx.usage(tr("--from %1 is after --to %2.").arg(*fromText, *toText));
    if (from.daysTo(to) >= 3660)
        return m_cx.usage(tr("A report covers at most ten years."));
    if (currency && !Money::isCurrencyCode(currency->toUpper()))
        return m_cx.usage(
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
            return m_cx.usage(
                tr("--series: expected day, week or month, not \"%1\".").arg(*series));
    }
    const int topProducts = parseCount(QStringLiteral("top-products"), topProductsText);
    const int topVariants = parseCount(QStringLiteral("top-variants"), topVariantsText);
    const int topCustomers = parseCount(QStringLiteral("top-customers"), topCustomersText);
    if (topProducts < 0 || topVariants < 0 || topCustomers < 0)
        return Usage;
    if (topProducts && topVariants)
        return m_cx.usage(tr("report: give --top-products or --top-variants, not both."));
    const QString output = format.value_or(QStringLiteral("text"));
    if (output != QLatin1String("text") && output != QLatin1String("json") &&
        output != QLatin1String("csv"))
        return m_cx.usage(tr("--format: expected text, json or csv, not \"%1\".").arg(output));

    auto ws = m_cx.openWorkspace(*workspace);
    if (!ws)
        return Failed;
    Database &db = ws->db();
    ReportContent content;
    content.workspace = *workspace;
    try {
        StoreRepository stores(db);
        for (const Store &s : stores.list())
            content.storeNames.insert(s.id, s.name);
        AnalyticsScope scope = AnalyticsScope::allStores();
        content.scopeKind = QStringLiteral("all");
        if (storeName) {
            bool ambiguous = false;
            const auto store = stores.find(*storeName, &ambiguous);
            if (!store)
                return m_cx.fail(
                    ambiguous
                        ? tr("Several stores are named \"%1\"; use the shop "
                             "domain.")
                              .arg(*storeName)
                        : tr("Workspace \"%1\" has no store \"%2\".").arg(*workspace, *storeName));
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
        if (topProducts || topVariants)
            content.topProducts = ProductAnalytics(db).products(
                scope, range, topVariants ? ProductGrouping::Variant : ProductGrouping::Product,
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
