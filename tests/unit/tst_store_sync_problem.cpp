// StoreSyncProblem: which stores the banner and the sidebar flag, and with
// which message and detail.
#include "sync/StoreSyncProblem.h"

#include <QTest>

using namespace storelens;

namespace {
Store store(const QString &status = QStringLiteral("active"), const QString &detail = {})
{
    Store s;
    s.id = 9;
    s.name = QStringLiteral("Acme");
    s.status = status;
    s.statusDetail = detail;
    return s;
}

SyncError error(SyncError::Kind kind, const QString &message, const QString &detail)
{
    SyncError e;
    e.kind = kind;
    e.message = message;
    e.detail = detail;
    return e;
}
} // namespace

class TestStoreSyncProblem : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void healthyStoreHasNone()
    {
        SyncController::StoreState state;
        state.known = true;
        QVERIFY(!StoreSyncProblem::of(store(), state));
    }

    void needsUserTakesTheErrorsWords()
    {
        SyncController::StoreState state;
        state.known = true;
        state.needsAttention = true;
        state.lastError = error(SyncError::Kind::InvalidToken,
                                QStringLiteral("Refused; reconnect."), QStringLiteral("HTTP 401"));
        const auto p = StoreSyncProblem::of(store(), state);
        QVERIFY(p);
        QVERIFY(p->needsUser);
        QCOMPARE(p->storeId, qint64(9));
        QCOMPARE(p->message, QStringLiteral("Refused; reconnect."));
        QCOMPARE(p->detail, QStringLiteral("HTTP 401"));
        QVERIFY(p->needsCredentials);
        // A frozen shop is fixed in Shopify, then retried: no new credentials.
        state.lastError = error(SyncError::Kind::ShopUnavailable, QStringLiteral("Frozen."), {});
        const auto frozen = StoreSyncProblem::of(store(), state);
        QVERIFY(frozen && frozen->needsUser);
        QVERIFY(!frozen->needsCredentials);
        QCOMPARE(frozen->kind, SyncError::Kind::ShopUnavailable);
    }

    void storedStatusCountsUntilTheSchedulerReports()
    {
        const Store stored = store(QStringLiteral("needs_attention"), QStringLiteral("Stored why"));
        const auto before = StoreSyncProblem::of(stored, SyncController::StoreState());
        QVERIFY(before && before->needsUser);
        QCOMPARE(before->message, QStringLiteral("Stored why"));
        // The scheduler resumed it (reconnected): the stale row no longer counts.
        SyncController::StoreState state;
        state.known = true;
        QVERIFY(!StoreSyncProblem::of(stored, state));
        const auto generic = StoreSyncProblem::of(store(QStringLiteral("needs_attention")),
                                                  SyncController::StoreState());
        QCOMPARE(generic->message,
                 QStringLiteral("StoreLens cannot sync Acme until you reconnect it."));
    }

    void failingStoreBacksOff()
    {
        SyncController::StoreState state;
        state.known = true;
        state.consecutiveFailures = 2;
        state.nextDueMs = 123456;
        state.lastError = error(SyncError::Kind::Network, QStringLiteral("No connection."),
                                QStringLiteral("timeout"));
        const auto p = StoreSyncProblem::of(store(), state);
        QVERIFY(p);
        QVERIFY(!p->needsUser);
        QCOMPARE(p->retryAtMs, qint64(123456));
        QCOMPARE(p->detail, QStringLiteral("timeout"));
        // Not while it runs again, is paused, or was merely cancelled.
        state.running = true;
        QVERIFY(!StoreSyncProblem::of(store(), state));
        state.running = false;
        state.paused = true;
        QVERIFY(!StoreSyncProblem::of(store(), state));
        state.paused = false;
        state.lastError.kind = SyncError::Kind::Cancelled;
        QVERIFY(!StoreSyncProblem::of(store(), state));
    }
};

QTEST_GUILESS_MAIN(TestStoreSyncProblem)
#include "tst_store_sync_problem.moc"
