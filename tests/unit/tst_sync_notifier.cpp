// SyncNotifier: which scheduler state changes become desktop notifications,
// and with which words. The tray itself is not tested.
#include "sync/SyncNotifier.h"

#include <QTest>

using namespace storelens;

namespace {
SyncScheduler::StoreState store(qint64 id, const QString &name, qint64 lastSuccessMs = 0,
                                bool needsAttention = false)
{
    SyncScheduler::StoreState s;
    s.storeId = id;
    s.name = name;
    s.lastSuccessMs = lastSuccessMs;
    s.needsAttention = needsAttention;
    return s;
}

SyncError refused(const QString &name)
{
    SyncError e;
    e.kind = SyncError::Kind::InvalidToken;
    e.message = QStringLiteral("Shopify refused the credentials of store \"%1\". Reconnect the "
                               "store with a valid access token.")
                    .arg(name);
    e.detail = QStringLiteral("HTTP 401: [API] Invalid API key or access token");
    return e;
}
} // namespace

class TestSyncNotifier : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void firstSyncIsAnnouncedOnce()
    {
        SyncNotifier n;
        QVERIFY(n.update({store(1, QStringLiteral("Acme"))}).isEmpty());
        auto running = store(1, QStringLiteral("Acme"));
        running.running = true;
        QVERIFY(n.update({running}).isEmpty());
        const auto done = n.update({store(1, QStringLiteral("Acme"), 1000)});
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().kind, SyncNotification::Kind::FirstSyncFinished);
        QCOMPARE(done.first().storeId, qint64(1));
        QCOMPARE(done.first().title, QStringLiteral("Acme is ready"));
        QCOMPARE(done.first().body, QStringLiteral("The first sync of Acme has finished; its "
                                                   "dashboard and data are up to date."));
        // Later syncs are not news.
        QVERIFY(n.update({store(1, QStringLiteral("Acme"), 2000)}).isEmpty());
    }

    void storesKnownAtOpeningAreABaseline()
    {
        SyncNotifier n;
        // Synced before, or already needing attention when the workspace opened.
        QVERIFY(n.update({store(1, QStringLiteral("Acme"), 500),
                          store(2, QStringLiteral("North"), 0, true)})
                    .isEmpty());
        QVERIFY(n.update({store(1, QStringLiteral("Acme"), 900),
                          store(2, QStringLiteral("North"), 0, true)})
                    .isEmpty());
        // A store added later starts its own baseline, then its first sync counts.
        QVERIFY(n.update({store(1, QStringLiteral("Acme"), 900), store(3, QStringLiteral("New"))})
                    .isEmpty());
        const auto done =
            n.update({store(1, QStringLiteral("Acme"), 900), store(3, QStringLiteral("New"), 7)});
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().storeId, qint64(3));
        QCOMPARE(done.first().title, QStringLiteral("New is ready"));
    }

    void needsAttentionSaysWhatToDo()
    {
        SyncNotifier n;
        n.update({store(1, QStringLiteral("Acme"), 500)});
        auto broken = store(1, QStringLiteral("Acme"), 500, true);
        broken.lastError = refused(QStringLiteral("Acme"));
        const auto out = n.update({broken});
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().kind, SyncNotification::Kind::NeedsAttention);
        QCOMPARE(out.first().title, QStringLiteral("Acme needs attention"));
        QCOMPARE(out.first().body, broken.lastError.message);
        QVERIFY(!out.first().body.contains(QLatin1String("HTTP 401"))); // detail stays out
        // Still broken: no repeat. Reconnected, then broken again: announced again.
        QVERIFY(n.update({broken}).isEmpty());
        QVERIFY(n.update({store(1, QStringLiteral("Acme"), 500)}).isEmpty());
        QCOMPARE(n.update({broken}).size(), 1);
    }

    void needsAttentionWithoutMessageNamesTheStore()
    {
        SyncNotifier n;
        n.update({store(4, QStringLiteral("Cedar"), 1)});
        const auto out = n.update({store(4, QStringLiteral("Cedar"), 1, true)});
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().body,
                 QStringLiteral("StoreLens cannot sync Cedar until you reconnect it."));
    }

    void firstSyncAndAttentionOfSeveralStores()
    {
        SyncNotifier n;
        n.update({store(1, QStringLiteral("Acme")), store(2, QStringLiteral("North"), 5)});
        auto broken = store(2, QStringLiteral("North"), 5, true);
        broken.lastError = refused(QStringLiteral("North"));
        const auto out = n.update({store(1, QStringLiteral("Acme"), 10), broken});
        QCOMPARE(out.size(), 2);
        QCOMPARE(out.at(0).title, QStringLiteral("Acme is ready"));
        QCOMPARE(out.at(1).title, QStringLiteral("North needs attention"));
    }

    void turnedOffSaysNothingAndDoesNotCatchUp()
    {
        SyncNotifier n;
        n.setEnabled(false);
        n.update({store(1, QStringLiteral("Acme"))});
        QVERIFY(n.update({store(1, QStringLiteral("Acme"), 10)}).isEmpty());
        QVERIFY(n.update({store(1, QStringLiteral("Acme"), 10, true)}).isEmpty());
        // Turned on again: what happened meanwhile is not announced late.
        n.setEnabled(true);
        QVERIFY(n.update({store(1, QStringLiteral("Acme"), 10, true)}).isEmpty());
        QCOMPARE(n.update({store(1, QStringLiteral("Acme"), 10)}).size(), 0);
        QCOMPARE(n.update({store(1, QStringLiteral("Acme"), 10, true)}).size(), 1);
    }

    void resetForgetsTheWorkspace()
    {
        SyncNotifier n;
        n.update({store(1, QStringLiteral("Acme"))});
        n.reset();
        // After a reset the same store is a baseline again.
        QVERIFY(n.update({store(1, QStringLiteral("Acme"), 10)}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncNotifier)
#include "tst_sync_notifier.moc"
