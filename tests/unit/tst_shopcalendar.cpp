#include "common/ShopCalendar.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace storelens;

class TestShopCalendar : public QObject
{
    Q_OBJECT
private slots:
    void civilRoundTrip()
    {
        for (int d = -1000; d < 80000; d += 7)
            QCOMPARE(ShopCalendar::daysFromCivil(ShopCalendar::civilFromDays(d)), d);
        QCOMPARE(ShopCalendar::civilFromDays(0), 19700101);
        QCOMPARE(ShopCalendar::addDays(20240228, 1), 20240229);
        QCOMPARE(ShopCalendar::addDays(20230228, 1), 20230301);
        QVERIFY(ShopCalendar::isValidDay(20240229));
        QVERIFY(!ShopCalendar::isValidDay(20230229));
    }

    // Agrees with QDateTime (the slow, authoritative path) at random instants,
    // including around DST transitions.
    void matchesQDateTime_data()
    {
        QTest::addColumn<QByteArray>("zone");
        for (const char *z : {"UTC", "America/New_York", "Europe/Berlin", "Australia/Lord_Howe",
                              "Asia/Kolkata", "Pacific/Chatham", "America/St_Johns", "Asia/Tokyo"})
            QTest::newRow(z) << QByteArray(z);
    }
    void matchesQDateTime()
    {
        QFETCH(QByteArray, zone);
        const ShopCalendar calendar(zone);
        QVERIFY(calendar.isValid());
        const QTimeZone tz(zone);
        QRandomGenerator rng(42);
        const qint64 from = QDateTime(QDate(2015, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 to = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        for (int i = 0; i < 20000; ++i) {
            const qint64 t = from + qint64(rng.bounded(quint64(to - from)));
            const QDate local = QDateTime::fromMSecsSinceEpoch(t, tz).date();
            QCOMPARE(calendar.dayOf(t), local.year() * 10000 + local.month() * 100 + local.day());
        }
        // Every transition, one millisecond either side.
        for (const auto &tr : tz.transitions(QDateTime::fromMSecsSinceEpoch(from, Qt::UTC),
                                             QDateTime::fromMSecsSinceEpoch(to, Qt::UTC))) {
            for (qint64 t : {tr.atUtc.toMSecsSinceEpoch() - 1, tr.atUtc.toMSecsSinceEpoch()}) {
                const QDate local = QDateTime::fromMSecsSinceEpoch(t, tz).date();
                QCOMPARE(calendar.dayOf(t),
                         local.year() * 10000 + local.month() * 100 + local.day());
            }
        }
    }

    void dstDaysHaveOddLengths()
    {
        const ShopCalendar ny("America/New_York");
        // 2024-03-10: clocks jump 02:00 -> 03:00, the day has 23 hours.
        QCOMPARE(ny.startOfDayUtcMs(20240311) - ny.startOfDayUtcMs(20240310), qint64(23) * 3600000);
        // 2024-11-03: 25 hours.
        QCOMPARE(ny.startOfDayUtcMs(20241104) - ny.startOfDayUtcMs(20241103), qint64(25) * 3600000);
        // An instant that is the 4th in UTC but still the 3rd in New York.
        const qint64 t = QDateTime(QDate(2024, 11, 4), QTime(3, 30), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(ny.dayOf(t), 20241103);
        QCOMPARE(ny.dayOf(ny.startOfDayUtcMs(20241104)), 20241104);
        QCOMPARE(ny.dayOf(ny.startOfDayUtcMs(20241104) - 1), 20241103);
    }

    void unknownZoneFallsBackToUtc()
    {
        const ShopCalendar bad("Mars/Olympus_Mons");
        QVERIFY(!bad.isValid());
        QCOMPARE(bad.dayOf(0), 19700101);
    }
};

QTEST_GUILESS_MAIN(TestShopCalendar)
#include "tst_shopcalendar.moc"
