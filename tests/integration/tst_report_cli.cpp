// storelens-cli report, rates and group end to end: real processes on real
// encrypted workspaces. JSON keys and values (hand-checked, and against the
// raw orders), CSV, text, conversions, and clear errors for bad input.
#include "HandCheckedStore.h"
#include "OrderFactory.h"
#include "SalesOracle.h"
#include "TestEnvironment.h"
#include "ingest/BatchWriter.h"
#include "model/ExchangeRate.h"
#include "model/Money.h"
#include "storage/StoreRepository.h"
#include "storage/Workspace.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace storelens;
using namespace storelens::test;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

const QStringList kSummaryKeys{QStringLiteral("gross_sales"),
                               QStringLiteral("discounts"),
                               QStringLiteral("returns"),
                               QStringLiteral("net_sales"),
                               QStringLiteral("shipping"),
                               QStringLiteral("taxes"),
                               QStringLiteral("total_sales"),
                               QStringLiteral("orders"),
                               QStringLiteral("average_order_value"),
                               QStringLiteral("units_sold"),
                               QStringLiteral("customers"),
                               QStringLiteral("new_customers"),
                               QStringLiteral("returning_customers"),
                               QStringLiteral("returning_customer_rate"),
                               QStringLiteral("abandoned_checkouts"),
                               QStringLiteral("recovered_checkouts")};

// The JSON keys of a period against the oracle's figures, in `currency`.
void compareWithFigures(const QJsonObject &o, const PeriodFigures &f, const QString &currency)
{
    auto money = [&](qint64 minor) {
        return Money::toDecimalString(minor, currency);
    };
    QCOMPARE(o.value(QLatin1String("from")).toString(),
             DateRange::toDate(f.range.from).toString(Qt::ISODate));
    QCOMPARE(o.value(QLatin1String("gross_sales")).toString(), money(f.sales.grossSales));
    QCOMPARE(o.value(QLatin1String("discounts")).toString(), money(f.sales.discounts));
    QCOMPARE(o.value(QLatin1String("returns")).toString(), money(f.sales.returns));
    QCOMPARE(o.value(QLatin1String("net_sales")).toString(), money(f.sales.netSales()));
    QCOMPARE(o.value(QLatin1String("shipping")).toString(), money(f.sales.shipping()));
    QCOMPARE(o.value(QLatin1String("taxes")).toString(), money(f.sales.taxes()));
    QCOMPARE(o.value(QLatin1String("total_sales")).toString(), money(f.sales.totalSales()));
    QCOMPARE(o.value(QLatin1String("orders")).toInteger(), f.sales.orders);
    QCOMPARE(o.value(QLatin1String("units_sold")).toInteger(), f.sales.unitsSold);
    const auto aov = f.sales.averageOrderValue().scaled(0);
    if (aov)
        QCOMPARE(o.value(QLatin1String("average_order_value")).toString(), money(*aov));
    else
        QVERIFY(o.value(QLatin1String("average_order_value")).isNull());
    QCOMPARE(o.value(QLatin1String("customers")).toInteger(), f.customers.customers);
    QCOMPARE(o.value(QLatin1String("new_customers")).toInteger(), f.customers.newCustomers);
    QCOMPARE(o.value(QLatin1String("returning_customers")).toInteger(),
             f.customers.returningCustomers);
    QCOMPARE(o.value(QLatin1String("abandoned_checkouts")).toInteger(), f.checkouts.abandoned);
    QCOMPARE(o.value(QLatin1String("recovered_checkouts")).toInteger(), f.checkouts.recovered);
}
} // namespace

class TestReportCli : public QObject
{
    Q_OBJECT
    std::unique_ptr<TempHome> m_home;
    QProcessEnvironment m_env;
    qint64 m_handStore = 0;

