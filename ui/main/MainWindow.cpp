#include "MainWindow.h"

#include "SyncStatusWidget.h"
#include "WelcomePage.h"
#include "WorkspaceSidebar.h"
#include "dashboard/AnalyticsDashboardSource.h"
#include "dashboard/DashboardPage.h"
#include "demo/DemoLauncher.h"
#include "pages/CheckoutsPage.h"
#include "pages/CustomersPage.h"
#include "pages/InventoryPage.h"
#include "pages/OrdersPage.h"
#include "pages/ProductsPage.h"
#include "session/DbWorker.h"
#include "session/SyncController.h"
#include "session/WorkspaceSession.h"
#include "session/WorkspaceThread.h"
#include "storage/KeyStore.h"
#include "storage/StoreRepository.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceDirectory.h"
#include "storage/WorkspaceError.h"
#include "sync/ConnectivityMonitor.h"
#include "sync/ReconnectStoreDialog.h"
#include "sync/StoreSyncProblem.h"
#include "sync/SyncAlertBanner.h"
#include "sync/SyncHistoryDialog.h"
#include "sync/TrayNotifier.h"
#include "widgets/DateRangePicker.h"
#include "widgets/RelativeTime.h"
#include "wizard/AddStoreWizard.h"
#include "workspace/NewWorkspaceDialog.h"
#include "workspace/WorkspaceOpener.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace storelens {

namespace {
const char *const kPageNames[] = {"dashboard", "orders",    "customers",
                                  "products",  "inventory", "checkouts"};
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_opener(new WorkspaceOpener(this, this))
    , m_connectivity(new ConnectivityMonitor(this))
{
    // STORELENS_OFFLINE=1: work as without a network (tests, a demo on a train).
    if (qEnvironmentVariableIntValue("STORELENS_OFFLINE") == 1)
        m_connectivity->setForcedState(false);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("StoreLens"));
    setWindowIcon(QIcon(QStringLiteral(":/storelens/icons/storelens.svg")));

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_sidebar = new WorkspaceSidebar(m_splitter);
    m_content = new QStackedWidget(m_splitter);
    m_welcome = new WelcomePage(m_content);
    m_content->addWidget(m_welcome);

