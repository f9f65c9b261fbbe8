#include "SkuView.h"

#include "analytics/SkuAnalytics.h"
#include "model/Money.h"
#include "platform/PlatformRegistry.h"
#include "session/DbWorker.h"
#include "session/WorkspaceSession.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace storelens {

SkuView::SkuView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("skuView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("skuSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_tree = new QTreeWidget(this);
    m_tree->setAccessibleName(tr("Products by SKU"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels(
        {tr("SKU"), tr("Product"), tr("Stores"), tr("Units"), tr("Net sales"), tr("Available")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(Product, QHeaderView::Stretch);
    layout->addWidget(m_tree, 1);
}

void SkuView::load(WorkspaceSession *session, qint64 storeId, const Period &period,
                   const QString &search)
{
    m_session = session;
    m_search = search.trimmed();
    if (!session || !period.isValid())
        return;
    AnalyticsScope scope = storeId ? AnalyticsScope::store(storeId) : AnalyticsScope::allStores();
    // Several currencies report in the first store's, as the dashboard does.
    const QList<qint64> ids = session->storeIds(storeId);
    if (ids.size() > 1) {
        if (const auto first = session->store(ids.first()))
            scope = scope.inCurrency(first->currency);
    }
    const DateRange range = DateRange::of(period.from, period.to);
    m_summary->setText(tr("Reading…"));
    const quint64 request = ++m_request;
    session->dashboardReader().post(
        this, [scope, range](Database &db) { return SkuAnalytics(db).bySku(scope, range); },
        [this, request](DbResult<SkuReport> result) {
            if (request != m_request)
                return;
            if (!result.ok()) {
                m_report.reset();
                m_tree->clear();
                m_summary->setText(tr("Could not read the SKUs: %1").arg(result.error));
            } else {
                m_report = std::move(*result.value);
                show(*m_report);
            }
            emit loaded();
        },
        QStringLiteral("skus"));
}

void SkuView::show(const SkuReport &report)
{
    const QLocale locale;
    const QString currency = report.currency.code;
    auto storeName = [this](qint64 id) {
        const auto store = m_session ? m_session->store(id) : std::nullopt;
        if (!store)
            return tr("Store %1").arg(id);
        return tr("%1 (%2)").arg(store->name,
                                 PlatformRegistry::instance().displayName(store->platform));
    };
    auto setNumbers = [&](QTreeWidgetItem *item, qint64 units, qint64 net,
                          std::optional<qint64> available) {
        item->setText(Units, locale.toString(units));
        item->setText(NetSales, Money::format(net, currency, locale));
        item->setText(Available, available ? locale.toString(*available) : tr("—"));
        for (int c : {int(Units), int(NetSales), int(Available)})
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    };
    m_tree->clear();
    int shown = 0;
    int matched = 0;
    QFont bold = m_tree->font();
    bold.setBold(true);
    for (const SkuRow &row : report.rows) {
        if (!m_search.isEmpty() && !row.sku.contains(m_search, Qt::CaseInsensitive) &&
            !row.title.contains(m_search, Qt::CaseInsensitive))
            continue;
        ++shown;
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(Sku, row.sku);
        item->setText(Product, row.title);
        setNumbers(item, row.netUnits(), row.netSales(), row.available());
        if (row.matched()) {
            ++matched;
            item->setText(Stores, tr("✓ %n store(s)", nullptr, int(row.stores.size())));
            item->setToolTip(Stores, tr("This SKU is sold or stocked in several stores"));
            for (int c = 0; c < ColumnCount; ++c)
                item->setFont(c, bold);
        } else {
            item->setText(Stores, storeName(row.stores.front().storeId));
        }
        item->setData(Sku, Qt::UserRole, row.matched());
        if (!row.matched())
            continue;
        for (const SkuStoreFigures &s : row.stores) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(Sku, s.sku);
            child->setText(Product, s.title);
            child->setText(Stores, storeName(s.storeId));
            setNumbers(child, s.netUnits(), s.netSales, s.available);
        }
    }
    QStringList notes;
    notes
        << tr("%n SKU(s), %1 matched across stores", nullptr, shown).arg(locale.toString(matched));
    if (report.currency.isConverted())
        notes << tr("amounts in %1, converted").arg(currency);
    if (report.unitsWithoutSku != 0)
        notes << tr("%n unit(s) without a SKU (%1) cannot be matched", nullptr,
                    int(std::min<qint64>(report.unitsWithoutSku, INT_MAX)))
                     .arg(Money::format(report.netSalesWithoutSku, currency, locale));
    m_summary->setText(notes.join(QStringLiteral(" · ")));
    for (int c = 0; c < ColumnCount; ++c) {
        if (c != Product)
            m_tree->resizeColumnToContents(c);
    }
}

} // namespace storelens
