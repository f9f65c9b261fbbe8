#include "WooSimConfig.h"

namespace storelens::sim {

WooFaultRates WooFaultRates::uniform(double total)
{
    WooFaultRates f;
    const double each = total / 10.0;
    f.base.serverError = f.base.tooManyRequests = f.base.resetBeforeResponse =
        f.base.resetMidResponse = f.base.truncatedBody = f.base.slowResponse = each;
    f.phpFatal = f.emptyBody = f.truncatedJson = f.securityChallenge = each;
    return f;
}

WooFaultRates WooFaultRates::hostFailures(double total)
{
    WooFaultRates f;
    f.phpFatal = f.emptyBody = f.truncatedJson = f.securityChallenge = total / 4.0;
    return f;
}

bool WooSimConfig::versionAtLeast(const QByteArray &version, int major, int minor)
{
    const QByteArrayList parts = version.split('.');
    const int ma = parts.value(0).toInt();
    const int mi = parts.value(1).toInt();
    return ma > major || (ma == major && mi >= minor);
}

} // namespace storelens::sim
