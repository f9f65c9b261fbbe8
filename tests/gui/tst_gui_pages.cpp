// The data pages on a realistic workspace: counts match the database, a sort
// reorders, an order's detail shows its lines and refunds, a customer's
// detail lists their orders, the CSV export writes every matching row, and
// each page is saved as a screenshot in light and dark.
#include "GuiTestSupport.h"
#include "ShopFixture.h"
#include "TestEnvironment.h"
#include "main/MainWindow.h"
#include "main/WorkspaceSidebar.h"
#include "model/Money.h"
#include "models/LazyTableModel.h"
#include "models/TableQuery.h"
#include "pages/CheckoutsPage.h"
#include "pages/CustomerDetailView.h"
#include "pages/CustomersPage.h"
#include "pages/InventoryPage.h"
#include "pages/OrderDetailView.h"
#include "pages/OrdersPage.h"
#include "pages/ProductsPage.h"
#include "session/WorkspaceSession.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceDirectory.h"
#include "widgets/DateRangePicker.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace storelens;
using namespace storelens::test;

class TestGuiPages : public QObject
{
    Q_OBJECT
    std::unique_ptr<TempHome> m_home;
    QTemporaryDir m_settings;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_storeId = 0;

    static qint64 scalar(const QString &sql)
    {
        auto ws = WorkspaceDirectory().open(QStringLiteral("Outdoor"),
                                            QStringLiteral("correct horse battery staple"));
        return ws->db().scalar(sql.toStdString());
    }

    bool waitCounted(DataPage *page)
    {
        return waitUntil([page] { return page->model()->isCounted(); });
    }

private slots:
    void initTestCase()
    {
        qputenv("STORELENS_NO_KEYCHAIN", "1");
        qputenv("STORELENS_PASSPHRASE", "correct horse battery staple");
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        useLightPalette();
        m_home = std::make_unique<TempHome>();
        {
            auto ws = createWorkspaceWithStore(m_home->workspacesDir(), QStringLiteral("Outdoor"),
                                               "Europe/Berlin", &m_storeId, QStringLiteral("EUR"));
            ShopFixture fixture;
            fixture.orders = 3000;
            fixture.fill(*ws, m_storeId, QStringLiteral("EUR"));
            // Filled here, not from a shop: the scheduler leaves it alone.
            ws->db().exec("UPDATE stores SET status = 'paused'");
        }
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        QSignalSpy opened(m_window.get(), &MainWindow::workspaceOpened);
        m_window->openWorkspace(QStringLiteral("Outdoor"));
        QVERIFY(opened.wait(20000));
        QCOMPARE(m_window->session()->stores().size(), 1);
    }

    void ordersFollowThePeriod()
    {
        m_window->rangePicker()->setPreset(PeriodPreset::Last30Days);
        m_window->showPage(MainWindow::Page::Orders);
        OrdersPage *page = m_window->ordersPage();
        QVERIFY(waitUntil(
            [page] { return page->model()->isCounted() && page->model()->isRowLoaded(0); }));
        const Period p = m_window->rangePicker()->period();
        const auto day = [](QDate d) {
            return d.year() * 10000 + d.month() * 100 + d.day();
        };
        const qint64 expected =
            scalar(QStringLiteral("SELECT count(*) FROM orders WHERE test = 0 AND day BETWEEN "
                                  "%1 AND %2")
                       .arg(day(p.from))
                       .arg(day(p.to)));
        QVERIFY(expected > 50);
        QCOMPARE(page->model()->totalRows(), expected);

        // All time: every non-test order.
        auto *mode = page->findChild<QComboBox *>();
        QVERIFY(mode);
        mode->setCurrentIndex(1);
        QVERIFY(waitCounted(page));
        QCOMPARE(page->model()->totalRows(),
                 scalar(QStringLiteral("SELECT count(*) FROM orders WHERE test = 0")));
        // Newest first.
        QVERIFY(waitUntil([page] { return page->model()->isRowLoaded(1); }));
        const qint64 first = page->model()->rowAt(0)->sortKey.toLongLong();
        const qint64 second = page->model()->rowAt(1)->sortKey.toLongLong();
        QVERIFY(first >= second);
        QCOMPARE(first,
                 scalar(QStringLiteral("SELECT max(processed_at) FROM orders WHERE test = 0")));
    }

