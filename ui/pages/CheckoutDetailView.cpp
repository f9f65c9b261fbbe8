#include "CheckoutDetailView.h"

#include "DetailHtml.h"
#include "model/Money.h"
#include "session/DbWorker.h"
#include "session/WorkspaceSession.h"

#include <QDateTime>
#include <QTimeZone>

namespace storelens {

namespace {
struct CheckoutDetail
{
    bool found = false;
    qint64 storeId = 0;
    QString platformId;
    qint64 createdAtMs = 0;
    std::optional<qint64> completedAtMs;
    QString email;
    QString customerName;
    qint64 customerRowId = 0;
    QString currency;
    qint64 subtotal = 0;
    qint64 total = 0;
};
} // namespace

CheckoutDetailView::CheckoutDetailView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("checkoutDetail"));
    setAccessibleName(tr("Checkout details"));
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("customer"))
            emit customerRequested(url.path().toLongLong(), m_storeId);
    });
}

void CheckoutDetailView::load(WorkspaceSession *session, qint64 checkoutRowId)
{
    m_session = session;
    m_checkoutId = checkoutRowId;
    if (!session)
        return;
    session->reader().post(
        this,
        [checkoutRowId](Database &db) {
            CheckoutDetail d;
            Statement q = db.prepare(
                "SELECT k.store_id, k.platform_id, k.created_at, k.completed_at, k.email, "
                "trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')), c.id, "
                "k.currency, k.subtotal, k.total_price FROM checkouts k LEFT JOIN customers c "
                "ON c.store_id = k.store_id AND c.platform_id = k.customer_id WHERE k.id = ?");
            q.bind(1, checkoutRowId);
            if (q.step()) {
                d = {true,      q.int64(0), q.text(1), q.int64(2), q.optionalInt64(3), q.text(4),
                     q.text(5), q.int64(6), q.text(7), q.int64(8), q.int64(9)};
            }
            return d;
        },
        [this, checkoutRowId](DbResult<CheckoutDetail> result) {
            if (checkoutRowId != m_checkoutId)
                return;
            if (!result.ok() || !result->found) {
                setPlainText(result.ok() ? tr("This checkout no longer exists.")
                                         : tr("Could not read the checkout: %1").arg(result.error));
                return;
            }
            const CheckoutDetail &d = *result;
            m_storeId = d.storeId;
            const QLocale locale;
            QTimeZone zone = QTimeZone::systemTimeZone();
            if (const auto store = m_session->store(d.storeId)) {
                const QTimeZone z(store->timezone.toUtf8());
                if (z.isValid())
                    zone = z;
            }
            const auto when = [&](qint64 ms) {
                return locale.toString(QDateTime::fromMSecsSinceEpoch(ms, zone),
                                       QLocale::LongFormat);
            };
            DetailHtml html;
            html.title(tr("Checkout %1").arg(d.platformId),
                       d.completedAtMs ? tr("Recovered") : tr("Abandoned"));
            html.facts({{tr("Started"), when(d.createdAtMs)},
                        {tr("Completed"), d.completedAtMs ? when(*d.completedAtMs) : QString()},
                        {tr("Customer"), d.customerName},
                        {tr("Email"), d.email},
                        {tr("Subtotal"), Money::format(d.subtotal, d.currency, locale)},
                        {tr("Total"), Money::format(d.total, d.currency, locale)}});
            if (d.customerRowId && !d.customerName.isEmpty())
                html.link(tr("Show %1's orders").arg(d.customerName),
                          QStringLiteral("customer:%1").arg(d.customerRowId));
            setHtml(html.html());
            emit loaded(checkoutRowId);
        },
        QStringLiteral("checkout-detail"));
}

} // namespace storelens
