#include "InventoryPage.h"

#include "ProductDetailView.h"
#include "session/DbWorker.h"
#include "session/WorkspaceSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace storelens {

namespace {
struct LocationRow
{
    qint64 storeId = 0;
    qint64 platformId = 0;
    QString name;
};

QString levelCondition(const InventoryPage::LocationChoice &location)
{
    QString condition = QStringLiteral("l.store_id = v.store_id AND "
                                       "l.inventory_item_id = v.inventory_item_id");
    if (location.platformId != 0)
        condition += QStringLiteral(" AND l.store_id = %1 AND l.location_id = %2")
                         .arg(location.storeId)
                         .arg(location.platformId);
    return condition;
}
} // namespace

InventoryPage::InventoryPage(QWidget *parent)
    : DataPage(parent)
{
    setObjectName(QStringLiteral("inventoryPage"));
    m_location = new QComboBox(this);
    m_location->setAccessibleName(tr("Location"));
    m_location->addItem(tr("All locations"), QVariantList{0, 0});
    m_location->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_lowOnly = new QCheckBox(tr("Low stock only, at or below"), this);
    m_threshold = new QSpinBox(this);
    m_threshold->setRange(0, 100000);
    m_threshold->setValue(5);
    m_threshold->setAccessibleName(tr("Low stock threshold"));
    filterBar()->addWidget(m_location);
    filterBar()->addWidget(m_lowOnly);
    filterBar()->addWidget(m_threshold);
    connect(m_location, &QComboBox::currentIndexChanged, this, &InventoryPage::reload);
    connect(m_lowOnly, &QCheckBox::toggled, this, &InventoryPage::reload);
    connect(m_threshold, &QSpinBox::valueChanged, this, [this] {
        if (m_lowOnly->isChecked())
            reload();
    });
    build();
}

QString InventoryPage::title() const
{
    return tr("Inventory");
}

QString InventoryPage::searchHint() const
{
    return tr("Search by product, variant or SKU…");
}

QString InventoryPage::countText(qint64 rows) const
{
    return tr("%Ln variant(s)", nullptr, int(std::min<qint64>(rows, INT_MAX)));
}

InventoryPage::LocationChoice InventoryPage::location() const
{
    const QVariantList choice = m_location->currentData().toList();
    if (choice.size() != 2)
        return {};
    return {choice[0].toLongLong(), choice[1].toLongLong()};
}

void InventoryPage::reloadLocations()
{
    if (!session())
        return;
    session()->reader().post(
        this,
        [](Database &db) {
            std::vector<LocationRow> rows;
            Statement q = db.prepare("SELECT l.store_id, l.platform_id, l.name, s.name FROM "
                                     "locations l JOIN stores s ON s.id = l.store_id "
                                     "WHERE l.active = 1 ORDER BY s.name, l.name");
            const bool several = db.scalar("SELECT count(*) FROM stores") > 1;
            while (q.step())
                rows.push_back(
                    {q.int64(0), q.int64(1),
                     several ? q.text(3) + QStringLiteral(" – ") + q.text(2) : q.text(2)});
            return rows;
        },
        [this](DbResult<std::vector<LocationRow>> result) {
            if (!result.ok())
                return;
            const LocationChoice current = location();
            QSignalBlocker block(m_location);
            while (m_location->count() > 1)
                m_location->removeItem(1);
            for (const LocationRow &l : *result) {
                m_location->addItem(l.name, QVariantList{l.storeId, l.platformId});
                if (l.storeId == current.storeId && l.platformId == current.platformId)
                    m_location->setCurrentIndex(m_location->count() - 1);
            }
        },
        QStringLiteral("locations"));
}

TableSpec InventoryPage::tableSpec(const LocationChoice &location)
{
    const QString levels = levelCondition(location);
    TableSpec s;
    s.name = QStringLiteral("inventory");
    s.idExpr = QStringLiteral("v.id");
    s.idFrom = QStringLiteral("variants v LEFT JOIN products p ON p.store_id = v.store_id "
                              "AND p.platform_id = v.product_id");
    s.from = s.idFrom;
    s.storeExpr = QStringLiteral("v.store_id");
    s.currencyExpr = QStringLiteral("(SELECT currency FROM stores WHERE id = v.store_id)");
    using K = TableColumn::Kind;
    s.columns = {
        {QStringLiteral("product"), tr("Product"), QStringLiteral("p.title"), {}, K::Text, true},
        {QStringLiteral("variant"), tr("Variant"), QStringLiteral("v.title"), {}, K::Text, true},
        {QStringLiteral("sku"), tr("SKU"), QStringLiteral("v.sku"), {}, K::Text, true},
        {QStringLiteral("store"), tr("Store"), QStringLiteral("v.store_id"), {}, K::Store},
        {QStringLiteral("available"),
         tr("Available"),
         QStringLiteral("(SELECT sum(l.available) FROM inventory_levels l WHERE %1)").arg(levels),
         {},
         K::Integer,
         true,
         false},
        {QStringLiteral("on_hand"),
         tr("On hand"),
         QStringLiteral("(SELECT sum(l.on_hand) FROM inventory_levels l WHERE %1)").arg(levels),
         {},
         K::Integer,
         true,
         false},
        {QStringLiteral("price"), tr("Price"), QStringLiteral("v.price"), {}, K::Money, true},
        {QStringLiteral("cost"), tr("Unit cost"), QStringLiteral("v.unit_cost"), {}, K::Money},
    };
    s.defaultSortColumn = 4;
    s.defaultSortOrder = Qt::AscendingOrder;
    return s;
}

TableSpec InventoryPage::spec() const
{
    return tableSpec(location());
}

QList<TableFilter> InventoryPage::pageFilters() const
{
    const QString levels = levelCondition(location());
    QList<TableFilter> filters;
    // Only variants whose stock is tracked where asked.
    filters << TableFilter{
        QStringLiteral("EXISTS (SELECT 1 FROM inventory_levels l WHERE %1)").arg(levels), {}};
    if (m_lowOnly->isChecked())
        filters << TableFilter{
            QStringLiteral("(SELECT sum(l.available) FROM inventory_levels l WHERE %1) <= ?")
                .arg(levels),
            {QVariant::fromValue(qint64(m_threshold->value()))}};
    if (auto search = searchFilter(
            {QStringLiteral("p.title"), QStringLiteral("v.title"), QStringLiteral("v.sku")}))
        filters << *search;
    return filters;
}

QWidget *InventoryPage::createDetail()
{
    m_detailView = new ProductDetailView(this);
    return m_detailView;
}

void InventoryPage::showDetail(qint64 rowId, qint64 storeId)
{
    Q_UNUSED(storeId);
    // The row is a variant; show its product.
    if (!session())
        return;
    session()->reader().post(
        this,
        [rowId](Database &db) {
            Statement q = db.prepare("SELECT p.id FROM variants v JOIN products p "
                                     "ON p.store_id = v.store_id AND p.platform_id = v.product_id "
                                     "WHERE v.id = ?");
            q.bind(1, rowId);
            return q.step() ? q.int64(0) : qint64(0);
        },
        [this](DbResult<qint64> result) {
            if (result.ok() && *result)
                m_detailView->load(session(), *result);
        },
        QStringLiteral("inventory-product"));
}

void InventoryPage::clearDetail()
{
    m_detailView->clear();
}

} // namespace storelens
