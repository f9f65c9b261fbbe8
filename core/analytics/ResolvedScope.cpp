#include "ResolvedScope.h"

#include "AnalyticsError.h"
#include "storage/Database.h"
#include "storage/ExchangeRateRepository.h"
#include "storage/StoreGroupRepository.h"
#include "storage/StoreRepository.h"

#include <QSet>

#include <map>

namespace storelens {

namespace {
// A store's currency: as the platform reported it for the shop, else that of
// its orders (a store not synced yet has neither and no amounts either).
QString currencyOf(Database &db, const Store &store)
{
    if (!store.currency.isEmpty())
        return store.currency;
    Statement &q = db.cached("SELECT currency FROM orders WHERE store_id = ? LIMIT 1");
    q.bind(1, store.id);
    const QString currency = q.step() ? q.text(0) : QString();
    q.reset();
    return currency;
}
} // namespace

std::vector<ScopeStore> ResolvedScope::storesOf(Database &db, const AnalyticsScope &scope)
{
    StoreRepository stores(db);
    QList<Store> members;
    switch (scope.kind()) {
    case AnalyticsScope::Kind::Store: {
        const auto store = stores.byId(scope.id());
        if (!store)
            throw AnalyticsError(
                tr("There is no store with id %1 in this workspace.").arg(scope.id()));
        members << *store;
        break;
    }
    case AnalyticsScope::Kind::Group: {
        const auto group = StoreGroupRepository(db).byId(scope.id());
        if (!group)
            throw AnalyticsError(
                tr("There is no store group with id %1 in this workspace.").arg(scope.id()));
        for (qint64 id : group->storeIds) {
            if (const auto store = stores.byId(id))
                members << *store;
        }
        break;
    }
    case AnalyticsScope::Kind::AllStores:
        members = stores.list();
        break;
    }

    Statement &pending =
        db.cached("SELECT count(*) FROM customer_rollups_deferred WHERE store_id = ?");
    Statement &reread =
        db.cached("SELECT reason FROM sync_rereads WHERE store_id = ? ORDER BY resource LIMIT 1");
    std::vector<ScopeStore> out;
    for (const Store &s : members) {
        pending.bind(1, s.id);
        const bool customersPending = pending.step() && pending.int64(0) > 0;
        pending.reset();
        reread.bind(1, s.id);
        const QString rereadReason = reread.step() ? reread.text(0) : QString();
        reread.reset();
        out.push_back({s.id, s.name, currencyOf(db, s), std::nullopt, customersPending,
                       rereadReason, salesDefinitionsOf(s.platform)});
    }
    return out;
}

ResolvedScope ResolvedScope::resolve(Database &db, const AnalyticsScope &scope)
{
    ResolvedScope resolved;
    resolved.m_stores = storesOf(db, scope);
    QSet<QString> currencies;
    for (const ScopeStore &s : resolved.m_stores) {
        if (!s.currency.isEmpty())
            currencies.insert(s.currency);
    }
    QString target = scope.currency().toUpper();
    if (target.isEmpty()) {
        if (currencies.size() > 1) {
            QStringList list(currencies.begin(), currencies.end());
            list.sort();
            throw AnalyticsError(tr("These stores sell in different currencies (%1): choose the "
                                    "currency to report in.")
                                     .arg(list.join(QStringLiteral(", "))));
        }
        target = currencies.isEmpty() ? QStringLiteral("XXX") : *currencies.begin();
    }
    resolved.m_currency.code = target;

    // One explanation per currency pair, naming the stores it converted.
    std::map<QString, size_t> noteOf;
    ExchangeRateRepository rates(db);
    for (ScopeStore &s : resolved.m_stores) {
        if (s.currency.isEmpty() || s.currency == target)
            continue;
        const auto stored = rates.find(s.currency, target);
        if (!stored)
            throw AnalyticsError(tr("There is no exchange rate from %1 to %2, needed to report "
                                    "store \"%3\" in %2. Set one in the workspace's exchange "
                                    "rates.")
                                     .arg(s.currency, target, s.name));
        s.rate = stored->rate;
        auto it = noteOf.find(s.currency);
        if (it == noteOf.end()) {
            it = noteOf.emplace(s.currency, resolved.m_currency.conversions.size()).first;
            resolved.m_currency.conversions.push_back({s.currency,
                                                       target,
                                                       stored->rate.toString(),
                                                       stored->source,
                                                       stored->updatedAtMs,
                                                       {},
                                                       {}});
        }
        resolved.m_currency.conversions[it->second].stores << s.name;
        resolved.m_currency.conversions[it->second].storeIds << s.id;
    }
    return resolved;
}

qint64 ResolvedScope::convert(const ScopeStore &store, qint64 minorUnits) const
{
    if (!store.rate)
        return minorUnits;
    const auto converted = store.rate->convert(minorUnits, store.currency, m_currency.code);
    if (!converted)
        throw AnalyticsError(tr("An amount of store \"%1\" is too large to convert into %2.")
                                 .arg(store.name, m_currency.code));
    return *converted;
}

} // namespace storelens
