#include "MainWindow.h"

#include "storage/StoreRepository.h"
#include "storage/Workspace.h"

#include <QCloseEvent>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeWidget>

namespace storelens {

MainWindow::MainWindow(std::unique_ptr<Workspace> workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(std::move(workspace))
{
    setWindowTitle(tr("StoreLens — %1").arg(m_workspace->name()));
    setWindowIcon(QIcon(QStringLiteral(":/storelens/icons/storelens.svg")));

    auto *splitter = new QSplitter(this);
    m_sidebar = new QTreeWidget(splitter);
    m_sidebar->setHeaderHidden(true);
    m_sidebar->setAccessibleName(tr("Workspaces and stores"));
    m_sidebar->setMinimumWidth(200);

    m_emptyState = new QLabel(splitter);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setAccessibleName(tr("Workspace overview"));
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_emptyState);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);

    reloadSidebar();
    statusBar()->showMessage(tr("Workspace \"%1\" is open.").arg(m_workspace->name()));

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::reloadSidebar()
{
    m_sidebar->clear();
    auto *root = new QTreeWidgetItem(m_sidebar, {m_workspace->name()});
    auto *all = new QTreeWidgetItem(root, {tr("All stores")});
    const QList<Store> stores = StoreRepository(m_workspace->db()).list();
    for (const Store &s : stores)
        new QTreeWidgetItem(root, {s.name});
    m_sidebar->expandAll();
    m_sidebar->setCurrentItem(all);
    m_emptyState->setText(
        stores.isEmpty()
            ? tr("<h2>No stores yet</h2><p>This workspace is empty. Connect a Shopify store to see "
                 "its orders, customers and products here.</p>")
            : tr("<h2>%n store(s)</h2><p>Select a store in the sidebar.</p>", nullptr,
                 int(stores.size())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("workspace/last"), m_workspace->name());
    event->accept();
}

} // namespace storelens
