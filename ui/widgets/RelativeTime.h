#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace storelens {

// "just now", "5 minutes ago", "3 hours ago", then the date and time.
class RelativeTime
{
    Q_DECLARE_TR_FUNCTIONS(RelativeTime)
public:
    static QString since(qint64 thenMs, qint64 nowMs, const QLocale &locale = {});
};

} // namespace storelens
