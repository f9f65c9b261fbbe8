#include "KpiChange.h"

namespace storelens {

namespace {
// 128-bit arithmetic, so that no amount can overflow (a GCC/Clang extension).
__extension__ typedef __int128 Wide;
} // namespace

std::optional<qint64> KpiChange::relativePermille(qint64 current, qint64 previous)
{
    if (previous == 0)
        return std::nullopt;
    const Wide numerator = (Wide(current) - previous) * 1000;
    const Wide denominator = previous < 0 ? -Wide(previous) : Wide(previous);
    // Half away from zero.
    const Wide half = denominator / 2;
    const Wide rounded =
        numerator >= 0 ? (numerator + half) / denominator : -((-numerator + half) / denominator);
    return qint64(rounded);
}

KpiChange::Direction KpiChange::direction(std::optional<qint64> permille)
{
    if (!permille)
        return Direction::Unknown;
    if (*permille > 0)
        return Direction::Up;
    if (*permille < 0)
        return Direction::Down;
    return Direction::Flat;
}

QString KpiChange::percent(qint64 permille, const QLocale &locale)
{
    const qint64 magnitude = permille < 0 ? -permille : permille;
    const QString number =
        locale.toString(magnitude / 10) + locale.decimalPoint() + QString::number(magnitude % 10);
    //: A percentage, e.g. 12.3%
    return tr("%1%").arg(number);
}

QString KpiChange::arrow(Direction direction)
{
    switch (direction) {
    case Direction::Up:
        return QStringLiteral("▲");
    case Direction::Down:
        return QStringLiteral("▼");
    case Direction::Flat:
        return QStringLiteral("■");
    case Direction::Unknown:
        break;
    }
    return {};
}

QString KpiChange::relativeText(qint64 current, qint64 previous, const QLocale &locale)
{
    const std::optional<qint64> change = relativePermille(current, previous);
    if (!change)
        return current == 0 ? tr("no change") : tr("new");
    return arrow(direction(change)) + QLatin1Char(' ') + percent(*change, locale);
}

QString KpiChange::pointsText(std::optional<qint64> currentPermille,
                              std::optional<qint64> previousPermille, const QLocale &locale)
{
    if (!currentPermille || !previousPermille)
        return tr("no comparison");
    const qint64 delta = *currentPermille - *previousPermille;
    const qint64 magnitude = delta < 0 ? -delta : delta;
    const QString number =
        locale.toString(magnitude / 10) + locale.decimalPoint() + QString::number(magnitude % 10);
    //: Percentage points, e.g. ▲ 1.5 pts
    return arrow(direction(delta)) + QLatin1Char(' ') + tr("%1 pts").arg(number);
}

} // namespace storelens
