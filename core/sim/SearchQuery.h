#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QTimeZone>

#include <functional>
#include <optional>
#include <vector>

namespace storelens::sim {

// Shopify's search syntax for the `query:` argument of list fields:
// `field:value`, comparisons `field:>v`, `>=`, `<`, `<=`, values in quotes,
// terms joined by spaces or AND, alternatives with OR, negation with `-` or
// NOT. Times accept ISO 8601 with offset or Z, and bare dates (shop time zone).
class SearchQuery
{
public:
    enum class Op
    {
        Equal,
        Greater,
        GreaterEqual,
        Less,
        LessEqual
    };
    struct Term
    {
        QByteArray field; // empty = free text
        Op op = Op::Equal;
        QByteArray value;
        bool negated = false;
    };
    // How a resource exposes a field to the filter: a number (times in UTC ms,
    // ids) or text. Unknown fields answer nothing and are ignored, as Shopify
    // ignores them (with a warning).
    struct FieldValue
    {
        enum Kind
        {
            Unknown,
            Time,
            Number,
            Text
        };
        Kind kind = Unknown;
        qint64 number = 0;
        QByteArray text;
    };
    using FieldReader = std::function<FieldValue(const QByteArray &field, qint32 record)>;

    static SearchQuery parse(const QByteArray &text, const QTimeZone &zone);
    bool isEmpty() const { return m_clauses.empty(); }
    // Whether a record passes the filter.
    bool matches(qint32 record, const FieldReader &read) const;
    // The [lower, upper] bounds the filter puts on a numeric field, when it is
    // one AND-clause; for narrowing a scan over an index sorted by that field.
    void bounds(const QByteArray &field, bool isTime, qint64 *lower, qint64 *upper) const;
    // Fields that `known` does not accept, for Shopify's search warnings.
    QByteArrayList unknownFields(const std::function<bool(const QByteArray &)> &known) const;
    const std::vector<std::vector<Term>> &clauses() const { return m_clauses; }

    static std::optional<qint64> parseTime(const QByteArray &value, const QTimeZone &zone,
                                           bool *dateOnly = nullptr);

private:
    bool termMatches(const Term &t, qint32 record, const FieldReader &read) const;
    std::vector<std::vector<Term>> m_clauses;
    QTimeZone m_zone;
};

} // namespace storelens::sim
