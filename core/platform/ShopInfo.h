#pragma once

#include <QString>
#include <QStringList>

namespace storelens {

// What a connection test learns of a shop, whatever its platform: its name
// and address, the currency its amounts are kept in, its IANA time zone
// (which decides its calendar days), its plan, and the permissions granted.
struct ShopInfo
{
    QString name;
    QString domain;
    QString currency;
    QString timezone;
    QString plan;
    QStringList scopes;
};

} // namespace storelens
