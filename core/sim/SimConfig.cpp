#include "SimConfig.h"

namespace storelens::sim {

FaultRates FaultRates::uniform(double total)
{
    FaultRates f;
    const double each = total / 6.0;
    f.serverError = f.tooManyRequests = f.resetBeforeResponse = f.resetMidResponse =
        f.truncatedBody = f.slowResponse = each;
    return f;
}

QByteArrayList ShopifySimConfig::defaultScopes()
{
    return {"read_orders",    "read_all_orders", "read_customers", "read_products",
            "read_inventory", "read_locations",  "read_checkouts"};
}

// Shopify's GraphQL Admin API limits per plan (shopify.dev, "GraphQL Admin API
// rate limits"): restore 100/200/1000/2000 points per second. The bucket
// reported as throttleStatus.maximumAvailable is 20 seconds of restore
// (2000.0 with restoreRate 100.0 on Standard, 20000.0 with 1000.0 on Plus, as
// live responses show).
int ShopifySimConfig::restoreRate(ShopPlan plan)
{
    switch (plan) {
    case ShopPlan::Standard:
        return 100;
    case ShopPlan::Advanced:
        return 200;
    case ShopPlan::Plus:
        return 1000;
    case ShopPlan::Enterprise:
        return 2000;
    }
    return 100;
}

int ShopifySimConfig::bucketSize(ShopPlan plan)
{
    return restoreRate(plan) * 20;
}

QString ShopifySimConfig::planDisplayName(ShopPlan plan)
{
    switch (plan) {
    case ShopPlan::Standard:
        return QStringLiteral("Shopify");
    case ShopPlan::Advanced:
        return QStringLiteral("Advanced");
    case ShopPlan::Plus:
        return QStringLiteral("Shopify Plus");
    case ShopPlan::Enterprise:
        return QStringLiteral("Commerce Components");
    }
    return {};
}

bool ShopifySimConfig::parsePlan(const QString &text, ShopPlan *plan)
{
    const QString t = text.toLower();
    if (t == QLatin1String("standard"))
        *plan = ShopPlan::Standard;
    else if (t == QLatin1String("advanced"))
        *plan = ShopPlan::Advanced;
    else if (t == QLatin1String("plus"))
        *plan = ShopPlan::Plus;
    else if (t == QLatin1String("enterprise"))
        *plan = ShopPlan::Enterprise;
    else
        return false;
    return true;
}

} // namespace storelens::sim
