#include "platform/StoreAddress.h"

#include <QTest>

using namespace storelens;

class TestStoreAddress : public QObject
{
    Q_OBJECT
private slots:
    void domains_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty = invalid
        QTest::newRow("bare name") << "Acme"
                                   << "acme.myshopify.com";
        QTest::newRow("full") << "acme.myshopify.com"
                              << "acme.myshopify.com";
        QTest::newRow("url") << "https://acme.myshopify.com/admin/orders"
                             << "acme.myshopify.com";
        QTest::newRow("custom domain") << "shop.example.com"
                                       << "shop.example.com";
        QTest::newRow("spaces") << "  acme.myshopify.com "
                                << "acme.myshopify.com";
        QTest::newRow("invalid chars") << "acme shop"
                                       << "";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("underscore") << "ac_me.myshopify.com"
                                    << "";
    }
    void domains()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QString error;
        const auto result =
            StoreAddress::normalizeShopDomain(QStringLiteral("shopify"), input, &error);
        if (expected.isEmpty()) {
            QVERIFY(!result);
            QVERIFY(error.contains(input.isEmpty() ? QStringLiteral("\"\"") : input));
        } else {
            QCOMPARE(result.value_or(QString()), expected);
        }
    }
    void apiBase_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("ok");
        QTest::newRow("loopback http") << "http://127.0.0.1:8080" << true;
        QTest::newRow("localhost http") << "http://localhost:9000/" << true;
        QTest::newRow("ipv6 loopback") << "http://[::1]:9000" << true;
        QTest::newRow("https remote") << "https://proxy.example.com" << true;
        QTest::newRow("http remote") << "http://proxy.example.com" << false;
        QTest::newRow("http private") << "http://192.168.1.10" << false;
        QTest::newRow("ftp") << "ftp://127.0.0.1" << false;
        QTest::newRow("garbage") << "not a url" << false;
    }
    void apiBase()
    {
        QFETCH(QString, input);
        QFETCH(bool, ok);
        QString error;
        QCOMPARE(StoreAddress::validateApiBase(input, &error).has_value(), ok);
        QCOMPARE(error.isEmpty(), ok);
    }
};

QTEST_GUILESS_MAIN(TestStoreAddress)
#include "tst_storeaddress.moc"
