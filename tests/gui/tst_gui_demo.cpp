// The demo and the Add Store wizard against the Shopify simulator, through the
// real connector, sync engine and ingestor: `--demo` opens a workspace whose
// store matches the simulated shop; the wizard says precisely what is wrong
// with a bad token, missing scopes or a malformed domain, then saves the
// store and runs its first sync, which can be cancelled and resumed; the app
// quits cleanly on SIGTERM.
#include "GuiTestSupport.h"
#include "TestEnvironment.h"
#include "dashboard/DashboardPage.h"
#include "demo/DemoLauncher.h"
#include "main/MainWindow.h"
#include "main/WelcomePage.h"
#include "model/Money.h"
#include "models/LazyTableModel.h"
#include "pages/OrdersPage.h"
#include "pages/ProductsPage.h"
#include "pages/SkuView.h"
#include "session/SyncController.h"
#include "session/WorkspaceSession.h"
#include "sim/ShopifySimulator.h"
#include "sim/ShopifySimulatorHost.h"
#include "sim/WooSimulator.h"
#include "storage/StoreRepository.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceDirectory.h"
#include "storage/WorkspaceError.h"
#include "widgets/DateRangePicker.h"
#include "wizard/AddStoreWizard.h"
#include "wizard/ConnectPage.h"
#include "wizard/CredentialsPage.h"
#include "wizard/FirstSyncPage.h"

#include <QAbstractButton>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <csignal>

using namespace storelens;
using namespace storelens::test;

class TestGuiDemo : public QObject
{
    Q_OBJECT
    std::unique_ptr<TempHome> m_home;
    QTemporaryDir m_settings;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<sim::ShopifySimulatorHost> m_shop;

    static qint64 count(const QString &workspace, const char *sql)
    {
        auto ws = WorkspaceDirectory().open(workspace, QStringLiteral("a passphrase for tests"));
        return ws->db().scalar(sql);
    }

    // Waits until no sync of `storeId` is queued or running; returns the
    // outcome of its last run from the sync history.
    QString waitForSync(const QString &workspace, qint64 storeId, int timeoutMs = 120000)
    {
        SyncController &sync = m_window->session()->sync();
        if (!waitUntil(
                [&] {
                    const auto state = sync.state(storeId);
                    return !state.running && !state.queued;
                },
                timeoutMs))
            return QStringLiteral("timeout");
        auto ws = WorkspaceDirectory().open(workspace, QStringLiteral("a passphrase for tests"));
        Statement q = ws->db().prepare("SELECT status, coalesce(error_message, '') FROM sync_runs "
                                       "WHERE store_id = ? ORDER BY id DESC LIMIT 1");
        q.bind(1, storeId);
        if (!q.step())
            return QStringLiteral("no sync ran");
        return q.text(0) == QLatin1String("ok") ? QString()
                                                : q.text(0) + QLatin1Char(' ') + q.text(1);
    }

    AddStoreWizard *openWizard()
    {
        m_window->action(QStringLiteral("addStore"))->trigger();
        AddStoreWizard *wizard = m_window->addStoreWizard();
        if (wizard)
            wizard->next(); // Shopify is chosen
        return wizard;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<SyncError>();
        qputenv("STORELENS_NO_KEYCHAIN", "1");
        qputenv("STORELENS_PASSPHRASE", "a passphrase for tests");
        qputenv("STORELENS_DEMO_ORDERS", "3000");
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        useLightPalette();
        m_home = std::make_unique<TempHome>();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
    }

