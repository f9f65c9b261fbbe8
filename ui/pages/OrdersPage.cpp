#include "OrdersPage.h"

#include "OrderDetailView.h"
#include "models/StatusText.h"
#include "session/WorkspaceSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLocale>

namespace storelens {

namespace {
QComboBox *statusBox(QWidget *parent, const QString &accessibleName, const QString &any,
                     const QStringList &statuses)
{
    auto *box = new QComboBox(parent);
    box->setAccessibleName(accessibleName);
    box->addItem(any, QString());
    for (const QString &s : statuses)
        box->addItem(StatusText::label(s), s);
    return box;
}
} // namespace

OrdersPage::OrdersPage(QWidget *parent)
    : DataPage(parent)
{
    setObjectName(QStringLiteral("ordersPage"));
    m_periodMode = new QComboBox(this);
    m_periodMode->setAccessibleName(tr("Period"));
    m_periodMode->addItem(tr("Selected period"), true);
    m_periodMode->addItem(tr("All time"), false);
    m_payment =
        statusBox(this, tr("Payment status"), tr("Any payment"),
                  {QStringLiteral("PAID"), QStringLiteral("PENDING"), QStringLiteral("AUTHORIZED"),
                   QStringLiteral("PARTIALLY_PAID"), QStringLiteral("PARTIALLY_REFUNDED"),
                   QStringLiteral("REFUNDED"), QStringLiteral("VOIDED")});
    m_fulfillment = statusBox(this, tr("Fulfillment status"), tr("Any fulfillment"),
                              {QStringLiteral("FULFILLED"), QStringLiteral("UNFULFILLED"),
                               QStringLiteral("PARTIALLY_FULFILLED")});
    m_tests = new QCheckBox(tr("Test orders"), this);
    m_tests->setToolTip(tr("Include test orders, which reports leave out"));
    filterBar()->addWidget(m_periodMode);
    filterBar()->addWidget(m_payment);
    filterBar()->addWidget(m_fulfillment);
    filterBar()->addWidget(m_tests);
    for (QComboBox *box : {m_periodMode, m_payment, m_fulfillment})
        connect(box, &QComboBox::currentIndexChanged, this, &OrdersPage::reload);
    connect(m_tests, &QCheckBox::toggled, this, &OrdersPage::reload);
    build();
}

QString OrdersPage::title() const
{
    return tr("Orders");
}

QString OrdersPage::searchHint() const
{
    return tr("Search by order number or email…");
}

QString OrdersPage::countText(qint64 rows) const
{
    return tr("%Ln order(s)", nullptr, int(std::min<qint64>(rows, INT_MAX)));
}

TableSpec OrdersPage::tableSpec()
{
    TableSpec s;
    s.name = QStringLiteral("orders");
    s.idExpr = QStringLiteral("o.id");
    s.idFrom = QStringLiteral("orders o");
    s.from = QStringLiteral("orders o LEFT JOIN customers c ON c.store_id = o.store_id "
                            "AND c.platform_id = o.customer_id");
    s.storeExpr = QStringLiteral("o.store_id");
    s.currencyExpr = QStringLiteral("o.currency");
    using K = TableColumn::Kind;
    s.columns = {
        // Order names are short ("#1042"): no need for a name's width.
        {QStringLiteral("order"),
         tr("Order"),
         QStringLiteral("o.name"),
         {},
         K::Text,
         false,
         true,
         9},
        {QStringLiteral("date"),
         tr("Date"),
         QStringLiteral("o.processed_at"),
         {},
         K::DateTime,
         true,
         false},
        {QStringLiteral("store"), tr("Store"), QStringLiteral("o.store_id"), {}, K::Store},
        {QStringLiteral("customer"),
         tr("Customer"),
         QStringLiteral("coalesce(nullif(trim(coalesce(c.first_name, '') || ' ' || "
                        "coalesce(c.last_name, '')), ''), o.email)"),
         {},
         K::Text},
        {QStringLiteral("channel"), tr("Channel"), QStringLiteral("o.source_name"), {}, K::Channel},
        {QStringLiteral("payment"),
         tr("Payment"),
         QStringLiteral("CASE WHEN o.cancelled_at IS NOT NULL THEN 'CANCELLED' "
                        "ELSE o.financial_status END"),
         {},
         K::Status},
        {QStringLiteral("fulfillment"),
         tr("Fulfillment"),
         QStringLiteral("coalesce(o.fulfillment_status, 'UNFULFILLED')"),
         {},
         K::Status},
        {QStringLiteral("items"),
         tr("Items"),
         QStringLiteral("(SELECT sum(quantity) FROM line_items WHERE order_id = o.id)"),
         {},
         K::Integer},
        {QStringLiteral("total"),
         tr("Total"),
         QStringLiteral("o.total_price"),
         {},
         K::Money,
         true,
         false},
    };
    s.defaultSortColumn = 1;
    s.defaultSortOrder = Qt::DescendingOrder;
    return s;
}

bool OrdersPage::followsPeriod() const
{
    return m_periodMode->currentData().toBool();
}

std::optional<TableFilter> OrdersPage::periodFilter(const Period &period,
                                                    const QList<qint64> &storeIds) const
{
    if (!followsPeriod())
        return std::nullopt;
    return dayRange(QStringLiteral("o.processed_at"), QStringLiteral("o.day"), period, storeIds);
}

QList<TableFilter> OrdersPage::pageFilters() const
{
    QList<TableFilter> filters;
    if (!m_tests->isChecked())
        filters << TableFilter{QStringLiteral("o.test = 0"), {}};
    const QString payment = m_payment->currentData().toString();
    if (!payment.isEmpty())
        filters << TableFilter{QStringLiteral("o.financial_status = ?"), {payment}};
    const QString fulfillment = m_fulfillment->currentData().toString();
    if (fulfillment == QLatin1String("UNFULFILLED"))
        filters << TableFilter{QStringLiteral("(o.fulfillment_status IS NULL OR "
                                              "o.fulfillment_status = 'UNFULFILLED')"),
                               {}};
    else if (!fulfillment.isEmpty())
        filters << TableFilter{QStringLiteral("o.fulfillment_status = ?"), {fulfillment}};
    if (auto search = searchFilter({QStringLiteral("o.name"), QStringLiteral("o.email")}))
        filters << *search;
    return filters;
}

QWidget *OrdersPage::createDetail()
{
    m_detailView = new OrderDetailView(this);
    connect(m_detailView, &OrderDetailView::customerRequested, this,
            &OrdersPage::customerRequested);
    return m_detailView;
}

void OrdersPage::showDetail(qint64 rowId, qint64 storeId)
{
    m_detailView->load(session(), rowId, storeId);
}

void OrdersPage::clearDetail()
{
    m_detailView->clear();
}

void OrdersPage::showOrder(qint64 orderId, qint64 storeId)
{
    revealDetail();
    showDetail(orderId, storeId);
}

} // namespace storelens
