// The real OS keychain (gnome-keyring in a private D-Bus session, see
// support/with-keyring.sh), and the passphrase path when no keychain answers.
#include "TestEnvironment.h"
#include "storage/CredentialStore.h"
#include "storage/KeyStore.h"
#include "storage/WorkspaceDirectory.h"
#include "storage/WorkspaceError.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace storelens;
using namespace storelens::test;

class TestKeychain : public QObject
{
    Q_OBJECT

    // Asks gnome-keyring directly, bypassing QtKeychain, so the test proves the
    // secret really is in the OS keychain.
    static QByteArray lookupWithSecretTool(const QString &key)
    {
        QProcess p;
        p.start(QStringLiteral("secret-tool"),
                {QStringLiteral("lookup"), QStringLiteral("server"), KeyStore::serviceName(),
                 QStringLiteral("user"), key});
        p.waitForFinished(10000);
        // QtKeychain stores binary data base64-encoded (attribute type=base64).
        return QByteArray::fromBase64(p.readAllStandardOutput());
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("run through tests/support/with-keyring.sh (ctest does)");
        QVERIFY2(KeyStore::isAvailable(), "gnome-keyring did not answer");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty(),
                 "secret-tool is missing (Debian package libsecret-tools): run "
                 "packaging/install-deps.sh");
    }

    void storeReadDelete()
    {
        const QString key = QStringLiteral("test/entry");
        const QByteArray secret("\x01\x02secret-bytes\xff", 15);
        QVERIFY(KeyStore::write(key, secret).ok());
        const KeyStore::Result read = KeyStore::read(key);
        QVERIFY(read.ok());
        QCOMPARE(read.secret, secret);
        QVERIFY(!lookupWithSecretTool(key).isEmpty());
        QVERIFY(KeyStore::remove(key).ok());
        QCOMPARE(int(KeyStore::read(key).status), int(KeyStore::Status::NotFound));
        QVERIFY(lookupWithSecretTool(key).isEmpty());
    }

    void workspaceKeyLivesInKeychain()
    {
        TempHome home;
        WorkspaceDirectory dir(home.workspacesDir());
        QString keychainKey;
        {
            auto ws = dir.create(QStringLiteral("Keyed"), std::nullopt);
            QVERIFY(ws->usesKeychain());
            keychainKey = ws->meta().keychainKey();
            QVERIFY(keychainKey.startsWith(QLatin1String("workspace/")));
            // The store credential goes to the keychain too, not into the file.
            CredentialStore creds(*ws);
            const QString ref = creds.newRef(1, QStringLiteral("token"));
            creds.put(ref, "shpat_in_keychain");
            QCOMPARE(creds.get(ref).value_or(QByteArray()), QByteArray("shpat_in_keychain"));
            QCOMPARE(ws->db().scalar("SELECT count(*) FROM secrets"), qint64(0));
            QCOMPARE(lookupWithSecretTool(ref), QByteArray("shpat_in_keychain"));
        }
        QCOMPARE(lookupWithSecretTool(keychainKey).size(), 64); // 32 bytes as hex
        // Reopens silently with the key from the keychain.
        QVERIFY(dir.open(QStringLiteral("Keyed"), std::nullopt));

        // A different key in the keychain: a clear error, file untouched.
        const QByteArray original = KeyStore::read(keychainKey).secret;
        QVERIFY(KeyStore::write(keychainKey, QByteArray(32, '\x11').toHex()).ok());
        const QByteArray digest = fileDigest(dir.databasePath(QStringLiteral("Keyed")));
        try {
            dir.open(QStringLiteral("Keyed"), std::nullopt);
            QFAIL("opened with the wrong key");
        } catch (const WorkspaceError &e) {
            QCOMPARE(int(e.kind()), int(WorkspaceError::Kind::WrongKey));
            QVERIFY(e.message().contains(QLatin1String("Keyed")));
        }
        QCOMPARE(fileDigest(dir.databasePath(QStringLiteral("Keyed"))), digest);

        // No key at all in the keychain.
        QVERIFY(KeyStore::remove(keychainKey).ok());
        try {
            dir.open(QStringLiteral("Keyed"), std::nullopt);
            QFAIL("opened without a key");
        } catch (const WorkspaceError &e) {
            QCOMPARE(int(e.kind()), int(WorkspaceError::Kind::KeyMissing));
        }
        QVERIFY(KeyStore::write(keychainKey, original).ok());
        QVERIFY(dir.open(QStringLiteral("Keyed"), std::nullopt));

        // Deleting the workspace removes its key from the keychain.
        dir.remove(QStringLiteral("Keyed"));
        QCOMPARE(int(KeyStore::read(keychainKey).status), int(KeyStore::Status::NotFound));
    }

    // Runs last: it cuts this process off from the session bus.
    void passphraseWhenNoKeychainAnswers()
    {
        // Point D-Bus at nothing: the Secret Service is unreachable, as on a server.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/storelens-test-bus");
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/storelens-test-bus"));
        TempHome home;
        env.insert(QStringLiteral("STORELENS_HOME"), home.path());
        env.insert(QStringLiteral("STORELENS_PASSPHRASE"), QStringLiteral("server passphrase 42"));
        child.setProcessEnvironment(env);
        child.start(qEnvironmentVariable("STORELENS_CLI"),
                    {QStringLiteral("workspace"), QStringLiteral("create"), QStringLiteral("Srv")});
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitCode(), 0);
        QVERIFY(child.readAllStandardOutput().contains("passphrase"));
        WorkspaceDirectory dir(home.workspacesDir());
        QCOMPARE(int(dir.meta(QStringLiteral("Srv"))->keySource),
                 int(WorkspaceMeta::KeySource::Passphrase));
        QVERIFY(dir.open(QStringLiteral("Srv"), QStringLiteral("server passphrase 42")));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
