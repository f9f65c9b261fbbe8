// A WooCommerce store in the window, against the WooCommerce simulator
// through the real wizard, connector, scheduler and ingestor: the wizard
// offers WooCommerce with its own fields (site address, consumer key and
// secret), says what is wrong with a refused key, saves the store and runs
// its first sync over WooCommerce's resources only; the sidebar says each
// store's platform; a revoked key puts the store in "needs attention" and
// Reconnect takes a new key and secret.
#include "GuiTestSupport.h"
#include "TestEnvironment.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/KpiTile.h"
#include "main/MainWindow.h"
#include "main/WorkspaceSidebar.h"
#include "session/SyncController.h"
#include "session/WorkspaceSession.h"
#include "sim/WooSimulator.h"
#include "sim/WooSimulatorHost.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceDirectory.h"
#include "sync/ReconnectStoreDialog.h"
#include "sync/SyncAlertBanner.h"
#include "wizard/AddStoreWizard.h"
#include "wizard/ConnectPage.h"
#include "wizard/CredentialsPage.h"
#include "wizard/FirstSyncPage.h"
#include "wizard/PlatformPage.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace storelens;
using namespace storelens::test;

namespace {
const QString kWorkspace = QStringLiteral("Agency");
const QString kPassphrase = QStringLiteral("a passphrase for tests");
const sim::WooApiKey kNewKey{"ck_5im0000000000000000000000000000000000002",
                             "cs_5im0000000000000000000000000000000000002", "read", 1};
} // namespace

class TestGuiWoo : public QObject
{
    Q_OBJECT
    std::unique_ptr<TempHome> m_home;
    QTemporaryDir m_settings;
    std::unique_ptr<sim::WooSimulatorHost> m_site;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Workspace> m_check;
    qint64 m_storeId = 0;

    SyncController &sync() { return m_window->session()->sync(); }

    AddStoreWizard *openWizardOn(const QString &platform)
    {
        m_window->action(QStringLiteral("addStore"))->trigger();
        AddStoreWizard *wizard = m_window->addStoreWizard();
        if (!wizard)
            return nullptr;
        auto *choice = wizard->platformPage()->findChild<QRadioButton *>(platform);
        if (!choice)
            return nullptr;
        choice->setChecked(true);
        wizard->next();
        return wizard;
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

        sim::WooSimConfig config;
        config.orders = 200;
        config.siteName = QStringLiteral("Fjord Ceramics");
        m_site = std::make_unique<sim::WooSimulatorHost>(config);
        QString error;
        QVERIFY2(m_site->start(&error), qPrintable(error));

        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        QSignalSpy opened(m_window.get(), &MainWindow::workspaceOpened);
        m_window->adoptWorkspace(WorkspaceDirectory().create(kWorkspace, kPassphrase));
        QVERIFY(opened.wait(10000));
        m_check = WorkspaceDirectory().open(kWorkspace, kPassphrase);
    }

