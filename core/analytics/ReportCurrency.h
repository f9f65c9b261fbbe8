#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace storelens {

// One exchange rate an answer was converted with, to explain the figures:
// "EUR -> USD at 1.0834 (entered 2024-05-01) for Berlin Shop".
struct AppliedRate
{
    QString from;
    QString to;
    QString rate; // exact decimal text
    QString source;
    qint64 updatedAtMs = 0;
    QStringList stores;
    QList<qint64> storeIds;
};

// The currency of every amount in an answer. When `conversions` is not empty
// the amounts of the stores named there were converted into `code` (each
// store's figure converted, then added), and the answer must say so.
struct ReportCurrency
{
    QString code;
    std::vector<AppliedRate> conversions;
    bool isConverted() const { return !conversions.empty(); }
    // Whether the amounts of `storeId` (e.g. its rows in a product list) were converted.
    bool converts(qint64 storeId) const
    {
        for (const AppliedRate &r : conversions) {
            if (r.storeIds.contains(storeId))
                return true;
        }
        return false;
    }
};

} // namespace storelens
