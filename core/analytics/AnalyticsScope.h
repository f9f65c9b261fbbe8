#pragma once

#include <QString>

namespace storelens {

// Which stores a question is about: one store, a store group, or every store
// of the workspace ("All stores"). An answer about several stores adds their
// figures, converted into one currency when theirs differ.
class AnalyticsScope
{
public:
    enum class Kind
    {
        Store,
        Group,
        AllStores
    };

    static AnalyticsScope store(qint64 storeId) { return AnalyticsScope(Kind::Store, storeId); }
    static AnalyticsScope group(qint64 groupId) { return AnalyticsScope(Kind::Group, groupId); }
    static AnalyticsScope allStores() { return AnalyticsScope(Kind::AllStores, 0); }

    // Reports in `currencyCode`, converting stores whose currency differs.
    // Without it a scope reports in its stores' currency, and stores with
    // different currencies need one.
    AnalyticsScope &inCurrency(const QString &currencyCode)
    {
        m_currency = currencyCode;
        return *this;
    }

    Kind kind() const { return m_kind; }
    qint64 id() const { return m_id; }
    QString currency() const { return m_currency; }

private:
    AnalyticsScope(Kind kind, qint64 id)
        : m_kind(kind)
        , m_id(id)
    {}
    Kind m_kind;
    qint64 m_id;
    QString m_currency;
};

} // namespace storelens
