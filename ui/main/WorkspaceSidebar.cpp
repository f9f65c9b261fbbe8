#include "WorkspaceSidebar.h"

#include "platform/PlatformRegistry.h"

#include "SidebarItemDelegate.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QStyle>

namespace storelens {

WorkspaceSidebar::WorkspaceSidebar(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("sidebar"));
    setHeaderHidden(true);
    setAccessibleName(tr("Workspaces and stores"));
    setRootIsDecorated(true);
    setUniformRowHeights(false);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setMinimumWidth(200);
    setIconSize(QSize(16, 16));
    setItemDelegate(new SidebarItemDelegate(this));
    connect(this, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { onCurrentChanged(current); });
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item && ItemKind(item->data(0, KindRole).toInt()) == ItemKind::Workspace &&
            item->data(0, NameRole).toString() != m_openName)
            emit workspaceActivated(item->data(0, NameRole).toString());
    });
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QTreeWidgetItem *item = itemAt(pos);
        const QPoint global = viewport()->mapToGlobal(pos);
        if (!item) {
            emit contextMenuWanted(ItemKind::Workspace, QString(), 0, global);
            return;
        }
        emit contextMenuWanted(ItemKind(item->data(0, KindRole).toInt()), workspaceAt(item),
                               item->data(0, StoreIdRole).toLongLong(), global);
    });
}

QString WorkspaceSidebar::workspaceAt(QTreeWidgetItem *item) const
{
    while (item && item->parent())
        item = item->parent();
    return item ? item->data(0, NameRole).toString() : QString();
}

void WorkspaceSidebar::setWorkspaces(const QStringList &names, const QString &openName)
{
    m_names = names;
    if (openName != m_openName) {
        m_stores.clear();
        m_status.clear();
        m_scope = 0;
    }
    m_openName = openName;
    rebuild();
}

void WorkspaceSidebar::setStores(const QList<Store> &stores)
{
    m_stores = stores;
    bool scopeExists = m_scope == 0;
    for (const Store &s : stores)
        scopeExists = scopeExists || s.id == m_scope;
    if (!scopeExists) {
        m_scope = 0;
        emit scopeSelected(0);
    }
    rebuild();
}

void WorkspaceSidebar::setStoreStatus(qint64 storeId, const QString &status, const QString &toolTip)
{
    m_status.insert(storeId, {status, toolTip});
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *workspace = topLevelItem(i);
        for (int j = 0; j < workspace->childCount(); ++j) {
            QTreeWidgetItem *item = workspace->child(j);
            if (item->data(0, StoreIdRole).toLongLong() != storeId ||
                ItemKind(item->data(0, KindRole).toInt()) != ItemKind::Store)
                continue;
            showStatus(item);
        }
    }
}

void WorkspaceSidebar::showStatus(QTreeWidgetItem *item) const
{
    // Each store says its platform: an agency's clients run several.
    const QString platform =
        PlatformRegistry::instance().displayName(item->data(0, PlatformRole).toString());
    const auto status = m_status.value(item->data(0, StoreIdRole).toLongLong());
    item->setText(
        0, item->data(0, NameRole).toString() + QLatin1Char('\n') +
               (status.first.isEmpty() ? platform : tr("%1 · %2").arg(platform, status.first)));
    // The status tip starts with the domain, then what is wrong.
    if (!status.second.isEmpty())
        item->setToolTip(0, tr("%1 store %2").arg(platform, status.second));
}

void WorkspaceSidebar::selectScope(qint64 storeId)
{
    m_scope = storeId;
    rebuild();
    emit scopeSelected(storeId);
}

void WorkspaceSidebar::rebuild()
{
    m_rebuilding = true;
    clear();
    QTreeWidgetItem *selected = nullptr;
    QFont bold = font();
    bold.setBold(true);
    for (const QString &name : m_names) {
        auto *workspace = new QTreeWidgetItem(this, {name});
        workspace->setData(0, KindRole, int(ItemKind::Workspace));
        workspace->setData(0, NameRole, name);
        const bool open = name == m_openName;
        if (open) {
            workspace->setFont(0, bold);
            workspace->setToolTip(0, tr("Workspace \"%1\" (open)").arg(name));
            auto *all = new QTreeWidgetItem(workspace, {tr("All stores")});
            all->setData(0, KindRole, int(ItemKind::AllStores));
            all->setData(0, StoreIdRole, qint64(0));
            all->setToolTip(0, tr("Every store of this workspace together"));
            if (m_scope == 0)
                selected = all;
            for (const Store &s : m_stores) {
                auto *item = new QTreeWidgetItem(workspace, {s.name});
                item->setData(0, KindRole, int(ItemKind::Store));
                item->setData(0, NameRole, s.name);
                item->setData(0, StoreIdRole, s.id);
                if (s.status == QLatin1String("needs_attention"))
                    item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
                item->setData(0, PlatformRole, s.platform);
                item->setToolTip(
                    0, tr("%1 store %2")
                           .arg(PlatformRegistry::instance().displayName(s.platform), s.domain));
                showStatus(item);
                if (s.id == m_scope)
                    selected = item;
            }
            workspace->setExpanded(true);
        } else {
            workspace->setToolTip(
                0, tr("Workspace \"%1\": press Enter or double-click to open it").arg(name));
            workspace->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
        }
    }
    if (selected)
        setCurrentItem(selected);
    m_rebuilding = false;
}

void WorkspaceSidebar::onCurrentChanged(QTreeWidgetItem *current)
{
    if (m_rebuilding || !current)
        return;
    const auto kind = ItemKind(current->data(0, KindRole).toInt());
    if (kind == ItemKind::Workspace)
        return;
    const qint64 scope = current->data(0, StoreIdRole).toLongLong();
    if (scope != m_scope) {
        m_scope = scope;
        emit scopeSelected(scope);
    }
}

} // namespace storelens