    m_pagesArea = new QWidget(m_content);
    auto *pagesLayout = new QVBoxLayout(m_pagesArea);
    pagesLayout->setContentsMargins(0, 4, 0, 0);
    pagesLayout->setSpacing(0);
    m_tabs = new QTabBar(m_pagesArea);
    m_tabs->setObjectName(QStringLiteral("pageTabs"));
    m_tabs->setAccessibleName(tr("Pages"));
    m_tabs->setDocumentMode(true);
    m_tabs->setExpanding(false);
    m_tabs->setDrawBase(true);
    m_pages = new QStackedWidget(m_pagesArea);
    m_dashboard = new DashboardPage(m_pages);
    m_dashboard->setSource(AnalyticsDashboardSource::make());
    m_orders = new OrdersPage(m_pages);
    m_customers = new CustomersPage(m_pages);
    m_products = new ProductsPage(m_pages);
    m_inventory = new InventoryPage(m_pages);
    m_checkouts = new CheckoutsPage(m_pages);
    m_pages->addWidget(m_dashboard);
    m_tabs->addTab(tr("Dashboard"));
    for (DataPage *page :
         {static_cast<DataPage *>(m_orders), static_cast<DataPage *>(m_customers),
          static_cast<DataPage *>(m_products), static_cast<DataPage *>(m_inventory),
          static_cast<DataPage *>(m_checkouts)}) {
        m_pages->addWidget(page);
        m_tabs->addTab(page->title());
        connect(page, &DataPage::statusMessage, this,
                [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    }
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->setTabToolTip(i, tr("%1 (Ctrl+%2)").arg(m_tabs->tabText(i)).arg(i + 1));
    // Problems a user can act on sit above the pages, for the store in scope.
    m_alerts = new SyncAlertBanner(m_pagesArea);
    pagesLayout->addWidget(m_alerts);
    pagesLayout->addWidget(m_tabs);
    pagesLayout->addWidget(m_pages, 1);
    m_content->addWidget(m_pagesArea);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_content);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({230, 1050});
    setCentralWidget(m_splitter);

    createActions();
    createMenus();
    createToolBar();
    createStatusBar();

    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        m_pages->setCurrentIndex(index);
        updateActions();
        if (DataPage *page = currentDataPage())
            page->refresh();
    });
    connect(m_sidebar, &WorkspaceSidebar::scopeSelected, this, &MainWindow::setScope);
    connect(m_sidebar, &WorkspaceSidebar::workspaceActivated, this, &MainWindow::openWorkspace);
    connect(m_sidebar, &WorkspaceSidebar::contextMenuWanted, this,
            [this](WorkspaceSidebar::ItemKind kind, const QString &workspace, qint64 storeId,
                   const QPoint &at) { showSidebarMenu(int(kind), workspace, storeId, at); });
    connect(m_welcome, &WelcomePage::createWorkspaceRequested, this, &MainWindow::newWorkspace);
    connect(m_welcome, &WelcomePage::addStoreRequested, this, &MainWindow::addStore);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(m_range, &DateRangePicker::changed, this, &MainWindow::onPeriodChanged);
    connect(m_opener, &WorkspaceOpener::failed, this, &MainWindow::showWorkspaceError);
    connect(m_orders, &OrdersPage::customerRequested, this, [this](qint64 customerId, qint64) {
        showPage(Page::Customers);
        m_customers->showCustomer(customerId);
    });
    connect(m_checkouts, &CheckoutsPage::customerRequested, this,
            [this](qint64 customerId, qint64) {
                showPage(Page::Customers);
                m_customers->showCustomer(customerId);
            });
    connect(m_customers, &CustomersPage::orderRequested, this,
            [this](qint64 orderId, qint64 storeId) {
                showPage(Page::Orders);
                m_orders->showOrder(orderId, storeId);
            });
    connect(m_connectivity, &ConnectivityMonitor::onlineChanged, this, [this](bool online) {
        if (m_session)
            m_session->sync().setOnline(online);
        updateStatus();
    });
    connect(m_dashboard, &DashboardPage::statusMessage, this,
            [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_dashboard, &DashboardPage::orderRequested, this, &MainWindow::openOrder);
    connect(m_alerts, &SyncAlertBanner::reconnectRequested, this, &MainWindow::reconnectStore);
    connect(m_alerts, &SyncAlertBanner::historyRequested, this, &MainWindow::showSyncHistory);
    m_tray = new TrayNotifier(this);
    connect(m_tray, &TrayNotifier::activated, this, [this](qint64 storeId) {
        if (m_session && m_session->store(storeId))
            setScope(storeId);
    });
    action(QStringLiteral("notifications"))->setChecked(m_tray->isEnabled());

    m_minuteTimer = new QTimer(this);
    m_minuteTimer->setInterval(60'000);
    connect(m_minuteTimer, &QTimer::timeout, this, [this] {
        updateToday();
        updateStatus();
    });
    m_minuteTimer->start();

    restoreSettings();
    reloadWorkspaceList();
    updateContent();
    onPeriodChanged();
}

MainWindow::~MainWindow()
{
    // The demo closes its own workspace first, and asks this window: while
    // the window is still whole, not as one of its children later.
    delete m_demo;
    m_demo = nullptr;
    closeWorkspace();
}

QAction *MainWindow::addAction(const QString &name, const QString &text,
                               const QKeySequence &shortcut, void (MainWindow::*slot)())
{
    auto *a = new QAction(text, this);
    a->setObjectName(name);
    if (!shortcut.isEmpty()) {
        a->setShortcut(shortcut);
        a->setShortcutContext(Qt::WindowShortcut);
    }
    if (slot)
        connect(a, &QAction::triggered, this, slot);
    m_actions.insert(name, a);
    QMainWindow::addAction(a);
    return a;
}

QAction *MainWindow::action(const QString &name) const
{
    return m_actions.value(name);
}

void MainWindow::createActions()
{
    addAction(QStringLiteral("newWorkspace"), tr("&New Workspace…"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), &MainWindow::newWorkspace);
    addAction(QStringLiteral("renameWorkspace"), tr("&Rename Workspace…"), {},
              &MainWindow::renameCurrentWorkspace);
    addAction(QStringLiteral("deleteWorkspace"), tr("&Delete Workspace…"), {},
              &MainWindow::deleteCurrentWorkspace);
    addAction(QStringLiteral("closeWorkspace"), tr("&Close Workspace"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), &MainWindow::closeWorkspace);
    addAction(QStringLiteral("exportTable"), tr("Export Table to &CSV…"),
              QKeySequence(Qt::CTRL | Qt::Key_E), &MainWindow::exportTable);
    addAction(QStringLiteral("exportPdf"), tr("Export Dashboard to &PDF…"),
              QKeySequence(Qt::CTRL | Qt::Key_P), &MainWindow::exportDashboardPdf);
    addAction(QStringLiteral("exportPng"), tr("Export Dashboard to P&NG…"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), &MainWindow::exportDashboardPng);
    QAction *quit = addAction(QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit, nullptr);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    addAction(QStringLiteral("addStore"), tr("&Add Store…"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), &MainWindow::addStore);
    addAction(QStringLiteral("syncNow"), tr("&Sync Now"), QKeySequence(Qt::Key_F5),
              &MainWindow::syncNow);
    addAction(QStringLiteral("syncAll"), tr("Sync A&ll Stores"),
              QKeySequence(Qt::SHIFT | Qt::Key_F5), &MainWindow::syncAll);
    addAction(QStringLiteral("cancelSync"), tr("&Cancel Sync"),
              QKeySequence(Qt::CTRL | Qt::Key_Period), &MainWindow::cancelSync);
    addAction(QStringLiteral("removeStore"), tr("&Remove Store…"), {}, &MainWindow::removeStore);
    addAction(QStringLiteral("syncHistory"), tr("Sync &History…"),
              QKeySequence(Qt::CTRL | Qt::Key_H), nullptr);
    connect(action(QStringLiteral("syncHistory")), &QAction::triggered, this,
            [this] { showSyncHistory(actionStore()); });
    addAction(QStringLiteral("reconnectStore"), tr("Re&connect Store…"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), nullptr);
    connect(action(QStringLiteral("reconnectStore")), &QAction::triggered, this,
            [this] { reconnectStore(actionStore()); });
    QAction *pauseStore = addAction(QStringLiteral("pauseStore"), tr("&Pause Syncing This Store"),
                                    QKeySequence(Qt::Key_F6), nullptr);
    pauseStore->setCheckable(true);
    connect(pauseStore, &QAction::triggered, this, &MainWindow::togglePauseStore);
    QAction *pauseAll = addAction(QStringLiteral("pauseAll"), tr("Pause All S&yncing"),
                                  QKeySequence(Qt::SHIFT | Qt::Key_F6), nullptr);
    pauseAll->setCheckable(true);
    pauseAll->setToolTip(tr("Stop syncing every store of this workspace until resumed (Shift+F6)"));
    connect(pauseAll, &QAction::triggered, this, &MainWindow::togglePauseAll);
    QAction *notifications =
        addAction(QStringLiteral("notifications"), tr("Desktop &Notifications"), {}, nullptr);
    notifications->setCheckable(true);
    notifications->setToolTip(tr("Notify when a store's first sync finishes or a store needs "
                                 "attention"));
    connect(notifications, &QAction::toggled, this, [this](bool on) {
        if (m_tray && m_tray->isEnabled() != on)
            m_tray->setEnabled(on);
    });

    const QStringList titles{tr("&Dashboard"), tr("&Orders"),    tr("&Customers"),
                             tr("&Products"),  tr("&Inventory"), tr("&Abandoned Checkouts")};
    for (int i = 0; i < titles.size(); ++i) {
        QAction *a = addAction(QStringLiteral("page_") + QLatin1String(kPageNames[i]), titles[i],
                               QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), nullptr);
        connect(a, &QAction::triggered, this, [this, i] { showPage(Page(i)); });
    }
    addAction(QStringLiteral("find"), tr("&Find"), QKeySequence::Find, &MainWindow::focusSearch);
    addAction(QStringLiteral("dateRange"), tr("Date &Range"), QKeySequence(Qt::CTRL | Qt::Key_D),
              &MainWindow::focusRange);
    QAction *compare = addAction(QStringLiteral("compare"), tr("Compare with &Previous Period"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), nullptr);
    compare->setCheckable(true);
    addAction(QStringLiteral("focusSidebar"), tr("Go to &Stores"),
              QKeySequence(Qt::CTRL | Qt::Key_0), &MainWindow::focusSidebar);
    addAction(QStringLiteral("about"), tr("&About StoreLens"), {}, &MainWindow::about);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("newWorkspace")));
    file->addAction(action(QStringLiteral("renameWorkspace")));
    file->addAction(action(QStringLiteral("deleteWorkspace")));
    file->addAction(action(QStringLiteral("closeWorkspace")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("exportTable")));
    file->addAction(action(QStringLiteral("exportPdf")));
    file->addAction(action(QStringLiteral("exportPng")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("quit")));

    QMenu *store = menuBar()->addMenu(tr("&Store"));
    store->addAction(action(QStringLiteral("addStore")));
    store->addAction(action(QStringLiteral("syncNow")));
    store->addAction(action(QStringLiteral("syncAll")));
    store->addAction(action(QStringLiteral("cancelSync")));
    store->addSeparator();
    store->addAction(action(QStringLiteral("pauseStore")));
    store->addAction(action(QStringLiteral("pauseAll")));
    m_intervalMenu = store->addMenu(tr("Sync &Interval"));
    m_intervalMenu->setObjectName(QStringLiteral("intervalMenu"));
    auto *intervals = new QActionGroup(m_intervalMenu);
    for (const qint64 minutes : {5, 15, 30, 60, 180, 360, 1440}) {
        QAction *a = m_intervalMenu->addAction(intervalTitle(minutes));
        a->setObjectName(QStringLiteral("interval_%1").arg(minutes));
        a->setCheckable(true);
        a->setData(minutes);
        intervals->addAction(a);
        connect(a, &QAction::triggered, this, [this, minutes] { setStoreInterval(minutes); });
    }
    store->addAction(action(QStringLiteral("syncHistory")));
    store->addAction(action(QStringLiteral("reconnectStore")));
    store->addSeparator();
    store->addAction(action(QStringLiteral("notifications")));
    store->addSeparator();
    store->addAction(action(QStringLiteral("removeStore")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (const char *page : kPageNames)
        view->addAction(action(QStringLiteral("page_") + QLatin1String(page)));
    view->addSeparator();
    view->addAction(action(QStringLiteral("find")));
    view->addAction(action(QStringLiteral("dateRange")));
    view->addAction(action(QStringLiteral("compare")));
    view->addAction(action(QStringLiteral("focusSidebar")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("about")));
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_range = new DateRangePicker(bar);
    m_range->setObjectName(QStringLiteral("rangePicker"));
    bar->addWidget(m_range);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addAction(action(QStringLiteral("syncNow")));
    bar->addAction(action(QStringLiteral("addStore")));
    QAction *compare = action(QStringLiteral("compare"));
    compare->setChecked(m_range->compare());
    connect(compare, &QAction::toggled, m_range, &DateRangePicker::setCompare);
    connect(m_range, &DateRangePicker::changed, compare,
            [this, compare] { compare->setChecked(m_range->compare()); });
}

void MainWindow::createStatusBar()
{
    m_syncStatus = new SyncStatusWidget(this);
    m_lastSync = new QLabel(this);
    m_lastSync->setObjectName(QStringLiteral("lastSync"));
    m_lastSync->setAccessibleName(tr("Last sync"));
    m_online = new QLabel(this);
    m_online->setObjectName(QStringLiteral("connectivity"));
    m_online->setAccessibleName(tr("Network"));
    statusBar()->addPermanentWidget(m_syncStatus);
    statusBar()->addPermanentWidget(m_lastSync);
    statusBar()->addPermanentWidget(m_online);
    updateStatus();
}

void MainWindow::reloadWorkspaceList()
{
    m_sidebar->setWorkspaces(WorkspaceDirectory().list(),
                             m_session ? m_session->name() : QString());
    if (m_session)
        m_sidebar->setStores(m_session->stores());
}

void MainWindow::restoreLastWorkspace()
{
    const QString last = QSettings().value(QStringLiteral("workspace/last")).toString();
    if (!last.isEmpty() && WorkspaceDirectory().exists(last))
        openWorkspace(last);
    else
        updateContent();
}

void MainWindow::openWorkspace(const QString &name)
{
    if ((m_session && m_session->name() == name) || m_opening == name)
        return;
    closeWorkspace();
    m_opening = name;
    updateContent();
    m_opener->open(name, [this, name](std::unique_ptr<Workspace> workspace) {
        if (m_opening == name)
            m_opening.clear();
        if (!workspace) {
            updateContent();
            return;
        }
        adoptWorkspace(std::move(workspace));
    });
}

void MainWindow::adoptWorkspace(std::unique_ptr<Workspace> workspace)
{
    closeWorkspace();
    m_opening.clear();
    m_session = std::make_unique<WorkspaceSession>(std::move(workspace));
    WorkspaceSession *session = m_session.get();
    const QString name = session->name();
    setWindowTitle(tr("%1 — StoreLens").arg(name));
    QSettings().setValue(QStringLiteral("workspace/last"), name);
    connect(session, &WorkspaceSession::storesChanged, this, &MainWindow::onStoresChanged);
    connect(session, &WorkspaceSession::dataChanged, this, &MainWindow::onDataChanged);
    SyncController *sync = &session->sync();
    connect(sync, &SyncController::historyChanged, this, &MainWindow::updateStatus);
    connect(sync, &SyncController::queueChanged, this, [this] {
        updateStatus();
        updateActions();
    });
    connect(sync, &SyncController::progressed, this, &MainWindow::updateStatus);
    sync->setOnline(m_connectivity->isOnline());
    connect(sync, &SyncController::finished, this, [this](qint64 storeId, const SyncError &error) {
        const auto store = m_session ? m_session->store(storeId) : std::nullopt;
        const QString storeName = store ? store->name : QString();
        if (!error.isError())
            statusBar()->showMessage(tr("%1 is up to date.").arg(storeName), 8000);
        else if (error.kind == SyncError::Kind::Cancelled)
            statusBar()->showMessage(
                tr("The sync of %1 was cancelled; the next one continues from there.")
                    .arg(storeName),
                8000);
        else
            statusBar()->showMessage(error.message, 15000);
    });
    m_syncStatus->setSession(session);
    m_alerts->setSession(session);
    m_tray->setSession(session);
    connect(m_tray, &TrayNotifier::notified, session,
            [this](const SyncNotification &n) { statusBar()->showMessage(n.body, 15000); });
    // A workspace paused as a whole stays paused when it opens again.
    if (QSettings().value(QStringLiteral("sync/paused/") + name).toBool())
        sync->pauseAll();
    m_dashboard->setSession(session);
    for (DataPage *page :
         {static_cast<DataPage *>(m_orders), static_cast<DataPage *>(m_customers),
          static_cast<DataPage *>(m_products), static_cast<DataPage *>(m_inventory),
          static_cast<DataPage *>(m_checkouts)})
        page->setSession(session);
    m_scope = 0;
    m_announce = true;
    reloadWorkspaceList();
    updateContent();
    updateActions();
    updateStatus();
}

void MainWindow::closeWorkspace()
{
    if (!m_session)
        return;
    // The wizard works on the session: it goes with it.
    delete m_wizard;
    delete m_historyDialog;
    delete m_reconnectDialog;
    m_syncStatus->setSession(nullptr);
    m_alerts->setSession(nullptr);
    m_tray->setSession(nullptr);
    m_dashboard->setSession(nullptr);
    for (DataPage *page :
         {static_cast<DataPage *>(m_orders), static_cast<DataPage *>(m_customers),
          static_cast<DataPage *>(m_products), static_cast<DataPage *>(m_inventory),
          static_cast<DataPage *>(m_checkouts)})
        page->setSession(nullptr);
    // Cancels a running sync (it resumes next time) and waits for the threads.
    m_session.reset();
    setWindowTitle(tr("StoreLens"));
    reloadWorkspaceList();
    updateContent();
    updateActions();
    updateStatus();
    emit workspaceClosed();
}

void MainWindow::onStoresChanged()
{
    m_sidebar->setStores(m_session->stores());
    m_inventory->reloadLocations();
    updateContent();
    updateToday();
    updateStatus();
    updateActions();
    // Stores may have changed currency or time zone after a sync.
    m_dashboard->setScope(m_scope);
    m_dashboard->refresh();
    if (m_announce) {
        m_announce = false;
        emit workspaceOpened(m_session->name());
    }
}

void MainWindow::onDataChanged()
{
    m_dashboard->refresh();
    if (DataPage *page = currentDataPage())
        page->refresh();
}

void MainWindow::updateContent()
{
    if (!m_session) {
        m_welcome->setMode(m_opening.isEmpty() ? WelcomePage::Mode::NoWorkspace
                                               : WelcomePage::Mode::Opening,
                           m_opening);
        m_content->setCurrentWidget(m_welcome);
        return;
    }
    if (!m_session->storesLoaded()) {
        m_welcome->setMode(WelcomePage::Mode::Opening, m_session->name());
        m_content->setCurrentWidget(m_welcome);
        return;
    }
    if (m_session->stores().isEmpty()) {
        m_welcome->setMode(WelcomePage::Mode::NoStores, m_session->name());
        m_content->setCurrentWidget(m_welcome);
        return;
    }
    m_content->setCurrentWidget(m_pagesArea);
}

void MainWindow::updateActions()
{
    const bool open = m_session != nullptr;
    const bool hasStores = open && !m_session->stores().isEmpty();
    const bool busy = open && m_session->sync().isBusy();
    action(QStringLiteral("renameWorkspace"))->setEnabled(open);
    action(QStringLiteral("deleteWorkspace"))->setEnabled(open);
    action(QStringLiteral("closeWorkspace"))->setEnabled(open);
    action(QStringLiteral("addStore"))->setEnabled(open);
    action(QStringLiteral("syncNow"))->setEnabled(hasStores);
    action(QStringLiteral("syncAll"))->setEnabled(hasStores);
    action(QStringLiteral("cancelSync"))->setEnabled(busy);
    action(QStringLiteral("removeStore"))->setEnabled(hasStores && m_scope != 0);
    action(QStringLiteral("exportTable"))->setEnabled(hasStores && currentDataPage());
    action(QStringLiteral("exportPdf"))->setEnabled(hasStores);
    action(QStringLiteral("exportPng"))->setEnabled(hasStores);
    action(QStringLiteral("syncNow"))
        ->setToolTip(m_scope ? tr("Sync the selected store now (F5)")
                             : tr("Sync every store of the workspace now (F5)"));

    // The store actions work on one store: the scope's, or the only one.
    const qint64 storeId = actionStore();
    const SyncController::StoreState state =
        storeId ? m_session->sync().state(storeId) : SyncController::StoreState();
    const auto store = storeId ? m_session->store(storeId) : std::nullopt;
    const auto problem = store ? StoreSyncProblem::of(*store, state) : std::nullopt;
    action(QStringLiteral("syncHistory"))->setEnabled(storeId != 0);
    action(QStringLiteral("reconnectStore"))->setEnabled(problem && problem->needsCredentials);
    QAction *pauseStore = action(QStringLiteral("pauseStore"));
    pauseStore->setEnabled(storeId != 0);
    pauseStore->setChecked(state.paused);
    pauseStore->setToolTip(store ? (state.paused ? tr("Syncing of %1 is paused; uncheck to "
                                                      "resume it (F6)")
                                                 : tr("Stop syncing %1 until resumed (F6)"))
                                       .arg(store->name)
                                 : QString());
    QAction *pauseAll = action(QStringLiteral("pauseAll"));
    pauseAll->setEnabled(hasStores);
    pauseAll->setChecked(open && m_session->sync().allPaused());
    m_intervalMenu->setEnabled(storeId != 0);
    const qint64 minutes = state.intervalMs / 60'000;
    for (QAction *a : m_intervalMenu->actions())
        a->setChecked(storeId && a->data().toLongLong() == minutes);
}

QString MainWindow::intervalTitle(qint64 minutes)
{
    const QLocale locale;
    QString text;
    if (minutes == 60)
        text = tr("Every hour");
    else if (minutes == 1440)
        text = tr("Once a day");
    else if (minutes % 60 == 0)
        text = tr("Every %1 hours").arg(locale.toString(minutes / 60));
    else
        text = tr("Every %1 minutes").arg(locale.toString(minutes));
    if (minutes * 60'000 == SyncScheduler::kDefaultIntervalMs)
        text = tr("%1 (default)").arg(text);
    return text;
}

SyncHistoryDialog *MainWindow::syncHistoryDialog() const
{
    return m_historyDialog;
}

ReconnectStoreDialog *MainWindow::reconnectDialog() const
{
    return m_reconnectDialog;
}

qint64 MainWindow::actionStore() const
{
    if (!m_session)
        return 0;
    if (m_scope)
        return m_session->store(m_scope) ? m_scope : 0;
    return m_session->stores().size() == 1 ? m_session->stores().first().id : 0;
}

void MainWindow::togglePauseStore(bool paused)
{
    const qint64 storeId = actionStore();
    if (!storeId)
        return;
    const auto store = m_session->store(storeId);
    if (paused) {
        m_session->sync().pauseStore(storeId);
        statusBar()->showMessage(
            tr("Syncing of %1 is paused; F6 resumes it.").arg(store ? store->name : QString()),
            8000);
    } else {
        m_session->sync().resumeStore(storeId);
        statusBar()->showMessage(tr("Syncing of %1 resumed.").arg(store ? store->name : QString()),
                                 8000);
    }
    updateActions();
    updateStatus();
}

void MainWindow::togglePauseAll(bool paused)
{
    if (!m_session)
        return;
    QSettings().setValue(QStringLiteral("sync/paused/") + m_session->name(), paused);
    if (paused)
        m_session->sync().pauseAll();
    else
        m_session->sync().resumeAll();
    statusBar()->showMessage(paused ? tr("Syncing is paused for every store of this workspace; "
                                         "Shift+F6 resumes it.")
                                    : tr("Syncing resumed for every store of this workspace."),
                             8000);
    updateActions();
    updateStatus();
}

void MainWindow::setStoreInterval(qint64 minutes)
{
    const qint64 storeId = actionStore();
    if (!storeId)
        return;
    m_session->sync().setInterval(storeId, minutes * 60'000);
    const auto store = m_session->store(storeId);
    statusBar()->showMessage(
        tr("Sync interval of %1: %2.").arg(store ? store->name : QString(), intervalTitle(minutes)),
        8000);
    updateActions();
}

void MainWindow::showSyncHistory(qint64 storeId)
{
    if (!m_session || !m_session->store(storeId))
        return;
    if (m_historyDialog && m_historyDialog->storeId() != storeId)
        delete m_historyDialog;
    if (!m_historyDialog) {
        m_historyDialog = new SyncHistoryDialog(*m_session, storeId, this);
        m_historyDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_historyDialog->show();
    m_historyDialog->raise();
    m_historyDialog->activateWindow();
}

void MainWindow::reconnectStore(qint64 storeId)
{
    if (!m_session)
        return;
    const auto store = m_session->store(storeId);
    if (!store)
        return;
    if (m_reconnectDialog && m_reconnectDialog->storeId() != storeId)
        delete m_reconnectDialog;
    if (!m_reconnectDialog) {
        const auto problem = StoreSyncProblem::of(*store, m_session->sync().state(storeId));
        m_reconnectDialog = new ReconnectStoreDialog(
            *m_session, *store, problem ? problem->kind : SyncError::Kind::InvalidToken, this);
        m_reconnectDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_reconnectDialog, &ReconnectStoreDialog::reconnected, this,
                [this, name = store->name](qint64) {
                    statusBar()->showMessage(
                        tr("%1 is reconnected; its sync is running.").arg(name), 8000);
                    m_alerts->refresh();
                    updateActions();
                    updateStatus();
                });
    }
    m_reconnectDialog->open();
}

void MainWindow::updateStatus()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // "As of" is the oldest of the scope's last syncs: no figure is newer.
    std::optional<qint64> asOf;
    bool never = false;
    if (m_session) {
        for (qint64 id : m_session->storeIds(m_scope)) {
            const std::optional<qint64> last = m_session->sync().lastSyncMs(id);
            if (!last)
                never = true;
            else if (!asOf || *last < *asOf)
                asOf = last;
        }
        for (const Store &s : m_session->stores()) {
            const auto last = m_session->sync().lastSyncMs(s.id);
            const SyncController::StoreState state = m_session->sync().state(s.id);
            const auto problem = StoreSyncProblem::of(s, state);
            QString line;
            if (state.running)
                line = tr("Syncing…");
            else if (state.queued)
                line = tr("Waiting to sync");
            else if (problem && problem->needsUser)
                line = tr("Needs attention");
            else if (problem)
                line = tr("Sync failed; retrying later");
            else if (state.paused || m_session->sync().allPaused())
                line = tr("Sync paused");
            else if (last)
                line = tr("Synced %1").arg(RelativeTime::since(*last, now));
            else
                line = tr("Not synced yet");
            QString tip = s.domain;
            if (problem)
                tip += QLatin1Char('\n') + problem->message;
            if (state.paused)
                tip += QLatin1Char('\n') + tr("Sync Now (F5) resumes it.");
            m_sidebar->setStoreStatus(s.id, line, tip);
        }
    }
    if (!m_session || m_session->stores().isEmpty())
        m_lastSync->clear();
    else if (never && !asOf)
        m_lastSync->setText(tr("Not synced yet"));
    else if (asOf)
        m_lastSync->setText(tr("Last sync: %1").arg(RelativeTime::since(*asOf, now)));
    const bool online = m_connectivity->isOnline();
    QString text = online ? tr("● Online") : tr("○ Offline");
    if (!online && asOf)
        text += QStringLiteral(" — ") +
                tr("data as of %1")
                    .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(*asOf),
                                            QLocale::ShortFormat));
    if (m_session && m_session->sync().allPaused())
        text += QStringLiteral(" · ") + tr("Syncing paused");
    m_online->setText(text);
    m_online->setToolTip(online ? tr("Connected: syncs reach the stores.")
                                : tr("No network: StoreLens shows the data it has; syncs "
                                     "resume when the network returns."));
}