    void wizardOffersWooCommerceWithItsOwnFields()
    {
        AddStoreWizard *wizard = openWizardOn(QStringLiteral("woocommerce"));
        QVERIFY(wizard);
        CredentialsPage *page = wizard->credentialsPage();
        QCOMPARE(wizard->currentId(), int(AddStoreWizard::Credentials));
        QCOMPARE(page->title(), QStringLiteral("Site and REST API key"));
        QVERIFY(page->field(QStringLiteral("url")));
        QVERIFY(page->field(QStringLiteral("consumer_key")));
        QVERIFY(page->field(QStringLiteral("consumer_secret")));
        QVERIFY(!page->field(QStringLiteral("shop"))); // Shopify's, not here
        QCOMPARE(page->field(QStringLiteral("consumer_secret"))->echoMode(), QLineEdit::Password);
        // Plain HTTP away from loopback is refused as it is typed.
        page->field(QStringLiteral("url"))->setText(QStringLiteral("http://shop.example.com"));
        page->field(QStringLiteral("consumer_key"))->setText(QStringLiteral("ck_x"));
        page->field(QStringLiteral("consumer_secret"))->setText(QStringLiteral("cs_x"));
        QVERIFY(!page->isComplete());
        QVERIFY2(page->problem().contains(QLatin1String("plain HTTP")),
                 qPrintable(page->problem()));
        page->field(QStringLiteral("url"))->setText(QStringLiteral("shop.example.com/store"));
        QVERIFY2(page->isComplete(), qPrintable(page->problem()));
        saveScreenshot(wizard, QStringLiteral("wizard-woocommerce-credentials-light"));

        // A refused key: the connection test says so, nothing is saved.
        page->field(QStringLiteral("url"))->setText(m_site->simulator().baseUrl().toString());
        page->field(QStringLiteral("consumer_key"))
            ->setText(QString::fromLatin1(m_site->simulator().apiKey().consumerKey));
        wizard->next();
        ConnectPage *connect = wizard->connectPage();
        QSignalSpy tested(connect, &ConnectPage::tested);
        QVERIFY(tested.wait(30000));
        QCOMPARE(tested.first().first().toBool(), false);
        QCOMPARE(connect->verdict().error.kind, SyncError::Kind::InvalidToken);
        QVERIFY(connect->verdictLabel()->text().contains(QLatin1String("refused the API key")));
        wizard->reject();
        QCOMPARE(m_check->db().scalar("SELECT count(*) FROM stores"), qint64(0));
    }

    void wizardSavesAndSyncsTheStore()
    {
        sim::WooSimulator &site = m_site->simulator();
        AddStoreWizard *wizard = openWizardOn(QStringLiteral("woocommerce"));
        QVERIFY(wizard);
        CredentialsPage *page = wizard->credentialsPage();
        page->field(QStringLiteral("url"))->setText(site.baseUrl().toString());
        page->field(QStringLiteral("consumer_key"))
            ->setText(QString::fromLatin1(site.apiKey().consumerKey));
        page->field(QStringLiteral("consumer_secret"))
            ->setText(QString::fromLatin1(site.apiKey().consumerSecret));
        QVERIFY2(page->isComplete(), qPrintable(page->problem()));
        wizard->next();
        QSignalSpy tested(wizard->connectPage(), &ConnectPage::tested);
        QVERIFY(tested.wait(30000));
        QVERIFY2(tested.first().first().toBool(),
                 qPrintable(wizard->connectPage()->verdict().error.message));
        QCOMPARE(wizard->connectPage()->verdict().shop.currency, QStringLiteral("EUR"));
        FirstSyncPage *first = wizard->firstSyncPage();
        QSignalSpy saved(first, &FirstSyncPage::storeSaved);
        QSignalSpy finished(&sync(), &SyncController::finished);
        wizard->next();
        QVERIFY(saved.wait(10000));
        m_storeId = first->storeId();
        // WooCommerce's resources only: no locations, inventory or checkouts.
        QVERIFY(first->bar(QStringLiteral("orders"))->isVisible());
        QVERIFY(first->bar(QStringLiteral("customers"))->isVisible());
        QVERIFY(!first->bar(QStringLiteral("locations"))->isVisible());
        QVERIFY(!first->bar(QStringLiteral("checkouts"))->isVisible());
        QVERIFY(waitUntil([&] { return finished.count() > 0; }, 120000));
        const SyncError error = finished.first().at(1).value<SyncError>();
        QVERIFY2(!error.isError(), qPrintable(error.message));
        saveScreenshot(wizard, QStringLiteral("wizard-woocommerce-first-sync-light"));
        wizard->accept();

        qint64 counted = 0;
        for (const sim::WooOrder &o : site.orders())
            counted += o.status != "trash" && o.status != "checkout-draft";
        QCOMPARE(m_check->db().scalar("SELECT count(*) FROM orders"), counted);
        Statement q = m_check->db().prepare("SELECT platform, currency, timezone FROM stores");
        QVERIFY(q.step());
        QCOMPARE(q.text(0), QStringLiteral("woocommerce"));
        QCOMPARE(q.text(1), QStringLiteral("EUR"));
        QCOMPARE(q.text(2), QStringLiteral("Europe/Berlin"));

        // The sidebar says the store's platform.
        QTreeWidgetItem *item = nullptr;
        QTreeWidget *tree = m_window->sidebar();
        for (QTreeWidgetItemIterator it(tree); *it; ++it)
            if ((*it)->data(0, WorkspaceSidebar::StoreIdRole).toLongLong() == m_storeId)
                item = *it;
        QVERIFY(item);
        QCOMPARE(item->data(0, WorkspaceSidebar::PlatformRole).toString(),
                 QStringLiteral("woocommerce"));
        QVERIFY2(item->text(0).contains(QLatin1String("WooCommerce")), qPrintable(item->text(0)));
        QVERIFY2(item->toolTip(0).startsWith(QLatin1String("WooCommerce store")),
                 qPrintable(item->toolTip(0)));
        // WooCommerce's API has no abandoned checkouts: not a zero, "n/a".
        DashboardPage *dashboard = m_window->dashboard();
        QSignalSpy loaded(dashboard, &DashboardPage::loaded);
        m_window->setScope(m_storeId);
        m_window->showPage(MainWindow::Page::Dashboard);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(dashboard->tile(DashboardPage::RecoveredCheckouts)->valueText(),
                 QStringLiteral("n/a"));
        QVERIFY(dashboard->tile(DashboardPage::Orders)->valueText() != QLatin1String("0"));
        saveScreenshot(m_window.get(), QStringLiteral("woocommerce-store-dashboard-light"));
    }

