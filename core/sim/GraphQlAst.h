#pragma once

#include <QByteArray>
#include <QList>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace storelens::sim {

// The parts of a GraphQL executable document (spec, October 2021), as parsed
// by GraphQlParser. Types of variables are kept as text ("[ID!]!").

struct GqlValue
{
    enum Kind
    {
        Null,
        Int,
        Float,
        String,
        Boolean,
        Enum,
        List,
        Object,
        Variable
    };
    Kind kind = Null;
    QByteArray text; // Int/Float digits, String content, Enum or Variable name
    bool boolean = false;
    std::vector<GqlValue> list;
    std::vector<std::pair<QByteArray, GqlValue>> fields;
    int line = 0, column = 0;
};

using GqlArguments = std::vector<std::pair<QByteArray, GqlValue>>;

struct GqlDirective
{
    QByteArray name;
    GqlArguments arguments;
};

struct GqlSelection
{
    enum Kind
    {
        Field,
        FragmentSpread,
        InlineFragment
    };
    Kind kind = Field;
    QByteArray alias; // empty = the field name
    QByteArray name;  // field or fragment name
    QByteArray typeCondition;
    GqlArguments arguments;
    std::vector<GqlDirective> directives;
    std::vector<GqlSelection> selections;
    int line = 0, column = 0;

    QByteArray responseKey() const { return alias.isEmpty() ? name : alias; }
};

struct GqlVariableDefinition
{
    QByteArray name;
    QByteArray type;
    std::optional<GqlValue> defaultValue;
    int line = 0, column = 0;
};

struct GqlOperation
{
    QByteArray kind = "query"; // query, mutation, subscription
    QByteArray name;
    std::vector<GqlVariableDefinition> variables;
    std::vector<GqlDirective> directives;
    std::vector<GqlSelection> selections;
    int line = 0, column = 0;
};

struct GqlFragment
{
    QByteArray name;
    QByteArray typeCondition;
    std::vector<GqlSelection> selections;
    int line = 0, column = 0;
};

struct GqlDocument
{
    std::vector<GqlOperation> operations;
    std::vector<GqlFragment> fragments;

    const GqlFragment *fragment(const QByteArray &name) const
    {
        for (const GqlFragment &f : fragments)
            if (f.name == name)
                return &f;
        return nullptr;
    }
};

// Helpers on type text such as "[ID!]!".
struct GqlTypeText
{
    static bool nonNull(const QByteArray &t) { return t.endsWith('!'); }
    static QByteArray nullable(const QByteArray &t) { return nonNull(t) ? t.chopped(1) : t; }
    static bool isList(const QByteArray &t) { return nullable(t).startsWith('['); }
    static QByteArray itemType(const QByteArray &t)
    {
        const QByteArray n = nullable(t);
        return n.mid(1, n.size() - 2);
    }
    static QByteArray baseName(const QByteArray &t)
    {
        QByteArray out;
        for (char c : t)
            if (c != '[' && c != ']' && c != '!')
                out += c;
        return out;
    }
};

} // namespace storelens::sim
