#pragma once

#include "model/ExchangeRate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace storelens {

class Database;

// An exchange rate kept in the workspace: one unit of `base` is worth `rate`
// units of `quote`. `source` says where it came from: kManualSource, or the
// name of the imported file.
struct StoredRate
{
    QString base;
    QString quote;
    ExchangeRate rate;
    QString source;
    qint64 updatedAtMs = 0;
};

// Reads and writes the exchange_rates table. Rates are per currency pair; the
// latest one set is the one used.
class ExchangeRateRepository
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeRateRepository)
public:
    static constexpr const char *kManualSource = "manual";
    // The source as the user reads it ("entered by hand", or the file name).
    static QString sourceLabel(const QString &source);

    explicit ExchangeRateRepository(Database &db)
        : m_db(db)
    {}

    QList<StoredRate> list() const;
    std::optional<StoredRate> find(const QString &base, const QString &quote) const;
    // Adds the rate or replaces the one of the same pair.
    void set(const StoredRate &rate);
    // Returns false when there was no such rate.
    bool remove(const QString &base, const QString &quote);

private:
    Database &m_db;
};

} // namespace storelens