void MainWindow::updateToday()
{
    // "Today" is the shop's today: the scope's store, or the first store.
    QByteArray zone;
    if (m_session) {
        const QList<qint64> ids = m_session->storeIds(m_scope);
        if (!ids.isEmpty()) {
            if (const auto store = m_session->store(ids.first()))
                zone = store->timezone.toUtf8();
        }
    }
    m_range->setToday(PeriodPresets::todayIn(zone));
}

void MainWindow::onPeriodChanged()
{
    const Period period = m_range->period();
    m_dashboard->setPeriod(period, m_range->compare());
    for (DataPage *page :
         {static_cast<DataPage *>(m_orders), static_cast<DataPage *>(m_customers),
          static_cast<DataPage *>(m_products), static_cast<DataPage *>(m_inventory),
          static_cast<DataPage *>(m_checkouts)})
        page->setPeriod(period);
    QSettings settings;
    settings.setValue(QStringLiteral("view/period"), PeriodPresets::key(m_range->preset()));
    settings.setValue(QStringLiteral("view/compare"), m_range->compare());
    if (m_range->preset() == PeriodPreset::Custom) {
        settings.setValue(QStringLiteral("view/customFrom"), period.from);
        settings.setValue(QStringLiteral("view/customTo"), period.to);
    }
}

