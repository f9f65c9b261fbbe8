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
            m_out->append(",", 1);
        m_first.back() = false;
    }
}

void JsonWriter::open(char c)
{
    separate();
    m_out->append(&c, 1);
    m_first.push_back(true);
}

void JsonWriter::close(char c)
{
    m_out->append(&c, 1);
    m_first.pop_back();
}

void JsonWriter::key(const QByteArray &k)
{
    separate();
    appendEscaped(m_out, k);
    m_out->append(":", 1);
    m_afterKey = true;
}

void JsonWriter::rawKey(const QByteArray &quotedKeyAndColon)
{
    separate();
    m_out->append(quotedKeyAndColon);
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
    char digits[24];
    int n = 0;
    quint64 magnitude = v < 0 ? quint64(0) - quint64(v) : quint64(v);
    do {
        digits[n++] = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude);
    char buf[24];
    int len = 0;
    if (v < 0)
        buf[len++] = '-';
    while (n > 0)
        buf[len++] = digits[--n];
    m_out->append(buf, len);
}

void JsonWriter::asciiString(const char *data, qsizetype size)
{
    separate();
    m_out->append("\"", 1);
    m_out->append(data, size);
    m_out->append("\"", 1);
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
    out->append("\"", 1);
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
    out->append("\"", 1);
}

} // namespace storelens::sim
