#include "GraphQlLexer.h"

#include <QList>
#include <QString>

namespace storelens::sim {

void GraphQlLexer::advance(int n)
{
    for (int i = 0; i < n && m_pos < m_src.size(); ++i) {
        if (m_src[m_pos] == '\n') {
            ++m_line;
            m_lineStart = m_pos + 1;
        }
        ++m_pos;
    }
}

void GraphQlLexer::skipIgnored()
{
    for (;;) {
        const char c = peek();
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',') {
            advance();
        } else if (c == '#') {
            while (peek() != '\n' && peek() != '\0')
                advance();
        } else if (uchar(c) == 0xEF && uchar(peek(1)) == 0xBB && uchar(peek(2)) == 0xBF) {
            advance(3);
        } else {
            return;
        }
    }
}

static bool nameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
static bool digit(char c)
{
    return c >= '0' && c <= '9';
}

GraphQlLexer::Token GraphQlLexer::next()
{
    skipIgnored();
    Token t;
    t.line = m_line;
    t.column = int(m_pos - m_lineStart) + 1;
    const char c = peek();
    if (c == '\0') {
        t.kind = End;
        return t;
    }
    if (c == '.' && peek(1) == '.' && peek(2) == '.') {
        advance(3);
        t.kind = Punct;
        t.text = "...";
        return t;
    }
    if (QByteArray("!$&():=@[]{}|").contains(c)) {
        advance();
        t.kind = Punct;
        t.text = QByteArray(1, c);
        return t;
    }
    if (nameStart(c)) {
        const qsizetype begin = m_pos;
        while (nameStart(peek()) || digit(peek()))
            advance();
        t.kind = Name;
        t.text = m_src.mid(begin, m_pos - begin);
        return t;
    }
    if (c == '-' || digit(c))
        return readNumber(t);
    if (c == '"') {
        if (peek(1) == '"' && peek(2) == '"')
            return readBlockString(t);
        return readString(t);
    }
    advance();
    t.kind = Invalid;
    t.text = QByteArray(1, c);
    return t;
}

GraphQlLexer::Token GraphQlLexer::readNumber(Token t)
{
    const qsizetype begin = m_pos;
    if (peek() == '-')
        advance();
    if (!digit(peek())) {
        t.kind = Invalid;
        t.text = m_src.mid(begin, m_pos - begin);
        return t;
    }
    while (digit(peek()))
        advance();
    bool isFloat = false;
    if (peek() == '.' && digit(peek(1))) {
        isFloat = true;
        advance();
        while (digit(peek()))
            advance();
    }
    if (peek() == 'e' || peek() == 'E') {
        isFloat = true;
        advance();
        if (peek() == '+' || peek() == '-')
            advance();
        while (digit(peek()))
            advance();
    }
    t.kind = isFloat ? Float : Int;
    t.text = m_src.mid(begin, m_pos - begin);
    if (nameStart(peek()) || peek() == '.')
        t.kind = Invalid;
    return t;
}

GraphQlLexer::Token GraphQlLexer::readString(Token t)
{
    advance(); // opening quote
    QByteArray out;
    for (;;) {
        const char c = peek();
        if (c == '\0' || c == '\n' || c == '\r') {
            t.kind = Invalid;
            t.text = "\"" + out;
            return t;
        }
        advance();
        if (c == '"')
            break;
        if (c != '\\') {
            out += c;
            continue;
        }
        const char e = peek();
        advance();
        switch (e) {
        case '"':
        case '\\':
        case '/':
            out += e;
            break;
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        case 'u': {
            bool ok = false;
            uint code = m_src.mid(m_pos, 4).toUInt(&ok, 16);
            advance(4);
            if (code >= 0xD800 && code <= 0xDBFF && peek() == '\\' && peek(1) == 'u') {
                const uint low = m_src.mid(m_pos + 2, 4).toUInt(nullptr, 16);
                advance(6);
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
            }
            const char32_t ch = char32_t(code);
            out += QString::fromUcs4(&ch, 1).toUtf8();
            break;
        }
        default:
            t.kind = Invalid;
            t.text = "\\" + QByteArray(1, e);
            return t;
        }
    }
    t.kind = String;
    t.text = out;
    return t;
}

GraphQlLexer::Token GraphQlLexer::readBlockString(Token t)
{
    advance(3);
    QByteArray raw;
    for (;;) {
        if (peek() == '\0') {
            t.kind = Invalid;
            t.text = "\"\"\"";
            return t;
        }
        if (peek() == '"' && peek(1) == '"' && peek(2) == '"') {
            advance(3);
            break;
        }
        if (peek() == '\\' && peek(1) == '"' && peek(2) == '"' && peek(3) == '"') {
            raw += "\"\"\"";
            advance(4);
            continue;
        }
        raw += peek();
        advance();
    }
    // Block string value: common indentation removed, blank edge lines dropped.
    QList<QByteArray> lines = raw.replace("\r\n", "\n").split('\n');
    int common = -1;
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray &l = lines[i];
        int indent = 0;
        while (indent < l.size() && (l[indent] == ' ' || l[indent] == '\t'))
            ++indent;
        if (indent < l.size() && (common < 0 || indent < common))
            common = indent;
    }
    if (common > 0)
        for (int i = 1; i < lines.size(); ++i)
            lines[i] = lines[i].mid(common);
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    t.kind = String;
    t.block = true;
    t.text = lines.join('\n');
    return t;
}

QByteArray GraphQlLexer::describe(const Token &t)
{
    static const struct
    {
        const char *punct;
        const char *name;
    } Names[] = {{"{", "LCURLY"},   {"}", "RCURLY"},     {"(", "LPAREN"}, {")", "RPAREN"},
                 {"[", "LBRACKET"}, {"]", "RBRACKET"},   {":", "COLON"},  {"!", "BANG"},
                 {"$", "VAR_SIGN"}, {"...", "ELLIPSIS"}, {"=", "EQUALS"}, {"@", "DIR_SIGN"},
                 {"|", "PIPE"},     {"&", "AMP"}};
    switch (t.kind) {
    case End:
        return "end of file";
    case Name:
        return "IDENTIFIER (\"" + t.text + "\")";
    case Int:
        return "INT (\"" + t.text + "\")";
    case Float:
        return "FLOAT (\"" + t.text + "\")";
    case String:
        return "STRING (\"" + t.text.left(40) + "\")";
    case Invalid:
        return "invalid token (\"" + t.text + "\")";
    case Punct:
        for (const auto &n : Names)
            if (t.text == n.punct)
                return QByteArray(n.name) + " (\"" + t.text + "\")";
        return t.text;
    }
    return {};
}

} // namespace storelens::sim