void MainWindow::setScope(qint64 storeId)
{
    m_scope = storeId;
    if (m_sidebar->selectedScope() != storeId)
        m_sidebar->selectScope(storeId);
    updateToday();
    m_alerts->setScope(storeId);
    m_dashboard->setScope(storeId);
    for (DataPage *page :
         {static_cast<DataPage *>(m_orders), static_cast<DataPage *>(m_customers),
          static_cast<DataPage *>(m_products), static_cast<DataPage *>(m_inventory),
          static_cast<DataPage *>(m_checkouts)})
        page->setScope(storeId);
    updateActions();
    updateStatus();
}

void MainWindow::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_tabs->currentIndex());
}

DataPage *MainWindow::currentDataPage() const
{
    return qobject_cast<DataPage *>(m_pages->currentWidget());
}

void MainWindow::showWorkspaceError(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("workspaceError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    statusBar()->showMessage(message, 15000);
}

void MainWindow::newWorkspace()
{
    auto *dialog = new NewWorkspaceDialog(WorkspaceDirectory().list(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Whether a keychain answers takes a D-Bus round trip: ask off the GUI thread.
    WorkspaceThread::instance().post(
        dialog, [] { return KeyStore::isAvailable(); },
        [dialog](bool available) { dialog->setKeychainAvailable(available); });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString name = dialog->name();
        closeWorkspace();
        m_opening = name;
        updateContent();
        m_opener->create(name, dialog->passphrase(),
                         [this, name](std::unique_ptr<Workspace> workspace) {
                             if (m_opening == name)
                                 m_opening.clear();
                             if (workspace)
                                 adoptWorkspace(std::move(workspace));
                             else
                                 updateContent();
                         });
    });
    dialog->open();
}

void MainWindow::renameCurrentWorkspace()
{
    if (m_session)
        renameWorkspace(m_session->name());
}

void MainWindow::deleteCurrentWorkspace()
{
    if (m_session)
        deleteWorkspace(m_session->name());
}

void MainWindow::renameWorkspace(const QString &name)
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("renameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename Workspace"));
    dialog->setLabelText(tr("New name for workspace \"%1\":").arg(name));
    dialog->setTextValue(name);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, name](const QString &value) {
        const QString to = value.trimmed();
        if (to.isEmpty() || to == name)
            return;
        if (!WorkspaceDirectory::isValidName(to)) {
            showWorkspaceError(tr("Cannot rename workspace \"%1\"").arg(name),
                               tr("Use up to 64 letters, digits, spaces, dots, dashes or "
                                  "underscores."));
            return;
        }
        const bool wasOpen = m_session && m_session->name() == name;
        // The files are renamed with the workspace closed.
        if (wasOpen)
            closeWorkspace();
        WorkspaceThread::instance().post(
            this,
            [name, to]() -> QString {
                try {
                    WorkspaceDirectory().rename(name, to);
                    return {};
                } catch (const WorkspaceError &e) {
                    return e.message();
                }
            },
            [this, name, to, wasOpen](const QString &error) {
                if (!error.isEmpty())
                    showWorkspaceError(tr("Cannot rename workspace \"%1\"").arg(name), error);
                else
                    statusBar()->showMessage(tr("Workspace \"%1\" is now \"%2\".").arg(name, to),
                                             8000);
                reloadWorkspaceList();
                if (wasOpen)
                    openWorkspace(error.isEmpty() ? to : name);
            });
    });
    dialog->open();
}

