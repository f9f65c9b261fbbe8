// The window stays responsive while a large sync runs: the demo's first sync
// of 100,000 orders from the simulator (bulk export, parse, ingest, rollups),
// with the pages refreshing as data arrives and switched every 1.5 s, while a
// 5 ms timer measures how late the GUI thread's event loop answers, and the
// event dispatcher's awake/aboutToBlock signals measure each stretch of work
// the GUI thread does. Budget (DESIGN.md): no stall over 50 ms. Prints the
// maximum and 99th percentile delay and the longest stretch of work.
//   STORELENS_STALL_ORDERS=N   orders to sync (default 100000)
#include "GuiTestSupport.h"
#include "TestEnvironment.h"
#include "demo/DemoLauncher.h"
#include "main/MainWindow.h"
#include "session/SyncController.h"
#include "session/WorkspaceSession.h"
#include "sim/ShopifySimulator.h"
#include "sim/ShopifySimulatorHost.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceDirectory.h"

#include <QAbstractEventDispatcher>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace storelens;
using namespace storelens::test;

class TestGuiResponsiveness : public QObject
{
    Q_OBJECT

private slots:
    void guiNeverStallsDuringALargeSync()
    {
        qputenv("STORELENS_NO_KEYCHAIN", "1");
        qputenv("STORELENS_PASSPHRASE", "a passphrase for tests");
        const QByteArray orders = qEnvironmentVariableIsSet("STORELENS_STALL_ORDERS")
                                      ? qgetenv("STORELENS_STALL_ORDERS")
                                      : QByteArray("100000");
        qputenv("STORELENS_DEMO_ORDERS", orders);
        qputenv("STORELENS_DEMO_WOOCOMMERCE_ORDERS", "0"); // the Shopify shop's sync alone
        QTemporaryDir settings;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
        useLightPalette();
        TempHome home;
        MainWindow window;
        window.resize(1280, 800);
        window.show();

        QSignalSpy ready(&window, &MainWindow::workspaceOpened);
        window.openDemo();
        QVERIFY(ready.wait(120000));
        // Running, not only queued: the store measured below is the one syncing.
        QVERIFY(waitUntil(
            [&] { return window.session() && window.session()->sync().runningStore() != 0; },
            60000));
        SyncController &sync = window.session()->sync();
        const qint64 storeId = sync.runningStore();

        // Event-loop latency: how late each 5 ms tick arrives.
        const int interval = 5;
        std::vector<qint64> lateness;
        lateness.reserve(200000);
        QElapsedTimer clock;
        clock.start();
        qint64 last = clock.nsecsElapsed();
        QTimer tick;
        tick.setTimerType(Qt::PreciseTimer);
        tick.setInterval(interval);
        QObject::connect(&tick, &QTimer::timeout, [&] {
            const qint64 now = clock.nsecsElapsed();
            lateness.push_back(std::max<qint64>(0, (now - last) / 1'000'000 - interval));
            if (lateness.back() > 25 && qEnvironmentVariableIsSet("STORELENS_STALL_TRACE"))
                qInfo("stall %lld ms at %.2f s (%s)", lateness.back(), double(now) / 1e9,
                      qPrintable(sync.state(storeId).resource));
            last = now;
        });
        tick.start();
        // How long the GUI thread works between two waits for events: long
        // stretches are our own work; delays without them are the OS's.
        qint64 awakeAt = 0;
        qint64 longestBusy = 0;
        QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
        const auto awake = QObject::connect(dispatcher, &QAbstractEventDispatcher::awake,
                                            [&] { awakeAt = clock.nsecsElapsed(); });
        const auto blocking =
            QObject::connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, [&] {
                if (awakeAt) {
                    const qint64 busy = (clock.nsecsElapsed() - awakeAt) / 1'000'000;
                    longestBusy = std::max(longestBusy, busy);
                    if (busy > 20 && qEnvironmentVariableIsSet("STORELENS_STALL_TRACE"))
                        qInfo("busy %lld ms at %.2f s", busy, double(clock.nsecsElapsed()) / 1e9);
                }
            });
        // Switch pages while it runs, as a person would.
        QTimer pages;
        int page = 0;
        QObject::connect(&pages, &QTimer::timeout, [&] {
            QElapsedTimer t;
            t.start();
            window.showPage(MainWindow::Page(++page % 3 == 0 ? 0 : page % 3));
            if (qEnvironmentVariableIsSet("STORELENS_STALL_TRACE"))
                qInfo("page %d at %.2f s took %lld ms", page % 3,
                      double(clock.nsecsElapsed()) / 1e9, t.elapsed());
        });
        pages.start(1500);
        // A plain event loop (QTest::qWait sleeps between rounds, which would
        // show up as latency).
        QEventLoop loop;
        QTimer check;
        QObject::connect(&check, &QTimer::timeout, [&] {
            const auto state = sync.state(storeId);
            if ((!state.running && !state.queued) || clock.elapsed() > 600000)
                loop.quit();
        });
        check.start(50);
        loop.exec();
        check.stop();
        tick.stop();
        pages.stop();
        QObject::disconnect(awake);
        QObject::disconnect(blocking);
        const double seconds = double(clock.elapsed()) / 1000.0;

        auto ws = WorkspaceDirectory().open(DemoLauncher::workspaceName(),
                                            QStringLiteral("a passphrase for tests"));
        const qint64 stored = ws->db().scalar("SELECT count(*) FROM orders");
        QCOMPARE(stored, window.demo()->host()->simulator().orderCount());

        std::vector<qint64> sorted = lateness;
        std::sort(sorted.begin(), sorted.end());
        const qint64 worst = sorted.empty() ? 0 : sorted.back();
        const qint64 p99 = sorted.empty() ? 0 : sorted[sorted.size() * 99 / 100];
        printf("gui-stall: sync of %lld orders in %.1f s; event loop answered %zu ticks, "
               "max delay %lld ms, 99th percentile %lld ms (budget 50 ms); longest stretch of "
               "GUI-thread work %lld ms\n",
               stored, seconds, lateness.size(), worst, p99, longestBusy);
        fflush(stdout);
        // Our own work on the GUI thread never blocks it for 50 ms. The ticks'
        // lateness adds the operating system's scheduling delay, which on a
        // shared two-core machine under load has outliers of its own: the
        // 99th percentile must stay within budget, the maximum is reported.
        QVERIFY2(
            longestBusy <= 50,
            qPrintable(
                QStringLiteral("the GUI thread worked %1 ms without a break").arg(longestBusy)));
        QVERIFY2(p99 <= 50, qPrintable(QStringLiteral("99th percentile delay %1 ms").arg(p99)));
    }
};

QTEST_MAIN(TestGuiResponsiveness)
#include "tst_gui_responsiveness.moc"
