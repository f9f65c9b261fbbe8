// The dashboard on the demo workspace: its tiles show what the analytics
// layer computes for the chosen period (read here on a connection of its own),
// its charts and recent orders are filled, a change of period reloads them,
// it exports a one-page PDF and a PNG, and it is photographed light and dark.
#include "GuiTestSupport.h"
#include "TestEnvironment.h"
#include "analytics/AnalyticsScope.h"
#include "analytics/SalesAnalytics.h"
#include "dashboard/ChartCard.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/KpiTile.h"
#include "demo/DemoLauncher.h"
#include "main/MainWindow.h"
#include "model/Money.h"
#include "models/LazyTableModel.h"
#include "pages/OrderDetailView.h"
#include "pages/OrdersPage.h"
#include "session/SyncController.h"
#include "session/WorkspaceSession.h"
#include "storage/Statement.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceDirectory.h"
#include "widgets/DateRangePicker.h"

#include <QCategoryAxis>
#include <QChart>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <set>

using namespace storelens;
using namespace storelens::test;

class TestGuiDashboard : public QObject
{
    Q_OBJECT
    std::unique_ptr<TempHome> m_home;
    QTemporaryDir m_settings;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_storeId = 0;

    // The test's own connection to the demo workspace (the window has its own).
    std::unique_ptr<Workspace> m_reader;

    Database &db() { return m_reader->db(); }

    bool waitForDashboard()
    {
        DashboardPage *page = m_window->dashboard();
        return waitUntil([page] { return page->isLoaded() && page->data().has_value(); }, 30000);
    }

    // The tiles against the analytics layer's own answer for `period`.
    void compareTiles(const Period &period)
    {
        const SummaryReport expected = SalesAnalytics(db()).summary(
            AnalyticsScope::store(m_storeId), DateRange::of(period.from, period.to));
        DashboardPage *page = m_window->dashboard();
        const QLocale locale;
        const QString currency = expected.currency.code;
        const SalesFigures &sales = expected.current.sales;
        QCOMPARE(page->data()->query.period, period);
        QCOMPARE(page->data()->currency, currency);
        QCOMPARE(page->tile(DashboardPage::TotalSales)->valueText(),
                 Money::format(sales.totalSales(), currency, locale));
        QCOMPARE(page->tile(DashboardPage::NetSales)->valueText(),
                 Money::format(sales.netSales(), currency, locale));
        QCOMPARE(page->tile(DashboardPage::Orders)->valueText(), locale.toString(sales.orders));
        QCOMPARE(page->tile(DashboardPage::Returns)->valueText(),
                 Money::format(sales.returns, currency, locale));
        QCOMPARE(page->tile(DashboardPage::Customers)->valueText(),
                 locale.toString(expected.current.customers.customers));
        if (sales.orders > 0)
            QCOMPARE(page->tile(DashboardPage::AverageOrderValue)->valueText(),
                     Money::format(*sales.averageOrderValue().scaled(0), currency, locale));
        // The change against the previous period: the relative change in
        // tenths of a percent, rounded half away from zero.
        const qint64 previousTotal = expected.previous.sales.totalSales();
        if (previousTotal > 0) {
            const qint64 num = (sales.totalSales() - previousTotal) * 1000;
            qint64 permille = num / previousTotal;
            if (2 * std::abs(num % previousTotal) >= previousTotal)
                permille += num < 0 ? -1 : 1;
            const QString percent =
                locale.toString(double(std::abs(permille)) / 10.0, 'f', 1) + QLatin1Char('%');
            const QString change = page->tile(DashboardPage::TotalSales)->changeText();
            QVERIFY2(change.contains(percent),
                     qPrintable(change + QLatin1String(" vs ") + percent));
        }
    }