void MainWindow::deleteWorkspace(const QString &name)
{
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Delete Workspace"),
                        tr("Delete workspace \"%1\"?").arg(name), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteWorkspaceDialog"));
    box->setInformativeText(tr("Its encrypted file with every store and all their data is "
                               "deleted, and its keys are removed from the keychain. This "
                               "cannot be undone; the stores themselves are not affected."));
    QPushButton *remove = box->addButton(tr("&Delete Workspace"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, remove, name](QAbstractButton *b) {
        if (b != remove)
            return;
        Q_UNUSED(box);
        QStringList refs;
        const bool wasOpen = m_session && m_session->name() == name;
        if (wasOpen) {
            refs = m_session->credentialRefs();
            closeWorkspace();
        }
        WorkspaceThread::instance().post(
            this,
            [name, refs, wasOpen]() -> QString {
                try {
                    WorkspaceDirectory directory;
                    QStringList credentialRefs = refs;
                    const auto meta = directory.meta(name);
                    // A keychain workspace keeps its store tokens in the keychain too:
                    // read their references so that they go with it.
                    if (!wasOpen && meta && meta->keySource == WorkspaceMeta::KeySource::Keychain) {
                        try {
                            auto ws = directory.open(name, std::nullopt);
                            for (const Store &s : StoreRepository(ws->db()).list())
                                credentialRefs << s.credentialRef;
                        } catch (const std::exception &) {
                            // Delete the file anyway.
                        }
                    }
                    directory.remove(name, credentialRefs);
                    return {};
                } catch (const WorkspaceError &e) {
                    return e.message();
                }
            },
            [this, name](const QString &error) {
                if (!error.isEmpty())
                    showWorkspaceError(tr("Cannot delete workspace \"%1\"").arg(name), error);
                else
                    statusBar()->showMessage(tr("Workspace \"%1\" was deleted.").arg(name), 8000);
                if (QSettings().value(QStringLiteral("workspace/last")).toString() == name)
                    QSettings().remove(QStringLiteral("workspace/last"));
                reloadWorkspaceList();
                updateContent();
            });
    });
    box->open();
}

