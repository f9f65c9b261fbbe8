// Encrypted workspaces: what is on disk, and every way opening one can fail.
#include "TestEnvironment.h"
#include "ingest/BatchWriter.h"
#include "storage/CredentialStore.h"
#include "storage/Schema.h"
#include "storage/StoreRepository.h"
#include "storage/WorkspaceDirectory.h"
#include "storage/WorkspaceError.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QtEndian>

#include <sqlite3.h>

using namespace storelens;
using namespace storelens::test;

namespace {
const QString kPassphrase = QStringLiteral("correct horse battery staple");

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}

QByteArray utf16(const QString &s)
{
    return QByteArray(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
}
} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT
    std::unique_ptr<TempHome> m_home;

    WorkspaceDirectory dir() { return WorkspaceDirectory(m_home->workspacesDir()); }

    // Expects open() to fail with `kind`, leaving the folder byte-for-byte as it was.
    void expectOpenFails(const QString &name, const std::optional<QString> &passphrase,
                         WorkspaceError::Kind kind, const QString &mentions)
    {
        const QString path = dir().databasePath(name);
        const QByteArray before = fileDigest(path);
        const QStringList filesBefore = filesIn(m_home->workspacesDir());
        try {
            dir().open(name, passphrase);
            QFAIL("open succeeded");
        } catch (const WorkspaceError &e) {
            QCOMPARE(int(e.kind()), int(kind));
            QVERIFY2(e.message().contains(name), qPrintable(e.message()));
            QVERIFY2(e.message().contains(mentions, Qt::CaseInsensitive), qPrintable(e.message()));
            QVERIFY(!e.message().contains(kPassphrase));
        }
        QCOMPARE(fileDigest(path), before);
        QCOMPARE(filesIn(m_home->workspacesDir()), filesBefore);
    }

