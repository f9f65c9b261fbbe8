#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace storelens {

// A key figure's change against the previous period, for its tile: relative
// for amounts and counts ("▲ 12.3%"), in percentage points for rates
// ("▼ 1.5 pts"). Computed exactly from the two integers and rounded half away
// from zero to a tenth of a percent.
class KpiChange
{
    Q_DECLARE_TR_FUNCTIONS(KpiChange)
public:
    enum class Direction
    {
        Up,
        Down,
        Flat,
        Unknown // no previous value to compare with
    };

    // Change in permille of the previous value; none when it was zero.
    static std::optional<qint64> relativePermille(qint64 current, qint64 previous);
    static Direction direction(std::optional<qint64> permille);
    // "12.3%" from 123 permille (sign left out: the arrow tells).
    static QString percent(qint64 permille, const QLocale &locale = {});
    static QString relativeText(qint64 current, qint64 previous, const QLocale &locale = {});
    static QString pointsText(std::optional<qint64> currentPermille,
                              std::optional<qint64> previousPermille, const QLocale &locale = {});
    static QString arrow(Direction direction);
};

} // namespace storelens
