#pragma once

#include <QString>

#include <optional>
#include <string_view>

namespace storelens {

// A platform's own id for a record, kept exactly: a 64-bit integer where the
// platform's ids are numeric (the numeric tail of a Shopify gid, WooCommerce
// ids), text where they are not (Amazon order ids). Never a double.
class PlatformId
{
public:
    PlatformId() = default;
    explicit PlatformId(qint64 number)
        : m_number(number)
        , m_kind(Kind::Number)
    {}
    explicit PlatformId(QString text)
        : m_text(std::move(text))
        , m_kind(Kind::Text)
    {}

    // "gid://shopify/Order/5632511590578" -> 5632511590578. Returns a null id when
    // the gid is malformed or its tail is not a 64-bit integer.
    static PlatformId fromGid(QStringView gid);
    static PlatformId fromGid(std::string_view gid);
    // The resource type of a gid ("Order"), empty when malformed.
    static QString gidType(QStringView gid);
    // Parses a decimal integer id exactly; null when not a valid int64.
    static PlatformId fromDecimal(QStringView digits);

    bool isNull() const { return m_kind == Kind::Null; }
    bool isNumber() const { return m_kind == Kind::Number; }
    bool isText() const { return m_kind == Kind::Text; }
    qint64 number() const { return m_number; }
    const QString &text() const { return m_text; }
    QString toString() const;

    bool operator==(const PlatformId &other) const
    {
        return m_kind == other.m_kind && m_number == other.m_number && m_text == other.m_text;
    }

    // A total order (null < numbers < texts) for use as a map key.
    bool operator<(const PlatformId &other) const
    {
        if (m_kind != other.m_kind)
            return m_kind < other.m_kind;
        if (m_kind == Kind::Number)
            return m_number < other.m_number;
        return m_text < other.m_text;
    }

private:
    enum class Kind : quint8
    {
        Null,
        Number,
        Text
    };
    qint64 m_number = 0;
    QString m_text;
    Kind m_kind = Kind::Null;
};

} // namespace storelens
