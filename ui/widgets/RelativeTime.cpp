#include "RelativeTime.h"

#include <QDateTime>

namespace storelens {

QString RelativeTime::since(qint64 thenMs, qint64 nowMs, const QLocale &locale)
{
    const qint64 seconds = (nowMs - thenMs) / 1000;
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 12 * 3600)
        return tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    return locale.toString(QDateTime::fromMSecsSinceEpoch(thenMs), QLocale::ShortFormat);
}

} // namespace storelens
