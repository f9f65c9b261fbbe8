#pragma once

#include "DataPage.h"

class QComboBox;

namespace storelens {

class ProductDetailView;
class SkuView;

// The catalogue: products with their variant count, price and stock; the
// detail lists the variants with stock per location. "By SKU across stores"
// shows instead the period's units, net sales and stock per SKU over every
// store of the scope, whatever their platform (SkuView).
class ProductsPage : public DataPage
{
    Q_OBJECT
public:
    explicit ProductsPage(QWidget *parent = nullptr);

    QString title() const override;
    QString countText(qint64 rows) const override;
    QString searchHint() const override;
    ProductDetailView *detailView() const { return m_detailView; }
    SkuView *skuView() const { return m_skuView; }
    QComboBox *modeChoice() const { return m_mode; }
    void setSkuMode(bool bySku);
    bool isSkuMode() const;

    static TableSpec tableSpec();

protected:
    TableSpec spec() const override { return tableSpec(); }
    QList<TableFilter> pageFilters() const override;
    QWidget *createDetail() override;
    void showDetail(qint64 rowId, qint64 storeId) override;
    void clearDetail() override;
    void scopeOrPeriodChanged() override;

private:
    void loadSkus();
    QComboBox *m_status = nullptr;
    QComboBox *m_mode = nullptr;
    SkuView *m_skuView = nullptr;
    ProductDetailView *m_detailView = nullptr;
};

} // namespace storelens
