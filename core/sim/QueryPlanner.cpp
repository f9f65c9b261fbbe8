#include "QueryPlanner.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace storelens::sim {

namespace {
const ShopifySchema &schema()
{
    return ShopifySchema::instance();
}

QByteArray jsonText(const QJsonValue &v)
{
    if (v.isString())
        return "\"" + v.toString().toUtf8() + "\"";
    if (v.isNull() || v.isUndefined())
        return "null";
    if (v.isBool())
        return v.toBool() ? "true" : "false";
    if (v.isDouble())
        return QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    return QJsonDocument(v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject()))
        .toJson(QJsonDocument::Compact);
}

QByteArray literalText(const GqlValue &v)
{
    switch (v.kind) {
    case GqlValue::Null:
        return "null";
    case GqlValue::Int:
    case GqlValue::Float:
    case GqlValue::Enum:
        return v.text;
    case GqlValue::String:
        return "\"" + v.text + "\"";
    case GqlValue::Boolean:
        return v.boolean ? "true" : "false";
    case GqlValue::Variable:
        return "$" + v.text;
    case GqlValue::List: {
        QByteArrayList items;
        for (const GqlValue &i : v.list)
            items.append(literalText(i));
        return "[" + items.join(", ") + "]";
    }
    case GqlValue::Object: {
        QByteArrayList items;
        for (const auto &f : v.fields)
            items.append(f.first + ": " + literalText(f.second));
        return "{" + items.join(", ") + "}";
    }
    }
    return {};
}

bool isIntegral(double d)
{
    return std::isfinite(d) && std::floor(d) == d;
}
} // namespace

const std::vector<PlanField> &PlanField::fieldsFor(const QByteArray &type) const
{
    static const std::vector<PlanField> none;
    if (!children)
        return none;
    const std::vector<PlanField> *f = children->forType(type);
    return f ? *f : none;
}

bool coerceInputValue(const QByteArray &type, const QJsonValue &in, QJsonValue *out,
                      QByteArray *explanation)
{
    if (in.isNull() || in.isUndefined()) {
        if (GqlTypeText::nonNull(type)) {
            *explanation = "Expected value to not be null";
            return false;
        }
        *out = QJsonValue::Null;
        return true;
    }
    const QByteArray t = GqlTypeText::nullable(type);
    if (GqlTypeText::isList(type)) {
        const QByteArray item = GqlTypeText::itemType(type);
        QJsonArray result;
        const QJsonArray source = in.isArray() ? in.toArray() : QJsonArray{in};
        for (const QJsonValue &v : source) {
            QJsonValue c;
            if (!coerceInputValue(item, v, &c, explanation))
                return false;
            result.append(c);
        }
        *out = result;
        return true;
    }
    const ShopifySchema::Type *st = schema().type(t);
    if (t == "Int") {
        if (!in.isDouble() || !isIntegral(in.toDouble()) ||
            std::fabs(in.toDouble()) > 2147483647.0) {
            *explanation = "Could not coerce value " + jsonText(in) + " to Int";
            return false;
        }
        *out = QJsonValue(qint64(in.toInteger()));
        return true;
    }
    if (t == "Float") {
        if (!in.isDouble()) {
            *explanation = "Could not coerce value " + jsonText(in) + " to Float";
            return false;
        }
        *out = in;
        return true;
    }
    if (t == "Boolean") {
        if (!in.isBool()) {
            *explanation = "Could not coerce value " + jsonText(in) + " to Boolean";
            return false;
        }
        *out = in;
        return true;
    }
    if (t == "ID" || t == "UnsignedInt64") {
        if (in.isString()) {
            *out = in;
            return true;
        }
        if (in.isDouble() && isIntegral(in.toDouble())) {
            *out = QString::number(in.toInteger());
            return true;
        }
        *explanation = "Could not coerce value " + jsonText(in) + " to " + t;
        return false;
    }
    if (st && st->kind == ShopifySchema::Type::Enum) {
        if (!in.isString() || !st->enumValues.contains(in.toString().toUtf8())) {
            *explanation =
                "Expected " + jsonText(in) + " to be one of: " + st->enumValues.join(", ");
            return false;
        }
        *out = in;
        return true;
    }
    if (st && st->kind == ShopifySchema::Type::Scalar) { // String, DateTime, URL, Decimal, ...
        if (!in.isString()) {
            *explanation = "Could not coerce value " + jsonText(in) + " to " + t;
            return false;
        }
        *out = in;
        return true;
    }
    *explanation = "Unknown input type " + t;
    return false;
}