void MainWindow::addStore()
{
    if (!m_session)
        return;
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    m_wizard = new AddStoreWizard(*m_session, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &AddStoreWizard::storeAdded, this, [this](qint64) {
        statusBar()->showMessage(tr("Store added; its first sync is running."), 8000);
    });
    m_wizard->open();
}

AddStoreWizard *MainWindow::addStoreWizard() const
{
    return m_wizard;
}

void MainWindow::openDemo()
{
    if (!m_demo) {
        m_demo = new DemoLauncher(*this, this);
        m_opener->setPassphraseHint(DemoLauncher::workspaceName(),
                                    DemoLauncher::fallbackPassphrase());
        connect(m_demo, &DemoLauncher::failed, this, [this](const QString &message) {
            updateContent();
            showWorkspaceError(tr("The demo could not start"), message);
        });
    }
    if (m_demo->isRunning() && m_session && m_session->name() == DemoLauncher::workspaceName())
        return;
    if (m_demo->isRunning()) {
        openWorkspace(DemoLauncher::workspaceName());
        return;
    }
    closeWorkspace();
    m_welcome->setMode(WelcomePage::Mode::Opening, DemoLauncher::workspaceName());
    m_content->setCurrentWidget(m_welcome);
    m_demo->start();
}

void MainWindow::syncNow()
{
    if (!m_session)
        return;
    if (m_scope)
        m_session->sync().syncStore(m_scope);
    else
        m_session->sync().syncAll();
}

