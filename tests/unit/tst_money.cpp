#include "model/Money.h"

#include <QTest>

using namespace storelens;

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("usd whole") << "12"
                                   << "USD" << true << qint64(1200);
        QTest::newRow("usd one decimal") << "12.5"
                                         << "USD" << true << qint64(1250);
        QTest::newRow("usd two decimals") << "0.01"
                                          << "USD" << true << qint64(1);
        QTest::newRow("usd trailing zeros") << "19.9900"
                                            << "USD" << true << qint64(1999);
        QTest::newRow("usd negative") << "-5.25"
                                      << "USD" << true << qint64(-525);
        QTest::newRow("usd zero") << "0.00"
                                  << "USD" << true << qint64(0);
        QTest::newRow("jpy") << "1500"
                             << "JPY" << true << qint64(1500);
        QTest::newRow("jpy with .0") << "1500.0"
                                     << "JPY" << true << qint64(1500);
        QTest::newRow("jpy fraction") << "1500.5"
                                      << "JPY" << false << qint64(0);
        QTest::newRow("kwd") << "1.234"
                             << "KWD" << true << qint64(1234);
        QTest::newRow("kwd short") << "1.2"
                                   << "KWD" << true << qint64(1200);
        QTest::newRow("kwd too precise") << "1.2345"
                                         << "KWD" << false << qint64(0);
        QTest::newRow("usd too precise") << "0.001"
                                         << "USD" << false << qint64(0);
        QTest::newRow("exponent") << "1e3"
                                  << "USD" << false << qint64(0);
        QTest::newRow("exponent upper") << "1E3"
                                        << "USD" << false << qint64(0);
        QTest::newRow("plus sign") << "+1"
                                   << "USD" << false << qint64(0);
        QTest::newRow("space") << " 1"
                               << "USD" << false << qint64(0);
        QTest::newRow("thousands") << "1,000.00"
                                   << "USD" << false << qint64(0);
        QTest::newRow("empty") << ""
                               << "USD" << false << qint64(0);
        QTest::newRow("dot only") << "."
                                  << "USD" << false << qint64(0);
        QTest::newRow("leading dot") << ".5"
                                     << "USD" << false << qint64(0);
        QTest::newRow("trailing dot") << "5."
                                      << "USD" << false << qint64(0);
        QTest::newRow("minus only") << "-"
                                    << "USD" << false << qint64(0);
        QTest::newRow("nan") << "NaN"
                             << "USD" << false << qint64(0);
        QTest::newRow("arabic digits") << QString::fromUtf8("١٢") << "USD" << false << qint64(0);
        QTest::newRow("max") << "92233720368547758.07"
                             << "USD" << true << std::numeric_limits<qint64>::max();
        QTest::newRow("min") << "-92233720368547758.08"
                             << "USD" << true << std::numeric_limits<qint64>::min();
        QTest::newRow("overflow") << "92233720368547758.08"
                                  << "USD" << false << qint64(0);
        QTest::newRow("huge") << "99999999999999999999999"
                              << "JPY" << false << qint64(0);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(bool, valid);
        QFETCH(qint64, minor);
        const Money::ParseResult r = Money::parseMinor(text, currency);
        QCOMPARE(r.minorUnits.has_value(), valid);
        if (valid)
            QCOMPARE(*r.minorUnits, minor);
        else
            QVERIFY(!r.error.isEmpty());
    }

    void sumIsExact()
    {
        // The classic double failure: 0.1 + 0.2 != 0.3.
        const Money a = *Money::parse(u"0.1", QStringLiteral("USD"));
        const Money b = *Money::parse(u"0.2", QStringLiteral("USD"));
        const Money c = *Money::parse(u"0.3", QStringLiteral("USD"));
        QCOMPARE(a + b, c);
        QCOMPARE((a + b).toDecimalString(), QStringLiteral("0.30"));
        // A million additions of one cent stay exact.
        qint64 total = 0;
        for (int i = 0; i < 1'000'000; ++i)
            total += *Money::parseMinor(u"0.01", u"USD").minorUnits;
        QCOMPARE(Money::toDecimalString(total, u"USD"), QStringLiteral("10000.00"));
    }

    void minorDigits()
    {
        QCOMPARE(Money::minorDigits(u"USD"), 2);
        QCOMPARE(Money::minorDigits(u"EUR"), 2);
        QCOMPARE(Money::minorDigits(u"JPY"), 0);
        QCOMPARE(Money::minorDigits(u"KRW"), 0);
        QCOMPARE(Money::minorDigits(u"KWD"), 3);
        QCOMPARE(Money::minorDigits(u"BHD"), 3);
        QCOMPARE(Money::minorDigits(u"CLF"), 4);
    }

    void decimalString()
    {
        QCOMPARE(Money::toDecimalString(123456, u"USD"), QStringLiteral("1234.56"));
        QCOMPARE(Money::toDecimalString(-5, u"USD"), QStringLiteral("-0.05"));
        QCOMPARE(Money::toDecimalString(1500, u"JPY"), QStringLiteral("1500"));
        QCOMPARE(Money::toDecimalString(1234, u"KWD"), QStringLiteral("1.234"));
        QCOMPARE(Money::toDecimalString(std::numeric_limits<qint64>::min(), u"USD"),
                 QStringLiteral("-92233720368547758.08"));
        // Round trip.
        for (qint64 v :
             {qint64(0), qint64(1), qint64(-1), qint64(99), qint64(100), qint64(123456789)}) {
            for (const char *cur : {"USD", "JPY", "KWD"}) {
                const QString c = QString::fromLatin1(cur);
                QCOMPARE(*Money::parseMinor(Money::toDecimalString(v, c), c).minorUnits, v);
            }
        }
    }

    void localisedFormat()
    {
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        const QLocale de(QLocale::German, QLocale::Germany);
        QCOMPARE(Money::format(123456, QStringLiteral("USD"), us), QStringLiteral("$1,234.56"));
        // en_US writes negative amounts in accounting style.
        QCOMPARE(Money::format(-5, QStringLiteral("USD"), us), QStringLiteral("($0.05)"));
        QCOMPARE(Money::format(-123456, QStringLiteral("EUR"), de),
                 QString::fromUtf8("-1.234,56\u00a0€"));
        QCOMPARE(Money::format(123456, QStringLiteral("EUR"), de),
                 QString::fromUtf8("1.234,56\u00a0€"));
        // A foreign currency is shown by its code, in the locale's pattern.
        QCOMPARE(Money::format(150000, QStringLiteral("JPY"), de),
                 QString::fromUtf8("150.000\u00a0JPY"));
        QCOMPARE(Money::format(1234, QStringLiteral("KWD"), us), QStringLiteral("KWD1.234"));
        // The C locale has no currency pattern: the code follows, spaced.
        QCOMPARE(Money::format(-8021992, QStringLiteral("USD"), QLocale::c()),
                 QStringLiteral("-80219.92 USD"));
        // Values beyond double precision print exactly.
        QCOMPARE(Money::format(9007199254740993, QStringLiteral("USD"), us),
                 QStringLiteral("$90,071,992,547,409.93"));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