QueryPlanner::QueryPlanner(const GqlDocument &doc, const QJsonObject &variables)
    : m_doc(doc)
    , m_rawVariables(variables)
{}

void QueryPlanner::error(const GqlError &e)
{
    for (const GqlError &x : m_errors)
        if (x.message == e.message && x.locations == e.locations)
            return;
    m_errors.append(e);
}

void QueryPlanner::coerceVariables(const GqlOperation &op)
{
    for (const GqlVariableDefinition &def : op.variables) {
        m_variableTypes.insert(def.name, def.type);
        m_variableHasDefault.insert(def.name, def.defaultValue.has_value());
        const ShopifySchema::Type *t = schema().type(GqlTypeText::baseName(def.type));
        if (!t || !(t->isLeaf())) {
            error(GqlError::make("Variable $" + def.name + " is declared with an unknown type " +
                                     def.type,
                                 "variableRequiresValidType", def.line, def.column));
            continue;
        }
        const QString name = QString::fromUtf8(def.name);
        QJsonValue value;
        QByteArray explanation;
        if (m_rawVariables.contains(name)) {
            if (!coerceInputValue(def.type, m_rawVariables.value(name), &value, &explanation)) {
                GqlError e = GqlError::make("Variable $" + def.name + " of type " + def.type +
                                                " was provided invalid value",
                                            "INVALID_VARIABLE", def.line, def.column);
                e.with("value", m_rawVariables.value(name));
                e.with("problems", QJsonArray{QJsonObject{{QStringLiteral("path"), QJsonArray()},
                                                          {QStringLiteral("explanation"),
                                                           QString::fromUtf8(explanation)}}});
                error(e);
                continue;
            }
            m_variables.insert(name, value);
        } else if (def.defaultValue) {
            if (literalToJson(def.type, *def.defaultValue, &value))
                m_variables.insert(name, value);
        } else if (GqlTypeText::nonNull(def.type)) {
            GqlError e = GqlError::make("Variable $" + def.name + " of type " + def.type +
                                            " was provided invalid value",
                                        "INVALID_VARIABLE", def.line, def.column);
            e.with("value", QJsonValue::Null);
            e.with("problems",
                   QJsonArray{QJsonObject{{QStringLiteral("path"), QJsonArray()},
                                          {QStringLiteral("explanation"),
                                           QStringLiteral("Expected value to not be null")}}});
            error(e);
        }
    }
}

bool QueryPlanner::literalToJson(const QByteArray &type, const GqlValue &v, QJsonValue *out)
{
    if (v.kind == GqlValue::Variable) {
        *out = m_variables.value(QString::fromUtf8(v.text));
        return true;
    }
    if (v.kind == GqlValue::Null) {
        *out = QJsonValue::Null;
        return !GqlTypeText::nonNull(type);
    }
    if (GqlTypeText::isList(type)) {
        const QByteArray item = GqlTypeText::itemType(type);
        QJsonArray arr;
        if (v.kind == GqlValue::List) {
            for (const GqlValue &i : v.list) {
                QJsonValue c;
                if (!literalToJson(item, i, &c))
                    return false;
                arr.append(c);
            }
        } else {
            QJsonValue c;
            if (!literalToJson(item, v, &c))
                return false;
            arr.append(c);
        }
        *out = arr;
        return true;
    }
    const QByteArray t = GqlTypeText::nullable(type);
    const ShopifySchema::Type *st = schema().type(t);
    if (t == "Int") {
        bool ok = false;
        const qint64 n = v.text.toLongLong(&ok);
        if (v.kind != GqlValue::Int || !ok || n > 2147483647 || n < -2147483648LL)
            return false;
        *out = QJsonValue(n);
        return true;
    }
    if (t == "Float") {
        if (v.kind != GqlValue::Int && v.kind != GqlValue::Float)
            return false;
        *out = v.text.toDouble();
        return true;
    }
    if (t == "Boolean") {
        if (v.kind != GqlValue::Boolean)
            return false;
        *out = v.boolean;
        return true;
    }
    if (t == "ID" || t == "UnsignedInt64") {
        if (v.kind != GqlValue::String && v.kind != GqlValue::Int)
            return false;
        *out = QString::fromUtf8(v.text);
        return true;
    }
    if (st && st->kind == ShopifySchema::Type::Enum) {
        if (v.kind != GqlValue::Enum || !st->enumValues.contains(v.text))
            return false;
        *out = QString::fromUtf8(v.text);
        return true;
    }
    if (st && st->kind == ShopifySchema::Type::Scalar) {
        if (v.kind != GqlValue::String)
            return false;
        *out = QString::fromUtf8(v.text);
        return true;
    }
    return false;
}

