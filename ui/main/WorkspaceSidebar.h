#pragma once

#include "model/Store.h"

#include <QHash>
#include <QTreeWidget>

namespace storelens {

// The sidebar: every workspace of the folder (one per client for agencies);
// the open one lists "All stores" and its stores. Selecting a store or "All
// stores" sets the scope; activating another workspace opens it.
class WorkspaceSidebar : public QTreeWidget
{
    Q_OBJECT
public:
    enum class ItemKind
    {
        Workspace,
        AllStores,
        Store
    };
    static constexpr int KindRole = Qt::UserRole + 1;
    static constexpr int NameRole = Qt::UserRole + 2;
    static constexpr int StoreIdRole = Qt::UserRole + 3;
    static constexpr int PlatformRole = Qt::UserRole + 4; // Store::platform of a store item

    explicit WorkspaceSidebar(QWidget *parent = nullptr);

    // Rebuilds the tree, keeping the selected scope when it still exists.
    void setWorkspaces(const QStringList &names, const QString &openName);
    void setStores(const QList<Store> &stores);
    // A line under each store's name: its sync state.
    void setStoreStatus(qint64 storeId, const QString &status, const QString &toolTip);
    void selectScope(qint64 storeId);
    qint64 selectedScope() const { return m_scope; }
    QString openWorkspace() const { return m_openName; }
    // The workspace of the item under the cursor or selected.
    QString workspaceAt(QTreeWidgetItem *item) const;

signals:
    void scopeSelected(qint64 storeId); // 0 = all stores
    void workspaceActivated(const QString &name);
    void contextMenuWanted(ItemKind kind, const QString &workspace, qint64 storeId,
                           const QPoint &globalPos);

private:
    void rebuild();
    // A store item's text and tip: its name, platform and sync status.
    void showStatus(QTreeWidgetItem *item) const;
    void onCurrentChanged(QTreeWidgetItem *current);
    QStringList m_names;
    QString m_openName;
    QList<Store> m_stores;
    QHash<qint64, std::pair<QString, QString>> m_status;
    qint64 m_scope = 0;
    bool m_rebuilding = false;
};

} // namespace storelens
