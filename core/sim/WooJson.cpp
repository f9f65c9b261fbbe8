#include "WooJson.h"

#include <charconv>
#include <cmath>

namespace storelens::sim {

WooJson WooJson::boolean(bool v)
{
    WooJson j;
    j.m_type = Bool;
    j.m_bool = v;
    return j;
}

WooJson WooJson::number(qint64 v)
{
    WooJson j;
    j.m_type = Number;
    j.m_scalar = QByteArray::number(v);
    return j;
}

WooJson WooJson::real(double v)
{
    WooJson j;
    j.m_type = Number;
    if (!std::isfinite(v)) {
        j.m_scalar = "0";
        return j;
    }
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, v);
    j.m_scalar = QByteArray(buf, qsizetype(res.ptr - buf));
    if (!j.m_scalar.contains('.') && !j.m_scalar.contains('e'))
        j.m_scalar += ".0"; // PHP 7.1+ json_encode keeps a float a float
    return j;
}

WooJson WooJson::rawNumber(const QByteArray &text)
{
    WooJson j;
    j.m_type = Number;
    j.m_scalar = text;
    return j;
}

WooJson WooJson::string(const QByteArray &utf8)
{
    WooJson j;
    j.m_type = String;
    j.m_scalar = utf8;
    return j;
}

WooJson WooJson::array()
{
    WooJson j;
    j.m_type = Array;
    return j;
}

WooJson WooJson::object()
{
    WooJson j;
    j.m_type = Object;
    return j;
}

WooJson &WooJson::add(const char *key, WooJson value)
{
    return add(QByteArray(key), std::move(value));
}

WooJson &WooJson::add(const QByteArray &key, WooJson value)
{
    m_members.emplace_back(key, std::move(value));
    return *this;
}

WooJson &WooJson::push(WooJson value)
{
    m_items.push_back(std::move(value));
    return *this;
}

const WooJson *WooJson::member(const QByteArray &key) const
{
    for (const auto &m : m_members)
        if (m.first == key)
            return &m.second;
    return nullptr;
}

void WooJson::appendEscaped(QByteArray *out, const QByteArray &utf8)
{
    static const char Hex[] = "0123456789abcdef";
    auto u16 = [&](unsigned v) {
        const char e[6] = {
            '\\', 'u', Hex[(v >> 12) & 15], Hex[(v >> 8) & 15], Hex[(v >> 4) & 15], Hex[v & 15]};
        out->append(e, 6);
    };
    out->append('"');
    const auto *p = reinterpret_cast<const unsigned char *>(utf8.constData());
    const auto *end = p + utf8.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            switch (c) {
            case '"':
                out->append("\\\"", 2);
                break;
            case '\\':
                out->append("\\\\", 2);
                break;
            case '/':
                out->append("\\/", 2);
                break;
            case '\n':
                out->append("\\n", 2);
                break;
            case '\r':
                out->append("\\r", 2);
                break;
            case '\t':
                out->append("\\t", 2);
                break;
            case '\b':
                out->append("\\b", 2);
                break;
            case '\f':
                out->append("\\f", 2);
                break;
            default:
                if (c < 0x20)
                    u16(c);
                else
                    out->append(char(c));
            }
            ++p;
            continue;
        }
        // Decode one UTF-8 sequence (invalid bytes become U+FFFD).
        unsigned cp = 0xfffd;
        int len = 1;
        if ((c & 0xe0) == 0xc0 && p + 1 < end) {
            cp = ((c & 0x1fu) << 6) | (p[1] & 0x3fu);
            len = 2;
        } else if ((c & 0xf0) == 0xe0 && p + 2 < end) {
            cp = ((c & 0x0fu) << 12) | ((p[1] & 0x3fu) << 6) | (p[2] & 0x3fu);
            len = 3;
        } else if ((c & 0xf8) == 0xf0 && p + 3 < end) {
            cp = ((c & 0x07u) << 18) | ((p[1] & 0x3fu) << 12) | ((p[2] & 0x3fu) << 6) |
                 (p[3] & 0x3fu);
            len = 4;
        }
        p += len;
        if (cp >= 0x10000) {
            cp -= 0x10000;
            u16(0xd800 + (cp >> 10));
            u16(0xdc00 + (cp & 0x3ff));
        } else {
            u16(cp);
        }
    }
    out->append('"');
}

void WooJson::serialize(QByteArray *out) const
{
    switch (m_type) {
    case Null:
        out->append("null", 4);
        return;
    case Bool:
        out->append(m_bool ? "true" : "false");
        return;
    case Number:
        out->append(m_scalar);
        return;
    case String:
        appendEscaped(out, m_scalar);
        return;
    case Array:
        out->append('[');
        for (size_t i = 0; i < m_items.size(); ++i) {
            if (i)
                out->append(',');
            m_items[i].serialize(out);
        }
        out->append(']');
        return;
    case Object:
        // PHP encodes an empty array as [], whichever it was meant to be;
        // callers that need {} build an object with members.
        if (m_members.empty()) {
            out->append("[]", 2);
            return;
        }
        out->append('{');
        for (size_t i = 0; i < m_members.size(); ++i) {
            if (i)
                out->append(',');
            appendEscaped(out, m_members[i].first);
            out->append(':');
            m_members[i].second.serialize(out);
        }
        out->append('}');
        return;
    }
}

QByteArray WooJson::serialize() const
{
    QByteArray out;
    serialize(&out);
    return out;
}

WooJson WooJson::filteredObject(const QByteArrayList &fields) const
{
    WooJson out = object();
    for (const auto &[key, value] : m_members) {
        bool whole = false;
        QByteArrayList nested;
        for (const QByteArray &f : fields) {
            if (f == key)
                whole = true;
            else if (f.startsWith(QByteArray(key + '.')))
                nested.append(f.mid(key.size() + 1));
        }
        if (whole)
            out.add(key, value);
        else if (!nested.isEmpty() && value.m_type == Object)
            out.add(key, value.filteredObject(nested));
    }
    return out;
}

WooJson WooJson::filtered(const QByteArrayList &fields) const
{
    if (fields.isEmpty())
        return *this;
    if (m_type == Object)
        return filteredObject(fields);
    if (m_type != Array)
        return *this;
    WooJson out = array();
    for (const WooJson &item : m_items)
        out.push(item.m_type == Object ? item.filteredObject(fields) : item);
    return out;
}

} // namespace storelens::sim