bool QueryPlanner::included(const std::vector<GqlDirective> &directives)
{
    for (const GqlDirective &d : directives) {
        if (d.name != "include" && d.name != "skip")
            continue;
        bool cond = false;
        for (const auto &a : d.arguments)
            if (a.first == "if") {
                QJsonValue v;
                literalToJson("Boolean!", a.second, &v);
                cond = v.toBool();
            }
        if ((d.name == "include") != cond)
            return false;
    }
    return true;
}

void QueryPlanner::gather(
    const QByteArray &concrete, const QByteArray &staticType, const std::vector<GqlSelection> &set,
    std::vector<std::pair<QByteArray, std::vector<const GqlSelection *>>> *byKey,
    std::vector<QByteArray> *fragmentPath)
{
    const ShopifySchema::Type *st = schema().type(staticType);
    for (const GqlSelection &s : set) {
        if (!included(s.directives))
            continue;
        if (s.kind == GqlSelection::Field) {
            if (s.name != "__typename" && (!st || !st->field(s.name))) {
                error(GqlError::make("Field '" + s.name + "' doesn't exist on type '" + staticType +
                                         "'",
                                     "undefinedField", s.line, s.column)
                          .with("typeName", QString::fromUtf8(staticType))
                          .with("fieldName", QString::fromUtf8(s.name)));
                continue;
            }
            const QByteArray key = s.responseKey();
            auto it = std::find_if(byKey->begin(), byKey->end(),
                                   [&](const auto &p) { return p.first == key; });
            if (it == byKey->end())
                byKey->push_back({key, {&s}});
            else
                it->second.push_back(&s);
            continue;
        }
        QByteArray condition = staticType;
        const std::vector<GqlSelection> *inner = &s.selections;
        if (s.kind == GqlSelection::FragmentSpread) {
            const GqlFragment *f = m_doc.fragment(s.name);
            if (!f) {
                error(GqlError::make("Fragment " + s.name + " was used, but not defined",
                                     "useAndDefineFragment", s.line, s.column)
                          .with("fragmentName", QString::fromUtf8(s.name)));
                continue;
            }
            if (std::find(fragmentPath->begin(), fragmentPath->end(), s.name) !=
                fragmentPath->end()) {
                error(GqlError::make("Fragment " + s.name + " contains an infinite loop",
                                     "infiniteLoop", s.line, s.column));
                continue;
            }
            condition = f->typeCondition;
            inner = &f->selections;
        } else if (!s.typeCondition.isEmpty()) {
            condition = s.typeCondition;
        }
        const ShopifySchema::Type *ct = schema().type(condition);
        if (!ct || ct->isLeaf()) {
            error(GqlError::make("No such type " + condition +
                                     ", so it can't be a fragment condition",
                                 "undefinedType", s.line, s.column)
                      .with("typeName", QString::fromUtf8(condition)));
            continue;
        }
        const bool possible = schema().satisfies(condition, staticType) ||
                              schema().satisfies(staticType, condition) ||
                              (ct->isAbstract() && st && st->isAbstract());
        if (!possible) {
            error(GqlError::make(
                "Fragment" +
                    (s.kind == GqlSelection::FragmentSpread ? " " + s.name : QByteArray()) +
                    " on " + condition + " can't be spread inside " + staticType,
                "cannotSpreadFragment", s.line, s.column));
            continue;
        }
        if (!schema().satisfies(concrete, condition))
            continue;
        if (s.kind == GqlSelection::FragmentSpread)
            fragmentPath->push_back(s.name);
        gather(concrete, condition, *inner, byKey, fragmentPath);
        if (s.kind == GqlSelection::FragmentSpread)
            fragmentPath->pop_back();
    }
}

