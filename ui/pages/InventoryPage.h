#pragma once

#include "DataPage.h"

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace storelens {

class ProductDetailView;

// Stock per variant at one location or all of them, lowest first, so what
// runs out is at the top; the detail shows the product's stock everywhere.
class InventoryPage : public DataPage
{
    Q_OBJECT
public:
    explicit InventoryPage(QWidget *parent = nullptr);

    QString title() const override;
    QString countText(qint64 rows) const override;
    QString searchHint() const override;
    ProductDetailView *detailView() const { return m_detailView; }
    // Reloads the list of locations (stores changed).
    void reloadLocations();

    struct LocationChoice
    {
        qint64 storeId = 0;
        qint64 platformId = 0; // 0 = all locations
    };
    static TableSpec tableSpec(const LocationChoice &location);

protected:
    TableSpec spec() const override;
    QList<TableFilter> pageFilters() const override;
    QWidget *createDetail() override;
    void showDetail(qint64 rowId, qint64 storeId) override;
    void clearDetail() override;

private:
    LocationChoice location() const;
    QComboBox *m_location = nullptr;
    QCheckBox *m_lowOnly = nullptr;
    QSpinBox *m_threshold = nullptr;
    ProductDetailView *m_detailView = nullptr;
};

} // namespace storelens
