#pragma once

#include "GraphQlAst.h"

#include <QByteArrayList>
#include <QHash>

namespace storelens::sim {

// The subset of Shopify's Admin API schema (version 2026-04) that the
// simulator serves: type and field names, argument and return types with
// their nullability exactly as in Shopify's introspection. Written into the
// source as SDL; the full schema is never loaded at run time.
class ShopifySchema
{
public:
    struct Argument
    {
        QByteArray name;
        QByteArray type;
        std::optional<GqlValue> defaultValue;
    };
    struct Field
    {
        QByteArray name;
        QByteArray type;
        std::vector<Argument> arguments;
        const Argument *argument(const QByteArray &n) const
        {
            for (const Argument &a : arguments)
                if (a.name == n)
                    return &a;
            return nullptr;
        }
    };
    struct Type
    {
        enum Kind
        {
            Scalar,
            Enum,
            Object,
            Interface
        };
        Kind kind = Object;
        QByteArray name;
        std::vector<Field> fields;
        QByteArrayList interfaces;
        QByteArrayList possibleTypes; // interfaces: the implementing objects
        QByteArrayList enumValues;
        const Field *field(const QByteArray &n) const
        {
            for (const Field &f : fields)
                if (f.name == n)
                    return &f;
            return nullptr;
        }
        bool isLeaf() const { return kind == Scalar || kind == Enum; }
        bool isAbstract() const { return kind == Interface; }
        bool isConnection() const { return kind == Object && name.endsWith("Connection"); }
    };

    static const ShopifySchema &instance();
    const Type *type(const QByteArray &name) const
    {
        const auto it = m_types.constFind(name);
        return it == m_types.constEnd() ? nullptr : &*it;
    }
    // Whether `object` is, or implements, `typeCondition`.
    bool satisfies(const QByteArray &object, const QByteArray &typeCondition) const;
    // The node type of a connection type (OrderConnection -> Order).
    QByteArray connectionNodeType(const QByteArray &connection) const;

private:
    ShopifySchema();
    QHash<QByteArray, Type> m_types;
};

} // namespace storelens::sim
