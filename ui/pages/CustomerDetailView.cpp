#include "CustomerDetailView.h"

#include "CustomerDetail.h"
#include "DetailHtml.h"
#include "model/Money.h"
#include "models/StatusText.h"
#include "session/DbWorker.h"
#include "session/WorkspaceSession.h"

#include <QDateTime>
#include <QTimeZone>

namespace storelens {

CustomerDetailView::CustomerDetailView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("customerDetail"));
    setAccessibleName(tr("Customer details"));
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("order"))
            emit orderRequested(url.path().toLongLong(), m_storeId);
    });
}

void CustomerDetailView::load(WorkspaceSession *session, qint64 customerRowId)
{
    m_session = session;
    m_customerId = customerRowId;
    if (!session)
        return;
    session->reader().post(
        this, [customerRowId](Database &db) { return CustomerDetail::read(db, customerRowId); },
        [this, customerRowId](DbResult<CustomerDetail> result) {
            if (customerRowId != m_customerId)
                return;
            if (!result.ok()) {
                setPlainText(tr("Could not read the customer: %1").arg(result.error));
                return;
            }
            render(*result);
            emit loaded(customerRowId);
        },
        QStringLiteral("customer-detail"));
}

void CustomerDetailView::render(const CustomerDetail &d)
{
    if (!d.found) {
        setPlainText(tr("This customer no longer exists."));
        return;
    }
    m_storeId = d.storeId;
    const QLocale locale;
    QTimeZone zone = QTimeZone::systemTimeZone();
    if (m_session) {
        if (const auto store = m_session->store(d.storeId)) {
            const QTimeZone z(store->timezone.toUtf8());
            if (z.isValid())
                zone = z;
        }
    }
    const auto when = [&](qint64 ms) {
        return locale.toString(QDateTime::fromMSecsSinceEpoch(ms, zone), QLocale::ShortFormat);
    };
    DetailHtml html;
    html.title(d.name.isEmpty() ? d.email : d.name, d.name.isEmpty() ? QString() : d.email);
    html.facts(
        {{tr("Phone"), d.phone},
         {tr("Country"), d.country},
         {tr("Customer since"), d.createdAtMs ? when(d.createdAtMs) : QString()},
         {tr("Orders (platform)"), d.ordersCount ? locale.toString(*d.ordersCount) : QString()},
         {tr("Amount spent (platform)"),
          d.amountSpent ? Money::format(*d.amountSpent, d.currency, locale) : QString()},
         {tr("Orders in this workspace"), locale.toString(d.storedOrders)}});
    html.section(tr("Orders"));
    if (d.orders.empty()) {
        html.note(tr("No orders yet."));
    } else {
        QList<QStringList> rows;
        QList<QString> links;
        for (const CustomerDetail::OrderLine &o : d.orders) {
            rows << QStringList{o.name, when(o.processedAtMs),
                                o.cancelled ? tr("Cancelled")
                                            : StatusText::label(o.financialStatus),
                                Money::format(o.total, o.currency, locale)};
            links << QStringLiteral("order:%1").arg(o.id);
        }
        html.table({tr("Order"), tr("Date"), tr("Payment"), tr("Total")}, rows,
                   {false, false, false, true}, links);
        if (d.storedOrders > qint64(d.orders.size()))
            html.note(tr("The %Ln most recent orders are shown.", nullptr, int(d.orders.size())));
    }
    setHtml(html.html());
}

} // namespace storelens
