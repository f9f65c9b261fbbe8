#include "DashboardData.h"

namespace storelens {

DashboardQuery::Bucket DashboardQuery::bucketFor(const Period &period)
{
    const qint64 days = period.days();
    if (days <= 62)
        return Bucket::Day;
    if (days <= 190)
        return Bucket::Week;
    return Bucket::Month;
}

} // namespace storelens
