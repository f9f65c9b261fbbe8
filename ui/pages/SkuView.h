#pragma once

#include "analytics/SkuReport.h"
#include "widgets/Period.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTreeWidget;

namespace storelens {

class WorkspaceSession;

// Products grouped by SKU across the scope's stores and platforms: one row
// per SKU with its units, net sales and stock in all stores, the stores
// beneath it, and the SKUs that match across stores marked. Read off the
// GUI thread by SkuAnalytics.
class SkuView : public QWidget
{
    Q_OBJECT
public:
    explicit SkuView(QWidget *parent = nullptr);

    // Reads the SKUs of `storeId` (0: all stores) in `period`; `search`
    // keeps the SKUs or titles that contain it.
    void load(WorkspaceSession *session, qint64 storeId, const Period &period,
              const QString &search);
    QTreeWidget *tree() const { return m_tree; }
    QLabel *summaryLabel() const { return m_summary; }
    const std::optional<SkuReport> &report() const { return m_report; }

    enum Column
    {
        Sku,
        Product,
        Stores,
        Units,
        NetSales,
        Available,
        ColumnCount
    };

signals:
    void loaded();

private:
    void show(const SkuReport &report);

    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
    WorkspaceSession *m_session = nullptr;
    QString m_search;
    quint64 m_request = 0;
    std::optional<SkuReport> m_report;
};

} // namespace storelens