void MainWindow::syncAll()
{
    if (m_session)
        m_session->sync().syncAll();
}

void MainWindow::cancelSync()
{
    if (m_session)
        m_session->sync().cancelAll();
}

void MainWindow::removeStore()
{
    if (!m_session || !m_scope)
        return;
    const auto store = m_session->store(m_scope);
    if (!store)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove Store"),
                                tr("Remove store \"%1\" from this workspace?").arg(store->name),
                                QMessageBox::Cancel, this);
    box->setInformativeText(tr("Its orders, customers and products are deleted from this "
                               "computer and its access token from the keychain. The store "
                               "itself is not affected; you can add it again later."));
    QPushButton *remove = box->addButton(tr("&Remove Store"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = store->id;
    const QString name = store->name;
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, id, name](QAbstractButton *b) {
        if (b != remove || !m_session)
            return;
        statusBar()->showMessage(tr("Removing %1…").arg(name));
        m_session->removeStore(id, [this, name](const QString &error) {
            statusBar()->showMessage(error.isEmpty()
                                         ? tr("Store \"%1\" was removed.").arg(name)
                                         : tr("Could not remove the store: %1").arg(error),
                                     8000);
        });
    });
    box->open();
}

void MainWindow::exportTable()
{
    if (DataPage *page = currentDataPage())
        page->exportCsv();
}

