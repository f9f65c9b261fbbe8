#pragma once

#include <QCoreApplication>
#include <QString>

namespace storelens {

// Platform status words (financial, fulfillment, product status) in the
// user's language: "PARTIALLY_REFUNDED" -> "Partially refunded".
class StatusText
{
    Q_DECLARE_TR_FUNCTIONS(StatusText)
public:
    static QString label(const QString &status);
    static QString channel(const QString &sourceName);
};

} // namespace storelens
