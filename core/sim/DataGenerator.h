#pragma once

namespace storelens::sim {

class ShopData;

// Fills a ShopData with a realistic shop from its config's seed: weekly and
// yearly seasonality in the shop's time zone (across DST changes), growth,
// heavy-tailed repeat customers, Zipf-like product popularity, discounts,
// shipping, taxes, presentment currencies, test and guest orders, refunds days
// later, cancellations with refunds, and abandoned checkouts of which some
// were recovered.
class DataGenerator
{
public:
    static void generate(ShopData &data);

private:
    static void makeCatalog(ShopData &data);
    static void makeOrders(ShopData &data);
    static void makeCheckouts(ShopData &data);
};

} // namespace storelens::sim
