#pragma once

#include "AnalyticsScope.h"
#include "PeriodFigures.h"
#include "ReportCurrency.h"
#include "model/ExchangeRate.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace storelens {

class Database;

// A store as an answer sees it: its own currency and, when that is not the
// report currency, the rate its amounts are converted with.
struct ScopeStore
{
    qint64 id = 0;
    QString name;
    QString currency;
    std::optional<ExchangeRate> rate; // into the report currency; empty: no conversion
    // Its customer rollups wait for the end of a bulk export (see
    // BatchWriter::deferCustomerRollups): customer figures leave it out.
    bool customerFiguresPending = false;
    // Why its records are being read again in full (a SyncReread reason
    // code), empty when they are not: until then its figures are not exact.
    QString rereadReason;
    // Whose report definitions its figures follow (its platform's).
    SalesDefinitions definitions = SalesDefinitions::Shopify;
};

// An AnalyticsScope looked up in a workspace: its stores, the report currency
// and the exchange rates. Every query resolves its scope first, on its own
// connection, so an answer never mixes two states of the store list.
class ResolvedScope
{
    Q_DECLARE_TR_FUNCTIONS(ResolvedScope)
public:
    // Throws AnalyticsError when a store or group does not exist, when stores
    // with different currencies have no report currency, or when a needed
    // exchange rate is missing.
    static ResolvedScope resolve(Database &db, const AnalyticsScope &scope);
    // Only the stores, for answers without amounts (inventory, cohorts).
    static std::vector<ScopeStore> storesOf(Database &db, const AnalyticsScope &scope);

    const std::vector<ScopeStore> &stores() const { return m_stores; }
    const ReportCurrency &currency() const { return m_currency; }
    // An amount of `store` in the report currency (see ExchangeRate for the
    // rounding rule). Throws AnalyticsError on overflow.
    qint64 convert(const ScopeStore &store, qint64 minorUnits) const;

private:
    std::vector<ScopeStore> m_stores;
    ReportCurrency m_currency;
};

} // namespace storelens
