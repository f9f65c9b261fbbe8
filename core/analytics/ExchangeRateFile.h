#pragma once

#include "model/ExchangeRate.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace storelens {

// Reads an exchange-rate file: CSV lines "BASE,QUOTE,RATE" such as
// "EUR,USD,1.0834" (one unit of BASE = RATE units of QUOTE). An optional header
// line "base,quote,rate", blank lines and lines starting with '#' are skipped;
// ';' and tabs are accepted as separators. Nothing is read when any line is
// wrong: `errors` names each bad line.
class ExchangeRateFile
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeRateFile)
public:
    struct Entry
    {
        QString base;
        QString quote;
        ExchangeRate rate;
    };
    struct Result
    {
        std::vector<Entry> entries;
        QStringList errors;
        bool ok() const { return errors.isEmpty(); }
    };
    static Result parse(const QByteArray &content);
};

} // namespace storelens
