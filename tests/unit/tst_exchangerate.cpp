// Exchange rates are exact decimals, conversions round once, half away from
// zero, and rate files are read whole or not at all.
#include "analytics/ExchangeRateFile.h"
#include "model/ExchangeRate.h"

#include <QTest>

using namespace storelens;

class TestExchangeRate : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical"); // empty: rejected
        QTest::newRow("plain") << "1.0834"
                               << "1.0834";
        QTest::newRow("trailing zeros") << "1.083400"
                                        << "1.0834";
        QTest::newRow("integer") << "150"
                                 << "150";
        QTest::newRow("integer with point zero") << "150.0"
                                                 << "150";
        QTest::newRow("leading zeros") << "000.92"
                                       << "0.92";
        QTest::newRow("small") << "0.000000000001"
                               << "0.000000000001";
        QTest::newRow("many zeros kept exact") << "1.000000000000000000"
                                               << "1";
        QTest::newRow("zero") << "0"
                              << "";
        QTest::newRow("zero decimal") << "0.000"
                                      << "";
        QTest::newRow("negative") << "-1.2"
                                  << "";
        QTest::newRow("plus") << "+1.2"
                              << "";
        QTest::newRow("exponent") << "1e3"
                                  << "";
        QTest::newRow("comma") << "1,08"
                               << "";
        QTest::newRow("space") << " 1.08"
                               << "";
        QTest::newRow("no whole part") << ".5"
                                       << "";
        QTest::newRow("no fraction") << "5."
                                     << "";
        QTest::newRow("two points") << "1.0.1"
                                    << "";
        QTest::newRow("too many decimals") << "0.0000000000001"
                                           << "";
        QTest::newRow("too many digits") << "1234567890.123456"
                                         << "";
        QTest::newRow("empty") << ""
                               << "";
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QString error;
        const auto rate = ExchangeRate::parse(text, &error);
        QCOMPARE(rate.has_value(), !canonical.isEmpty());
        if (rate)
            QCOMPARE(rate->toString(), canonical);
        else
            QVERIFY(!error.isEmpty());
    }

    void convert_data()
    {
        QTest::addColumn<QString>("rate");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<qint64>("expected");
        // 123.45 EUR × 1.0834 = 133.745730 USD -> 133.75
        QTest::newRow("eur usd") << "1.0834" << qint64(12345) << "EUR"
                                 << "USD" << qint64(13375);
        // 0.05 × 1.5 = 0.075 -> 0.08 (half away from zero)
        QTest::newRow("half up") << "1.5" << qint64(5) << "USD"
                                 << "EUR" << qint64(8);
        QTest::newRow("half down negative") << "1.5" << qint64(-5) << "USD"
                                            << "EUR" << qint64(-8);
        // 0.07 × 1.5 = 0.105 -> 0.11; 0.03 × 1.5 = 0.045 -> 0.05
        QTest::newRow("just above half") << "1.5" << qint64(7) << "USD"
                                         << "EUR" << qint64(11);
        QTest::newRow("exact half low") << "1.5" << qint64(3) << "USD"
                                        << "EUR" << qint64(5);
        // 0.0449 -> 0.04
        QTest::newRow("below half") << "0.449" << qint64(10) << "USD"
                                    << "EUR" << qint64(4);
        // 1000 JPY × 0.006712 = 6.712 USD -> 6.71 (JPY has no minor unit)
        QTest::newRow("jpy usd") << "0.006712" << qint64(1000) << "JPY"
                                 << "USD" << qint64(671);
        // 19.99 USD × 149.5 = 2988.505 JPY -> 2989
        QTest::newRow("usd jpy") << "149.5" << qint64(1999) << "USD"
                                 << "JPY" << qint64(2989);
        // 10.000 KWD × 3.25 = 32.50 USD (KWD has three decimals)
        QTest::newRow("kwd usd") << "3.25" << qint64(10000) << "KWD"
                                 << "USD" << qint64(3250);
        QTest::newRow("zero") << "1.0834" << qint64(0) << "EUR"
                              << "USD" << qint64(0);
        // A large amount stays exact: 9e15 minor × 1.0834.
        QTest::newRow("large") << "1.0834" << qint64(9'000'000'000'000'000) << "EUR"
                               << "USD" << qint64(9'750'600'000'000'000);
    }
    void convert()
    {
        QFETCH(QString, rate);
        QFETCH(qint64, minor);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(qint64, expected);
        QCOMPARE(ExchangeRate::parse(rate)->convert(minor, from, to), std::optional(expected));
    }

    void overflowIsReported()
    {
        const auto rate = ExchangeRate::parse(u"1000");
        QCOMPARE(rate->convert(std::numeric_limits<qint64>::max() / 10, u"USD", u"EUR"),
                 std::optional<qint64>());
    }

    void rateFile()
    {
        const auto good = ExchangeRateFile::parse("base,quote,rate\n"
                                                  "# ECB reference, 2024-05-02\n"
                                                  "EUR,USD,1.0834\n"
                                                  "\n"
                                                  "gbp;usd;1.2530\n"
                                                  "JPY\tUSD\t0.006712\n");
        QVERIFY(good.ok());
        QCOMPARE(good.entries.size(), size_t(3));
        QCOMPARE(good.entries[1].base, QStringLiteral("GBP"));
        QCOMPARE(good.entries[1].rate.toString(), QStringLiteral("1.253"));
        const auto bad = ExchangeRateFile::parse("EUR,USD,1.0834\n"
                                                 "EUR,USD\n"
                                                 "EURO,USD,1\n"
                                                 "CHF,USD,-1\n");
        QVERIFY(!bad.ok());
        QVERIFY(bad.entries.empty());
        QCOMPARE(bad.errors.size(), 3);
        QVERIFY(bad.errors[0].startsWith(QLatin1String("line 2")));
        QVERIFY(bad.errors[2].startsWith(QLatin1String("line 4")));
    }
};

QTEST_GUILESS_MAIN(TestExchangeRate)
#include "tst_exchangerate.moc"
