// A Shopify bulk export (JSONL) read by BulkOrderParser and written piece by
// piece equals the same orders written whole; and `storelens-cli import-bulk`
// end to end, including a damaged line.
#include "BulkJsonl.h"
#include "OrderFactory.h"
#include "RollupRecompute.h"
#include "TestEnvironment.h"
#include "connectors/shopify/BulkOrderParser.h"
#include "ingest/BatchWriter.h"
#include "storage/Workspace.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace storelens;
using namespace storelens::test;

namespace {
const qint64 kStart = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
const qint64 kYear = qint64(366) * 86'400'000;
} // namespace

class TestBulkImport : public QObject
{
    Q_OBJECT
    std::unique_ptr<TempHome> m_home;
    std::vector<Order> m_orders;

private slots:
    void init()
    {
        qputenv("STORELENS_NO_KEYCHAIN", "1");
        m_home = std::make_unique<TempHome>();
        OrderFactory factory(17);
        factory.customerCount = 150;
        m_orders.clear();
        for (int i = 1; i <= 600; ++i) {
            Order o = factory.make(i, kStart, kYear, 1 + i % 5);
            if (i % 4 == 0)
                factory.mutate(o);
            m_orders.push_back(o);
        }
    }
    void cleanup() { m_home.reset(); }

    void jsonlEqualsWholeOrders()
    {
        qint64 a = 0, b = 0;
        auto whole = createWorkspaceWithStore(m_home->workspacesDir(), QStringLiteral("Whole"),
                                              "America/Chicago", &a);
        auto bulk = createWorkspaceWithStore(m_home->workspacesDir(), QStringLiteral("Bulk"),
                                             "America/Chicago", &b);
        IngestBatch all;
        all.storeId = a;
        all.orders = m_orders;
        BatchWriter(whole->db()).write(all);

        QByteArray jsonl;
        for (const Order &o : m_orders)
            jsonl += BulkJsonl::order(o);
        BulkOrderParser parser(QStringLiteral("USD"));
        BatchWriter writer(bulk->db());
        IngestBatch batch;
        batch.storeId = b;
        int lines = 0;
        for (const QByteArray &line : jsonl.split('\n')) {
            parser.parseLine(line, batch);
            if (++lines % 333 == 0) { // cut anywhere, even inside an order's lines
                QCOMPARE(writer.write(batch).rejected, qint64(0));
                batch = IngestBatch();
                batch.storeId = b;
            }
        }
        QCOMPARE(writer.write(batch).rejected, qint64(0));
        QCOMPARE(parser.orders(), qint64(m_orders.size()));
        const QString expected = canonicalOrderTables(whole->db());
        QVERIFY(expected.count(QLatin1Char('\n')) > 3000);
        QCOMPARE(canonicalOrderTables(bulk->db()), expected);
    }

    // With groupObjects false a child may come anywhere after its parent: here
    // every sale comes after all the orders, and the result is the same.
    void salesFarFromTheirAgreementFindTheirRefund()
    {
        qint64 a = 0, b = 0;
        auto whole =
            createWorkspaceWithStore(m_home->workspacesDir(), QStringLiteral("Whole"), "UTC", &a);
        auto bulk =
            createWorkspaceWithStore(m_home->workspacesDir(), QStringLiteral("Bulk"), "UTC", &b);
        IngestBatch all;
        all.storeId = a;
        all.orders = m_orders;
        BatchWriter(whole->db()).write(all);

        QList<QByteArray> first, sales;
        for (const Order &o : m_orders) {
            for (const QByteArray &line : BulkJsonl::order(o).split('\n'))
                (line.contains("Sale\",") ? sales : first).push_back(line);
        }
        QVERIFY(sales.size() > 1000);
        // A sale whose parent has a refund agreement's number but is another
        // kind of object must not be taken for a return.
        const auto isReturn = [](const QByteArray &l) {
            return l.contains("\"RETURN\"");
        };
        QByteArray impostor = *std::find_if(sales.begin(), sales.end(), isReturn);
        const qsizetype parent = impostor.indexOf("gid://shopify/SalesAgreement/");
        QVERIFY(parent > 0);
        impostor.replace(parent, int(strlen("gid://shopify/SalesAgreement/")),
                         "gid://shopify/OtherAgreement/");
        sales.push_back(impostor);

        BulkOrderParser parser(QStringLiteral("USD"));
        BatchWriter writer(bulk->db());
        IngestBatch batch;
        batch.storeId = b;
        for (const QByteArray &line : first + sales)
            parser.parseLine(line, batch);
        QCOMPARE(writer.write(batch).rejected, qint64(0));
        QCOMPARE(canonicalOrderTables(bulk->db()), canonicalOrderTables(whole->db()));
    }