bool QueryPlanner::coerceArgument(const ShopifySchema::Argument &def, const GqlValue &literal,
                                  const GqlSelection &field, const QByteArray &parentType,
                                  QJsonValue *out)
{
    Q_UNUSED(parentType)
    if (literal.kind == GqlValue::Variable) {
        const auto it = m_variableTypes.constFind(literal.text);
        if (it == m_variableTypes.constEnd()) {
            error(GqlError::make("Variable $" + literal.text + " is used by " + m_operationLabel +
                                     " but not declared",
                                 "variableNotDefined", literal.line, literal.column)
                      .with("variableName", QString::fromUtf8(literal.text)));
            return false;
        }
        const QByteArray varType = *it;
        const bool sameShape = GqlTypeText::baseName(varType) == GqlTypeText::baseName(def.type) &&
                               varType.count('[') == def.type.count('[');
        if (!sameShape) {
            error(GqlError::make("Type mismatch on variable $" + literal.text + " and argument " +
                                     def.name + " (" + varType + " / " + def.type + ")",
                                 "variableMismatch", literal.line, literal.column)
                      .with("variableName", QString::fromUtf8(literal.text))
                      .with("typeName", QString::fromUtf8(varType))
                      .with("argumentName", QString::fromUtf8(def.name)));
            return false;
        }
        if (GqlTypeText::nonNull(def.type) && !GqlTypeText::nonNull(varType) &&
            !m_variableHasDefault.value(literal.text) && !def.defaultValue) {
            error(GqlError::make("Nullability mismatch on variable $" + literal.text +
                                     " and argument " + def.name + " (" + varType + " / " +
                                     def.type + ")",
                                 "variableMismatch", literal.line, literal.column)
                      .with("variableName", QString::fromUtf8(literal.text))
                      .with("typeName", QString::fromUtf8(varType))
                      .with("argumentName", QString::fromUtf8(def.name)));
            return false;
        }
        const QString name = QString::fromUtf8(literal.text);
        if (!m_variables.contains(name))
            return false; // not given: the argument's default applies
        *out = m_variables.value(name);
        return true;
    }
    if (!literalToJson(def.type, literal, out)) {
        error(GqlError::make("Argument '" + def.name + "' on Field '" + field.name +
                                 "' has an invalid value (" + literalText(literal) +
                                 "). Expected type '" + def.type + "'.",
                             "argumentLiteralsIncompatible", literal.line, literal.column)
                  .with("typeName", QStringLiteral("Field"))
                  .with("argumentName", QString::fromUtf8(def.name)));
        return false;
    }
    return true;
}