void MainWindow::exportDashboardPdf()
{
    exportDashboard(QStringLiteral("pdf"));
}

void MainWindow::exportDashboardPng()
{
    exportDashboard(QStringLiteral("png"));
}

void MainWindow::exportDashboard(const QString &format)
{
    if (!m_session || !m_dashboard->data()) {
        statusBar()->showMessage(tr("The dashboard has no figures to export yet."), 8000);
        return;
    }
    QSettings settings;
    const QString dir =
        settings
            .value(QStringLiteral("export/lastDir"),
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString base = m_dashboard->scopeTitle().replace(QLatin1Char('/'), QLatin1Char('-'));
    const bool pdf = format == QLatin1String("pdf");
    const QString path = QFileDialog::getSaveFileName(
        this, pdf ? tr("Export Dashboard to PDF") : tr("Export Dashboard to PNG"),
        dir + QLatin1Char('/') + base + QLatin1Char('.') + format,
        pdf ? tr("PDF documents (*.pdf)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("export/lastDir"), QFileInfo(path).absolutePath());
    const bool ok = pdf ? m_dashboard->exportPdf(path) : m_dashboard->exportPng(path);
    statusBar()->showMessage(
        ok ? tr("Saved the report to %1").arg(path) : tr("Could not write %1").arg(path), 8000);
}

void MainWindow::openOrder(qint64 storeId, const QString &orderPlatformId)
{
    if (!m_session)
        return;
    // The dashboard knows the platform's id; the page needs the row.
    m_session->reader().post(
        this,
        [storeId, orderPlatformId](Database &db) {
            Statement q =
                db.prepare("SELECT id FROM orders WHERE store_id = ? AND platform_id = ?");
            q.bind(1, storeId);
            bool numeric = false;
            const qint64 number = orderPlatformId.toLongLong(&numeric);
            if (numeric)
                q.bind(2, number);
            else
                q.bind(2, orderPlatformId);
            return q.step() ? q.int64(0) : qint64(0);
        },
        [this, storeId](DbResult<qint64> result) {
            if (!result.ok() || *result == 0)
                return;
            showPage(Page::Orders);
            m_orders->showOrder(*result, storeId);
        });
}

void MainWindow::focusSearch()
{
    if (DataPage *page = currentDataPage()) {
        page->searchField()->setFocus(Qt::ShortcutFocusReason);
        page->searchField()->selectAll();
    }
}

void MainWindow::focusRange()
{
    m_range->presetBox()->setFocus(Qt::ShortcutFocusReason);
    m_range->presetBox()->showPopup();
}

void MainWindow::focusSidebar()
{
    m_sidebar->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About StoreLens"),
                       tr("<h3>StoreLens %1</h3><p>Sales, customers and products of your online "
                          "stores, on your computer, with or without a network.</p><p>Free "
                          "software under the GNU GPL, version 3 or later.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::showSidebarMenu(int kind, const QString &workspace, qint64 storeId,
                                 const QPoint &at)
{
    QMenu menu(this);
    const auto itemKind = WorkspaceSidebar::ItemKind(kind);
    const bool isOpen = m_session && workspace == m_session->name();
    if (workspace.isEmpty()) {
        menu.addAction(action(QStringLiteral("newWorkspace")));
    } else if (itemKind == WorkspaceSidebar::ItemKind::Workspace) {
        if (!isOpen)
            menu.addAction(tr("&Open"), this, [this, workspace] { openWorkspace(workspace); });
        menu.addAction(tr("&Rename…"), this, [this, workspace] { renameWorkspace(workspace); });
        menu.addAction(tr("&Delete…"), this, [this, workspace] { deleteWorkspace(workspace); });
        menu.addSeparator();
        menu.addAction(action(QStringLiteral("newWorkspace")));
        if (isOpen)
            menu.addAction(action(QStringLiteral("addStore")));
    } else if (itemKind == WorkspaceSidebar::ItemKind::Store) {
        setScope(storeId);
        menu.addAction(action(QStringLiteral("syncNow")));
        menu.addAction(action(QStringLiteral("pauseStore")));
        menu.addMenu(m_intervalMenu);
        menu.addAction(action(QStringLiteral("syncHistory")));
        if (action(QStringLiteral("reconnectStore"))->isEnabled())
            menu.addAction(action(QStringLiteral("reconnectStore")));
        menu.addSeparator();
        menu.addAction(action(QStringLiteral("removeStore")));
    } else {
        menu.addAction(action(QStringLiteral("syncAll")));
        menu.addAction(action(QStringLiteral("pauseAll")));
        menu.addAction(action(QStringLiteral("addStore")));
    }
    menu.exec(at);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const QByteArray splitter = settings.value(QStringLiteral("window/splitter")).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    const PeriodPreset preset = PeriodPresets::fromKey(
        settings.value(QStringLiteral("view/period")).toString(), PeriodPreset::Last30Days);
    if (preset == PeriodPreset::Custom)
        m_range->setCustom({settings.value(QStringLiteral("view/customFrom")).toDate(),
                            settings.value(QStringLiteral("view/customTo")).toDate()});
    else
        m_range->setPreset(preset);
    m_range->setCompare(settings.value(QStringLiteral("view/compare"), true).toBool());
    const QString page = settings.value(QStringLiteral("view/page")).toString();
    for (int i = 0; i < int(std::size(kPageNames)); ++i) {
        if (page == QLatin1String(kPageNames[i]))
            m_tabs->setCurrentIndex(i);
    }
}

void MainWindow::saveSettings()
{
    // Never a secret here: geometry, the last workspace's name and view choices.
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("view/page"),
                      QString::fromLatin1(kPageNames[m_tabs->currentIndex()]));
    if (m_session)
        settings.setValue(QStringLiteral("workspace/last"), m_session->name());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    closeWorkspace();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
}

} // namespace storelens
