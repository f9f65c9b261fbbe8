#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

#include <utility>
#include <vector>

namespace storelens::sim {

// A JSON value that keeps its members in the order they were added (as PHP's
// arrays do) and serializes the way WordPress's REST server does with
// wp_json_encode(): "/" escaped as "\/" and non-ASCII characters as \uXXXX.
// Small and built per response, so that `_fields` can filter it.
class WooJson
{
public:
    enum Type : quint8
    {
        Null,
        Bool,
        Number,
        String,
        Array,
        Object
    };

    WooJson() = default;
    static WooJson null() { return WooJson(); }
    static WooJson boolean(bool v);
    static WooJson number(qint64 v);
    static WooJson real(double v); // PHP's shortest form, "3.0" for whole numbers
    static WooJson rawNumber(const QByteArray &text);
    static WooJson string(const QByteArray &utf8);
    static WooJson string(const QString &s) { return string(s.toUtf8()); }
    static WooJson string(const char *s) { return string(QByteArray(s)); }
    static WooJson array();
    static WooJson object();

    Type type() const { return m_type; }
    // Object members; returns *this for chaining.
    WooJson &add(const char *key, WooJson value);
    WooJson &add(const QByteArray &key, WooJson value);
    // Array elements.
    WooJson &push(WooJson value);
    qsizetype size() const
    {
        return qsizetype(m_type == Object ? m_members.size() : m_items.size());
    }
    const WooJson *member(const QByteArray &key) const;

    QByteArray serialize() const;
    void serialize(QByteArray *out) const;

    // WordPress's `_fields` (rest_filter_response_fields): a comma-separated
    // list of top-level or dotted nested fields ("id,billing.email"); a
    // collection filters each of its objects.
    WooJson filtered(const QByteArrayList &fields) const;

    static void appendEscaped(QByteArray *out, const QByteArray &utf8);

private:
    WooJson filteredObject(const QByteArrayList &fields) const;

    Type m_type = Null;
    bool m_bool = false;
    QByteArray m_scalar; // number text, or string UTF-8
    std::vector<std::pair<QByteArray, WooJson>> m_members;
    std::vector<WooJson> m_items;
};

} // namespace storelens::sim