std::vector<PlanField>
QueryPlanner::collect(const QByteArray &concrete, const QByteArray &staticType,
                      const std::vector<const std::vector<GqlSelection> *> &sets)
{
    std::vector<std::pair<QByteArray, std::vector<const GqlSelection *>>> byKey;
    std::vector<QByteArray> fragmentPath;
    for (const auto *set : sets)
        gather(concrete, staticType, *set, &byKey, &fragmentPath);

    const ShopifySchema::Type *ct = schema().type(concrete);
    std::vector<PlanField> out;
    for (const auto &[key, occurrences] : byKey) {
        const GqlSelection &s = *occurrences.front();
        PlanField f;
        f.key = key;
        f.jsonKey = "\"" + key + "\":"; // names are [_A-Za-z0-9]: nothing to escape
        f.name = s.name;
        f.nameHash = fieldHash(s.name.constData());
        f.line = s.line;
        f.column = s.column;
        if (s.name == "__typename") {
            f.typeText = "String!";
            f.baseType = "String";
            out.push_back(f);
            continue;
        }
        const ShopifySchema::Field *def = ct ? ct->field(s.name) : nullptr;
        if (!def)
            continue;
        f.typeText = def->type;
        f.baseType = GqlTypeText::baseName(def->type);
        f.list = GqlTypeText::isList(def->type);
        f.nonNull = GqlTypeText::nonNull(def->type);
        const ShopifySchema::Type *rt = schema().type(f.baseType);
        f.leaf = rt && rt->isLeaf();
        f.connection = rt && rt->isConnection();

        // Arguments.
        for (const auto &[argName, literal] : s.arguments) {
            const ShopifySchema::Argument *a = def->argument(argName);
            if (!a) {
                error(GqlError::make("Field '" + s.name + "' doesn't accept argument '" + argName +
                                         "'",
                                     "argumentNotAccepted", literal.line, literal.column)
                          .with("name", QString::fromUtf8(s.name))
                          .with("typeName", QStringLiteral("Field"))
                          .with("argumentName", QString::fromUtf8(argName)));
                continue;
            }
            QJsonValue v;
            if (coerceArgument(*a, literal, s, staticType, &v))
                f.args.insert(QString::fromUtf8(argName), v);
        }
        QByteArrayList missing;
        for (const ShopifySchema::Argument &a : def->arguments) {
            const QString n = QString::fromUtf8(a.name);
            if (f.args.contains(n))
                continue;
            if (a.defaultValue) {
                QJsonValue v;
                if (literalToJson(a.type, *a.defaultValue, &v))
                    f.args.insert(n, v);
                continue;
            }
            const bool given = std::any_of(s.arguments.begin(), s.arguments.end(),
                                           [&](const auto &p) { return p.first == a.name; });
            if (GqlTypeText::nonNull(a.type) && !given)
                missing.append(a.name);
        }
        if (!missing.isEmpty())
            error(GqlError::make("Field '" + s.name +
                                     "' is missing required arguments: " + missing.join(", "),
                                 "missingRequiredArguments", s.line, s.column)
                      .with("className", QStringLiteral("Field"))
                      .with("name", QString::fromUtf8(s.name))
                      .with("arguments", QString::fromUtf8(missing.join(", "))));

        // Sub-selection.
        bool hasSelections = false;
        for (const GqlSelection *o : occurrences)
            hasSelections = hasSelections || !o->selections.empty();
        if (f.leaf && hasSelections) {
            error(GqlError::make("Selections can't be made on scalars (field '" + s.name +
                                     "' returns " + f.baseType + " but has selections [" +
                                     s.selections.front().name + "])",
                                 "selectionMismatch", s.line, s.column)
                      .with("nodeName", QStringLiteral("field '%1'").arg(QString::fromUtf8(s.name)))
                      .with("typeName", QString::fromUtf8(f.baseType)));
            continue;
        }
        if (!f.leaf && !hasSelections) {
            error(GqlError::make("Field must have selections (field '" + s.name + "' returns " +
                                     f.baseType + " but has no selections. Did you mean '" +
                                     s.name + " { ... }'?)",
                                 "selectionMismatch", s.line, s.column)
                      .with("nodeName", QStringLiteral("field '%1'").arg(QString::fromUtf8(s.name)))
                      .with("typeName", QString::fromUtf8(f.baseType)));
            continue;
        }
        if (!f.leaf) {
            std::vector<const std::vector<GqlSelection> *> childSets;
            for (const GqlSelection *o : occurrences)
                childSets.push_back(&o->selections);
            f.children = std::make_shared<PlanChildren>();
            QByteArrayList concretes =
                rt->isAbstract() ? rt->possibleTypes : QByteArrayList{f.baseType};
            for (const QByteArray &c : concretes)
                f.children->byType.push_back({c, collect(c, f.baseType, childSets)});
        }
        out.push_back(std::move(f));
    }
    return out;
}

