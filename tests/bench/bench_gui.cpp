// The desktop app on a big workspace: launch to a painted dashboard, and the
// Orders page (all time) scrolled and sorted at that size. Prints figures;
// asserts nothing about time.
//   STORELENS_BENCH_ORDERS=N   orders in the workspace (default 1000000)
#include "GuiTestSupport.h"
#include "ShopFixture.h"
#include "TestEnvironment.h"
#include "dashboard/DashboardPage.h"
#include "main/MainWindow.h"
#include "models/LazyTableModel.h"
#include "pages/OrdersPage.h"
#include "session/WorkspaceSession.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace storelens;
using namespace storelens::test;

namespace {
struct Figures
{
    std::vector<qint64> ms;
    void add(qint64 v) { ms.push_back(v); }
    QString summary()
    {
        std::sort(ms.begin(), ms.end());
        if (ms.empty())
            return QStringLiteral("-");
        return QStringLiteral("median %1 ms, 90th %2 ms, max %3 ms over %4")
            .arg(ms[ms.size() / 2])
            .arg(ms[ms.size() * 9 / 10])
            .arg(ms.back())
            .arg(ms.size());
    }
};
} // namespace

class BenchGui : public QObject
{
    Q_OBJECT
    std::unique_ptr<TempHome> m_home;
    QTemporaryDir m_settings;
    int m_orders = 1'000'000;

    // Scrolls the table so that `row` is at the top; returns ms until every
    // visible row is loaded.
    static qint64 showRow(QTableView *table, LazyTableModel *model, int row)
    {
        QElapsedTimer timer;
        timer.start();
        table->verticalScrollBar()->setValue(row);
        QCoreApplication::processEvents();
        const int visible =
            table->viewport()->height() / table->verticalHeader()->defaultSectionSize();
        const int last = std::min<int>(row + visible - 1, model->rowCount() - 1);
        waitUntil([&] { return model->isRowLoaded(row) && model->isRowLoaded(last); }, 60000);
        QCoreApplication::processEvents(); // the repaint
        return timer.elapsed();
    }

private slots:
    void initTestCase()
    {
        qputenv("STORELENS_NO_KEYCHAIN", "1");
        qputenv("STORELENS_PASSPHRASE", "correct horse battery staple");
        if (qEnvironmentVariableIsSet("STORELENS_BENCH_ORDERS"))
            m_orders = qEnvironmentVariableIntValue("STORELENS_BENCH_ORDERS");
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        useLightPalette();
        m_home = std::make_unique<TempHome>();
        QElapsedTimer timer;
        timer.start();
        qint64 storeId = 0;
        auto ws = createWorkspaceWithStore(m_home->workspacesDir(), QStringLiteral("Bench"),
                                           "America/New_York", &storeId);
        ShopFixture fixture;
        fixture.orders = m_orders;
        fixture.customers = std::max(600, m_orders / 5);
        fixture.products = 2000;
        fixture.days = 730;
        fixture.fill(*ws, storeId, QStringLiteral("USD"));
        // Filled here, not from a shop: the scheduler leaves it alone.
        ws->db().exec("UPDATE stores SET status = 'paused'");
        if (qEnvironmentVariableIsSet("TMP_INDEXES")) {
            ws->db().exec("CREATE INDEX orders_store_processed ON orders (store_id, processed_at)");
            ws->db().exec("CREATE INDEX orders_store_total ON orders (store_id, total_price)");
        }
        printf("bench_gui: workspace of %d orders, %d customers built in %.1f s\n", m_orders,
               fixture.customers, double(timer.elapsed()) / 1000.0);
        fflush(stdout);
    }

    void launchAndScroll()
    {
        QElapsedTimer launch;
        launch.start();
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QSignalSpy opened(&window, &MainWindow::workspaceOpened);
        window.openWorkspace(QStringLiteral("Bench"));
        QVERIFY(opened.wait(120000));
        const qint64 openedMs = launch.elapsed();
        QVERIFY(waitUntil([&] { return window.dashboard()->isLoaded(); }, 120000));
        QCoreApplication::processEvents();
        window.grab(); // paints everything once
        printf("bench_gui: launch to painted dashboard %lld ms (workspace open %lld ms)\n",
               launch.elapsed(), openedMs);

        // Orders, all time: the first window, then the count.
        window.showPage(MainWindow::Page::Orders);
        OrdersPage *page = window.ordersPage();
        QElapsedTimer timer;
        timer.start();
        page->findChild<QComboBox *>()->setCurrentIndex(1); // all time
        QVERIFY(waitUntil([&] { return page->model()->isRowLoaded(0); }, 120000));
        const qint64 firstRows = timer.elapsed();
        QVERIFY(waitUntil([&] { return page->model()->isCounted(); }, 120000));
        printf("bench_gui: orders page (all time, %lld orders): first rows %lld ms, counted "
               "%lld ms\n",
               page->model()->totalRows(), firstRows, timer.elapsed());

        QTableView *table = page->table();
        LazyTableModel *model = page->model();
        const int rows = model->rowCount();
        const int visible =
            table->viewport()->height() / table->verticalHeader()->defaultSectionSize();
        Figures stepping;
        for (int i = 1; i <= 100; ++i)
            stepping.add(showRow(table, model, std::min(rows - 1, i * visible)));
        printf("bench_gui: scrolling page by page from the top (by date): %s\n",
               qPrintable(stepping.summary()));
        QRandomGenerator rng(7);
        Figures jumps;
        for (int i = 0; i < 30; ++i)
            jumps.add(showRow(table, model, int(rng.bounded(quint32(rows - visible)))));
        printf("bench_gui: jumping to random rows (by date): %s\n", qPrintable(jumps.summary()));

        // Sorted by total, largest first: first window, then deep rows.
        timer.restart();
        table->horizontalHeader()->setSortIndicator(8, Qt::DescendingOrder);
        QVERIFY(waitUntil([&] { return model->query().sortColumn() == 8 && model->isRowLoaded(0); },
                          120000));
        printf("bench_gui: sort by total: first rows %lld ms\n", timer.elapsed());
        Figures sortedJumps;
        for (int i = 0; i < 30; ++i)
            sortedJumps.add(showRow(table, model, int(rng.bounded(quint32(rows - visible)))));
        printf("bench_gui: jumping to random rows (by total): %s\n",
               qPrintable(sortedJumps.summary()));
        Figures sortedSteps;
        const int start = rows / 2;
        for (int i = 0; i < 50; ++i)
            sortedSteps.add(showRow(table, model, std::min(rows - 1, start + i * visible)));
        printf("bench_gui: scrolling page by page from the middle (by total): %s\n",
               qPrintable(sortedSteps.summary()));
        timer.restart();
        table->horizontalHeader()->setSortIndicator(1, Qt::AscendingOrder);
        QVERIFY(waitUntil(
            [&] {
                return model->query().sortOrder() == Qt::AscendingOrder && model->isRowLoaded(0);
            },
            120000));
        printf("bench_gui: sort by date, oldest first: first rows %lld ms\n", timer.elapsed());
        const LazyTableModel::Stats stats = model->stats();
        printf("bench_gui: %lld windows of %d rows read, slowest %lld ms\n", stats.pagesRead,
               LazyTableModel::kPageSize, stats.maxPageMs);
        fflush(stdout);
    }

    void cleanupTestCase() { m_home.reset(); }
};

QTEST_MAIN(BenchGui)
#include "bench_gui.moc"
