#pragma once

#include "DataPage.h"

class QComboBox;

namespace storelens {

class CheckoutDetailView;

// Abandoned checkouts of the period, newest first, recovered or not.
class CheckoutsPage : public DataPage
{
    Q_OBJECT
public:
    explicit CheckoutsPage(QWidget *parent = nullptr);

    QString title() const override;
    QString countText(qint64 rows) const override;
    QString searchHint() const override;
    CheckoutDetailView *detailView() const { return m_detailView; }

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
    QComboBox *m_state = nullptr;
    CheckoutDetailView *m_detailView = nullptr;
};

} // namespace storelens
