#include "JsonWriter.h"

namespace storelens::sim {

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.empty()) {
        if (!m_first.back())
            m_out->append(',');
        m_first.back() = false;
    }
}

void JsonWriter::open(char c)
{
    separate();
    m_out->append(c);
    m_first.push_back(true);
}

void JsonWriter::close(char c)
{
    m_out->append(c);
    m_first.pop_back();
}

void JsonWriter::key(const QByteArray &k)
{
    separate();
    appendEscaped(m_out, k);
    m_out->append(':');
    m_afterKey = true;
}

void JsonWriter::string(const QByteArray &utf8)
{
    separate();
    appendEscaped(m_out, utf8);
}

void JsonWriter::number(qint64 v)
{
    separate();
    m_out->append(QByteArray::number(v));
}

void JsonWriter::boolean(bool v)
{
    separate();
    m_out->append(v ? "true" : "false");
}

void JsonWriter::null()
{
    separate();
    m_out->append("null");
}

void JsonWriter::raw(const QByteArray &json)
{
    separate();
    m_out->append(json);
}

void JsonWriter::appendEscaped(QByteArray *out, const QByteArray &utf8)
{
    static const char Hex[] = "0123456789abcdef";
    out->append('"');
    for (char ch : utf8) {
        const uchar c = uchar(ch);
        switch (c) {
        case '"':
            out->append("\\\"");
            break;
        case '\\':
            out->append("\\\\");
            break;
        case '\n':
            out->append("\\n");
            break;
        case '\r':
            out->append("\\r");
            break;
        case '\t':
            out->append("\\t");
            break;
        case '\b':
            out->append("\\b");
            break;
        case '\f':
            out->append("\\f");
            break;
        default:
            if (c < 0x20) {
                out->append("\\u00");
                out->append(Hex[c >> 4]);
                out->append(Hex[c & 15]);
            } else {
                out->append(ch);
            }
        }
    }
    out->append('"');
}

} // namespace storelens::sim
