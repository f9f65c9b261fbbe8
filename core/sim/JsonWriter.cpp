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
    const char *data = utf8.constData();
    const qsizetype size = utf8.size();
    qsizetype run = 0; // start of the pending run of characters that need no escape
    for (qsizetype i = 0; i < size; ++i) {
        const uchar c = uchar(data[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out->append(data + run, i - run);
        run = i + 1;
        switch (c) {
        case '"':
            out->append("\\\"", 2);
            break;
        case '\\':
            out->append("\\\\", 2);
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
        default: {
            const char esc[6] = {'\\', 'u', '0', '0', Hex[c >> 4], Hex[c & 15]};
            out->append(esc, 6);
        }
        }
    }
    out->append(data + run, size - run);
    out->append('"');
}

} // namespace storelens::sim
