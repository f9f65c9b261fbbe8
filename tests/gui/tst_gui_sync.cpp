// Background sync in the window, against the Shopify simulator through the
// real scheduler, engine and ingestor: the sync history shows exactly the
// runs the workspace recorded; a revoked token puts the store in "needs
// attention" with its message, the technical detail a click away and a
// desktop notification, and reconnecting with a valid token clears it; the
// store's pause and interval are kept in the workspace; customer figures a
// bulk export left pending are counted when the workspace opens.
#include "GuiTestSupport.h"
#include "TestEnvironment.h"
#include "dashboard/DashboardPage.h"
#include "main/MainWindow.h"
#include "main/SyncStatusWidget.h"
#include "session/SyncController.h"
#include "session/WorkspaceSession.h"
#include "sim/ShopifySimulator.h"
#include "sim/ShopifySimulatorHost.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceDirectory.h"
#include "sync/ConnectivityMonitor.h"
#include "sync/ReconnectStoreDialog.h"
#include "sync/SyncAlertBanner.h"
#include "sync/SyncHistoryDialog.h"
#include "sync/SyncHistoryModel.h"
#include "sync/TrayNotifier.h"

#include <QAction>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace storelens;
using namespace storelens::test;

namespace {
const QString kWorkspace = QStringLiteral("Sync");
const QString kPassphrase = QStringLiteral("a passphrase for tests");
const QByteArray kNewToken = "shpat_reissued000000000000000000000002";
} // namespace

class TestGuiSync : public QObject
{
    Q_OBJECT
    std::unique_ptr<TempHome> m_home;
    QTemporaryDir m_settings;
    std::unique_ptr<sim::ShopifySimulatorHost> m_shop;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Workspace> m_check; // the test's own connection, to compare with
    qint64 m_storeId = 0;
    QList<SyncNotification> m_notes;

    SyncController &sync() { return m_window->session()->sync(); }

    // Runs "Sync Now" on the store and waits for its outcome.
    SyncError syncNow()
    {
        QSignalSpy finished(&sync(), &SyncController::finished);
        m_window->setScope(m_storeId);
        m_window->action(QStringLiteral("syncNow"))->trigger();
        if (!waitUntil([&] { return finished.count() > 0; }, 120000))
            return SyncError{SyncError::Kind::Network, QStringLiteral("timeout"), {}, {}};
        return finished.first().at(1).value<SyncError>();
    }

    qint64 scalar(const char *sql)
    {
        Statement q = m_check->db().prepare(sql);
        q.bind(1, m_storeId);
        return q.step() ? q.int64(0) : -1;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<SyncError>();
        qputenv("STORELENS_NO_KEYCHAIN", "1");
        qputenv("STORELENS_PASSPHRASE", kPassphrase.toUtf8());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        useLightPalette();
        m_home = std::make_unique<TempHome>();

        sim::ShopifySimConfig config;
        config.orders = 240;
        config.shopName = QStringLiteral("Birch & Co");
        config.shopHandle = "birch-co";
        config.timeScale = 10;
        m_shop = std::make_unique<sim::ShopifySimulatorHost>(config);
        QString error;
        QVERIFY2(m_shop->start(&error), qPrintable(error));

        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        connect(m_window->notifications(), &TrayNotifier::notified, this,
                [this](const SyncNotification &n) { m_notes << n; });
        QSignalSpy opened(m_window.get(), &MainWindow::workspaceOpened);
        m_window->adoptWorkspace(WorkspaceDirectory().create(kWorkspace, kPassphrase));
        QVERIFY(opened.wait(10000));
        m_check = WorkspaceDirectory().open(kWorkspace, kPassphrase);
        QVERIFY(m_check);
    }

    void firstSyncRunsOnItsOwnAndIsAnnounced()
    {
        sim::ShopifySimulator &shop = m_shop->simulator();
        Store store;
        store.platform = QStringLiteral("shopify");
        store.domain = QString::fromUtf8(shop.shopDomain());
        store.name = QStringLiteral("Birch & Co");
        store.apiBase = m_shop->baseUrl().toString();
        store.authKind = QStringLiteral("token");
        QSignalSpy finished(&sync(), &SyncController::finished);
        bool added = false;
        m_window->session()->addStore(store, shop.accessToken(), [&](DbResult<Store> result) {
            QVERIFY2(result.ok(), qPrintable(result.error));
            m_storeId = result->id;
            added = true;
        });
        QVERIFY(waitUntil([&] { return added; }));
        // The scheduler finds the new store due and syncs it by itself.
        QVERIFY(waitUntil([&] { return finished.count() > 0; }, 120000));
        const SyncError error = finished.first().at(1).value<SyncError>();
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QVERIFY(waitUntil([&] { return !m_notes.isEmpty(); }));
        QCOMPARE(m_notes.first().kind, SyncNotification::Kind::FirstSyncFinished);
        QCOMPARE(m_notes.first().storeId, m_storeId);
        QCOMPARE(m_notes.first().title, QStringLiteral("Birch & Co is ready"));
    }