    Run cli(const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(qEnvironmentVariable("STORELENS_CLI"), args);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            qFatal("storelens-cli did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    Run report(const QStringList &more)
    {
        return cli(QStringList{QStringLiteral("report"), QStringLiteral("--workspace"),
                               QStringLiteral("Hand")} +
                   more);
    }

private slots:
    void init()
    {
        qputenv("STORELENS_NO_KEYCHAIN", "1");
        m_home = std::make_unique<TempHome>();
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("STORELENS_HOME"), m_home->path());
        m_env.insert(QStringLiteral("STORELENS_NO_KEYCHAIN"), QStringLiteral("1"));
        m_env.insert(QStringLiteral("STORELENS_PASSPHRASE"),
                     QStringLiteral("correct horse battery staple"));
        m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8"));
        m_env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        createHandCheckedStore(m_home->workspacesDir(), &m_handStore);
    }
    void cleanup() { m_home.reset(); }

    void jsonHandChecked()
    {
        const Run r =
            report({QStringLiteral("--store"), QStringLiteral("Hand"), QStringLiteral("--from"),
                    QStringLiteral("2024-04-01"), QStringLiteral("--to"),
                    QStringLiteral("2024-04-02"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        for (const QString &key : kSummaryKeys) {
            QVERIFY2(o.contains(key), qPrintable(key));
            QVERIFY2(o.value(QLatin1String("previous_period")).toObject().contains(key),
                     qPrintable(key));
        }
        QCOMPARE(o.value(QLatin1String("currency")).toString(), QStringLiteral("EUR"));
        QCOMPARE(o.value(QLatin1String("converted")).toBool(), false);
        QCOMPARE(o.value(QLatin1String("gross_sales")).toString(), QStringLiteral("184.99"));
        QCOMPARE(o.value(QLatin1String("discounts")).toString(), QStringLiteral("9.99"));
        QCOMPARE(o.value(QLatin1String("returns")).toString(), QStringLiteral("40.00"));
        QCOMPARE(o.value(QLatin1String("net_sales")).toString(), QStringLiteral("135.00"));
        QCOMPARE(o.value(QLatin1String("shipping")).toString(), QStringLiteral("4.90"));
        QCOMPARE(o.value(QLatin1String("taxes")).toString(), QStringLiteral("25.65"));
        QCOMPARE(o.value(QLatin1String("total_sales")).toString(), QStringLiteral("165.55"));
        QCOMPARE(o.value(QLatin1String("orders")).toInteger(), 3);
        QCOMPARE(o.value(QLatin1String("average_order_value")).toString(), QStringLiteral("58.33"));
        QCOMPARE(o.value(QLatin1String("units_sold")).toInteger(), 5);
        QCOMPARE(o.value(QLatin1String("customers")).toInteger(), 2);
        QCOMPARE(o.value(QLatin1String("new_customers")).toInteger(), 1);
        QCOMPARE(o.value(QLatin1String("returning_customers")).toInteger(), 1);
        QCOMPARE(o.value(QLatin1String("returning_customer_rate")).toString(),
                 QStringLiteral("0.5000"));
        QCOMPARE(o.value(QLatin1String("abandoned_checkouts")).toInteger(), 2);
        QCOMPARE(o.value(QLatin1String("recovered_checkouts")).toInteger(), 1);
        const QJsonObject previous = o.value(QLatin1String("previous_period")).toObject();
        QCOMPARE(previous.value(QLatin1String("from")).toString(), QStringLiteral("2024-03-30"));
        QCOMPARE(previous.value(QLatin1String("to")).toString(), QStringLiteral("2024-03-31"));
        QCOMPARE(previous.value(QLatin1String("total_sales")).toString(), QStringLiteral("67.88"));
        QCOMPARE(previous.value(QLatin1String("orders")).toInteger(), 1);

        // A day without orders: no average, no rate.
        const QJsonObject empty =
            report({QStringLiteral("--from"), QStringLiteral("2024-04-03"), QStringLiteral("--to"),
                    QStringLiteral("2024-04-03"), QStringLiteral("--json")})
                .json();
        QCOMPARE(empty.value(QLatin1String("orders")).toInteger(), 0);
        QVERIFY(empty.value(QLatin1String("average_order_value")).isNull());
        QVERIFY(empty.value(QLatin1String("returning_customer_rate")).isNull());
        QCOMPARE(empty.value(QLatin1String("net_sales")).toString(), QStringLiteral("-45.00"));
    }

    void seriesAndTopLists()
    {
        const QJsonObject o =
            report({QStringLiteral("--from"), QStringLiteral("2024-03-30"), QStringLiteral("--to"),
                    QStringLiteral("2024-04-03"), QStringLiteral("--series"), QStringLiteral("day"),
                    QStringLiteral("--top-variants"), QStringLiteral("5"),
                    QStringLiteral("--top-customers"), QStringLiteral("1"),
                    QStringLiteral("--json")})
                .json();
        const QJsonObject series = o.value(QLatin1String("series")).toObject();
        QCOMPARE(series.value(QLatin1String("granularity")).toString(), QStringLiteral("day"));
        const QJsonArray buckets = series.value(QLatin1String("buckets")).toArray();
        QCOMPARE(buckets.size(), 5);
        QCOMPARE(buckets[2].toObject().value(QLatin1String("from")).toString(),
                 QStringLiteral("2024-04-01"));
        QCOMPARE(buckets[2].toObject().value(QLatin1String("orders")).toInteger(), 2);
        QCOMPARE(buckets[0]
                     .toObject()
                     .value(QLatin1String("previous_period"))
                     .toObject()
                     .value(QLatin1String("from"))
                     .toString(),
                 QStringLiteral("2024-03-25"));
        const QJsonArray products = o.value(QLatin1String("top_products")).toArray();
        QCOMPARE(products.size(), 2);
        const QJsonObject socks = products[1].toObject();
        QCOMPARE(socks.value(QLatin1String("title")).toString(), QStringLiteral("Wool socks"));
        QCOMPARE(socks.value(QLatin1String("sku")).toString(), QStringLiteral("SOCK-GM"));
        QCOMPARE(socks.value(QLatin1String("variant_id")).toString(), QStringLiteral("101"));
        QCOMPARE(socks.value(QLatin1String("net_sales")).toString(), QStringLiteral("45.00"));
        const QJsonArray customers = o.value(QLatin1String("top_customers")).toArray();
        QCOMPARE(customers.size(), 1);
        QCOMPARE(customers[0].toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Anna Berg"));
        QCOMPARE(customers[0].toObject().value(QLatin1String("amount_spent")).toString(),
                 QStringLiteral("67.88"));
    }

    void csvAndText()
    {
        const Run csv =
            report({QStringLiteral("--from"), QStringLiteral("2024-04-01"), QStringLiteral("--to"),
                    QStringLiteral("2024-04-02"), QStringLiteral("--format"), QStringLiteral("csv"),
                    QStringLiteral("--series"), QStringLiteral("day")});
        QCOMPARE(csv.exitCode, 0);
        const QStringList sections = csv.out.split(QStringLiteral("\n\n"));
        QCOMPARE(sections.size(), 2);
        const QStringList lines = sections[0].split(QLatin1Char('\n'));
        QCOMPARE(lines[0], QStringLiteral("metric,current,previous_period"));
        QVERIFY(lines.contains(QStringLiteral("gross_sales,184.99,60.00")));
        QVERIFY(lines.contains(QStringLiteral("average_order_value,58.33,55.00")));
        QVERIFY(lines.contains(QStringLiteral("returning_customer_rate,0.5000,0.0000")));
        QVERIFY(lines.contains(QStringLiteral("currency,EUR,EUR")));
        const QStringList series = sections[1].trimmed().split(QLatin1Char('\n'));
        QCOMPARE(series.size(), 3); // header and two days
        QVERIFY(series[0].startsWith(QLatin1String("from,to,gross_sales,")));
        QVERIFY(series[1].startsWith(QLatin1String("2024-04-01,2024-04-01,")));

        const Run text = report({QStringLiteral("--store"), QStringLiteral("hand.myshopify.com"),
                                 QStringLiteral("--from"), QStringLiteral("2024-04-01"),
                                 QStringLiteral("--to"), QStringLiteral("2024-04-02"),
                                 QStringLiteral("--top-products"), QStringLiteral("3")});
        QCOMPARE(text.exitCode, 0);
        qInfo().noquote() << '\n' << text.out;
        QVERIFY(text.out.contains(QLatin1String("Store \"Hand\"")));
        // EUR in an en_US locale: amounts with the ISO code (Money::format).
        QVERIFY(text.out.contains(QLatin1String("EUR184.99")));
        QVERIFY(text.out.contains(QLatin1String("EUR58.33")));
        QVERIFY(text.out.contains(QLatin1String("50.0%")));
        QVERIFY(text.out.contains(QLatin1String("+208.3%"))); // gross 184.99 vs 60.00
        QVERIFY(text.out.contains(QLatin1String("Wool socks")));
    }

    // A bulk export still running (or killed) has not counted the store's
    // customers yet: those figures are empty and say why; the rest is exact.
    void customerFiguresPendingDuringABulkExport()
    {
        const QStringList range{QStringLiteral("--from"), QStringLiteral("2024-03-30"),
                                QStringLiteral("--to"), QStringLiteral("2024-04-02")};
        const QStringList json{QStringLiteral("--top-customers"), QStringLiteral("3"),
                               QStringLiteral("--json")};
        const QJsonObject before = report(range + json).json();
        QCOMPARE(before.value(QLatin1String("customers")).toInteger(), 2);
        QVERIFY(before.value(QLatin1String("customer_figures_pending")).toArray().isEmpty());
        {
            auto ws =
                Workspace::open(m_home->workspacesDir() + QStringLiteral("/Hand.storelens"),
                                m_home->workspacesDir() + QStringLiteral("/Hand.storelens.json"),
                                QStringLiteral("correct horse battery staple"));
            ws->db()
                .prepare("INSERT INTO customer_rollups_deferred (store_id) VALUES (?)")
                .bind(1, m_handStore)
                .exec();
        }
        const QJsonObject o = report(range + json).json();
        for (const char *key : {"gross_sales", "total_sales", "orders", "abandoned_checkouts"})
            QCOMPARE(o.value(QLatin1String(key)), before.value(QLatin1String(key)));
        for (const char *key :
             {"customers", "new_customers", "returning_customers", "returning_customer_rate"}) {
            QVERIFY2(o.value(QLatin1String(key)).isNull(), key);
            QVERIFY2(o.value(QLatin1String("previous_period"))
                         .toObject()
                         .value(QLatin1String(key))
                         .isNull(),
                     key);
        }
        QCOMPARE(o.value(QLatin1String("customer_figures_pending")).toArray(),
                 QJsonArray{QStringLiteral("Hand")});
        // Ranked from the orders themselves, as before.
        QVERIFY(o.value(QLatin1String("top_customers")).toArray().size() >= 2);
        QCOMPARE(o.value(QLatin1String("top_customers")),
                 before.value(QLatin1String("top_customers")));

        const Run csv =
            report(range + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY(csv.out.split(QLatin1Char('\n')).contains(QStringLiteral("customers,,")));
        const Run text = report(range);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(
                     QRegularExpression(QStringLiteral("Customers\\s+counting\\s+counting"))),
                 qPrintable(text.out));
        QVERIFY2(text.out.contains(QLatin1String("when the full sync of Hand ends")),
                 qPrintable(text.out));
    }

    // A store with a random history: every key equals the raw orders'
    // figures; then "All stores" with another currency, converted with a
    // rate set and a rate imported.
    void valuesMatchRawOrdersAndConvert()
    {
        qint64 usdStore = 0;
        SalesOracle oracle("America/New_York");
        {
            auto ws =
                Workspace::open(m_home->workspacesDir() + QStringLiteral("/Hand.storelens"),
                                m_home->workspacesDir() + QStringLiteral("/Hand.storelens.json"),
                                QStringLiteral("correct horse battery staple"));
            Store s;
            s.platform = QStringLiteral("shopify");
            s.domain = QStringLiteral("ny.myshopify.com");
            s.name = QStringLiteral("New York");
            s.currency = QStringLiteral("USD");
            s.timezone = QStringLiteral("America/New_York");
            s.authKind = QStringLiteral("token");
            s.credentialRef = QStringLiteral("none");
            usdStore = StoreRepository(ws->db()).insert(s);
            OrderFactory factory(77, QStringLiteral("USD"));
            factory.customerCount = 100;
            IngestBatch batch;
            batch.storeId = usdStore;
            const qint64 start =
                QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
            for (int i = 1; i <= 800; ++i)
                batch.orders.push_back(factory.make(i, start, qint64(200) * 86'400'000));
            BatchWriter(ws->db()).write(batch);
            oracle.orders = batch.orders;
        }
        for (const auto &[from, to] :
             {std::pair{QStringLiteral("2024-03-10"), QStringLiteral("2024-03-10")},
              std::pair{QStringLiteral("2024-02-01"), QStringLiteral("2024-04-30")},
              std::pair{QStringLiteral("2023-12-25"), QStringLiteral("2024-01-03")}}) {
            const Run r = report({QStringLiteral("--store"), QStringLiteral("New York"),
                                  QStringLiteral("--from"), from, QStringLiteral("--to"), to,
                                  QStringLiteral("--json")});
            QCOMPARE(r.exitCode, 0);
            const DateRange range = DateRange::of(QDate::fromString(from, Qt::ISODate),
                                                  QDate::fromString(to, Qt::ISODate));
            compareWithFigures(r.json(), oracle.figures(range), QStringLiteral("USD"));
            compareWithFigures(r.json().value(QLatin1String("previous_period")).toObject(),
                               oracle.figures(range.previous()), QStringLiteral("USD"));
        }

        // All stores: EUR and USD. Without a report currency, or a rate, a clear error.
        const QStringList range{QStringLiteral("--from"), QStringLiteral("2024-03-01"),
                                QStringLiteral("--to"), QStringLiteral("2024-04-30")};
        Run r = report(range);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("EUR, USD")), qPrintable(r.err));
        r = report(range + QStringList{QStringLiteral("--currency"), QStringLiteral("usd")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("no exchange rate from EUR to USD")),
                 qPrintable(r.err));

        r = cli({QStringLiteral("rates"), QStringLiteral("set"), QStringLiteral("--workspace"),
                 QStringLiteral("Hand"), QStringLiteral("eur"), QStringLiteral("usd"),
                 QStringLiteral("1.0834")});
        QCOMPARE(r.exitCode, 0);
        r = cli({QStringLiteral("rates"), QStringLiteral("list"), QStringLiteral("--workspace"),
                 QStringLiteral("Hand")});
        QVERIFY2(r.out.contains(QLatin1String("1 EUR = 1.0834 USD (entered by hand")),
                 qPrintable(r.out));
        r = report(range + QStringList{QStringLiteral("--currency"), QStringLiteral("USD"),
                                       QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonObject o = r.json();
        QCOMPARE(o.value(QLatin1String("currency")).toString(), QStringLiteral("USD"));
        QCOMPARE(o.value(QLatin1String("converted")).toBool(), true);
        const QJsonObject conversion =
            o.value(QLatin1String("conversions")).toArray().first().toObject();
        QCOMPARE(conversion.value(QLatin1String("rate")).toString(), QStringLiteral("1.0834"));
        QCOMPARE(conversion.value(QLatin1String("stores")).toArray().first().toString(),
                 QStringLiteral("Hand"));
        // Each store's figure converted, then added: the hand store's gross sales
        // of March 30 - April 2 are 244.99 EUR = 265.4222… USD -> 265.42.
        const DateRange march{20240301, 20240430};
        const qint64 usdGross = oracle.figures(march).sales.grossSales;
        QCOMPARE(o.value(QLatin1String("gross_sales")).toString(),
                 Money::toDecimalString(usdGross + 26542, u"USD"));

        // An imported file replaces the rate and is named as its source.
        const QString file = m_home->path() + QStringLiteral("/rates.csv");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("base,quote,rate\nEUR,USD,1.1\nGBP,USD,1.25\n");
        f.close();
        r = cli({QStringLiteral("rates"), QStringLiteral("import"), QStringLiteral("--workspace"),
                 QStringLiteral("Hand"), file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("2")));
        r = cli({QStringLiteral("rates"), QStringLiteral("list"), QStringLiteral("--workspace"),
                 QStringLiteral("Hand"), QStringLiteral("--json")});
        const QJsonArray rates = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(rates.size(), 2);
        QCOMPARE(rates[0].toObject().value(QLatin1String("rate")).toString(),
                 QStringLiteral("1.1"));
        QCOMPARE(rates[0].toObject().value(QLatin1String("source")).toString(),
                 QStringLiteral("rates.csv"));
        o = report(range + QStringList{QStringLiteral("--currency"), QStringLiteral("USD"),
                                       QStringLiteral("--json")})
                .json();
        // 244.99 EUR × 1.1 = 269.489 -> 269.49
        QCOMPARE(o.value(QLatin1String("gross_sales")).toString(),
                 Money::toDecimalString(usdGross + 26949, u"USD"));
        const Run text =
            report(range + QStringList{QStringLiteral("--currency"), QStringLiteral("USD")});
        QVERIFY(text.out.contains(QLatin1String("* converted into USD")));
        QVERIFY(text.out.contains(QLatin1String("1 EUR = 1.1 USD (rates.csv")));

        // A group of the USD store reports in USD without conversion.
        r = cli({QStringLiteral("group"), QStringLiteral("create"), QStringLiteral("--workspace"),
                 QStringLiteral("Hand"), QStringLiteral("America"), QStringLiteral("New York")});
        QCOMPARE(r.exitCode, 0);
        o = report(range + QStringList{QStringLiteral("--group"), QStringLiteral("america"),
                                       QStringLiteral("--json")})
                .json();
        QCOMPARE(o.value(QLatin1String("converted")).toBool(), false);
        QCOMPARE(o.value(QLatin1String("gross_sales")).toString(),
                 Money::toDecimalString(usdGross, u"USD"));

        // A bad rate file changes nothing.
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("EUR,USD,1.2\nEUR,USD,abc\n");
        f.close();
        r = cli({QStringLiteral("rates"), QStringLiteral("import"), QStringLiteral("--workspace"),
                 QStringLiteral("Hand"), file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("line 2")));
        r = cli({QStringLiteral("rates"), QStringLiteral("list"), QStringLiteral("--workspace"),
                 QStringLiteral("Hand")});
        QVERIFY(r.out.contains(QLatin1String("1 EUR = 1.1 USD")));
    }

    void clearErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString from = QStringLiteral("--from"), to = QStringLiteral("--to");
        QTest::newRow("no such day")
            << QStringList{from, QStringLiteral("2024-02-30"), to, QStringLiteral("2024-03-01")}
            << 2 << "\"2024-02-30\" is not a day";
        QTest::newRow("not iso") << QStringList{from, QStringLiteral("1.4.2024"), to,
                                                QStringLiteral("2024-04-02")}
                                 << 2 << "YYYY-MM-DD";
        QTest::newRow("short month")
            << QStringList{from, QStringLiteral("2024-4-01"), to, QStringLiteral("2024-04-02")} << 2
            << "is not a day";
        QTest::newRow("missing to")
            << QStringList{from, QStringLiteral("2024-04-01")} << 2 << "--to";
        QTest::newRow("reversed") << QStringList{from, QStringLiteral("2024-04-02"), to,
                                                 QStringLiteral("2024-04-01")}
                                  << 2 << "is after";
        QTest::newRow("unknown store") << QStringList{QStringLiteral("--store"),
                                                      QStringLiteral("Nope"),
                                                      from,
                                                      QStringLiteral("2024-04-01"),
                                                      to,
                                                      QStringLiteral("2024-04-02")}
                                       << 1 << "has no store \"Nope\"";
        QTest::newRow("unknown group") << QStringList{QStringLiteral("--group"),
                                                      QStringLiteral("Nope"),
                                                      from,
                                                      QStringLiteral("2024-04-01"),
                                                      to,
                                                      QStringLiteral("2024-04-02")}
                                       << 1 << "has no store group \"Nope\"";
        QTest::newRow("bad series") << QStringList{from,
                                                   QStringLiteral("2024-04-01"),
                                                   to,
                                                   QStringLiteral("2024-04-02"),
                                                   QStringLiteral("--series"),
                                                   QStringLiteral("year")}
                                    << 2 << "day, week or month";
        QTest::newRow("bad top") << QStringList{from,
                                                QStringLiteral("2024-04-01"),
                                                to,
                                                QStringLiteral("2024-04-02"),
                                                QStringLiteral("--top-products"),
                                                QStringLiteral("0")}
                                 << 2 << "from 1 to 1000";
        QTest::newRow("bad currency") << QStringList{from,
                                                     QStringLiteral("2024-04-01"),
                                                     to,
                                                     QStringLiteral("2024-04-02"),
                                                     QStringLiteral("--currency"),
                                                     QStringLiteral("euro")}
                                      << 2 << "ISO 4217";
        QTest::newRow("unknown option")
            << QStringList{from, QStringLiteral("2024-04-01"), to, QStringLiteral("2024-04-02"),
                           QStringLiteral("--xml")}
            << 2 << "unknown option --xml";
        QTest::newRow("bad format") << QStringList{from,
                                                   QStringLiteral("2024-04-01"),
                                                   to,
                                                   QStringLiteral("2024-04-02"),
                                                   QStringLiteral("--format"),
                                                   QStringLiteral("xml")}
                                    << 2 << "text, json or csv";
    }
    void clearErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = report(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void unknownWorkspaceAndRateErrors()
    {
        Run r = cli({QStringLiteral("report"), QStringLiteral("--workspace"),
                     QStringLiteral("Nope"), QStringLiteral("--from"), QStringLiteral("2024-04-01"),
                     QStringLiteral("--to"), QStringLiteral("2024-04-02")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("no workspace named \"Nope\"")));
        r = cli({QStringLiteral("rates"), QStringLiteral("set"), QStringLiteral("--workspace"),
                 QStringLiteral("Hand"), QStringLiteral("EUR"), QStringLiteral("USD"),
                 QStringLiteral("1,08")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("plain decimal")));
        r = cli({QStringLiteral("rates"), QStringLiteral("set"), QStringLiteral("--workspace"),
                 QStringLiteral("Hand"), QStringLiteral("EUR"), QStringLiteral("EUR"),
                 QStringLiteral("1")});
        QCOMPARE(r.exitCode, 2);
        r = cli({QStringLiteral("help")});
        QVERIFY(r.out.contains(QLatin1String("report --workspace W")));
        QVERIFY(r.out.contains(QLatin1String("rates import")));
    }
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_report_cli.moc"