    // The whole year before the newest order: every tile has something.
    Period showYearBeforeNewestOrder()
    {
        const int newest = int(db().scalar("SELECT max(day) FROM orders"));
        const QDate to = DateRange::toDate(newest);
        const Period year{to.addDays(-364), to};
        m_window->rangePicker()->setCustom(year);
        m_window->dashboard()->refresh();
        return year;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<SyncError>();
        qputenv("STORELENS_NO_KEYCHAIN", "1");
        qputenv("STORELENS_PASSPHRASE", "a passphrase for tests");
        qputenv("STORELENS_DEMO_ORDERS", "3000");
        qputenv("STORELENS_DEMO_WOOCOMMERCE_ORDERS", "0"); // the Shopify shop alone
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        useLightPalette();
        m_home = std::make_unique<TempHome>();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();

        QSignalSpy opened(m_window.get(), &MainWindow::workspaceOpened);
        m_window->openDemo();
        QVERIFY(opened.wait(30000));
        QSignalSpy ready(m_window->demo(), &DemoLauncher::ready);
        QVERIFY(ready.count() > 0 || ready.wait(30000));
        QVERIFY(waitUntil([this] { return m_window->session()->stores().size() == 1; }));
        m_storeId = m_window->session()->stores().first().id;
        m_reader = WorkspaceDirectory().open(DemoLauncher::workspaceName(),
                                             QStringLiteral("a passphrase for tests"));
        SyncController &sync = m_window->session()->sync();
        QVERIFY(waitUntil(
            [&] {
                const auto state = sync.state(m_storeId);
                return !state.running && !state.queued &&
                       db().scalar("SELECT count(*) FROM sync_runs WHERE status = 'ok'") > 0;
            },
            180000));
        m_window->setScope(m_storeId);
        m_window->showPage(MainWindow::Page::Dashboard);
    }

    void tilesShowTheAnalyticsFigures()
    {
        const Period year = showYearBeforeNewestOrder();
        QVERIFY(waitForDashboard());
        QVERIFY(m_window->dashboard()->data()->current.orders > 0);
        compareTiles(year);
    }

    // While a bulk export defers a store's customer rollups, the customer
    // tiles say so instead of showing counts that leave the store out.
    void customerTilesWaitForTheFirstFullSync()
    {
        DashboardPage *page = m_window->dashboard();
        showYearBeforeNewestOrder();
        QVERIFY(waitForDashboard());
        const QString customers = page->tile(DashboardPage::Customers)->valueText();
        const QString orders = page->tile(DashboardPage::Orders)->valueText();
        QVERIFY(customers != QStringLiteral("0"));
        db().prepare("INSERT INTO customer_rollups_deferred (store_id) VALUES (?)")
            .bind(1, m_storeId)
            .exec();
        page->refresh();
        QVERIFY(waitForDashboard());
        QVERIFY(page->data()->current.customersPending);
        QCOMPARE(page->tile(DashboardPage::Customers)->valueText(), QStringLiteral("Counting…"));
        QCOMPARE(page->tile(DashboardPage::ReturningCustomerRate)->valueText(),
                 QStringLiteral("Counting…"));
        const QString notice = page->findChild<QLabel *>(QStringLiteral("dashboardNotice"))->text();
        QVERIFY2(notice.contains(QStringLiteral("full sync ends")), qPrintable(notice));
        QCOMPARE(page->tile(DashboardPage::Orders)->valueText(), orders); // not affected
        QTest::qWait(100);
        saveScreenshot(m_window.get(), QStringLiteral("dashboard-customers-counting"));
        db().exec("DELETE FROM customer_rollups_deferred");
        page->refresh();
        QVERIFY(waitForDashboard());
        QCOMPARE(page->tile(DashboardPage::Customers)->valueText(), customers);
        QVERIFY(!page->findChild<QLabel *>(QStringLiteral("dashboardNotice"))->isVisible());
        compareTiles(page->data()->query.period);
    }