    void demoFillsItsStoreThroughTheSyncEngine()
    {
        QSignalSpy opened(m_window.get(), &MainWindow::workspaceOpened);
        m_window->openDemo();
        QVERIFY(opened.wait(30000));
        QCOMPARE(opened.first().first().toString(), DemoLauncher::workspaceName());
        QSignalSpy ready(m_window->demo(), &DemoLauncher::ready);
        QVERIFY(ready.wait(30000));
        // A Shopify shop in USD and a WooCommerce shop in EUR.
        QVERIFY(waitUntil([this] { return m_window->session()->stores().size() == 2; }));
        const Store store = m_window->session()->stores().first();
        const Store woo = m_window->session()->stores().last();
        QCOMPARE(store.domain, QStringLiteral("acme-outdoor.myshopify.com"));
        QCOMPARE(store.platform, QStringLiteral("shopify"));
        QCOMPARE(woo.platform, QStringLiteral("woocommerce"));
        QCOMPARE(woo.name, QStringLiteral("Fjord Ceramics"));
        QElapsedTimer timer;
        timer.start();
        QString error = waitForSync(DemoLauncher::workspaceName(), store.id);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = waitForSync(DemoLauncher::workspaceName(), woo.id);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        qInfo("demo: first syncs of %lld + %lld orders in %lld ms",
              m_window->demo()->host()->simulator().orderCount(),
              m_window->demo()->wooHost()->simulator().orderCount(), timer.elapsed());
        sim::ShopifySimulator &shop = m_window->demo()->host()->simulator();
        auto ws = WorkspaceDirectory().open(DemoLauncher::workspaceName(),
                                            QStringLiteral("a passphrase for tests"));
        auto scalar = [&](const char *sql, qint64 storeId) {
            Statement q = ws->db().prepare(sql);
            q.bind(1, storeId);
            return q.step() ? q.int64(0) : -1;
        };
        QCOMPARE(scalar("SELECT count(*) FROM orders WHERE store_id = ?", store.id),
                 shop.orderCount());
        QCOMPARE(scalar("SELECT count(*) FROM customers WHERE store_id = ?", store.id),
                 qint64(shop.customers().size()));
        QCOMPARE(scalar("SELECT count(*) FROM products WHERE store_id = ?", store.id),
                 qint64(shop.products().size()));
        QCOMPARE(scalar("SELECT count(*) FROM checkouts WHERE store_id = ?", store.id),
                 qint64(shop.checkouts().size()));
        qint64 wooOrders = 0;
        for (const sim::WooOrder &o : m_window->demo()->wooHost()->simulator().orders())
            wooOrders += o.status != "trash" && o.status != "checkout-draft";
        QVERIFY(wooOrders > 0);
        QCOMPARE(scalar("SELECT count(*) FROM orders WHERE store_id = ?", woo.id), wooOrders);
        QCOMPARE(scalar("SELECT count(*) FROM exchange_rates WHERE ? > 0", 1), qint64(1));
        ws.reset();

        // "All stores" adds the EUR shop to the USD one at the demo's rate,
        // and says so.
        m_window->setScope(0);
        m_window->showPage(MainWindow::Page::Dashboard);
        QLabel *notice =
            m_window->dashboard()->findChild<QLabel *>(QStringLiteral("dashboardNotice"));
        QVERIFY(waitUntil([notice] {
            return notice->text().contains(QLatin1String("Amounts in USD, converted"));
        }));
        QVERIFY2(notice->text().contains(QLatin1String("Fjord Ceramics")) ||
                     notice->text().contains(QLatin1String("EUR")),
                 qPrintable(notice->text()));
        saveScreenshot(m_window.get(), QStringLiteral("demo-all-stores-light"));

        // Products by SKU across the two shops: the articles both sell are
        // one row each, marked, with a row per store beneath.
        m_window->rangePicker()->setCustom(
            {QDate::currentDate().addYears(-2), QDate::currentDate()});
        m_window->showPage(MainWindow::Page::Products);
        ProductsPage *products = m_window->productsPage();
        QSignalSpy skus(products->skuView(), &SkuView::loaded);
        products->setSkuMode(true);
        QVERIFY(skus.wait(30000));
        const SkuReport &report = *products->skuView()->report();
        QCOMPARE(report.currency.code, QStringLiteral("USD"));
        QTreeWidget *tree = products->skuView()->tree();
        QCOMPARE(tree->topLevelItemCount(), int(report.rows.size()));
        int matched = 0;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = tree->topLevelItem(i);
            const SkuRow &row = report.rows[size_t(i)];
            QCOMPARE(item->text(SkuView::Sku), row.sku);
            QCOMPARE(item->text(SkuView::NetSales),
                     Money::format(row.netSales(), QStringLiteral("USD"), QLocale()));
            if (!row.matched())
                continue;
            ++matched;
            QCOMPARE(item->childCount(), int(row.stores.size()));
            QCOMPARE(item->child(0)->text(SkuView::Stores),
                     QStringLiteral("Acme Outdoor (Shopify)"));
            QCOMPARE(item->child(1)->text(SkuView::Stores),
                     QStringLiteral("Fjord Ceramics (WooCommerce)"));
        }
        QVERIFY2(matched >= 6, qPrintable(QString::number(matched)));
        QVERIFY2(products->skuView()->summaryLabel()->text().contains(
                     QStringLiteral("%1 matched across stores").arg(matched)),
                 qPrintable(products->skuView()->summaryLabel()->text()));
        // The search narrows the SKUs.
        skus.clear();
        products->searchField()->setText(QStringLiteral("ACM-0001-1"));
        QVERIFY(skus.wait(30000));
        QCOMPARE(tree->topLevelItemCount(), 1);
        products->searchField()->clear();
        QVERIFY(skus.wait(30000));
        saveScreenshot(m_window.get(), QStringLiteral("demo-products-by-sku-light"));
        products->setSkuMode(false);
        m_window->rangePicker()->setPreset(PeriodPreset::Last30Days);
        // The pages show it.
        m_window->showPage(MainWindow::Page::Orders);
        OrdersPage *orders = m_window->ordersPage();
        QVERIFY(waitUntil(
            [orders] { return orders->model()->isCounted() && orders->model()->totalRows() > 0; }));
        QVERIFY(m_window->lastSyncLabel()->text().contains(QStringLiteral("Last sync")));
    }

    void demoReopensWithItsData()
    {
        const qint64 before = count(DemoLauncher::workspaceName(), "SELECT count(*) FROM orders");
        m_window->closeWorkspace();
        QSignalSpy opened(m_window.get(), &MainWindow::workspaceOpened);
        QSignalSpy ready(m_window->demo(), &DemoLauncher::ready);
        m_window->openDemo();
        QVERIFY(opened.wait(30000));
        QVERIFY(ready.count() > 0 || ready.wait(10000));
        QVERIFY(waitUntil([this] { return m_window->session()->stores().size() == 2; }));
        const qint64 storeId = m_window->session()->stores().first().id;
        const qint64 wooId = m_window->session()->stores().last().id;
        // An incremental sync against the same shop finds the same orders.
        QString error = waitForSync(DemoLauncher::workspaceName(), storeId);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The WooCommerce shop listens on a new port: the store follows it.
        error = waitForSync(DemoLauncher::workspaceName(), wooId);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(count(DemoLauncher::workspaceName(), "SELECT count(*) FROM orders"), before);
        QCOMPARE(m_window->session()->stores().size(), 2);
    }

    void wizardNeedsAValidDomain()
    {
        // A second shop for the agency's own workspace.
        sim::ShopifySimConfig config;
        config.orders = 400;
        config.shopName = QStringLiteral("North Gear");
        config.shopHandle = "north-gear";
        config.currency = "EUR";
        config.timeZone = "Europe/Berlin";
        config.plan = sim::ShopPlan::Plus;
        config.timeScale = 10;
        m_shop = std::make_unique<sim::ShopifySimulatorHost>(config);
        QString error;
        QVERIFY2(m_shop->start(&error), qPrintable(error));

        m_window->closeWorkspace();
        auto workspace = WorkspaceDirectory().create(QStringLiteral("Agency"),
                                                     QStringLiteral("a passphrase for tests"));
        QSignalSpy opened(m_window.get(), &MainWindow::workspaceOpened);
        m_window->adoptWorkspace(std::move(workspace));
        QVERIFY(opened.wait(10000));
        QCOMPARE(m_window->welcomePage()->mode(), WelcomePage::Mode::NoStores);

        AddStoreWizard *wizard = openWizard();
        QVERIFY(wizard);
        CredentialsPage *page = wizard->credentialsPage();
        QCOMPARE(wizard->currentId(), int(AddStoreWizard::Credentials));
        page->field(QStringLiteral("shop"))->setText(QStringLiteral("not a shop!"));
        page->field(QStringLiteral("token"))->setText(QStringLiteral("shpat_x"));
        QVERIFY(!page->isComplete());
        QVERIFY(!page->problem().isEmpty());
        page->field(QStringLiteral("shop"))
            ->setText(QStringLiteral("https://north-gear.myshopify.com/admin"));
        QVERIFY2(page->isComplete(), qPrintable(page->problem()));
        saveScreenshot(wizard, QStringLiteral("wizard-credentials-light"));
        wizard->reject();
    }

    void wizardSaysTheTokenIsRefused()
    {
        AddStoreWizard *wizard = openWizard();
        CredentialsPage *page = wizard->credentialsPage();
        page->field(QStringLiteral("shop"))->setText(QStringLiteral("north-gear"));
        page->field(QStringLiteral("token"))->setText(QStringLiteral("shpat_wrong"));
        page->advancedGroup()->setChecked(true);
        page->field(QStringLiteral("api_base"))->setText(m_shop->baseUrl().toString());
        QVERIFY2(page->isComplete(), qPrintable(page->problem()));
        wizard->next();
        ConnectPage *connect = wizard->connectPage();
        QSignalSpy tested(connect, &ConnectPage::tested);
        QVERIFY(tested.wait(30000));
        QCOMPARE(tested.first().first().toBool(), false);
        QCOMPARE(connect->verdict().error.kind, SyncError::Kind::InvalidToken);
        QVERIFY(connect->verdictLabel()->text().contains(
            ConnectPage::headline(connect->verdict().error)));
        QVERIFY(!connect->isComplete());
        saveScreenshot(wizard, QStringLiteral("wizard-bad-token-light"));
        wizard->reject();
    }

    void wizardNamesTheMissingScopes()
    {
        sim::ShopifySimulator &shop = m_shop->simulator();
        const QByteArrayList all = shop.scopes();
        QByteArrayList fewer = all;
        fewer.removeAll("read_customers");
        fewer.removeAll("read_inventory");
        shop.setScopes(fewer);
        AddStoreWizard *wizard = openWizard();
        CredentialsPage *page = wizard->credentialsPage();
        page->field(QStringLiteral("shop"))->setText(QStringLiteral("north-gear"));
        page->field(QStringLiteral("token"))->setText(QString::fromUtf8(shop.accessToken()));
        page->advancedGroup()->setChecked(true);
        page->field(QStringLiteral("api_base"))->setText(m_shop->baseUrl().toString());
        wizard->next();
        ConnectPage *connect = wizard->connectPage();
        QSignalSpy tested(connect, &ConnectPage::tested);
        QVERIFY(tested.wait(30000));
        QCOMPARE(connect->verdict().error.kind, SyncError::Kind::MissingScopes);
        const QStringList missing = connect->verdict().error.missingScopes;
        QVERIFY2(missing.contains(QStringLiteral("read_customers")),
                 qPrintable(missing.join(QLatin1Char(','))));
        QVERIFY(missing.contains(QStringLiteral("read_inventory")));
        QVERIFY(connect->verdictLabel()->text().contains(QStringLiteral("read_customers")));
        saveScreenshot(wizard, QStringLiteral("wizard-missing-scopes-light"));
        // Granted again, "Test connection" passes on the same page.
        shop.setScopes(all);
        tested.clear();
        connect->testButton()->click();
        QVERIFY(tested.wait(30000));
        QCOMPARE(tested.first().first().toBool(), true);
        QVERIFY(connect->isComplete());
        wizard->reject();
    }

    void wizardSavesTheStoreAndSyncsWithCancelAndResume()
    {
        sim::ShopifySimulator &shop = m_shop->simulator();
        // Slow answers, so that the cancel lands in the middle of the sync.
        sim::FaultRates slow;
        slow.slowResponse = 1.0;
        slow.slowDelayMs = 200;
        AddStoreWizard *wizard = openWizard();
        CredentialsPage *page = wizard->credentialsPage();
        page->field(QStringLiteral("shop"))->setText(QStringLiteral("north-gear"));
        page->schemeChoice(QStringLiteral("client_credentials"))->setChecked(true);
        page->field(QStringLiteral("client_id"))
            ->setText(QString::fromUtf8(shop.clientApp().clientId));
        page->field(QStringLiteral("client_secret"))
            ->setText(QString::fromUtf8(shop.clientApp().clientSecret));
        page->advancedGroup()->setChecked(true);
        page->field(QStringLiteral("api_base"))->setText(m_shop->baseUrl().toString());
        wizard->next();
        QSignalSpy tested(wizard->connectPage(), &ConnectPage::tested);
        QVERIFY(tested.wait(30000));
        QVERIFY2(tested.first().first().toBool(),
                 qPrintable(wizard->connectPage()->verdict().error.message));
        shop.setFaultRates(slow);
        FirstSyncPage *sync = wizard->firstSyncPage();
        QSignalSpy saved(sync, &FirstSyncPage::storeSaved);
        wizard->next();
        QVERIFY(saved.wait(10000));
        const qint64 storeId = sync->storeId();
        QVERIFY(storeId > 0);
        // Cancel while it runs.
        QVERIFY(waitUntil(
            [this, storeId] {
                return !m_window->session()->sync().state(storeId).resource.isEmpty();
            },
            60000));
        saveScreenshot(wizard, QStringLiteral("wizard-first-sync-light"));
        QSignalSpy finished(sync, &FirstSyncPage::syncFinished);
        sync->cancelButton()->click();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().value<SyncError>().kind, SyncError::Kind::Cancelled);
        QVERIFY(sync->resumeButton()->isEnabled());
        QVERIFY(count(QStringLiteral("Agency"), "SELECT count(*) FROM orders") < shop.orderCount());
        // The dashboard shows what came, and says that it is part of the history.
        DashboardPage *dashboard = m_window->dashboard();
        const QString partial =
            QStringLiteral("The first sync of North Gear has not finished: figures cover only the "
                           "orders synced so far.");
        auto notice = [dashboard] {
            return dashboard->findChild<QLabel *>(QStringLiteral("dashboardNotice"))->text();
        };
        dashboard->refresh();
        QVERIFY2(waitUntil([&] { return dashboard->isLoaded() && notice().contains(partial); }),
                 qPrintable(notice()));
        // Resume: the sync continues from its checkpoints and completes.
        shop.setFaultRates({});
        finished.clear();
        sync->resumeButton()->click();
        QVERIFY(finished.wait(120000));
        const SyncError error = finished.first().first().value<SyncError>();
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(count(QStringLiteral("Agency"), "SELECT count(*) FROM orders"), shop.orderCount());
        for (const QString &resource : SyncController::resources())
            QCOMPARE(sync->bar(resource)->value(), sync->bar(resource)->maximum());
        dashboard->refresh();
        QVERIFY2(waitUntil([&] { return dashboard->isLoaded() && !notice().contains(partial); }),
                 qPrintable(notice()));
        wizard->accept();
        QVERIFY(waitUntil([this] { return m_window->session()->stores().size() == 1; }));
        const Store store = m_window->session()->stores().first();
        QCOMPARE(store.name, QStringLiteral("North Gear"));
        QCOMPARE(store.authKind, QStringLiteral("client_credentials"));
        QCOMPARE(store.currency, QStringLiteral("EUR"));
    }

    // The app itself, asked to stop (a logout, `kill`) during the demo's
    // first sync: it quits as from its menu, the sync committing what it has
    // and recording itself as cancelled, and the customer figures its bulk
    // export deferred left for the export to finish on the next start.
    void sigtermQuitsTheAppAndCommits()
    {
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("STORELENS_HOME"), home.path());
        env.insert(QStringLiteral("STORELENS_DEMO_ORDERS"), QStringLiteral("60000"));
        env.insert(QStringLiteral("STORELENS_DEMO_WOOCOMMERCE_ORDERS"), QStringLiteral("0"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QProcess app;
        app.setProcessEnvironment(env);
        app.start(qEnvironmentVariable("STORELENS_GUI"), {QStringLiteral("--demo")});
        QVERIFY(app.waitForStarted());
        WorkspaceDirectory directory(home.path() + QStringLiteral("/workspaces"));
        std::unique_ptr<Workspace> demo;
        auto scalar = [&demo](const char *sql) {
            return demo->db().scalar(sql);
        };
        // Once the export's first batches are written.
        QVERIFY(waitUntil(
            [&] {
                try {
                    if (!demo && directory.exists(DemoLauncher::workspaceName()))
                        demo = directory.open(DemoLauncher::workspaceName(),
                                              QStringLiteral("a passphrase for tests"));
                } catch (const WorkspaceError &) {
                    return false; // the app is still creating it
                }
                return demo && scalar("SELECT count(*) FROM customer_rollups_deferred") > 0 &&
                       scalar("SELECT count(*) FROM orders") > 0;
            },
            120000));
        ::kill(pid_t(app.processId()), SIGTERM);
        QVERIFY(app.waitForFinished(30000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        QCOMPARE(scalar("SELECT count(*) FROM sync_runs WHERE status = 'cancelled'"), qint64(1));
        QCOMPARE(scalar("SELECT count(*) FROM sync_runs WHERE status = 'running'"), qint64(0));
        QVERIFY(scalar("SELECT count(*) FROM orders") < 60000);
        QCOMPARE(scalar("SELECT count(*) FROM customer_rollups_deferred"), qint64(1));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_shop.reset();
        m_home.reset();
    }
};

QTEST_MAIN(TestGuiDemo)
#include "tst_gui_demo.moc"
