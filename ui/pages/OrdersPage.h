#pragma once

#include "DataPage.h"

class QCheckBox;
class QComboBox;

namespace storelens {

class OrderDetailView;

// Every order of the scope: by date or total, filtered by period, payment and
// fulfillment status; the detail shows the order's lines and refunds.
class OrdersPage : public DataPage
{
    Q_OBJECT
public:
    explicit OrdersPage(QWidget *parent = nullptr);

    QString title() const override;
    QString countText(qint64 rows) const override;
    QString searchHint() const override;
    OrderDetailView *detailView() const { return m_detailView; }
    // Shows one order's detail (from a customer's order list).
    void showOrder(qint64 orderId, qint64 storeId);

    static TableSpec tableSpec();

signals:
    void customerRequested(qint64 customerRowId, qint64 storeId);

protected:
    TableSpec spec() const override { return tableSpec(); }
    QList<TableFilter> pageFilters() const override;
    bool followsPeriod() const override;
    std::optional<TableFilter> periodFilter(const Period &period,
                                            const QList<qint64> &storeIds) const override;
    QWidget *createDetail() override;
    void showDetail(qint64 rowId, qint64 storeId) override;
    void clearDetail() override;

private:
    QComboBox *m_periodMode = nullptr;
    QComboBox *m_payment = nullptr;
    QComboBox *m_fulfillment = nullptr;
    QCheckBox *m_tests = nullptr;
    OrderDetailView *m_detailView = nullptr;
};

} // namespace storelens