    void chartsAndRecentOrdersAreFilled()
    {
        DashboardPage *page = m_window->dashboard();
        const DashboardData &d = *page->data();
        // The series covers the range without gaps, by month for a year.
        QCOMPARE(d.query.bucket, DashboardQuery::Bucket::Month);
        QVERIFY(d.series.size() >= 12);
        QCOMPARE(d.series.front().bucket.from, d.query.period.from);
        QCOMPARE(d.series.back().bucket.to, d.query.period.to);
        qint64 orders = 0, sales = 0;
        for (const DashboardData::Point &p : d.series) {
            orders += p.orders;
            sales += p.sales;
        }
        QCOMPARE(orders, d.current.orders);
        QCOMPARE(sales, d.current.totalSales);
        QVERIFY(!d.topProducts.empty());
        QVERIFY(!d.channels.empty());
        qint64 channelSales = 0;
        for (const DashboardData::Ranked &c : d.channels)
            channelSales += c.amount;
        QCOMPARE(channelSales, d.current.totalSales);
        QVERIFY(waitUntil([page] { return !page->topCustomers().empty(); }));

        // Recent orders: the newest order of the range first.
        Statement newest =
            db().prepare("SELECT name FROM orders WHERE test = 0 AND day BETWEEN ? AND ? "
                         "ORDER BY processed_at DESC, id DESC LIMIT 1");
        newest.bindAll(DateRange::fromDate(d.query.period.from),
                       DateRange::fromDate(d.query.period.to));
        QVERIFY(newest.step());
        QTableWidget *recent = page->recentOrders();
        QVERIFY(recent->rowCount() > 0);
        bool found = false;
        for (int c = 0; c < recent->columnCount(); ++c)
            found = found || (recent->item(0, c) && recent->item(0, c)->text() == newest.text(0));
        QVERIFY2(found, qPrintable(newest.text(0)));
    }

    // Money axes read as people read them: "80,000" on the ticks, the
    // currency once in the axis title (not "80,000USD" on every tick).
    void moneyAxesNameTheCurrencyOnce()
    {
        DashboardPage *page = m_window->dashboard();
        QVERIFY(waitForDashboard());
        const QString currency = page->data()->currency;
        QCOMPARE(currency, QStringLiteral("USD"));
        QVERIFY(waitUntil([page] { return !page->topCustomers().empty(); }));
        int moneyAxes = 0;
        for (ChartCard *card : page->findChildren<ChartCard *>()) {
            if (!card->chart())
                continue;
            for (QAbstractAxis *axis : card->chart()->axes()) {
                auto *category = qobject_cast<QCategoryAxis *>(axis);
                if (!category)
                    continue;
                const bool money = !axis->titleText().isEmpty();
                if (money) {
                    ++moneyAxes;
                    QCOMPARE(axis->titleText(), currency);
                }
                for (const QString &label : category->categoriesLabels()) {
                    const QString what = card->title() + QLatin1String(": ") + label;
                    QVERIFY2(!label.contains(currency) && !label.contains(QLatin1Char('$')),
                             qPrintable(what));
                    if (money) {
                        bool ok = false;
                        QLocale().toLongLong(label, &ok);
                        QVERIFY2(ok, qPrintable(what));
                    }
                }
            }
        }
        // Sales over time, revenue by product, top customers.
        QCOMPARE(moneyAxes, 3);
    }

    void changingThePeriodReloads()
    {
        DashboardPage *page = m_window->dashboard();
        const Period before = page->data()->query.period;
        const Period month{before.to.addDays(-29), before.to};
        m_window->rangePicker()->setCustom(month);
        QVERIFY(waitUntil([page, month] {
            return page->isLoaded() && page->data() && page->data()->query.period == month;
        }));
        QCOMPARE(page->data()->query.bucket, DashboardQuery::Bucket::Day);
        QCOMPARE(page->data()->series.size(), size_t(30));
        compareTiles(month);
    }

