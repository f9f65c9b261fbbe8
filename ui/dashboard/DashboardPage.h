#pragma once

#include "DashboardData.h"
#include "DashboardSource.h"
#include "widgets/Period.h"

#include <QWidget>

#include <optional>

class QLabel;
class QScrollArea;
class QTableWidget;

namespace storelens {

class ChartCard;
class KpiTile;
class WorkspaceSession;

// The dashboard: key figures with their change against the previous period,
// charts and the recent orders of the scope and period, read by the analytics
// layer on the dashboard's reader thread.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    enum Tile
    {
        TotalSales,
        NetSales,
        Orders,
        AverageOrderValue,
        Customers,
        ReturningCustomerRate,
        Returns,
        RecoveredCheckouts,
        TileCount
    };
    enum Chart
    {
        SalesOverTime,
        OrdersByDate,
        Checkouts,
        TopProducts,
        TopCustomers,
        SalesByChannel,
        ChartCount
    };

    explicit DashboardPage(QWidget *parent = nullptr);
    ~DashboardPage() override;

    void setSource(const DashboardSource &source);
    void setSession(WorkspaceSession *session);
    void setScope(qint64 storeId);
    void setPeriod(const Period &period, bool compare);
    // Reads the figures again (new data arrived).
    void refresh();

    // The figures of the current scope and period are shown.
    bool isLoaded() const { return m_loaded == m_requested && m_requested > 0; }
    const std::optional<DashboardData> &data() const { return m_data; }
    const std::vector<DashboardData::Ranked> &topCustomers() const { return m_customers; }
    QString error() const { return m_error; }
    KpiTile *tile(Tile tile) const { return m_tiles[tile]; }
    ChartCard *chart(Chart chart) const { return m_charts[chart]; }
    QTableWidget *recentOrders() const { return m_recent; }
    // The whole dashboard, also below the fold (for a full picture).
    QWidget *content() const;

    // A one-page report: store, range, key figures and charts.
    bool exportPdf(const QString &path);
    bool exportPng(const QString &path);
    // The scope and period in words, as the header and the report say them.
    QString scopeTitle() const;
    QString periodText() const;

signals:
    void statusMessage(const QString &message);
    // Double-clicked in the recent orders.
    void orderRequested(qint64 storeId, const QString &orderPlatformId);
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void render();
    void renderTiles();
    // How many stores of the scope report abandoned checkouts, and the
    // platforms of those that do not (WooCommerce's API has none).
    struct CheckoutCoverage
    {
        int with = 0;
        QStringList without;
    };
    CheckoutCoverage checkoutCoverage() const;
    void renderCharts();
    void renderRecent();
    void renderCustomers();
    void showError(const QString &message);

    WorkspaceSession *m_session = nullptr;
    DashboardSource m_source;
    qint64 m_storeId = 0;
    Period m_period;
    bool m_compare = true;
    quint64 m_requested = 0;
    quint64 m_loaded = 0;
    std::optional<DashboardData> m_data;
    std::vector<DashboardData::Ranked> m_customers;
    bool m_customersLoaded = false;
    QString m_error;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_notice = nullptr;
    KpiTile *m_tiles[TileCount] = {};
    ChartCard *m_charts[ChartCount] = {};
    QTableWidget *m_recent = nullptr;
};

} // namespace storelens
