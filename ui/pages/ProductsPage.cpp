#include "ProductsPage.h"

#include "ProductDetailView.h"
#include "SkuView.h"
#include "models/StatusText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

namespace storelens {

ProductsPage::ProductsPage(QWidget *parent)
    : DataPage(parent)
{
    setObjectName(QStringLiteral("productsPage"));
    m_status = new QComboBox(this);
    m_status->setAccessibleName(tr("Product status"));
    m_status->addItem(tr("Any status"), QString());
    for (const char *s : {"ACTIVE", "DRAFT", "ARCHIVED"})
        m_status->addItem(StatusText::label(QString::fromLatin1(s)), QString::fromLatin1(s));
    filterBar()->addWidget(m_status);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ProductsPage::reload);
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("productsMode"));
    m_mode->setAccessibleName(tr("Show products"));
    m_mode->addItem(tr("Catalogue"));
    m_mode->addItem(tr("By SKU across stores"));
    m_mode->setToolTip(tr("By SKU: the period's units, net sales and stock of each SKU in every "
                          "store, whatever its platform"));
    filterBar()->addWidget(m_mode);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this](int index) {
        const bool bySku = index == 1;
        m_status->setEnabled(!bySku);
        showAlternateView(bySku);
        if (bySku)
            loadSkus();
    });
    m_skuView = new SkuView(this);
    setAlternateView(m_skuView);
    build();
    // The SKU view follows the scope, the period and the search as the table does.
    connect(searchField(), &QLineEdit::textChanged, this, [this] {
        if (isSkuMode())
            loadSkus();
    });
}

void ProductsPage::setSkuMode(bool bySku)
{
    m_mode->setCurrentIndex(bySku ? 1 : 0);
}

bool ProductsPage::isSkuMode() const
{
    return m_mode->currentIndex() == 1;
}

void ProductsPage::loadSkus()
{
    m_skuView->load(session(), scope(), period(), searchField()->text());
}

void ProductsPage::scopeOrPeriodChanged()
{
    if (isSkuMode())
        loadSkus();
}

QString ProductsPage::title() const
{
    return tr("Products");
}

QString ProductsPage::searchHint() const
{
    return tr("Search by title, vendor or SKU…");
}

QString ProductsPage::countText(qint64 rows) const
{
    return tr("%Ln product(s)", nullptr, int(std::min<qint64>(rows, INT_MAX)));
}

TableSpec ProductsPage::tableSpec()
{
    // A catalogue has thousands of products, not millions: every column may
    // sort, subqueries included.
    TableSpec s;
    s.name = QStringLiteral("products");
    s.idExpr = QStringLiteral("p.id");
    s.idFrom = QStringLiteral("products p");
    s.from = QStringLiteral("products p");
    s.storeExpr = QStringLiteral("p.store_id");
    s.currencyExpr = QStringLiteral("(SELECT currency FROM stores WHERE id = p.store_id)");
    using K = TableColumn::Kind;
    s.columns = {
        {QStringLiteral("title"),
         tr("Product"),
         QStringLiteral("p.title"),
         {},
         K::Text,
         true,
         false},
        {QStringLiteral("store"), tr("Store"), QStringLiteral("p.store_id"), {}, K::Store},
        {QStringLiteral("status"), tr("Status"), QStringLiteral("p.status"), {}, K::Status, true},
        {QStringLiteral("vendor"), tr("Vendor"), QStringLiteral("p.vendor"), {}, K::Text, true},
        {QStringLiteral("type"), tr("Type"), QStringLiteral("p.product_type"), {}, K::Text, true},
        {QStringLiteral("variants"),
         tr("Variants"),
         QStringLiteral("(SELECT count(*) FROM variants v WHERE v.store_id = p.store_id "
                        "AND v.product_id = p.platform_id)"),
         {},
         K::Integer,
         true,
         false},
        {QStringLiteral("price"),
         tr("Price from"),
         QStringLiteral("(SELECT min(price) FROM variants v WHERE v.store_id = p.store_id "
                        "AND v.product_id = p.platform_id)"),
         {},
         K::Money,
         true},
        {QStringLiteral("available"),
         tr("Available"),
         QStringLiteral("(SELECT sum(l.available) FROM variants v JOIN inventory_levels l "
                        "ON l.store_id = v.store_id AND l.inventory_item_id = v.inventory_item_id "
                        "WHERE v.store_id = p.store_id AND v.product_id = p.platform_id)"),
         {},
         K::Integer,
         true},
        {QStringLiteral("updated"),
         tr("Updated"),
         QStringLiteral("p.updated_at"),
         {},
         K::DateTime,
         true},
    };
    s.defaultSortColumn = 0;
    s.defaultSortOrder = Qt::AscendingOrder;
    return s;
}

QList<TableFilter> ProductsPage::pageFilters() const
{
    QList<TableFilter> filters;
    const QString status = m_status->currentData().toString();
    if (!status.isEmpty())
        filters << TableFilter{QStringLiteral("p.status = ?"), {status}};
    if (auto search = searchFilter(
            {QStringLiteral("p.title"), QStringLiteral("p.vendor"),
             QStringLiteral("(SELECT group_concat(sku, ' ') FROM variants v "
                            "WHERE v.store_id = p.store_id AND v.product_id = p.platform_id)")}))
        filters << *search;
    return filters;
}

QWidget *ProductsPage::createDetail()
{
    m_detailView = new ProductDetailView(this);
    return m_detailView;
}

void ProductsPage::showDetail(qint64 rowId, qint64)
{
    m_detailView->load(session(), rowId);
}

void ProductsPage::clearDetail()
{
    m_detailView->clear();
}

} // namespace storelens
