#include "ExchangeRateRepository.h"

#include "Database.h"

namespace storelens {

namespace {
std::optional<StoredRate> readRate(const Statement &q)
{
    // Rows are written through ExchangeRate, so they parse; a hand-edited row
    // that does not is skipped rather than guessed at.
    const auto rate = ExchangeRate::parse(q.text(2));
    if (!rate)
        return std::nullopt;
    return StoredRate{q.text(0), q.text(1), *rate, q.text(3), q.int64(4)};
}
} // namespace

QString ExchangeRateRepository::sourceLabel(const QString &source)
{
    return source == QLatin1String(kManualSource) ? tr("entered by hand") : source;
}

QList<StoredRate> ExchangeRateRepository::list() const
{
    QList<StoredRate> rates;
    Statement &q = m_db.cached("SELECT base_currency, quote_currency, rate, source, updated_at "
                               "FROM exchange_rates ORDER BY base_currency, quote_currency");
    while (q.step()) {
        if (auto r = readRate(q))
            rates << *r;
    }
    return rates;
}

std::optional<StoredRate> ExchangeRateRepository::find(const QString &base,
                                                       const QString &quote) const
{
    Statement &q =
        m_db.cached("SELECT base_currency, quote_currency, rate, source, updated_at "
                    "FROM exchange_rates WHERE base_currency = ? AND quote_currency = ?");
    q.bindAll(base, quote);
    if (!q.step())
        return std::nullopt;
    auto rate = readRate(q);
    q.reset();
    return rate;
}

void ExchangeRateRepository::set(const StoredRate &r)
{
    m_db.cached("INSERT OR IGNORE INTO exchange_rates (base_currency, quote_currency, rate, "
                "source, updated_at) VALUES (?, ?, ?, ?, ?)")
        .bindAll(r.base, r.quote, r.rate.toString(), r.source, r.updatedAtMs)
        .exec();
    if (m_db.changes() == 1)
        return;
    m_db.cached("UPDATE OR FAIL exchange_rates SET rate = ?, source = ?, updated_at = ? "
                "WHERE base_currency = ? AND quote_currency = ?")
        .bindAll(r.rate.toString(), r.source, r.updatedAtMs, r.base, r.quote)
        .exec();
}

bool ExchangeRateRepository::remove(const QString &base, const QString &quote)
{
    m_db.cached("DELETE FROM exchange_rates WHERE base_currency = ? AND quote_currency = ?")
        .bindAll(base, quote)
        .exec();
    return m_db.changes() > 0;
}

} // namespace storelens
