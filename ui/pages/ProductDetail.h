#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace storelens {

class Database;

// A product with its variants and their stock per location.
struct ProductDetail
{
    struct Variant
    {
        QString title;
        QString sku;
        qint64 price = 0;
        std::optional<qint64> compareAtPrice;
        std::optional<qint64> unitCost;
        std::vector<std::optional<qint64>> available; // per location, in `locations` order
    };

    bool found = false;
    qint64 storeId = 0;
    QString title;
    QString vendor;
    QString type;
    QString status;
    QString handle;
    QString currency;
    QStringList locations;
    std::vector<Variant> variants;

    static ProductDetail read(Database &db, qint64 productRowId);
};

} // namespace storelens