    void historyShowsEveryRecordedRun()
    {
        QVERIFY2(!syncNow().isError(), "second sync");
        m_shop->simulator().addOrders(7);
        QVERIFY2(!syncNow().isError(), "third sync");

        m_window->setScope(m_storeId);
        m_window->action(QStringLiteral("syncHistory"))->trigger();
        SyncHistoryDialog *dialog = m_window->syncHistoryDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        SyncHistoryModel *model = dialog->model();
        QVERIFY(waitUntil([model] { return model->rowCount() == 3; }));

        // Row by row, what the workspace recorded.
        Statement q = m_check->db().prepare("SELECT trigger, status, counts, started_at, "
                                            "finished_at FROM sync_runs WHERE store_id = ? "
                                            "ORDER BY id DESC");
        q.bind(1, m_storeId);
        int row = 0;
        const QLocale locale;
        while (q.step()) {
            QVERIFY(row < model->rowCount());
            auto cell = [&](int column, int role = Qt::DisplayRole) {
                return model->index(row, column).data(role);
            };
            QCOMPARE(cell(SyncHistoryModel::Trigger, Qt::UserRole).toString(), q.text(0));
            QCOMPARE(cell(SyncHistoryModel::Trigger).toString(),
                     SyncRunHistory::triggerTitle(q.text(0)));
            QCOMPARE(q.text(1), QStringLiteral("ok"));
            QCOMPARE(cell(SyncHistoryModel::Outcome).toString(), QStringLiteral("Succeeded"));
            QCOMPARE(cell(SyncHistoryModel::Started, Qt::UserRole).toLongLong(), q.int64(3));
            QCOMPARE(cell(SyncHistoryModel::Duration, Qt::UserRole).toLongLong(),
                     q.int64(4) - q.int64(3));
            const QJsonObject counts = QJsonDocument::fromJson(q.text(2).toUtf8()).object();
            QVERIFY(!counts.isEmpty());
            for (auto it = counts.begin(); it != counts.end(); ++it) {
                const int column = model->resourceColumn(it.key());
                QVERIFY2(column >= 0, qPrintable(it.key()));
                QCOMPARE(cell(column, Qt::UserRole).toLongLong(), it.value().toInteger());
                QCOMPARE(cell(column).toString(), locale.toString(it.value().toInteger()));
            }
            ++row;
        }
        QCOMPARE(row, model->rowCount());
        // Newest first: two "Sync Now" runs after the scheduler's first sync,
        // which read every order; the last one found the 7 new ones.
        QCOMPARE(model->index(0, SyncHistoryModel::Trigger).data(Qt::UserRole).toString(),
                 QStringLiteral("manual"));
        QCOMPARE(model->index(0, SyncHistoryModel::Trigger).data().toString(),
                 QStringLiteral("Sync now"));
        QCOMPARE(model->index(2, SyncHistoryModel::Trigger).data(Qt::UserRole).toString(),
                 QStringLiteral("scheduled"));
        const int orders = model->resourceColumn(QStringLiteral("orders"));
        QCOMPARE(model->index(2, orders).data(Qt::UserRole).toLongLong(), qint64(240));
        QVERIFY(model->index(0, orders).data(Qt::UserRole).toLongLong() >= 7);
        QCOMPARE(dialog->summary()->text(),
                 QStringLiteral("Every sync of Birch & Co, newest first. Runs: 3."));
        QVERIFY(dialog->details()->toPlainText().startsWith(QStringLiteral("Succeeded, started")));
        saveScreenshot(dialog, QStringLiteral("sync-history-light"));
        dialog->close();
    }

