#include "model/PlatformId.h"
#include "storage/Database.h"
#include "storage/DatabaseError.h"

#include <QTemporaryDir>
#include <QTest>

using namespace storelens;

class TestDatabase : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    std::unique_ptr<Database> fresh(const QString &name)
    {
        auto db = std::make_unique<Database>(m_dir.filePath(name), Database::OpenMode::Create);
        db->applyRawKey(QByteArray(32, '\x42'));
        db->exec("CREATE TABLE t (id INTEGER PRIMARY KEY, i INTEGER, s TEXT, b BLOB, p)");
        return db;
    }

private slots:
    void typedBindsRoundTrip()
    {
        auto db = fresh(QStringLiteral("binds.db"));
        Statement &ins = db->cached("INSERT INTO t (i, s, b, p) VALUES (?, ?, ?, ?)");
        const qint64 big = 9'007'199'254'740'993; // 2^53 + 1: not representable as double
        ins.bind(1, big).bind(2, QStringLiteral("Grüße ✓")).bindBlob(3, QByteArray("\0\1\2", 3));
        ins.bind(4, PlatformId(QStringLiteral("902-3159896-1390916")));
        ins.exec();
        ins.bindAll(qint64(-1), nullptr, nullptr, PlatformId(qint64(5632511590578)));
        ins.exec();

        Statement q = db->prepare("SELECT i, s, b, p, typeof(p) FROM t ORDER BY id");
        QVERIFY(q.step());
        QCOMPARE(q.int64(0), big);
        QCOMPARE(q.text(1), QStringLiteral("Grüße ✓"));
        QCOMPARE(q.blob(2), QByteArray("\0\1\2", 3));
        QVERIFY(q.platformId(3).isText());
        QCOMPARE(q.platformId(3).text(), QStringLiteral("902-3159896-1390916"));
        QVERIFY(q.step());
        QCOMPARE(q.int64(0), qint64(-1));
        QVERIFY(q.isNull(1));
        QVERIFY(q.platformId(3).isNumber());
        QCOMPARE(q.platformId(3).number(), qint64(5632511590578));
        QCOMPARE(q.text(4), QStringLiteral("integer"));
        QVERIFY(!q.step());
    }

    void cachedStatementsAreReused()
    {
        auto db = fresh(QStringLiteral("cache.db"));
        Statement *first = &db->cached("SELECT count(*) FROM t WHERE i = ?");
        first->bind(1, 3);
        QVERIFY(first->step());
        // Fetching it again resets it and clears its bindings.
        Statement *second = &db->cached("SELECT count(*) FROM t WHERE i = ?");
        QCOMPARE(first, second);
        QVERIFY(second->step());
        QCOMPARE(second->int64(0), qint64(0));
    }

    void transactionRollsBackOnException()
    {
        auto db = fresh(QStringLiteral("tx.db"));
        try {
            Transaction tx(*db);
            db->exec("INSERT INTO t (i) VALUES (1)");
            db->exec("INSERT INTO nope VALUES (1)"); // throws
            tx.commit();
            QFAIL("expected an exception");
        } catch (const DatabaseError &e) {
            QVERIFY(e.message().contains(QLatin1String("nope")));
        }
        QCOMPARE(db->scalar("SELECT count(*) FROM t"), qint64(0));
        {
            Transaction tx(*db);
            db->exec("INSERT INTO t (i) VALUES (2)");
            // early return without commit
        }
        QCOMPARE(db->scalar("SELECT count(*) FROM t"), qint64(0));
        {
            Transaction tx(*db);
            db->exec("INSERT INTO t (i) VALUES (3)");
            tx.commit();
        }
        QCOMPARE(db->scalar("SELECT count(*) FROM t"), qint64(1));
    }

    void errorsCarryCodes()
    {
        auto db = fresh(QStringLiteral("err.db"));
        db->exec("CREATE TABLE u (x INTEGER NOT NULL UNIQUE)");
        db->exec("INSERT INTO u VALUES (1)");
        Statement &ins = db->cached("INSERT INTO u VALUES (?)");
        ins.bind(1, 1);
        try {
            ins.exec();
            QFAIL("expected a constraint error");
        } catch (const DatabaseError &e) {
            QCOMPARE(e.primaryCode(), 19); // SQLITE_CONSTRAINT
        }
        // The statement is usable after the error.
        ins.bind(1, 2);
        ins.exec();
        QCOMPARE(db->scalar("SELECT count(*) FROM u"), qint64(2));
    }

    void openMissingReadWriteFails()
    {
        QVERIFY_THROWS_EXCEPTION(
            DatabaseError,
            Database(m_dir.filePath(QStringLiteral("missing.db")), Database::OpenMode::ReadWrite));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
