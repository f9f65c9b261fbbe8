// Which product rollup rows a range reads: days of partial months or whole
// months less their other days, whichever are fewer (days without data cost
// nothing); runs of months, or two running-total snapshots when fewer.
#include "analytics/ProductRollupPlan.h"

#include <QTest>

using namespace storelens;

namespace {

using Source = ProductRollupRead::Source;

QString describe(const std::vector<ProductRollupRead> &reads)
{
    QStringList out;
    for (const ProductRollupRead &r : reads) {
        const char *source = r.source == Source::Days     ? "days"
                             : r.source == Source::Months ? "months"
                                                          : "running";
        out << QStringLiteral("%1%2 %3..%4")
                   .arg(QLatin1Char(r.sign > 0 ? '+' : '-'))
                   .arg(QLatin1String(source))
                   .arg(r.from)
                   .arg(r.to);
    }
    return out.join(QStringLiteral(", "));
}

QString plan(DateRange range, DateRange data, bool useRunning = true)
{
    return describe(ProductRollupPlan::plan(range, data, useRunning));
}

} // namespace

class TestProductRollupPlan : public QObject
{
    Q_OBJECT
private slots:
    void yearReadsTwoSnapshots()
    {
        // bench_analytics' range: the last day with orders is December 30; refunds
        // reach into January. December less its 31st, and 2024 as a difference.
        QCOMPARE(plan({20240101, 20241230}, {20230101, 20250127}),
                 QStringLiteral("-days 20241231..20241231, +running 202412..202412, "
                                "-running 202312..202312"));
        // The same through the month rollup: twelve months.
        QCOMPARE(plan({20240101, 20241230}, {20230101, 20250127}, false),
                 QStringLiteral("-days 20241231..20241231, +months 202401..202412"));
    }

    void lastDaysSubtractNoFutureDays()
    {
        // The last 365 days on March 10: March 11-31 hold no data yet, so March
        // is read whole; March 2023 is read from the 11th on as the month less
        // ten days.
        QCOMPARE(plan({20230311, 20240310}, {20220105, 20240310}),
                 QStringLiteral("-days 20230301..20230310, +running 202403..202403, "
                                "-running 202302..202302"));
    }

    void partialMonthsReadTheirFewerDays()
    {
        // Ten days of June: the days. Twenty-five: the month less five days.
        QCOMPARE(plan({20240611, 20240620}, {20200101, 20301231}),
                 QStringLiteral("+days 20240611..20240620"));
        QCOMPARE(plan({20240603, 20240627}, {20200101, 20301231}),
                 QStringLiteral("-days 20240601..20240602, -days 20240628..20240630, "
                                "+months 202406..202406"));
        // Two whole months: the month rollup, as cheap as two snapshots.
        QCOMPARE(plan({20240601, 20240731}, {20200101, 20301231}),
                 QStringLiteral("+months 202406..202407"));
        QCOMPARE(plan({20240617, 20240915}, {20200101, 20301231}),
                 QStringLiteral("+days 20240617..20240630, +days 20240901..20240915, "
                                "+months 202407..202408"));
        QCOMPARE(plan({20240610, 20240915}, {20200101, 20301231}),
                 QStringLiteral("-days 20240601..20240609, +days 20240901..20240915, "
                                "+running 202408..202408, -running 202405..202405"));
    }

    void rangesReachingPastTheData()
    {
        // Before the first month with data: one snapshot.
        QCOMPARE(plan({20220101, 20240415}, {20230110, 20240430}),
                 QStringLiteral("+days 20240401..20240415, +running 202403..202403"));
        // Nothing stored in the range.
        QCOMPARE(plan({20200101, 20201231}, {20230110, 20240430}), QString());
        QCOMPARE(plan({20240501, 20240531}, {20230110, 20240430}), QString());
        // The first month of data, cut to its days: read whole.
        QCOMPARE(plan({20230101, 20230131}, {20230110, 20240430}),
                 QStringLiteral("+months 202301..202301"));
    }
};

QTEST_GUILESS_MAIN(TestProductRollupPlan)
#include "tst_product_rollup_plan.moc"
