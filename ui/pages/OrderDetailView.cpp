#include "OrderDetailView.h"

#include "DetailHtml.h"
#include "OrderDetail.h"
#include "model/Money.h"
#include "models/StatusText.h"
#include "session/DbWorker.h"
#include "session/WorkspaceSession.h"

#include <QDateTime>
#include <QTimeZone>

namespace storelens {

OrderDetailView::OrderDetailView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("orderDetail"));
    setAccessibleName(tr("Order details"));
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("customer"))
            emit customerRequested(url.path().toLongLong(), m_storeId);
    });
}

void OrderDetailView::load(WorkspaceSession *session, qint64 orderId, qint64 storeId)
{
    m_session = session;
    m_orderId = orderId;
    m_storeId = storeId;
    if (!session)
        return;
    session->reader().post(
        this, [orderId](Database &db) { return OrderDetail::read(db, orderId); },
        [this, orderId](DbResult<OrderDetail> result) {
            if (orderId != m_orderId)
                return;
            if (!result.ok()) {
                setPlainText(tr("Could not read the order: %1").arg(result.error));
                return;
            }
            render(*result);
            emit loaded(orderId);
        },
        QStringLiteral("order-detail"));
}

void OrderDetailView::render(const OrderDetail &d)
{
    if (!d.found) {
        setPlainText(tr("This order no longer exists."));
        return;
    }
    const QLocale locale;
    const auto money = [&](qint64 minor) {
        return Money::format(minor, d.currency, locale);
    };
    QTimeZone zone = QTimeZone::systemTimeZone();
    if (m_session) {
        if (const auto store = m_session->store(d.storeId)) {
            const QTimeZone z(store->timezone.toUtf8());
            if (z.isValid())
                zone = z;
        }
    }
    const auto when = [&](qint64 ms) {
        return locale.toString(QDateTime::fromMSecsSinceEpoch(ms, zone), QLocale::LongFormat);
    };
    DetailHtml html;
    QStringList tags;
    if (d.cancelledAtMs)
        tags << tr("Cancelled");
    if (d.test)
        tags << tr("Test order");
    html.title(tr("Order %1").arg(d.name.isEmpty() ? d.platformId : d.name),
               tags.join(QStringLiteral(" · ")));
    html.facts({{tr("Date"), when(d.processedAtMs)},
                {tr("Customer"), d.customerName.isEmpty() ? tr("Guest") : d.customerName},
                {tr("Email"), d.email},
                {tr("Channel"), StatusText::channel(d.channel)},
                {tr("Payment"), StatusText::label(d.financialStatus)},
                {tr("Fulfillment"), d.fulfillmentStatus.isEmpty()
                                        ? tr("Unfulfilled")
                                        : StatusText::label(d.fulfillmentStatus)},
                {tr("Cancelled"), d.cancelledAtMs ? when(*d.cancelledAtMs) : QString()},
                {tr("Order ID"), d.platformId}});

    html.section(tr("Items"));
    QList<QStringList> rows;
    for (const OrderDetail::Line &l : d.lines) {
        rows << QStringList{l.sku.isEmpty() ? l.title : tr("%1 (%2)").arg(l.title, l.sku),
                            locale.toString(l.quantity), money(l.unitPrice),
                            l.discount ? money(-l.discount) : QString(),
                            money(l.unitPrice * l.quantity - l.discount)};
    }
    html.table({tr("Item"), tr("Qty"), tr("Price"), tr("Discount"), tr("Amount")}, rows,
               {false, true, true, true, true});

    html.section(tr("Totals"));
    QList<QStringList> totals{{tr("Subtotal"), money(d.subtotal)}};
    if (d.discounts)
        totals << QStringList{tr("Discounts"), money(-d.discounts)};
    totals << QStringList{tr("Shipping"), money(d.shipping)}
           << QStringList{tr("Taxes"), money(d.tax)} << QStringList{tr("Total"), money(d.total)};
    qint64 refunded = 0;
    for (const OrderDetail::Refund &r : d.refunds)
        refunded += r.total;
    if (refunded) {
        totals << QStringList{tr("Refunded"), money(-refunded)}
               << QStringList{tr("Net payment"), money(d.total - refunded)};
    }
    html.table({tr("Item"), tr("Amount")}, totals, {false, true});

    if (!d.refunds.empty()) {
        html.section(tr("Refunds"));
        for (const OrderDetail::Refund &r : d.refunds) {
            QStringList parts;
            for (const OrderDetail::RefundLine &l : r.lines)
                parts << tr("%1 × %2").arg(locale.toString(l.quantity), l.title);
            if (r.shipping)
                parts << tr("shipping %1").arg(money(r.shipping));
            html.paragraph(
                tr("%1: %2 refunded (%3)")
                    .arg(when(r.createdAtMs), money(r.total), parts.join(QStringLiteral(", "))));
            if (!r.note.isEmpty())
                html.note(r.note);
        }
    }
    if (d.customerRowId && !d.customerName.isEmpty())
        html.link(tr("Show %1's orders").arg(d.customerName),
                  QStringLiteral("customer:%1").arg(d.customerRowId));
    setHtml(html.html());
}

} // namespace storelens