    void revokedTokenNeedsAttentionWithDetails()
    {
        sim::ShopifySimulator &shop = m_shop->simulator();
        const int notesBefore = int(m_notes.size());
        shop.revokeToken(shop.accessToken());
        const SyncError error = syncNow();
        QCOMPARE(error.kind, SyncError::Kind::InvalidToken);

        SyncAlertBanner *banner = m_window->syncAlerts();
        QVERIFY(waitUntil([&] { return banner->messageLabel(m_storeId) != nullptr; }));
        QVERIFY(banner->isVisible());
        const QString message = banner->messageLabel(m_storeId)->text();
        QCOMPARE(message, error.message);
        QVERIFY(message.contains(QLatin1String("Birch & Co")));
        QVERIFY(message.contains(QLatin1String("Reconnect")));
        // The technical detail is one click away.
        QLabel *detail = banner->detailLabel(m_storeId);
        QVERIFY(!detail->isVisible());
        QVERIFY(!error.detail.isEmpty());
        banner->detailsButton(m_storeId)->click();
        QVERIFY(detail->isVisible());
        QCOMPARE(detail->text(), QStringLiteral("Technical detail: %1").arg(error.detail));
        QVERIFY(detail->text().contains(QLatin1String("401")));
        QVERIFY(!detail->text().contains(QString::fromUtf8(shop.accessToken())));
        QCOMPARE(banner->actionButton(m_storeId)->text(), QStringLiteral("Reconnect…"));
        QVERIFY(m_window->action(QStringLiteral("reconnectStore"))->isEnabled());
        // And a desktop notification said so once.
        QVERIFY(waitUntil([&] { return m_notes.size() > notesBefore; }));
        QCOMPARE(m_notes.size(), notesBefore + 1);
        QCOMPARE(m_notes.last().kind, SyncNotification::Kind::NeedsAttention);
        QCOMPARE(m_notes.last().title, QStringLiteral("Birch & Co needs attention"));
        QCOMPARE(m_notes.last().body, error.message);
        // The store stays stopped: the scheduler does not try again.
        QVERIFY(sync().state(m_storeId).needsAttention);
        saveScreenshot(m_window.get(), QStringLiteral("sync-needs-attention-light"));
        useDarkPalette();
        QTest::qWait(50);
        saveScreenshot(m_window.get(), QStringLiteral("sync-needs-attention-dark"));
        useLightPalette();
    }

    void reconnectWithAValidTokenClearsIt()
    {
        SyncAlertBanner *banner = m_window->syncAlerts();
        banner->actionButton(m_storeId)->click();
        ReconnectStoreDialog *dialog = m_window->reconnectDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->reconnectButton()->isEnabled());
        // A token Shopify refuses is not saved; the dialog says why and stays.
        dialog->secretField()->setText(QStringLiteral("shpat_not_valid_either"));
        QVERIFY(dialog->reconnectButton()->isEnabled());
        dialog->reconnectButton()->click();
        QVERIFY(waitUntil([&] {
            return dialog->problemLabel()->text().contains(QLatin1String("refused"),
                                                           Qt::CaseInsensitive);
        }));
        QVERIFY(dialog->isVisible());
        QVERIFY(sync().state(m_storeId).needsAttention);
        saveScreenshot(dialog, QStringLiteral("sync-reconnect-refused-light"));