    void exportsPdfAndPng()
    {
        DashboardPage *page = m_window->dashboard();
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("dashboard.pdf"));
        const QString png = dir.filePath(QStringLiteral("dashboard.png"));
        QVERIFY(page->exportPdf(pdf));
        QVERIFY(page->exportPng(png));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY2(bytes.size() > 20'000, qPrintable(QString::number(bytes.size())));
        // One page.
        QCOMPARE(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") +
                     bytes.count("/Type /Page "),
                 qsizetype(1));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 600);
    }

    void screenshots()
    {
        DashboardPage *page = m_window->dashboard();
        m_window->resize(1280, 800);
        QTest::qWait(200);
        saveScreenshot(m_window.get(), QStringLiteral("dashboard-light"));
        saveScreenshot(page->content(), QStringLiteral("dashboard-full-light"));
        useDarkPalette();
        QVERIFY(waitUntil([page] { return page->isLoaded(); }));
        QTest::qWait(200);
        saveScreenshot(m_window.get(), QStringLiteral("dashboard-dark"));
        useLightPalette();
    }

    // The demo's own records look real where people see them: the newest
    // orders spread over their hours (none in the future), customers' e-mail
    // addresses plain ASCII; the Orders page shows them with their totals
    // whole, photographed light and dark.
    void demoOrdersLookReal()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        Statement newest = db().prepare(
            "SELECT processed_at FROM orders WHERE store_id = ? ORDER BY processed_at DESC "
            "LIMIT 40");
        newest.bind(1, m_storeId);
        std::set<qint64> seconds;
        int count = 0;
        while (newest.step()) {
            QVERIFY(newest.int64(0) <= now);
            seconds.insert(newest.int64(0) / 1000);
            ++count;
        }
        QCOMPARE(count, 40);
        QCOMPARE(int(seconds.size()), count);
        Statement emails = db().prepare("SELECT first_name, email FROM customers");
        int accented = 0;
        while (emails.step()) {
            const QString email = emails.text(1);
            for (const QChar c : email)
                QVERIFY2(c.unicode() > 0x20 && c.unicode() < 0x7f, qPrintable(email));
            accented +=
                emails.text(0).contains(QRegularExpression(QStringLiteral("[^\\x00-\\x7f]")));
        }
        QVERIFY(accented > 0);

        m_window->showPage(MainWindow::Page::Orders);
        OrdersPage *page = m_window->ordersPage();
        QVERIFY(waitUntil(
            [page] { return page->model()->isCounted() && page->model()->isRowLoaded(0); }));
        QTableView *table = page->table();
        const int total = int(page->model()->query().spec().columns.size()) - 1;
        QCOMPARE(page->model()->query().spec().columns.at(total).kind, TableColumn::Kind::Money);
        QHeaderView *header = table->horizontalHeader();
        QVERIFY(header->sectionViewportPosition(total) >= 0);
        QVERIFY2(header->sectionViewportPosition(total) + header->sectionSize(total) <=
                     table->viewport()->width(),
                 qPrintable(QString::number(header->sectionViewportPosition(total))));
        QTest::qWait(200);
        saveScreenshot(m_window.get(), QStringLiteral("demo-orders-light"));
        // The newest order's detail, with its customer's address.
        QSignalSpy loaded(page->detailView(), &OrderDetailView::loaded);
        page->openRow(0);
        QVERIFY(loaded.count() > 0 || loaded.wait(10000));
        QVERIFY(header->sectionViewportPosition(total) + header->sectionSize(total) <=
                table->viewport()->width());
        QTest::qWait(200);
        saveScreenshot(m_window.get(), QStringLiteral("demo-orders-detail-light"));
        useDarkPalette();
        QTest::qWait(200);
        saveScreenshot(m_window.get(), QStringLiteral("demo-orders-detail-dark"));
        useLightPalette();
        m_window->showPage(MainWindow::Page::Dashboard);
    }

    void cleanupTestCase()
    {
        m_reader.reset();
        m_window.reset();
        m_home.reset();
    }
};

QTEST_MAIN(TestGuiDashboard)
#include "tst_gui_dashboard.moc"
