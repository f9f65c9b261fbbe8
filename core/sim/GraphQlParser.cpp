#include "GraphQlParser.h"

namespace storelens::sim {

GraphQlParser::GraphQlParser(const QByteArray &source)
    : m_lex(source)
{
    advance();
}

void GraphQlParser::fail()
{
    if (m_failed)
        return;
    m_failed = true;
    m_error.line = m_tok.line;
    m_error.column = m_tok.column;
    // graphql-ruby's wording, which Shopify answers with.
    if (m_tok.kind == GraphQlLexer::End) {
        m_error.message = "Unexpected end of document";
        return;
    }
    QByteArray what = GraphQlLexer::describe(m_tok);
    if (m_tok.kind == GraphQlLexer::Punct)
        what = "\"" + m_tok.text + "\" (" + what.left(what.indexOf(' ')) + ")";
    m_error.message = "Parse error on " + what + " at [" + QByteArray::number(m_tok.line) + ", " +
                      QByteArray::number(m_tok.column) + "]";
}

bool GraphQlParser::expectPunct(const char *p)
{
    if (!atPunct(p)) {
        fail();
        return false;
    }
    advance();
    return true;
}

bool GraphQlParser::expectName(QByteArray *out)
{
    if (m_tok.kind != GraphQlLexer::Name) {
        fail();
        return false;
    }
    *out = m_tok.text;
    advance();
    return true;
}

std::optional<GqlDocument> GraphQlParser::parse(const QByteArray &source, Error *error)
{
    GraphQlParser p(source);
    GqlDocument doc;
    if (p.token().kind == GraphQlLexer::End) {
        p.fail();
    }
    while (!p.failed() && p.token().kind != GraphQlLexer::End)
        p.parseDefinition(doc);
    if (p.failed()) {
        if (error)
            *error = p.error();
        return std::nullopt;
    }
    return doc;
}

bool GraphQlParser::parseDefinition(GqlDocument &doc)
{
    if (atPunct("{") || atName("query") || atName("mutation") || atName("subscription"))
        return parseOperation(doc);
    if (atName("fragment"))
        return parseFragment(doc);
    fail();
    return false;
}

bool GraphQlParser::parseOperation(GqlDocument &doc)
{
    GqlOperation op;
    op.line = m_tok.line;
    op.column = m_tok.column;
    if (m_tok.kind == GraphQlLexer::Name) {
        op.kind = m_tok.text;
        advance();
        if (m_tok.kind == GraphQlLexer::Name) {
            op.name = m_tok.text;
            advance();
        }
        if (atPunct("(")) {
            advance();
            while (!atPunct(")")) {
                GqlVariableDefinition v;
                v.line = m_tok.line;
                v.column = m_tok.column;
                if (!expectPunct("$") || !expectName(&v.name) || !expectPunct(":") ||
                    !parseType(&v.type))
                    return false;
                if (atPunct("=")) {
                    advance();
                    GqlValue def;
                    if (!parseValue(&def, true))
                        return false;
                    v.defaultValue = def;
                }
                std::vector<GqlDirective> ignored;
                if (!parseDirectives(&ignored, true))
                    return false;
                op.variables.push_back(v);
                if (m_failed || m_tok.kind == GraphQlLexer::End) {
                    fail();
                    return false;
                }
            }
            advance();
        }
        if (!parseDirectives(&op.directives, false))
            return false;
    }
    if (!parseSelectionSet(&op.selections))
        return false;
    doc.operations.push_back(std::move(op));
    return true;
}

bool GraphQlParser::parseFragment(GqlDocument &doc)
{
    GqlFragment f;
    f.line = m_tok.line;
    f.column = m_tok.column;
    advance(); // fragment
    if (!expectName(&f.name))
        return false;
    if (!atName("on")) {
        fail();
        return false;
    }
    advance();
    std::vector<GqlDirective> ignored;
    if (!expectName(&f.typeCondition) || !parseDirectives(&ignored, false) ||
        !parseSelectionSet(&f.selections))
        return false;
    doc.fragments.push_back(std::move(f));
    return true;
}

bool GraphQlParser::parseSelectionSet(std::vector<GqlSelection> *out)
{
    if (!expectPunct("{"))
        return false;
    if (atPunct("}")) {
        fail(); // a selection set needs at least one selection
        return false;
    }
    while (!atPunct("}")) {
        GqlSelection s;
        s.line = m_tok.line;
        s.column = m_tok.column;
        if (atPunct("...")) {
            advance();
            if (atName("on")) {
                advance();
                s.kind = GqlSelection::InlineFragment;
                if (!expectName(&s.typeCondition))
                    return false;
            } else if (m_tok.kind == GraphQlLexer::Name) {
                s.kind = GqlSelection::FragmentSpread;
                s.name = m_tok.text;
                advance();
            } else {
                s.kind = GqlSelection::InlineFragment;
            }
            if (!parseDirectives(&s.directives, false))
                return false;
            if (s.kind == GqlSelection::InlineFragment && !parseSelectionSet(&s.selections))
                return false;
        } else {
            QByteArray first;
            if (!expectName(&first))
                return false;
            if (atPunct(":")) {
                advance();
                s.alias = first;
                if (!expectName(&s.name))
                    return false;
            } else {
                s.name = first;
            }
            if (atPunct("(") && !parseArguments(&s.arguments, false))
                return false;
            if (!parseDirectives(&s.directives, false))
                return false;
            if (atPunct("{") && !parseSelectionSet(&s.selections))
                return false;
        }
        out->push_back(std::move(s));
        if (m_failed)
            return false;
        if (m_tok.kind == GraphQlLexer::End) {
            fail();
            return false;
        }
    }
    advance();
    return true;
}

bool GraphQlParser::parseArguments(GqlArguments *out, bool constant)
{
    if (!expectPunct("("))
        return false;
    if (atPunct(")")) {
        fail();
        return false;
    }
    while (!atPunct(")")) {
        QByteArray name;
        GqlValue value;
        if (!expectName(&name) || !expectPunct(":") || !parseValue(&value, constant))
            return false;
        out->emplace_back(name, std::move(value));
        if (m_tok.kind == GraphQlLexer::End) {
            fail();
            return false;
        }
    }
    advance();
    return true;
}

bool GraphQlParser::parseDirectives(std::vector<GqlDirective> *out, bool constant)
{
    while (atPunct("@")) {
        advance();
        GqlDirective d;
        if (!expectName(&d.name))
            return false;
        if (atPunct("(") && !parseArguments(&d.arguments, constant))
            return false;
        out->push_back(std::move(d));
    }
    return true;
}

bool GraphQlParser::parseType(QByteArray *out)
{
    if (atPunct("[")) {
        advance();
        QByteArray inner;
        if (!parseType(&inner) || !expectPunct("]"))
            return false;
        *out = "[" + inner + "]";
    } else if (!expectName(out)) {
        return false;
    }
    if (atPunct("!")) {
        advance();
        *out += '!';
    }
    return true;
}

bool GraphQlParser::parseValue(GqlValue *out, bool constant)
{
    out->line = m_tok.line;
    out->column = m_tok.column;
    switch (m_tok.kind) {
    case GraphQlLexer::Int:
        out->kind = GqlValue::Int;
        out->text = m_tok.text;
        advance();
        return true;
    case GraphQlLexer::Float:
        out->kind = GqlValue::Float;
        out->text = m_tok.text;
        advance();
        return true;
    case GraphQlLexer::String:
        out->kind = GqlValue::String;
        out->text = m_tok.text;
        advance();
        return true;
    case GraphQlLexer::Name:
        if (m_tok.text == "true" || m_tok.text == "false") {
            out->kind = GqlValue::Boolean;
            out->boolean = m_tok.text == "true";
        } else if (m_tok.text == "null") {
            out->kind = GqlValue::Null;
        } else {
            out->kind = GqlValue::Enum;
            out->text = m_tok.text;
        }
        advance();
        return true;
    case GraphQlLexer::Punct:
        if (atPunct("$") && !constant) {
            advance();
            out->kind = GqlValue::Variable;
            return expectName(&out->text);
        }
        if (atPunct("[")) {
            advance();
            out->kind = GqlValue::List;
            while (!atPunct("]")) {
                GqlValue item;
                if (!parseValue(&item, constant))
                    return false;
                out->list.push_back(std::move(item));
                if (m_tok.kind == GraphQlLexer::End) {
                    fail();
                    return false;
                }
            }
            advance();
            return true;
        }
        if (atPunct("{")) {
            advance();
            out->kind = GqlValue::Object;
            while (!atPunct("}")) {
                QByteArray name;
                GqlValue item;
                if (!expectName(&name) || !expectPunct(":") || !parseValue(&item, constant))
                    return false;
                out->fields.emplace_back(name, std::move(item));
                if (m_tok.kind == GraphQlLexer::End) {
                    fail();
                    return false;
                }
            }
            advance();
            return true;
        }
        break;
    default:
        break;
    }
    fail();
    return false;
}

} // namespace storelens::sim
