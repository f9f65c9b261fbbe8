#pragma once

#include <QByteArray>

namespace storelens::sim {

// Tokens of the GraphQL language: punctuators, names, numbers and strings
// (including block strings); ignores white space, commas and comments.
class GraphQlLexer
{
public:
    enum Kind
    {
        End,
        Punct, // one of ! $ & ( ) ... : = @ [ ] { | }
        Name,
        Int,
        Float,
        String,
        Invalid
    };
    struct Token
    {
        Kind kind = End;
        QByteArray text; // decoded for strings
        int line = 1, column = 1;
        bool block = false;
    };

    explicit GraphQlLexer(const QByteArray &source)
        : m_src(source)
    {}
    Token next();
    // A short description such as RCURLY ("}") for error messages.
    static QByteArray describe(const Token &t);

private:
    void skipIgnored();
    char peek(int ahead = 0) const
    {
        return m_pos + ahead < m_src.size() ? m_src[m_pos + ahead] : '\0';
    }
    void advance(int n = 1);
    Token readString(Token t);
    Token readBlockString(Token t);
    Token readNumber(Token t);

    QByteArray m_src;
    qsizetype m_pos = 0;
    int m_line = 1;
    qsizetype m_lineStart = 0;
};

} // namespace storelens::sim
