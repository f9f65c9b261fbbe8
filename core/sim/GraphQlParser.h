#pragma once

#include "GraphQlAst.h"
#include "GraphQlLexer.h"

namespace storelens::sim {

// Parses GraphQL executable documents: operations (named, anonymous and the
// query shorthand), variable definitions with defaults, fragments, inline
// fragments, aliases, arguments of every literal kind, variables and
// directives.
class GraphQlParser
{
public:
    struct Error
    {
        QByteArray message;
        int line = 0, column = 0;
    };

    // Empty optional and `error` set on a syntax error.
    static std::optional<GqlDocument> parse(const QByteArray &source, Error *error);

    // Used by the schema reader too.
    explicit GraphQlParser(const QByteArray &source);
    const GraphQlLexer::Token &token() const { return m_tok; }
    void advance() { m_tok = m_lex.next(); }
    bool atPunct(const char *p) const
    {
        return m_tok.kind == GraphQlLexer::Punct && m_tok.text == p;
    }
    bool atName(const char *n) const { return m_tok.kind == GraphQlLexer::Name && m_tok.text == n; }
    bool expectPunct(const char *p);
    bool expectName(QByteArray *out);
    bool parseType(QByteArray *out);
    bool parseValue(GqlValue *out, bool constant);
    bool parseArguments(GqlArguments *out, bool constant);
    bool failed() const { return m_failed; }
    Error error() const { return m_error; }
    void fail();

private:
    bool parseDefinition(GqlDocument &doc);
    bool parseOperation(GqlDocument &doc);
    bool parseFragment(GqlDocument &doc);
    bool parseSelectionSet(std::vector<GqlSelection> *out);
    bool parseDirectives(std::vector<GqlDirective> *out, bool constant);

    GraphQlLexer m_lex;
    GraphQlLexer::Token m_tok;
    bool m_failed = false;
    Error m_error;
};

} // namespace storelens::sim
