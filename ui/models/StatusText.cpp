#include "StatusText.h"

namespace storelens {

QString StatusText::label(const QString &status)
{
    const QString s = status.toUpper();
    if (s.isEmpty())
        return {};
    if (s == QLatin1String("PAID"))
        return tr("Paid");
    if (s == QLatin1String("PENDING"))
        return tr("Pending");
    if (s == QLatin1String("AUTHORIZED"))
        return tr("Authorized");
    if (s == QLatin1String("PARTIALLY_PAID"))
        return tr("Partially paid");
    if (s == QLatin1String("PARTIALLY_REFUNDED"))
        return tr("Partially refunded");
    if (s == QLatin1String("REFUNDED"))
        return tr("Refunded");
    if (s == QLatin1String("VOIDED"))
        return tr("Voided");
    if (s == QLatin1String("EXPIRED"))
        return tr("Expired");
    if (s == QLatin1String("FULFILLED"))
        return tr("Fulfilled");
    if (s == QLatin1String("UNFULFILLED"))
        return tr("Unfulfilled");
    if (s == QLatin1String("PARTIALLY_FULFILLED"))
        return tr("Partially fulfilled");
    if (s == QLatin1String("IN_PROGRESS"))
        return tr("In progress");
    if (s == QLatin1String("ON_HOLD"))
        return tr("On hold");
    if (s == QLatin1String("SCHEDULED"))
        return tr("Scheduled");
    if (s == QLatin1String("RESTOCKED"))
        return tr("Restocked");
    if (s == QLatin1String("CANCELLED"))
        return tr("Cancelled");
    if (s == QLatin1String("ABANDONED"))
        return tr("Abandoned");
    if (s == QLatin1String("RECOVERED"))
        return tr("Recovered");
    if (s == QLatin1String("ACTIVE"))
        return tr("Active");
    if (s == QLatin1String("DRAFT"))
        return tr("Draft");
    if (s == QLatin1String("ARCHIVED"))
        return tr("Archived");
    // Unknown words: "SOME_STATE" -> "Some state".
    QString text = status.toLower().replace(QLatin1Char('_'), QLatin1Char(' '));
    text[0] = text[0].toUpper();
    return text;
}

QString StatusText::channel(const QString &sourceName)
{
    if (sourceName.isEmpty())
        return tr("Unknown channel");
    // Shopify's source_name and WooCommerce's created_via ("checkout" for the
    // classic checkout, "store-api" for the block checkout).
    if (sourceName == QLatin1String("web") || sourceName == QLatin1String("checkout") ||
        sourceName == QLatin1String("store-api"))
        return tr("Online Store");
    if (sourceName == QLatin1String("admin"))
        return tr("Created by staff");
    if (sourceName == QLatin1String("rest-api"))
        return tr("API");
    if (sourceName == QLatin1String("pos"))
        return tr("Point of Sale");
    if (sourceName == QLatin1String("shopify_draft_order"))
        return tr("Draft orders");
    if (sourceName == QLatin1String("iphone") || sourceName == QLatin1String("android"))
        return tr("Mobile app");
    return sourceName;
}

} // namespace storelens