        m_shop->simulator().addToken(kNewToken);
        QSignalSpy reconnected(dialog, &ReconnectStoreDialog::reconnected);
        QSignalSpy finished(&sync(), &SyncController::finished);
        dialog->secretField()->setText(QString::fromUtf8(kNewToken));
        dialog->reconnectButton()->click();
        QVERIFY(reconnected.wait(30000));
        QVERIFY(waitUntil([&] { return finished.count() > 0; }, 120000));
        const SyncError error = finished.first().at(1).value<SyncError>();
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QVERIFY(waitUntil([&] { return !banner->isVisible(); }));
        QVERIFY(banner->problems().isEmpty());
        QVERIFY(!sync().state(m_storeId).needsAttention);
        QVERIFY(!m_window->action(QStringLiteral("reconnectStore"))->isEnabled());
        QCOMPARE(scalar("SELECT status = 'active' FROM stores WHERE id = ?"), qint64(1));
        QCOMPARE(scalar("SELECT count(*) FROM sync_runs WHERE store_id = ? AND "
                        "error_kind = 'invalid_token'"),
                 qint64(1));
        QCOMPARE(scalar("SELECT status = 'ok' FROM sync_runs WHERE store_id = ? "
                        "ORDER BY id DESC LIMIT 1"),
                 qint64(1));
    }

    void pauseAndIntervalAreKeptInTheWorkspace()
    {
        m_window->setScope(m_storeId);
        QAction *hourly = m_window->findChild<QAction *>(QStringLiteral("interval_60"));
        QVERIFY(hourly);
        QVERIFY(m_window->findChild<QAction *>(QStringLiteral("interval_15"))->isChecked());
        hourly->trigger();
        QVERIFY(waitUntil(
            [&] { return scalar("SELECT sync_interval_s FROM stores WHERE id = ?") == 3600; }));
        QVERIFY(waitUntil([&] { return sync().state(m_storeId).intervalMs == 3'600'000; }));
        QVERIFY(hourly->isChecked());

        QAction *pause = m_window->action(QStringLiteral("pauseStore"));
        QVERIFY(!pause->isChecked());
        pause->trigger();
        QVERIFY(waitUntil(
            [&] { return scalar("SELECT status = 'paused' FROM stores WHERE id = ?") == 1; }));
        QVERIFY(waitUntil([&] { return pause->isChecked(); }));
        pause->trigger();
        QVERIFY(waitUntil(
            [&] { return scalar("SELECT status = 'active' FROM stores WHERE id = ?") == 1; }));
        QVERIFY(waitUntil([&] { return !sync().state(m_storeId).paused; }));

        QAction *pauseAll = m_window->action(QStringLiteral("pauseAll"));
        pauseAll->trigger();
        QVERIFY(sync().allPaused());
        QVERIFY(QSettings().value(QStringLiteral("sync/paused/") + kWorkspace).toBool());
        QVERIFY(m_window->connectivityLabel()->text().contains(QLatin1String("Syncing paused")));
        pauseAll->trigger();
        QVERIFY(!sync().allPaused());
        QVERIFY(!QSettings().value(QStringLiteral("sync/paused/") + kWorkspace).toBool());
    }

    void offlineSaysHowOldTheDataIs()
    {
        m_window->setScope(m_storeId);
        m_window->connectivity()->setForcedState(false);
        QVERIFY(waitUntil([&] {
            return m_window->connectivityLabel()->text().startsWith(
                QStringLiteral("○ Offline — data as of "));
        }));
        const auto last = sync().lastSyncMs(m_storeId);
        QVERIFY(last);
        QVERIFY(m_window->connectivityLabel()->text().endsWith(
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(*last), QLocale::ShortFormat)));
        // "Sync Now" while offline waits for the network, and says so rather
        // than show a busy bar. (A sync that was running has stopped first.)
        QVERIFY(waitUntil([&] { return !sync().state(m_storeId).running; }));
        QSignalSpy finished(&sync(), &SyncController::finished);
        m_window->action(QStringLiteral("syncNow"))->trigger();
        SyncStatusWidget *status = m_window->syncStatus();
        QVERIFY(waitUntil([&] { return status->isVisible(); }));
        QCOMPARE(status->findChild<QLabel *>()->text(),
                 QStringLiteral("Waiting to sync Birch & Co"));
        QVERIFY(!status->findChild<QProgressBar *>()->isVisible());
        QVERIFY(!sync().state(m_storeId).running);
        saveScreenshot(m_window.get(), QStringLiteral("sync-waiting-offline"));
        m_window->connectivity()->setForcedState(true);
        QVERIFY(waitUntil([&] {
            return m_window->connectivityLabel()->text().startsWith(QStringLiteral("● Online"));
        }));
        // Back online, it runs. (The spy may first see the run that resuming
        // started and pausing everything cancelled in the test before.)
        QVERIFY(waitUntil(
            [&] {
                for (const QList<QVariant> &f : finished) {
                    if (!f.at(1).value<SyncError>().isError())
                        return true;
                }
                return false;
            },
            60000));
        QVERIFY(waitUntil([&] { return !status->isVisible(); }));
    }

    void notificationsCanBeTurnedOff()
    {
        QAction *notifications = m_window->action(QStringLiteral("notifications"));
        QVERIFY(notifications->isChecked());
        notifications->trigger();
        QVERIFY(!m_window->notifications()->isEnabled());
        QCOMPARE(QSettings().value(QStringLiteral("notifications/desktop")).toBool(), false);
        notifications->trigger();
        QVERIFY(m_window->notifications()->isEnabled());
    }

    // The app was closed during a bulk export, which leaves the store's
    // customer figures for the export to count at its end, and the store was
    // paused: opening the workspace counts them at once, and says so.
    void pendingCustomerFiguresOfAPausedStoreAreCountedOnOpening()
    {
        const qint64 customers =
            scalar("SELECT count(*) FROM customer_activity WHERE store_id = ?");
        QVERIFY(customers > 0);
        sync().pauseStore(m_storeId);
        QVERIFY(waitUntil(
            [&] { return scalar("SELECT status = 'paused' FROM stores WHERE id = ?") == 1; }));
        m_window->closeWorkspace();
        // What the export had left: the mark, and customer rows not written yet.
        Statement mark =
            m_check->db().prepare("INSERT INTO customer_rollups_deferred (store_id) VALUES (?)");
        mark.bind(1, m_storeId);
        mark.exec();
        Statement drop = m_check->db().prepare("DELETE FROM customer_activity WHERE store_id = ?");
        drop.bind(1, m_storeId);
        drop.exec();

        QSignalSpy opened(m_window.get(), &MainWindow::workspaceOpened);
        m_window->adoptWorkspace(WorkspaceDirectory().open(kWorkspace, kPassphrase));
        // No event was handled yet (the window announces the workspace once
        // its stores are read): the spy sees every signal of the new session.
        QCOMPARE(opened.count(), 0);
        QSignalSpy written(&sync(), &SyncController::dataWritten);
        QVERIFY(opened.wait(10000));
        QVERIFY(waitUntil([&] { return !written.isEmpty(); }, 30000));
        QCOMPARE(written.first().at(0).toLongLong(), m_storeId);
        QVERIFY(!sync().state(m_storeId).running);
        QCOMPARE(scalar("SELECT count(*) FROM customer_rollups_deferred WHERE store_id = ?"),
                 qint64(0));
        QCOMPARE(scalar("SELECT count(*) FROM customer_activity WHERE store_id = ?"), customers);

        sync().resumeStore(m_storeId);
        QVERIFY(waitUntil(
            [&] { return scalar("SELECT status = 'active' FROM stores WHERE id = ?") == 1; }));
    }

    // A store whose orders are to be read again (a fix in how Shopify is
    // read): the dashboard says why and that its figures are not exact,
    // until the sync that re-reads them has finished.
    void aStoreBeingReadAgainSaysSoUntilItHasFinished()
    {
        sync().pauseStore(m_storeId);
        QVERIFY(waitUntil(
            [&] { return scalar("SELECT status = 'paused' FROM stores WHERE id = ?") == 1; }));
        m_window->closeWorkspace();
        Statement mark = m_check->db().prepare(
            "INSERT INTO sync_rereads (store_id, resource, reason) VALUES (?, 'orders', "
            "'discount-allocations')");
        mark.bind(1, m_storeId);
        mark.exec();

        QSignalSpy opened(m_window.get(), &MainWindow::workspaceOpened);
        m_window->adoptWorkspace(WorkspaceDirectory().open(kWorkspace, kPassphrase));
        QVERIFY(opened.wait(10000));
        m_window->setScope(m_storeId);
        DashboardPage *dashboard = m_window->dashboard();
        auto notice = [dashboard] {
            return dashboard->findChild<QLabel *>(QStringLiteral("dashboardNotice"))->text();
        };
        const QString rereading = QStringLiteral(
            "Birch & Co: Discounts of earlier syncs were incomplete: re-reading orders. Figures "
            "are not exact until it has finished.");
        dashboard->refresh();
        QVERIFY2(waitUntil([&] { return notice().contains(rereading); }), qPrintable(notice()));
        saveScreenshot(m_window.get(), QStringLiteral("dashboard-rereading"));

        QSignalSpy finished(&sync(), &SyncController::finished);
        sync().resumeStore(m_storeId);
        QVERIFY(waitUntil(
            [&] {
                for (const QList<QVariant> &f : finished) {
                    if (!f.at(1).value<SyncError>().isError())
                        return true;
                }
                return false;
            },
            120000));
        QCOMPARE(scalar("SELECT count(*) FROM sync_rereads WHERE store_id = ?"), qint64(0));
        dashboard->refresh();
        QVERIFY2(waitUntil([&] { return !notice().contains(QLatin1String("re-reading")); }),
                 qPrintable(notice()));
    }

    void cleanupTestCase()
    {
        m_check.reset();
        m_window.reset();
        m_shop.reset();
        m_home.reset();
    }
};

QTEST_MAIN(TestGuiSync)
#include "tst_gui_sync.moc"