    void resumeRemembersRefundAgreements()
    {
        // A sync that stopped after an order's refund agreement resumes with a
        // new parser: its sales must still find their refund.
        QByteArray jsonl;
        const Order *refunded = nullptr;
        for (const Order &o : m_orders) {
            if (!o.refunds.empty() && !o.refunds.front().lines.empty()) {
                refunded = &o;
                break;
            }
        }
        QVERIFY(refunded);
        const QList<QByteArray> lines = BulkJsonl::order(*refunded).split('\n');
        qsizetype cut = 0;
        while (!lines[cut].contains("RefundAgreement"))
            ++cut;
        BulkOrderParser resumed(QStringLiteral("USD"));
        for (qsizetype i = 0; i <= cut; ++i)
            resumed.rememberIngested(lines[i]);
        IngestBatch batch;
        for (qsizetype i = cut + 1; i < lines.size(); ++i)
            resumed.parseLine(lines[i], batch);
        QVERIFY(!batch.orderPieces.empty());
        QCOMPARE(int(batch.orderPieces.front().kind), int(OrderPiece::Kind::RefundLine));
        QCOMPARE(batch.orderPieces.front().refundId, refunded->refunds.front().id);
    }

    // Resumed after an order's header and first line: the discounts it saw
    // before the cut count, so the order's lines still add up at the end.
    void resumeRemembersDiscounts()
    {
        const Order *discounted = nullptr;
        for (const Order &o : m_orders) {
            if (o.lines.size() >= 2 && o.lines[0].totalDiscount > 0 && o.totalDiscounts > 0)
                discounted = &o;
        }
        QVERIFY(discounted);
        const QList<QByteArray> lines = BulkJsonl::order(*discounted).split('\n');
        BulkOrderParser resumed(QStringLiteral("USD"));
        resumed.rememberIngested(lines[0]); // the order
        resumed.rememberIngested(lines[1]); // its first line
        IngestBatch batch;
        for (qsizetype i = 2; i < lines.size(); ++i)
            resumed.parseLine(lines[i], batch);
        resumed.finish(batch);
        QVERIFY(batch.deletedOrders.empty());
        QVERIFY(batch.rejected.empty());
        QCOMPARE(resumed.orders(), qint64(0)); // counted where they were read
    }

    void cliImportBulk()
    {
        qint64 storeId = 0;
        createWorkspaceWithStore(m_home->workspacesDir(), QStringLiteral("Shop"), "UTC", &storeId);
        QFile file(m_home->path() + QStringLiteral("/export.jsonl"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (const Order &o : m_orders)
            file.write(BulkJsonl::order(o));
        file.write("{\"id\": \"gid://shopify/Order/1\", broken\n");
        file.close();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("STORELENS_HOME"), m_home->path());
        env.insert(QStringLiteral("STORELENS_PASSPHRASE"),
                   QStringLiteral("correct horse battery staple"));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("STORELENS_CLI"),
                {QStringLiteral("import-bulk"), QStringLiteral("--workspace"),
                 QStringLiteral("Shop"), QStringLiteral("--store"), QStringLiteral("Shop"),
                 file.fileName()});
        QVERIFY(p.waitForFinished(120000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(p.exitCode() == 0, qPrintable(out + QString::fromUtf8(p.readAllStandardError())));
        QVERIFY2(
            out.contains(QStringLiteral("Imported 600 orders (600 new, 0 updated, 1 kept aside)")),
            qPrintable(out));
        auto ws = Workspace::open(m_home->workspacesDir() + QStringLiteral("/Shop.storelens"),
                                  m_home->workspacesDir() + QStringLiteral("/Shop.storelens.json"),
                                  QStringLiteral("correct horse battery staple"));
        QCOMPARE(ws->db().scalar("SELECT count(*) FROM orders"), qint64(600));
        QCOMPARE(ws->db().scalar(
                     "SELECT count(*) FROM rejected_records WHERE reason LIKE 'malformed JSON%'"),
                 qint64(1));
        // The customer rollups the import deferred were rebuilt at its end.
        QCOMPARE(ws->db().scalar("SELECT count(*) FROM customer_rollups_deferred"), qint64(0));
        QVERIFY(ws->db().scalar("SELECT count(*) FROM customer_activity") > 50);
        QCOMPARE(rollupMismatch(ws->db(), storeId), QString());
    }
};

QTEST_GUILESS_MAIN(TestBulkImport)
#include "tst_bulk_import.moc"