void QueryPlanner::markFragmentsUsed(const std::vector<GqlSelection> &set, QByteArrayList *used)
{
    for (const GqlSelection &s : set) {
        if (s.kind == GqlSelection::FragmentSpread && !used->contains(s.name)) {
            used->append(s.name);
            if (const GqlFragment *f = m_doc.fragment(s.name))
                markFragmentsUsed(f->selections, used);
        }
        markFragmentsUsed(s.selections, used);
    }
}

void QueryPlanner::markVariablesUsed(const std::vector<GqlSelection> &set, QByteArrayList *used,
                                     QByteArrayList *seenFragments)
{
    std::function<void(const GqlValue &)> visit = [&](const GqlValue &v) {
        if (v.kind == GqlValue::Variable && !used->contains(v.text))
            used->append(v.text);
        for (const GqlValue &i : v.list)
            visit(i);
        for (const auto &f : v.fields)
            visit(f.second);
    };
    for (const GqlSelection &s : set) {
        for (const auto &a : s.arguments)
            visit(a.second);
        for (const GqlDirective &d : s.directives)
            for (const auto &a : d.arguments)
                visit(a.second);
        if (s.kind == GqlSelection::FragmentSpread && !seenFragments->contains(s.name)) {
            seenFragments->append(s.name);
            if (const GqlFragment *f = m_doc.fragment(s.name))
                markVariablesUsed(f->selections, used, seenFragments);
        }
        markVariablesUsed(s.selections, used, seenFragments);
    }
}

std::optional<QueryPlan> QueryPlanner::plan(const QByteArray &operationName,
                                            QList<GqlError> *errors)
{
    const GqlOperation *op = nullptr;
    if (!operationName.isEmpty()) {
        for (const GqlOperation &o : m_doc.operations)
            if (o.name == operationName)
                op = &o;
        if (!op)
            error(GqlError::make("No operation named \"" + operationName + "\"", {}));
    } else if (m_doc.operations.size() == 1) {
        op = &m_doc.operations.front();
    } else if (m_doc.operations.empty()) {
        error(GqlError::make("No operations in query document", {}));
    } else {
        error(GqlError::make("An operation name is required", {}));
    }
    if (op) {
        m_operationLabel = op->name.isEmpty() ? "anonymous " + op->kind : op->name;
        // Fragments: every one used, every type condition known.
        QByteArrayList used;
        for (const GqlOperation &o : m_doc.operations)
            markFragmentsUsed(o.selections, &used);
        for (const GqlFragment &f : m_doc.fragments) {
            if (!used.contains(f.name))
                error(GqlError::make("Fragment " + f.name + " was defined, but not used",
                                     "useAndDefineFragment", f.line, f.column)
                          .with("fragmentName", QString::fromUtf8(f.name)));
        }
        coerceVariables(*op);
        QByteArrayList usedVariables, seen;
        markVariablesUsed(op->selections, &usedVariables, &seen);
        for (const GqlVariableDefinition &v : op->variables)
            if (!usedVariables.contains(v.name))
                error(GqlError::make("Variable $" + v.name + " is declared by " + m_operationLabel +
                                         " but not used",
                                     "variableNotUsed", v.line, v.column)
                          .with("variableName", QString::fromUtf8(v.name)));
    }
    QueryPlan plan;
    if (op) {
        plan.operationKind = op->kind;
        plan.operationName = op->name;
        if (op->kind == "query") {
            plan.rootType = "QueryRoot";
        } else if (op->kind == "mutation") {
            plan.rootType = "Mutation";
        } else {
            error(GqlError::make("Schema is not configured for subscriptions",
                                 "missingSubscriptionConfiguration", op->line, op->column));
        }
        if (!plan.rootType.isEmpty())
            plan.root = collect(plan.rootType, plan.rootType, {&op->selections});
    }
    if (!m_errors.isEmpty()) {
        *errors = m_errors;
        return std::nullopt;
    }
    return plan;
}

} // namespace storelens::sim
