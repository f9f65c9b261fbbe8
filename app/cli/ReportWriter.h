#pragma once

#include "analytics/ProductReport.h"
#include "analytics/SkuReport.h"
#include "analytics/SummaryReport.h"
#include "analytics/TimeSeries.h"
#include "analytics/TopCustomers.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <optional>

namespace storelens::cli {

// What one `storelens-cli report` run computed.
struct ReportContent
{
    QString workspace;
    QString scopeKind; // "store", "group" or "all"
    QString scopeName;
    SummaryReport summary;
    std::optional<TimeSeries> series;
    std::optional<ProductReport> topProducts;
    std::optional<TopCustomers> topCustomers;
    std::optional<SkuReport> skus;         // --group-by sku
    QHash<qint64, QString> storePlatforms; // the platforms' names, by store id
    QHash<qint64, QString> storeNames;
};

// Prints a report as JSON (amounts as decimal strings in the report
// currency), CSV (sections separated by a blank line, each with its own
// header) or text for people (QLocale numbers, dates and money).
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
public:
    static QByteArray json(const ReportContent &report);
    static QString csv(const ReportContent &report);
    static QString text(const ReportContent &report, const QLocale &locale = {});
};

} // namespace storelens::cli
