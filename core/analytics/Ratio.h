#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace storelens {

// An exact quotient of two integers, e.g. a rate (returning customers /
// customers) or an average in minor units ((gross sales - discounts) / orders).
// Kept exact; rounded only when shown, always half away from zero.
struct Ratio
{
    qint64 numerator = 0;
    qint64 denominator = 0;

    // Undefined when the denominator is zero (no orders, no customers).
    bool isDefined() const { return denominator != 0; }
    // numerator / denominator × 10^decimals, rounded half away from zero.
    std::optional<qint64> scaled(int decimals) const;
    // Plain decimal with exactly `decimals` places ("0.3125"); empty when undefined.
    QString toDecimalString(int decimals) const;
    // The ratio as a localised percentage with `decimals` places ("31.3%").
    QString toPercentString(int decimals, const QLocale &locale = {}) const;

    // Exact comparison of two defined ratios (negative, zero or positive).
    static int compare(const Ratio &a, const Ratio &b);

    bool operator==(const Ratio &other) const = default;
};

} // namespace storelens
