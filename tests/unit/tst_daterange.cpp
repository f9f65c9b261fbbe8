// Ranges of shop-local days: lengths, previous periods, buckets by day, week
// (per locale's first day) and month; exact ratios and their rounding.
#include "analytics/DateRange.h"
#include "analytics/Ratio.h"

#include <QTest>

using namespace storelens;

class TestDateRange : public QObject
{
    Q_OBJECT
private slots:
    void lengthsAndPreviousPeriods()
    {
        const DateRange march{20240301, 20240331};
        QVERIFY(march.isValid());
        QCOMPARE(march.dayCount(), 31);
        QCOMPARE(march.previous(), (DateRange{20240130, 20240229})); // 31 days, leap year
        QCOMPARE((DateRange{20240101, 20241231}).dayCount(), 366);
        QCOMPARE((DateRange{20240101, 20241231}).previous(), (DateRange{20221231, 20231231}));
        QVERIFY(!(DateRange{20240302, 20240301}).isValid());
        QVERIFY(!(DateRange{20230229, 20230301}).isValid());
        QCOMPARE(DateRange::of(QDate(2024, 2, 29), QDate(2024, 3, 1)),
                 (DateRange{20240229, 20240301}));
        QCOMPARE(DateRange::dayOfWeek(20240101), Qt::Monday);
        QCOMPARE(DateRange::dayOfWeek(20240303), Qt::Sunday);
        QCOMPARE(DateRange::dayOfWeek(19700101), Qt::Thursday);
        QCOMPARE(DateRange::dayOfWeek(19691231), Qt::Wednesday);
    }

    void buckets()
    {
        const DateRange range{20240227, 20240312};
        QCOMPARE(range.buckets(Granularity::Day).size(), size_t(15));
        // Weeks starting on Monday (de_DE): Tue 27 Feb - Sun 3 Mar, 4-10 Mar, 11-12 Mar.
        const auto monday = range.buckets(Granularity::Week, Qt::Monday);
        QCOMPARE(monday.size(), size_t(3));
        QCOMPARE(monday[0], (DateRange{20240227, 20240303}));
        QCOMPARE(monday[1], (DateRange{20240304, 20240310}));
        QCOMPARE(monday[2], (DateRange{20240311, 20240312}));
        // Weeks starting on Sunday (en_US): 27 Feb - Sat 2 Mar, 3-9, 10-12.
        const auto sunday = range.buckets(Granularity::Week, Qt::Sunday);
        QCOMPARE(sunday[0], (DateRange{20240227, 20240302}));
        QCOMPARE(sunday[1], (DateRange{20240303, 20240309}));
        QCOMPARE(sunday[2], (DateRange{20240310, 20240312}));
        // A range that starts on the first day of the week.
        QCOMPARE((DateRange{20240304, 20240310}).buckets(Granularity::Week, Qt::Monday).size(),
                 size_t(1));
        const auto months = (DateRange{20231215, 20240301}).buckets(Granularity::Month);
        QCOMPARE(months.size(), size_t(4));
        QCOMPARE(months[0], (DateRange{20231215, 20231231}));
        QCOMPARE(months[1], (DateRange{20240101, 20240131}));
        QCOMPARE(months[2], (DateRange{20240201, 20240229}));
        QCOMPARE(months[3], (DateRange{20240301, 20240301}));
        QVERIFY((DateRange{20240302, 20240301}).buckets(Granularity::Day).empty());
    }

    void months()
    {
        QCOMPARE(DateRange::ofMonth(202402), (DateRange{20240201, 20240229}));
        QCOMPARE(DateRange::ofMonth(202312), (DateRange{20231201, 20231231}));
        QCOMPARE(DateRange::addMonths(202312, 1), 202401);
        QCOMPARE(DateRange::addMonths(202401, -1), 202312);
        QCOMPARE(DateRange::addMonths(202405, 20), 202601);
        QCOMPARE(DateRange::monthsBetween(202311, 202402), 3);
        QCOMPARE(DateRange::monthsBetween(202402, 202402), 0);
    }

    void ratios()
    {
        const Ratio third{1, 3};
        QCOMPARE(third.toDecimalString(4), QStringLiteral("0.3333"));
        QCOMPARE((Ratio{2, 3}).toDecimalString(4), QStringLiteral("0.6667"));
        QCOMPARE((Ratio{1, 8}).toDecimalString(2), QStringLiteral("0.13")); // 0.125 half up
        QCOMPARE((Ratio{-1, 8}).toDecimalString(2), QStringLiteral("-0.13"));
        QCOMPARE((Ratio{17500, 3}).scaled(0), std::optional<qint64>(5833));
        QCOMPARE((Ratio{5, 0}).scaled(0), std::optional<qint64>());
        QCOMPARE((Ratio{5, 0}).toDecimalString(2), QString());
        QCOMPARE((Ratio{1, 4}).toPercentString(1, QLocale(QLocale::English)),
                 QStringLiteral("25.0%"));
        QCOMPARE((Ratio{1, 3}).toPercentString(1, QLocale(QLocale::German)),
                 QStringLiteral("33,3%"));
        QVERIFY(Ratio::compare({1, 3}, {1, 2}) < 0);
        QVERIFY(Ratio::compare({2, 4}, {1, 2}) == 0);
        QVERIFY(Ratio::compare({1, -3}, {-1, 2}) > 0);
    }
};

QTEST_GUILESS_MAIN(TestDateRange)
#include "tst_daterange.moc"
