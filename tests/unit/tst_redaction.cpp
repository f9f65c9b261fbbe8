#include "common/Redaction.h"

#include <QTest>

using namespace storelens;

class TestRedaction : public QObject
{
    Q_OBJECT
private slots:
    void redacts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret");
        QTest::newRow("shopify token") << "token shpat_0123456789abcdef0123 failed"
                                       << "0123456789abcdef0123";
        QTest::newRow("json token") << R"({"access_token":"abcDEF123","scope":"read_orders"})"
                                    << "abcDEF123";
        QTest::newRow("form secret") << "client_id=x&client_secret=s3cr3tValue&grant_type=y"
                                     << "s3cr3tValue";
        QTest::newRow("header") << "X-Shopify-Access-Token: tok_998877"
                                << "tok_998877";
        QTest::newRow("bearer") << "Authorization: Bearer eyJhbGciOi.payload.sig"
                                << "eyJhbGciOi";
        QTest::newRow("amazon") << "Atzr|IwEBIAbcdefgh12345"
                                << "IwEBIAbcdefgh12345";
    }
    void redacts()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        const QString out = Redaction::redact(text);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY(out.contains(QLatin1String("[redacted]")));
    }
    void keepsOrdinaryText()
    {
        const QString text = QStringLiteral("Order #1001 for jane@example.com: 3 items, 42.50 USD");
        QCOMPARE(Redaction::redact(text), text);
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