private slots:
    void init()
    {
        qputenv("STORELENS_NO_KEYCHAIN", "1");
        m_home = std::make_unique<TempHome>();
    }
    void cleanup() { m_home.reset(); }

    void createAndReopen()
    {
        {
            auto ws = dir().create(QStringLiteral("Client A"), kPassphrase);
            QVERIFY(!ws->usesKeychain());
            QCOMPARE(ws->db().scalar("PRAGMA user_version"), qint64(Schema::latestVersion()));
            QCOMPARE(ws->db().scalar("PRAGMA foreign_keys"), qint64(1));
        }
        QCOMPARE(dir().list(), QStringList{QStringLiteral("Client A")});
        auto ws = dir().open(QStringLiteral("Client A"), kPassphrase);
        QCOMPARE(ws->name(), QStringLiteral("Client A"));
        // Owner-only permissions on the database.
        const auto perms = QFile::permissions(dir().databasePath(QStringLiteral("Client A")));
        QVERIFY(!(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
        QVERIFY_THROWS_EXCEPTION(WorkspaceError,
                                 dir().create(QStringLiteral("Client A"), kPassphrase));
        QVERIFY_THROWS_EXCEPTION(WorkspaceError,
                                 dir().create(QStringLiteral("../evil"), kPassphrase));
    }

    void rawBytesHoldNoPlaintext()
    {
        const QString email = QStringLiteral("jane.plaintext@example.org");
        const QString customerName = QStringLiteral("Zebulon Quartermaine");
        const QString token = QStringLiteral("shpat_feedfacecafebeef0123456789");
        const QString domain = QStringLiteral("secret-shop-name.myshopify.com");
        const qint64 amount = 987654321; // 9876543.21 USD
        {
            auto ws = dir().create(QStringLiteral("Secret"), kPassphrase);
            Store store;
            store.platform = QStringLiteral("shopify");
            store.domain = domain;
            store.name = QStringLiteral("Secret Shop");
            store.currency = QStringLiteral("USD");
            store.authKind = QStringLiteral("token");
            store.credentialRef = QStringLiteral("workspace/x/store/1/token");
            const qint64 storeId = StoreRepository(ws->db()).insert(store);
            CredentialStore(*ws).put(store.credentialRef, token.toUtf8());

            IngestBatch batch;
            batch.storeId = storeId;
            Customer c;
            c.id = PlatformId(qint64(777));
            c.email = email;
            c.firstName = customerName.section(QLatin1Char(' '), 0, 0);
            c.lastName = customerName.section(QLatin1Char(' '), 1);
            batch.customers.push_back(c);
            Order o;
            o.id = PlatformId(qint64(1));
            o.customerId = c.id;
            o.email = email;
            o.processedAtMs = o.createdAtMs = o.updatedAtMs = 1'700'000'000'000;
            o.currency = QStringLiteral("USD");
            o.totalPrice = amount;
            LineItem l;
            l.id = PlatformId(qint64(2));
            l.title = customerName + QStringLiteral("'s gift");
            l.quantity = 1;
            l.originalUnitPrice = amount;
            o.lines.push_back(l);
            batch.orders.push_back(o);
            BatchWriter(ws->db()).write(batch);
            QCOMPARE(CredentialStore(*ws).get(store.credentialRef).value_or(QByteArray()),
                     token.toUtf8());
        }
        QByteArray everything;
        for (const QString &f : filesIn(m_home->workspacesDir())) {
            QFile file(m_home->workspacesDir() + QLatin1Char('/') + f);
            QVERIFY(file.open(QIODevice::ReadOnly));
            everything += file.readAll();
        }
        QVERIFY(everything.size() > 4096);
        qint64 bigEndian = qToBigEndian(amount);
        const QList<QByteArray> needles{email.toUtf8(),
                                        utf16(email),
                                        customerName.section(QLatin1Char(' '), 1).toUtf8(),
                                        token.toUtf8(),
                                        domain.toUtf8(),
                                        QByteArray("9876543.21"),
                                        QByteArray("987654321"),
                                        QByteArray(reinterpret_cast<const char *>(&bigEndian), 8),
                                        QByteArray("CREATE TABLE"),
                                        QByteArray("SQLite format 3")};
        for (const QByteArray &needle : needles)
            QVERIFY2(!everything.contains(needle), needle.toHex().constData());
    }

    void wrongPassphrase()
    {
        dir().create(QStringLiteral("W"), kPassphrase);
        expectOpenFails(QStringLiteral("W"), QStringLiteral("Tr0ub4dor&3"),
                        WorkspaceError::Kind::WrongPassphrase, QStringLiteral("wrong passphrase"));
        expectOpenFails(QStringLiteral("W"), std::nullopt, WorkspaceError::Kind::PassphraseRequired,
                        QStringLiteral("passphrase"));
        // And the right one still works afterwards.
        QVERIFY(dir().open(QStringLiteral("W"), kPassphrase));
    }

    void keyCheckMatchesButFileIsAnotherWorkspace()
    {
        dir().create(QStringLiteral("One"), kPassphrase);
        dir().create(QStringLiteral("Two"), kPassphrase);
        // Two's description with One's database: the key opens nothing.
        QFile::remove(dir().databasePath(QStringLiteral("Two")));
        QVERIFY(QFile::copy(dir().databasePath(QStringLiteral("One")),
                            dir().databasePath(QStringLiteral("Two"))));
        expectOpenFails(QStringLiteral("Two"), kPassphrase, WorkspaceError::Kind::Damaged,
                        QStringLiteral("damaged"));
    }

    void truncatedFile_data()
    {
        QTest::addColumn<int>("keepBytes");
        QTest::newRow("empty") << 0;
        QTest::newRow("mid page") << 5000;
        QTest::newRow("page aligned") << 8192;
    }
    void truncatedFile()
    {
        QFETCH(int, keepBytes);
        {
            qint64 storeId = 0;
            auto ws = createWorkspaceWithStore(m_home->workspacesDir(), QStringLiteral("T"), "UTC",
                                               &storeId);
            IngestBatch batch;
            batch.storeId = storeId;
            for (int i = 1; i <= 300; ++i) {
                Order o;
                o.id = PlatformId(qint64(i));
                o.processedAtMs = o.createdAtMs = o.updatedAtMs = 1'700'000'000'000 + i;
                o.currency = QStringLiteral("USD");
                o.name = QString(200, QLatin1Char('x'));
                batch.orders.push_back(o);
            }
            BatchWriter(ws->db()).write(batch);
        }
        const QString path = dir().databasePath(QStringLiteral("T"));
        QVERIFY(QFileInfo(path).size() > 8192 * 2);
        QVERIFY(QFile::resize(path, keepBytes));
        expectOpenFails(QStringLiteral("T"), kPassphrase, WorkspaceError::Kind::Damaged,
                        keepBytes == 0 ? QStringLiteral("empty") : QStringLiteral("truncated"));
    }

    void plainSqliteFile()
    {
        dir().create(QStringLiteral("P"), kPassphrase);
        const QString path = dir().databasePath(QStringLiteral("P"));
        QFile::remove(path);
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "CREATE TABLE notes(x); INSERT INTO notes VALUES ('hello');",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(raw);
        expectOpenFails(QStringLiteral("P"), kPassphrase, WorkspaceError::Kind::NotAWorkspace,
                        QStringLiteral("unencrypted SQLite"));
    }

    void foreignEncryptedDatabase()
    {
        dir().create(QStringLiteral("F"), kPassphrase);
        {
            auto ws = dir().open(QStringLiteral("F"), kPassphrase);
            ws->db().exec("PRAGMA application_id = 12345");
        }
        expectOpenFails(QStringLiteral("F"), kPassphrase, WorkspaceError::Kind::NotAWorkspace,
                        QStringLiteral("another application"));
    }

    void newerSchema()
    {
        {
            auto ws = dir().create(QStringLiteral("N"), kPassphrase);
            ws->db().exec("PRAGMA user_version = " + std::to_string(Schema::latestVersion() + 1));
        }
        expectOpenFails(QStringLiteral("N"), kPassphrase, WorkspaceError::Kind::NewerSchema,
                        QStringLiteral("newer version"));
    }

    void missingFiles()
    {
        expectOpenFails(QStringLiteral("Nothing"), kPassphrase, WorkspaceError::Kind::NotFound,
                        QStringLiteral("no workspace"));
        dir().create(QStringLiteral("M"), kPassphrase);
        QVERIFY(QFile::remove(dir().metaPath(QStringLiteral("M"))));
        expectOpenFails(QStringLiteral("M"), kPassphrase, WorkspaceError::Kind::Damaged,
                        QStringLiteral("description file"));
        // The database was not deleted or recreated.
        QVERIFY(QFile::exists(dir().databasePath(QStringLiteral("M"))));
    }

    void corruptMeta()
    {
        dir().create(QStringLiteral("C"), kPassphrase);
        QFile meta(dir().metaPath(QStringLiteral("C")));
        QVERIFY(meta.open(QIODevice::WriteOnly | QIODevice::Truncate));
        meta.write("{ not json");
        meta.close();
        expectOpenFails(QStringLiteral("C"), kPassphrase, WorkspaceError::Kind::Damaged,
                        QStringLiteral("not valid"));
    }

    void migrationsFromEmptyAndRerun()
    {
        const QString path = m_home->path() + QStringLiteral("/m.db");
        Database db(path, Database::OpenMode::Create);
        db.applyRawKey(QByteArray(32, 'k'));
        QCOMPARE(db.scalar("PRAGMA user_version"), qint64(0));
        QCOMPARE(Schema::migrate(db), Schema::latestVersion());
        QCOMPARE(db.scalar("PRAGMA user_version"), qint64(Schema::latestVersion()));
        QCOMPARE(db.scalar("PRAGMA application_id"), qint64(Schema::kApplicationId));
        auto schemaText = [&db] {
            QString text;
            Statement q = db.prepare("SELECT type, name, sql FROM sqlite_master ORDER BY name");
            while (q.step())
                text += q.text(0) + q.text(1) + q.text(2);
            return text;
        };
        const QString before = schemaText();
        for (const char *table :
             {"stores", "orders", "line_items", "refunds", "refund_lines", "customers", "products",
              "variants", "locations", "inventory_levels", "checkouts", "sync_checkpoints",
              "sync_runs", "events", "rollup_store_day", "rollup_product_day"})
            QVERIFY2(before.contains(QLatin1String(table)), table);
        QCOMPARE(Schema::migrate(db), 0);
        QCOMPARE(schemaText(), before);
        QCOMPARE(db.scalar("PRAGMA user_version"), qint64(Schema::latestVersion()));
    }

    void renameAndDelete()
    {
        dir().create(QStringLiteral("Old"), kPassphrase);
        dir().rename(QStringLiteral("Old"), QStringLiteral("New"));
        QCOMPARE(dir().list(), QStringList{QStringLiteral("New")});
        QCOMPARE(dir().open(QStringLiteral("New"), kPassphrase)->name(), QStringLiteral("New"));
        dir().remove(QStringLiteral("New"));
        QVERIFY(dir().list().isEmpty());
        QVERIFY(filesIn(m_home->workspacesDir()).isEmpty());
    }

    void readerConnectionsSeeCommittedData()
    {
        qint64 storeId = 0;
        auto ws =
            createWorkspaceWithStore(m_home->workspacesDir(), QStringLiteral("R"), "UTC", &storeId);
        auto reader = ws->openConnection(Database::OpenMode::ReadOnly);
        QCOMPARE(reader->scalar("SELECT count(*) FROM stores"), qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
