#include "Redaction.h"

#include <QRegularExpression>

namespace storelens {

QString Redaction::redact(const QString &text)
{
    static const QRegularExpression tokenPrefixes(
        QStringLiteral(R"(\b(shpat|shpca|shppa|shpss|Atza|Atzr)[_|][A-Za-z0-9_\-|]+)"));
    static const QRegularExpression namedFields(
        QStringLiteral(
            R"re(("?(?:access_token|refresh_token|client_secret|password|passphrase|secret|consumer_secret|x-shopify-access-token|x-amz-access-token)"?\s*[:=]\s*"?)([^"&,\s}]+))re"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bearer(
        QStringLiteral(R"((Bearer|Basic)\s+[A-Za-z0-9._~+/=\-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(tokenPrefixes, QStringLiteral("\\1_[redacted]"));
    out.replace(namedFields, QStringLiteral("\\1[redacted]"));
    out.replace(bearer, QStringLiteral("\\1 [redacted]"));
    return out;
}

} // namespace storelens
