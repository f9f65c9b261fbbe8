#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace storelens::sim {

// Renders integer minor units the way Shopify's Admin API does: the Decimal
// scalar (MoneyV2.amount) like "12.5", "1500.0", "0.0" (at least one
// fractional digit, trailing zeros dropped); the Money scalar
// (ProductVariant.price) with the currency's digits, like "19.90".
class MoneyFormat
{
public:
    // Fraction digits of an ISO 4217 code (2 unless the currency has none or three).
    static int exponent(const QByteArray &currency);
    static QByteArray decimal(qint64 minor, int exponent = 2);
    // The same into `buf` (at least 48 bytes); returns the length.
    static int decimalInto(qint64 minor, int exponent, char *buf);
    static QByteArray money(qint64 minor, int exponent = 2);
    // Parses "12.5" / "-3" / "0.125" into minor units; empty when not exact.
    static std::optional<qint64> parse(const QByteArray &text, int exponent = 2);
};

} // namespace storelens::sim