    // At 1280x800 the columns fit the table: the amounts (and the dates)
    // show whole inside the viewport, with or without the detail beside.
    void ordersTableShowsTheTotal()
    {
        OrdersPage *page = m_window->ordersPage();
        QCOMPARE(m_window->size(), QSize(1280, 800));
        QVERIFY(waitUntil([page] { return page->model()->isRowLoaded(0); }));
        QTableView *table = page->table();
        const TableSpec &spec = page->model()->query().spec();
        const auto checkWhole = [&](const char *when) {
            QHeaderView *header = table->horizontalHeader();
            const int width = table->viewport()->width();
            const QFontMetrics fm = table->fontMetrics();
            for (qsizetype c = 0; c < spec.columns.size(); ++c) {
                const TableColumn::Kind kind = spec.columns[c].kind;
                if (table->isColumnHidden(int(c)) ||
                    (kind != TableColumn::Kind::Money && kind != TableColumn::Kind::DateTime))
                    continue;
                const int x = header->sectionViewportPosition(int(c));
                const int w = header->sectionSize(int(c));
                const QString what = QStringLiteral("%1 (%2): column at %3 + %4, viewport %5")
                                         .arg(spec.columns[c].title, QLatin1String(when))
                                         .arg(x)
                                         .arg(w)
                                         .arg(width);
                QVERIFY2(x >= 0 && x + w <= width, qPrintable(what));
                // The loaded rows' text fits the column (no "…").
                for (int r = 0; r < 20 && page->model()->isRowLoaded(r); ++r) {
                    const QString text = page->model()->index(r, int(c)).data().toString();
                    QVERIFY2(fm.horizontalAdvance(text) + 8 <= w, qPrintable(text + what));
                }
            }
        };
        page->detailArea()->hide();
        QTest::qWait(50);
        checkWhole("table alone");
        saveScreenshot(m_window.get(), QStringLiteral("orders-table-light"));
        page->openRow(0);
        QTest::qWait(300);
        QVERIFY(page->detailArea()->isVisible());
        checkWhole("detail open");
        page->detailArea()->hide();
    }

    void sortingByTotal()
    {
        OrdersPage *page = m_window->ordersPage();
        const int totalColumn = 8;
        page->table()->horizontalHeader()->setSortIndicator(totalColumn, Qt::DescendingOrder);
        QVERIFY(waitUntil([page] {
            return page->model()->query().sortColumn() == 8 && page->model()->isRowLoaded(0) &&
                   page->model()->isCounted();
        }));
        QCOMPARE(page->model()->rowAt(0)->sortKey.toLongLong(),
                 scalar(QStringLiteral("SELECT max(total_price) FROM orders WHERE test = 0")));
        // Deep rows arrive too (by offset from the nearer end).
        const int deep = int(page->model()->totalRows()) - 5;
        page->table()->scrollTo(page->model()->index(deep, 0));
        QVERIFY(waitUntil([page, deep] { return page->model()->isRowLoaded(deep); }));
        const int last = int(page->model()->totalRows()) - 1;
        page->table()->scrollToBottom();
        QVERIFY(waitUntil([page, last] { return page->model()->isRowLoaded(last); }));
        QCOMPARE(page->model()->rowAt(last)->sortKey.toLongLong(),
                 scalar(QStringLiteral("SELECT min(total_price) FROM orders WHERE test = 0")));
        // A column without an index keeps the current order.
        page->table()->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
        QCOMPARE(page->model()->query().sortColumn(), totalColumn);
        page->table()->horizontalHeader()->setSortIndicator(1, Qt::DescendingOrder);
        QVERIFY(waitUntil([page] { return page->model()->query().sortColumn() == 1; }));
    }

    void searchFindsAnOrder()
    {
        OrdersPage *page = m_window->ordersPage();
        page->searchField()->setText(QStringLiteral("#1042"));
        QVERIFY(waitUntil([page] {
            return page->model()->isCounted() && page->model()->totalRows() == 1 &&
                   page->model()->isRowLoaded(0);
        }));
        QCOMPARE(page->model()->data(page->model()->index(0, 0)).toString(),
                 QStringLiteral("#1042"));
        page->searchField()->clear();
        QVERIFY(waitUntil([page] { return page->model()->totalRows() > 1; }));
    }

