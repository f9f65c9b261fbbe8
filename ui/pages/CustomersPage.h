#pragma once

#include "DataPage.h"

class QCheckBox;

namespace storelens {

class CustomerDetailView;

// Every customer of the scope, by name or amount spent; the detail lists
// their orders.
class CustomersPage : public DataPage
{
    Q_OBJECT
public:
    explicit CustomersPage(QWidget *parent = nullptr);

    QString title() const override;
    QString countText(qint64 rows) const override;
    QString searchHint() const override;
    CustomerDetailView *detailView() const { return m_detailView; }
    void showCustomer(qint64 customerRowId);

    static TableSpec tableSpec();

signals:
    void orderRequested(qint64 orderId, qint64 storeId);

protected:
    TableSpec spec() const override { return tableSpec(); }
    QList<TableFilter> pageFilters() const override;
    QWidget *createDetail() override;
    void showDetail(qint64 rowId, qint64 storeId) override;
    void clearDetail() override;

private:
    QCheckBox *m_returning = nullptr;
    CustomerDetailView *m_detailView = nullptr;
};

} // namespace storelens
