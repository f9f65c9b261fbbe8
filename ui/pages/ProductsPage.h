#pragma once

#include "DataPage.h"

class QComboBox;

namespace storelens {

class ProductDetailView;

// The catalogue: products with their variant count, price and stock; the
// detail lists the variants with stock per location.
class ProductsPage : public DataPage
{
    Q_OBJECT
public:
    explicit ProductsPage(QWidget *parent = nullptr);

    QString title() const override;
    QString countText(qint64 rows) const override;
    QString searchHint() const override;
    ProductDetailView *detailView() const { return m_detailView; }

    static TableSpec tableSpec();

protected:
    TableSpec spec() const override { return tableSpec(); }
    QList<TableFilter> pageFilters() const override;
    QWidget *createDetail() override;
    void showDetail(qint64 rowId, qint64 storeId) override;
    void clearDetail() override;

private:
    QComboBox *m_status = nullptr;
    ProductDetailView *m_detailView = nullptr;
};

} // namespace storelens
