#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QMenu;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTabBar;
class QTimer;

namespace storelens {

class AddStoreWizard;
class CheckoutsPage;
class ConnectivityMonitor;
class CustomersPage;
class DashboardPage;
class DataPage;
class DateRangePicker;
class DemoLauncher;
class InventoryPage;
class OrdersPage;
class ProductsPage;
class SyncAlertBanner;
class SyncHistoryDialog;
class SyncStatusWidget;
class ReconnectStoreDialog;
class TrayNotifier;
class WelcomePage;
class Workspace;
class WorkspaceOpener;
class WorkspaceSession;
class WorkspaceSidebar;

// The application window: workspaces and their stores in the sidebar, the
// period in the toolbar, the dashboard and the data pages as tabs, and the
// network, last sync and sync progress in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page
    {
        Dashboard,
        Orders,
        Customers,
        Products,
        Inventory,
        Checkouts
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace by name (asking for its passphrase if it has one).
    void openWorkspace(const QString &name);
    // Takes an already open workspace (the demo, tests).
    void adoptWorkspace(std::unique_ptr<Workspace> workspace);
    // Opens what was open last time, or shows the welcome page.
    void restoreLastWorkspace();
    void closeWorkspace();
    // Opens the demo workspace, filled from the simulated shop.
    void openDemo();
    DemoLauncher *demo() const { return m_demo; }
    AddStoreWizard *addStoreWizard() const;

    WorkspaceSession *session() const { return m_session.get(); }
    WorkspaceSidebar *sidebar() const { return m_sidebar; }
    DateRangePicker *rangePicker() const { return m_range; }
    DashboardPage *dashboard() const { return m_dashboard; }
    OrdersPage *ordersPage() const { return m_orders; }
    CustomersPage *customersPage() const { return m_customers; }
    ProductsPage *productsPage() const { return m_products; }
    InventoryPage *inventoryPage() const { return m_inventory; }
    CheckoutsPage *checkoutsPage() const { return m_checkouts; }
    WelcomePage *welcomePage() const { return m_welcome; }
    WorkspaceOpener *opener() const { return m_opener; }
    ConnectivityMonitor *connectivity() const { return m_connectivity; }
    QLabel *connectivityLabel() const { return m_online; }
    QLabel *lastSyncLabel() const { return m_lastSync; }
    SyncStatusWidget *syncStatus() const { return m_syncStatus; }
    SyncAlertBanner *syncAlerts() const { return m_alerts; }
    TrayNotifier *notifications() const { return m_tray; }
    // The open sync history / reconnect dialog, if any.
    SyncHistoryDialog *syncHistoryDialog() const;
    ReconnectStoreDialog *reconnectDialog() const;
    // Opens the sync history / the reconnect dialog of a store.
    void showSyncHistory(qint64 storeId);
    void reconnectStore(qint64 storeId);

    void showPage(Page page);
    Page currentPage() const;
    DataPage *currentDataPage() const;
    // The store of the scope, 0 for all stores.
    qint64 scope() const { return m_scope; }
    void setScope(qint64 storeId);

    // Actions, for menus, shortcuts and tests.
    QAction *action(const QString &name) const;

signals:
    // A workspace was opened and its stores loaded.
    void workspaceOpened(const QString &name);
    void workspaceClosed();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    QAction *addAction(const QString &name, const QString &text, const QKeySequence &shortcut,
                       void (MainWindow::*slot)());
    void reloadWorkspaceList();
    void updateContent();
    void updateActions();
    void updateStatus();
    void updateToday();
    void onStoresChanged();
    void onDataChanged();
    void onPeriodChanged();
    void showWorkspaceError(const QString &title, const QString &message);
    void restoreSettings();
    void saveSettings();

    // Menu actions.
    void newWorkspace();
    void renameWorkspace(const QString &name);
    void deleteWorkspace(const QString &name);
    void renameCurrentWorkspace();
    void deleteCurrentWorkspace();
    void addStore();
    void syncNow();
    void syncAll();
    void cancelSync();
    void removeStore();
    void togglePauseStore(bool paused);
    void togglePauseAll(bool paused);
    void setStoreInterval(qint64 minutes);
    // The store the store actions work on: the scope's, or the only one.
    qint64 actionStore() const;
    // "Every 15 minutes (default)", "Every hour", ...
    static QString intervalTitle(qint64 minutes);
    void exportTable();
    void exportDashboardPdf();
    void exportDashboardPng();
    void exportDashboard(const QString &format);
    void openOrder(qint64 storeId, const QString &orderPlatformId);
    void focusSearch();
    void focusRange();
    void focusSidebar();
    void about();
    void showSidebarMenu(int kind, const QString &workspace, qint64 storeId, const QPoint &at);

    std::unique_ptr<WorkspaceSession> m_session;
    WorkspaceOpener *m_opener = nullptr;
    ConnectivityMonitor *m_connectivity = nullptr;
    WorkspaceSidebar *m_sidebar = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_content = nullptr; // welcome page or the pages
    WelcomePage *m_welcome = nullptr;
    QWidget *m_pagesArea = nullptr;
    QTabBar *m_tabs = nullptr;
    QStackedWidget *m_pages = nullptr;
    DashboardPage *m_dashboard = nullptr;
    OrdersPage *m_orders = nullptr;
    CustomersPage *m_customers = nullptr;
    ProductsPage *m_products = nullptr;
    InventoryPage *m_inventory = nullptr;
    CheckoutsPage *m_checkouts = nullptr;
    DateRangePicker *m_range = nullptr;
    SyncStatusWidget *m_syncStatus = nullptr;
    SyncAlertBanner *m_alerts = nullptr;
    TrayNotifier *m_tray = nullptr;
    QPointer<SyncHistoryDialog> m_historyDialog;
    QPointer<ReconnectStoreDialog> m_reconnectDialog;
    QMenu *m_intervalMenu = nullptr;
    QLabel *m_lastSync = nullptr;
    QLabel *m_online = nullptr;
    QTimer *m_minuteTimer = nullptr;
    QHash<QString, QAction *> m_actions;
    DemoLauncher *m_demo = nullptr;
    QPointer<AddStoreWizard> m_wizard;
    qint64 m_scope = 0;
    QString m_opening;
    bool m_announce = false; // emit workspaceOpened once its stores are known
};

} // namespace storelens