    void reconnectTakesANewKey()
    {
        QVERIFY(m_storeId > 0);
        sim::WooSimulator &site = m_site->simulator();
        site.revokeApiKey(site.apiKey().consumerKey);
        QSignalSpy finished(&sync(), &SyncController::finished);
        m_window->setScope(m_storeId);
        m_window->action(QStringLiteral("syncNow"))->trigger();
        QVERIFY(waitUntil([&] { return finished.count() > 0; }, 120000));
        QCOMPARE(finished.first().at(1).value<SyncError>().kind, SyncError::Kind::InvalidToken);
        SyncAlertBanner *banner = m_window->syncAlerts();
        QVERIFY(waitUntil([&] { return banner->actionButton(m_storeId) != nullptr; }));
        banner->actionButton(m_storeId)->click();
        ReconnectStoreDialog *dialog = m_window->reconnectDialog();
        QVERIFY(dialog);
        // WooCommerce's two secrets, and its own explanation.
        QLineEdit *key = dialog->secretField(QStringLiteral("consumer_key"));
        QLineEdit *secret = dialog->secretField(QStringLiteral("consumer_secret"));
        QVERIFY(key && secret);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("reconnectIntro"))
                    ->text()
                    .contains(QLatin1String("REST API key")));
        key->setText(QString::fromLatin1(kNewKey.consumerKey));
        QVERIFY(!dialog->reconnectButton()->isEnabled()); // the secret is still missing
        secret->setText(QString::fromLatin1(kNewKey.consumerSecret));
        QVERIFY(dialog->reconnectButton()->isEnabled());
        saveScreenshot(dialog, QStringLiteral("woocommerce-reconnect-light"));
        site.addApiKey(kNewKey);
        finished.clear();
        QSignalSpy reconnected(dialog, &ReconnectStoreDialog::reconnected);
        dialog->reconnectButton()->click();
        QVERIFY(reconnected.wait(30000));
        QVERIFY(waitUntil([&] { return finished.count() > 0; }, 120000));
        const SyncError error = finished.first().at(1).value<SyncError>();
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QVERIFY(!sync().state(m_storeId).needsAttention);
    }

    void cleanupTestCase()
    {
        m_check.reset();
        m_window.reset();
        m_site.reset();
    }
};

QTEST_MAIN(TestGuiWoo)
#include "tst_gui_woo.moc"
