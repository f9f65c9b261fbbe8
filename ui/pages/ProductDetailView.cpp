#include "ProductDetailView.h"

#include "DetailHtml.h"
#include "ProductDetail.h"
#include "model/Money.h"
#include "models/StatusText.h"
#include "session/DbWorker.h"
#include "session/WorkspaceSession.h"

namespace storelens {

ProductDetailView::ProductDetailView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("productDetail"));
    setAccessibleName(tr("Product details"));
    setOpenLinks(false);
}

void ProductDetailView::load(WorkspaceSession *session, qint64 productRowId)
{
    m_productId = productRowId;
    if (!session)
        return;
    session->reader().post(
        this, [productRowId](Database &db) { return ProductDetail::read(db, productRowId); },
        [this, productRowId](DbResult<ProductDetail> result) {
            if (productRowId != m_productId)
                return;
            if (!result.ok()) {
                setPlainText(tr("Could not read the product: %1").arg(result.error));
                return;
            }
            render(*result);
            emit loaded(productRowId);
        },
        QStringLiteral("product-detail"));
}

void ProductDetailView::render(const ProductDetail &d)
{
    if (!d.found) {
        setPlainText(tr("This product no longer exists."));
        return;
    }
    const QLocale locale;
    const auto money = [&](const std::optional<qint64> &minor) {
        return minor ? Money::format(*minor, d.currency, locale) : QString();
    };
    DetailHtml html;
    html.title(d.title, StatusText::label(d.status));
    html.facts({{tr("Vendor"), d.vendor}, {tr("Type"), d.type}, {tr("Handle"), d.handle}});
    html.section(tr("Variants"));
    QStringList headers{tr("Variant"), tr("SKU"), tr("Price"), tr("Compare at"), tr("Cost")};
    QList<bool> numeric{false, false, true, true, true};
    for (const QString &location : d.locations) {
        headers << location;
        numeric << true;
    }
    QList<QStringList> rows;
    for (const ProductDetail::Variant &v : d.variants) {
        QStringList row{v.title, v.sku, money(v.price), money(v.compareAtPrice), money(v.unitCost)};
        for (const std::optional<qint64> &a : v.available)
            row << (a ? locale.toString(*a) : QStringLiteral("–"));
        rows << row;
    }
    html.table(headers, rows, numeric);
    if (!d.locations.isEmpty())
        html.note(tr("Stock columns show the units available at each location."));
    setHtml(html.html());
}

} // namespace storelens