    void orderDetailShowsLinesAndRefunds()
    {
        OrdersPage *page = m_window->ordersPage();
        // An order with a refund.
        const qint64 orderId = scalar(QStringLiteral(
            "SELECT o.id FROM orders o WHERE o.test = 0 AND EXISTS (SELECT 1 FROM refunds r "
            "WHERE r.order_id = o.id) ORDER BY o.id LIMIT 1"));
        QVERIFY(orderId > 0);
        QSignalSpy loaded(page->detailView(), &OrderDetailView::loaded);
        page->showOrder(orderId, m_storeId);
        QVERIFY(loaded.wait(10000));
        const QString text = page->detailView()->toPlainText();
        auto ws = WorkspaceDirectory().open(QStringLiteral("Outdoor"),
                                            QStringLiteral("correct horse battery staple"));
        Statement q = ws->db().prepare("SELECT name FROM orders WHERE id = ?");
        q.bind(1, orderId);
        QVERIFY(q.step());
        QVERIFY2(text.contains(q.text(0)), qPrintable(text));
        Statement lines = ws->db().prepare("SELECT title FROM line_items WHERE order_id = ?");
        lines.bind(1, orderId);
        while (lines.step())
            QVERIFY2(text.contains(lines.text(0)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Refunds")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Refunded")));
        QVERIFY(page->detailArea()->isVisible());
        saveScreenshot(m_window.get(), QStringLiteral("orders-detail-light"));
    }

    void customerDetailListsOrders()
    {
        m_window->showPage(MainWindow::Page::Customers);
        CustomersPage *page = m_window->customersPage();
        QVERIFY(waitUntil(
            [page] { return page->model()->isCounted() && page->model()->isRowLoaded(0); }));
        QCOMPARE(page->model()->totalRows(),
                 scalar(QStringLiteral("SELECT count(*) FROM customers")));
        QSignalSpy loaded(page->detailView(), &CustomerDetailView::loaded);
        page->openRow(0);
        QVERIFY(loaded.wait(10000));
        QVERIFY(page->detailView()->toPlainText().contains(QStringLiteral("Orders")));
    }

    void exportCsvWritesEveryRow()
    {
        m_window->showPage(MainWindow::Page::Orders);
        OrdersPage *page = m_window->ordersPage();
        QVERIFY(waitCounted(page));
        const qint64 rows = page->model()->totalRows();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("orders.csv"));
        QSignalSpy done(page, &DataPage::exportFinished);
        page->exportCsvTo(path);
        QVERIFY(done.wait(30000));
        QVERIFY2(done.first().at(2).toString().isEmpty(),
                 qPrintable(done.first().at(2).toString()));
        QCOMPARE(done.first().at(0).toLongLong(), rows);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        // Header, one line per row, and the empty tail after the last CRLF.
        QCOMPARE(qint64(lines.size()), rows + 2);
        QCOMPARE(lines.first().trimmed(),
                 QByteArray("Order,Date,Store,Customer,Channel,Payment,Fulfillment,Items,Total,"
                            "Currency"));
        // The first row is the newest order, its total an exact decimal.
        auto ws = WorkspaceDirectory().open(QStringLiteral("Outdoor"),
                                            QStringLiteral("correct horse battery staple"));
        Statement q = ws->db().prepare("SELECT name, total_price FROM orders WHERE test = 0 "
                                       "ORDER BY processed_at DESC, id DESC LIMIT 1");
        QVERIFY(q.step());
        const QList<QByteArray> fields = lines.at(1).trimmed().split(',');
        QCOMPARE(QString::fromUtf8(fields.first()), q.text(0));
        QCOMPARE(fields.at(fields.size() - 2), Money::toDecimalString(q.int64(1), u"EUR").toUtf8());
        QCOMPARE(fields.last(), QByteArray("EUR"));
        QVERIFY(fields.at(1).contains('T')); // ISO 8601 date and time
    }

    void screenshots_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void screenshots()
    {
        QFETCH(bool, dark);
        if (dark)
            useDarkPalette();
        else
            useLightPalette();
        const QString suffix = dark ? QStringLiteral("-dark") : QStringLiteral("-light");
        const QList<std::pair<MainWindow::Page, QString>> pages{
            {MainWindow::Page::Orders, QStringLiteral("orders")},
            {MainWindow::Page::Customers, QStringLiteral("customers")},
            {MainWindow::Page::Products, QStringLiteral("products")},
            {MainWindow::Page::Inventory, QStringLiteral("inventory")},
            {MainWindow::Page::Checkouts, QStringLiteral("checkouts")}};
        for (const auto &[page, name] : pages) {
            m_window->showPage(page);
            DataPage *data = m_window->currentDataPage();
            QVERIFY(data);
            QVERIFY(waitUntil([data] {
                return data->model()->isCounted() &&
                       (data->model()->totalRows() == 0 || data->model()->isRowLoaded(0));
            }));
            QVERIFY2(data->model()->totalRows() > 0, qPrintable(name));
            data->openRow(0);
            QTest::qWait(300);
            const QString path = saveScreenshot(m_window.get(), name + suffix);
            QImage image(path);
            QCOMPARE(image.size(), QSize(1280, 800));
        }
        useLightPalette();
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_home.reset();
    }
};

QTEST_MAIN(TestGuiPages)
#include "tst_gui_pages.moc"
