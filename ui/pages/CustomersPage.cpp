#include "CustomersPage.h"

#include "CustomerDetailView.h"

#include <QCheckBox>
#include <QHBoxLayout>

namespace storelens {

CustomersPage::CustomersPage(QWidget *parent)
    : DataPage(parent)
{
    setObjectName(QStringLiteral("customersPage"));
    m_returning = new QCheckBox(tr("Returning customers only"), this);
    m_returning->setToolTip(tr("Customers with more than one order"));
    filterBar()->addWidget(m_returning);
    connect(m_returning, &QCheckBox::toggled, this, &CustomersPage::reload);
    build();
}

QString CustomersPage::title() const
{
    return tr("Customers");
}

QString CustomersPage::searchHint() const
{
    return tr("Search by name or email…");
}

QString CustomersPage::countText(qint64 rows) const
{
    return tr("%Ln customer(s)", nullptr, int(std::min<qint64>(rows, INT_MAX)));
}

TableSpec CustomersPage::tableSpec()
{
    TableSpec s;
    s.name = QStringLiteral("customers");
    s.idExpr = QStringLiteral("c.id");
    s.idFrom = QStringLiteral("customers c");
    s.from = QStringLiteral("customers c LEFT JOIN customer_activity a ON a.store_id = c.store_id "
                            "AND a.customer_id = c.platform_id");
    s.storeExpr = QStringLiteral("c.store_id");
    s.currencyExpr =
        QStringLiteral("coalesce(c.currency, (SELECT currency FROM stores WHERE id = c.store_id))");
    using K = TableColumn::Kind;
    s.columns = {
        {QStringLiteral("name"), tr("Name"),
         QStringLiteral("trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, ''))"),
         QStringLiteral("c.last_name"), K::Text, true, true},
        {QStringLiteral("email"), tr("Email"), QStringLiteral("c.email"), {}, K::Text},
        {QStringLiteral("store"), tr("Store"), QStringLiteral("c.store_id"), {}, K::Store},
        {QStringLiteral("country"),
         tr("Country"),
         QStringLiteral("c.country"),
         {},
         K::Text,
         false,
         true,
         6},
        {QStringLiteral("orders"), tr("Orders"), QStringLiteral("c.orders_count"), {}, K::Integer},
        {QStringLiteral("spent"),
         tr("Amount spent"),
         QStringLiteral("c.amount_spent"),
         {},
         K::Money,
         true,
         true},
        {QStringLiteral("last_order"),
         tr("Last order"),
         QStringLiteral("a.last_order_at"),
         {},
         K::DateTime},
    };
    s.defaultSortColumn = 5;
    s.defaultSortOrder = Qt::DescendingOrder;
    return s;
}

QList<TableFilter> CustomersPage::pageFilters() const
{
    QList<TableFilter> filters;
    if (m_returning->isChecked())
        filters << TableFilter{QStringLiteral("c.orders_count > 1"), {}};
    if (auto search = searchFilter({QStringLiteral("c.first_name"), QStringLiteral("c.last_name"),
                                    QStringLiteral("c.email")}))
        filters << *search;
    return filters;
}

QWidget *CustomersPage::createDetail()
{
    m_detailView = new CustomerDetailView(this);
    connect(m_detailView, &CustomerDetailView::orderRequested, this,
            &CustomersPage::orderRequested);
    return m_detailView;
}

void CustomersPage::showDetail(qint64 rowId, qint64)
{
    m_detailView->load(session(), rowId);
}

void CustomersPage::clearDetail()
{
    m_detailView->clear();
}

void CustomersPage::showCustomer(qint64 customerRowId)
{
    revealDetail();
    m_detailView->load(session(), customerRowId);
}

} // namespace storelens
