#include "CheckoutsPage.h"

#include "CheckoutDetailView.h"

#include <QComboBox>
#include <QHBoxLayout>

namespace storelens {

CheckoutsPage::CheckoutsPage(QWidget *parent)
    : DataPage(parent)
{
    setObjectName(QStringLiteral("checkoutsPage"));
    m_periodMode = new QComboBox(this);
    m_periodMode->setAccessibleName(tr("Period"));
    m_periodMode->addItem(tr("Selected period"), true);
    m_periodMode->addItem(tr("All time"), false);
    m_state = new QComboBox(this);
    m_state->setAccessibleName(tr("Recovery"));
    m_state->addItem(tr("Recovered or not"), 0);
    m_state->addItem(tr("Not recovered"), 1);
    m_state->addItem(tr("Recovered"), 2);
    filterBar()->addWidget(m_periodMode);
    filterBar()->addWidget(m_state);
    for (QComboBox *box : {m_periodMode, m_state})
        connect(box, &QComboBox::currentIndexChanged, this, &CheckoutsPage::reload);
    build();
}

QString CheckoutsPage::title() const
{
    return tr("Abandoned checkouts");
}

QString CheckoutsPage::searchHint() const
{
    return tr("Search by email…");
}

QString CheckoutsPage::countText(qint64 rows) const
{
    return tr("%Ln checkout(s)", nullptr, int(std::min<qint64>(rows, INT_MAX)));
}

TableSpec CheckoutsPage::tableSpec()
{
    TableSpec s;
    s.name = QStringLiteral("abandoned-checkouts");
    s.idExpr = QStringLiteral("k.id");
    s.idFrom = QStringLiteral("checkouts k");
    s.from = QStringLiteral("checkouts k LEFT JOIN customers c ON c.store_id = k.store_id "
                            "AND c.platform_id = k.customer_id");
    s.storeExpr = QStringLiteral("k.store_id");
    s.currencyExpr = QStringLiteral("k.currency");
    using K = TableColumn::Kind;
    s.columns = {
        {QStringLiteral("date"),
         tr("Date"),
         QStringLiteral("k.created_at"),
         {},
         K::DateTime,
         true,
         false},
        {QStringLiteral("store"), tr("Store"), QStringLiteral("k.store_id"), {}, K::Store},
        {QStringLiteral("customer"),
         tr("Customer"),
         QStringLiteral("nullif(trim(coalesce(c.first_name, '') || ' ' || "
                        "coalesce(c.last_name, '')), '')"),
         {},
         K::Text},
        {QStringLiteral("email"), tr("Email"), QStringLiteral("k.email"), {}, K::Text},
        {QStringLiteral("state"),
         tr("Recovery"),
         QStringLiteral("CASE WHEN k.completed_at IS NULL THEN 'ABANDONED' ELSE 'RECOVERED' END"),
         {},
         K::Status},
        {QStringLiteral("recovered_at"),
         tr("Recovered on"),
         QStringLiteral("k.completed_at"),
         {},
         K::DateTime},
        {QStringLiteral("total"), tr("Total"), QStringLiteral("k.total_price"), {}, K::Money},
    };
    s.defaultSortColumn = 0;
    s.defaultSortOrder = Qt::DescendingOrder;
    return s;
}

bool CheckoutsPage::followsPeriod() const
{
    return m_periodMode->currentData().toBool();
}

std::optional<TableFilter> CheckoutsPage::periodFilter(const Period &period,
                                                       const QList<qint64> &storeIds) const
{
    if (!followsPeriod())
        return std::nullopt;
    return dayRange(QStringLiteral("k.created_at"), QStringLiteral("k.day"), period, storeIds);
}

QList<TableFilter> CheckoutsPage::pageFilters() const
{
    QList<TableFilter> filters;
    switch (m_state->currentData().toInt()) {
    case 1:
        filters << TableFilter{QStringLiteral("k.completed_at IS NULL"), {}};
        break;
    case 2:
        filters << TableFilter{QStringLiteral("k.completed_at IS NOT NULL"), {}};
        break;
    default:
        break;
    }
    if (auto search = searchFilter({QStringLiteral("k.email")}))
        filters << *search;
    return filters;
}

QWidget *CheckoutsPage::createDetail()
{
    m_detailView = new CheckoutDetailView(this);
    connect(m_detailView, &CheckoutDetailView::customerRequested, this,
            &CheckoutsPage::customerRequested);
    return m_detailView;
}

void CheckoutsPage::showDetail(qint64 rowId, qint64)
{
    m_detailView->load(session(), rowId);
}

void CheckoutsPage::clearDetail()
{
    m_detailView->clear();
}

} // namespace storelens
