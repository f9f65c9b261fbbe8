#include "RequestedQueryCost.h"

#include <QHash>
#include <QMutex>

#include <algorithm>

namespace storelens {

namespace {

constexpr int kMutationFieldCost = 10;
// Costs far beyond any limit are all "too much"; saturate instead of overflowing.
constexpr qint64 kCostCeiling = qint64(1) << 50;
// Fragments spreading fragments: deeper than this is a cycle.
constexpr int kMaxFragmentDepth = 64;

qint64 saturatedAdd(qint64 a, qint64 b)
{
    return std::min(kCostCeiling, a + b);
}

qint64 saturatedMul(qint64 a, qint64 b)
{
    if (a == 0 || b == 0)
        return 0;
    return a > kCostCeiling / b ? kCostCeiling : std::min(kCostCeiling, a * b);
}

// An argument value as far as cost needs it: page sizes and @include/@skip conditions.
struct Arg
{
    enum Kind
    {
        Absent,
        Null,
        Int,
        Bool,
        Variable,
        Other
    };
    Kind kind = Absent;
    qint64 number = 0;
    bool flag = false;
    QString variable;

    bool operator==(const Arg &o) const
    {
        return kind == o.kind && number == o.number && flag == o.flag && variable == o.variable;
    }
};

// An @include(if:) (include = true) or @skip(if:) (include = false) directive.
struct Condition
{
    bool include = true;
    Arg value;
    bool operator==(const Condition &o) const { return include == o.include && value == o.value; }
};

// --- reading the document ----------------------------------------------------

struct Token
{
    enum Type
    {
        End,
        Punct,
        Spread,
        Name,
        Int,
        Float,
        String
    };
    Type type = End;
    QString text;
};

struct RawSelection
{
    enum Kind
    {
        Field,
        Spread,
        Inline
    };
    Kind kind = Field;
    QString alias;
    QString name;          // field name, or the spread fragment's name
    QString typeCondition; // inline fragments
    Arg first, last;
    std::vector<Condition> conditions;
    bool hasSelection = false;
    std::vector<RawSelection> selections;
};

struct RawFragment
{
    std::vector<RawSelection> selections;
};

struct Reader
{
    std::vector<Token> tokens;
    size_t pos = 0;
    QString error;

    const Token &peek() const { return tokens[std::min(pos, tokens.size() - 1)]; }
    Token next()
    {
        Token t = peek();
        if (pos < tokens.size())
            ++pos;
        return t;
    }
    bool isPunct(const char *p) const
    {
        return peek().type == Token::Punct && peek().text == QLatin1String(p);
    }
    bool isName(const char *n) const
    {
        return peek().type == Token::Name && peek().text == QLatin1String(n);
    }
    bool fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
        return false;
    }
    bool expectPunct(const char *p)
    {
        if (!isPunct(p))
            return fail(QStringLiteral("expected '%1' at '%2'")
                            .arg(QLatin1String(p), peek().text.left(40)));
        next();
        return true;
    }
    bool expectName(QString *out)
    {
        if (peek().type != Token::Name)
            return fail(QStringLiteral("expected a name at '%1'").arg(peek().text.left(40)));
        *out = next().text;
        return true;
    }
};

bool isNameStart(QChar c)
{
    return c == QLatin1Char('_') || (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool tokenize(const QString &text, std::vector<Token> *out, QString *error)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    auto at = [&](qsizetype k) {
        return k < n ? text.at(k) : QChar();
    };
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
            c == QLatin1Char('\r') || c == QLatin1Char(',') || c == QChar(0xFEFF)) {
            ++i;
        } else if (c == QLatin1Char('#')) {
            while (i < n && text.at(i) != QLatin1Char('\n') && text.at(i) != QLatin1Char('\r'))
                ++i;
        } else if (c == QLatin1Char('.')) {
            if (at(i + 1) != QLatin1Char('.') || at(i + 2) != QLatin1Char('.')) {
                *error = QStringLiteral("a lone '.'");
                return false;
            }
            out->push_back({Token::Spread, QStringLiteral("...")});
            i += 3;
        } else if (QStringLiteral("!$&()[]{}:=@|").contains(c)) {
            out->push_back({Token::Punct, QString(c)});
            ++i;
        } else if (isNameStart(c)) {
            const qsizetype start = i;
            while (i < n && (isNameStart(text.at(i)) || isDigit(text.at(i))))
                ++i;
            out->push_back({Token::Name, text.mid(start, i - start)});
        } else if (c == QLatin1Char('-') || isDigit(c)) {
            const qsizetype start = i;
            bool isFloat = false;
            if (c == QLatin1Char('-'))
                ++i;
            if (!isDigit(at(i))) {
                *error = QStringLiteral("a malformed number");
                return false;
            }
            while (isDigit(at(i)))
                ++i;
            if (at(i) == QLatin1Char('.')) {
                isFloat = true;
                ++i;
                while (isDigit(at(i)))
                    ++i;
            }
            if (at(i) == QLatin1Char('e') || at(i) == QLatin1Char('E')) {
                isFloat = true;
                ++i;
                if (at(i) == QLatin1Char('+') || at(i) == QLatin1Char('-'))
                    ++i;
                while (isDigit(at(i)))
                    ++i;
            }
            out->push_back({isFloat ? Token::Float : Token::Int, text.mid(start, i - start)});
        } else if (c == QLatin1Char('"')) {
            const qsizetype start = i;
            if (at(i + 1) == QLatin1Char('"') && at(i + 2) == QLatin1Char('"')) {
                // A block string: up to the next unescaped """.
                i += 3;
                for (;;) {
                    if (i >= n) {
                        *error = QStringLiteral("an unterminated block string");
                        return false;
                    }
                    if (text.at(i) == QLatin1Char('\\') &&
                        text.mid(i + 1, 3) == QLatin1String("\"\"\"")) {
                        i += 4;
                    } else if (text.mid(i, 3) == QLatin1String("\"\"\"")) {
                        i += 3;
                        break;
                    } else {
                        ++i;
                    }
                }
            } else {
                ++i;
                for (;;) {
                    if (i >= n || text.at(i) == QLatin1Char('\n')) {
                        *error = QStringLiteral("an unterminated string");
                        return false;
                    }
                    if (text.at(i) == QLatin1Char('\\')) {
                        i += 2;
                    } else if (text.at(i) == QLatin1Char('"')) {
                        ++i;
                        break;
                    } else {
                        ++i;
                    }
                }
            }
            out->push_back({Token::String, text.mid(start, i - start)});
        } else {
            *error = QStringLiteral("an unexpected character '%1'").arg(c);
            return false;
        }
    }
    out->push_back({Token::End, QStringLiteral("<end>")});
    return true;
}

bool readValue(Reader &r, Arg *out, int depth = 0)
{
    if (depth > 32)
        return r.fail(QStringLiteral("values nested too deeply"));
    const Token t = r.peek();
    switch (t.type) {
    case Token::Punct:
        if (t.text == QLatin1String("$")) {
            r.next();
            out->kind = Arg::Variable;
            return r.expectName(&out->variable);
        }
        if (t.text == QLatin1String("[")) {
            r.next();
            while (!r.isPunct("]")) {
                Arg ignored;
                if (!readValue(r, &ignored, depth + 1))
                    return false;
            }
            r.next();
            out->kind = Arg::Other;
            return true;
        }
        if (t.text == QLatin1String("{")) {
            r.next();
            while (!r.isPunct("}")) {
                QString name;
                Arg ignored;
                if (!r.expectName(&name) || !r.expectPunct(":") ||
                    !readValue(r, &ignored, depth + 1))
                    return false;
            }
            r.next();
            out->kind = Arg::Other;
            return true;
        }
        return r.fail(QStringLiteral("expected a value at '%1'").arg(t.text));
    case Token::Int: {
        r.next();
        bool ok = false;
        out->number = t.text.toLongLong(&ok);
        out->kind = ok ? Arg::Int : Arg::Other;
        return true;
    }
    case Token::Float:
    case Token::String:
        r.next();
        out->kind = Arg::Other;
        return true;
    case Token::Name:
        r.next();
        if (t.text == QLatin1String("true") || t.text == QLatin1String("false")) {
            out->kind = Arg::Bool;
            out->flag = t.text == QLatin1String("true");
        } else if (t.text == QLatin1String("null")) {
            out->kind = Arg::Null;
        } else {
            out->kind = Arg::Other; // an enum value
        }
        return true;
    default:
        return r.fail(QStringLiteral("expected a value at the end"));
    }
}

// (name: value ...), keeping page sizes.
bool readArguments(Reader &r, Arg *first, Arg *last)
{
    if (!r.isPunct("("))
        return true;
    r.next();
    while (!r.isPunct(")")) {
        QString name;
        Arg value;
        if (!r.expectName(&name) || !r.expectPunct(":") || !readValue(r, &value))
            return false;
        if (name == QLatin1String("first"))
            *first = value;
        else if (name == QLatin1String("last"))
            *last = value;
    }
    r.next();
    return true;
}

bool readDirectives(Reader &r, std::vector<Condition> *conditions)
{
    while (r.isPunct("@")) {
        r.next();
        QString name;
        if (!r.expectName(&name))
            return false;
        const bool include = name == QLatin1String("include");
        const bool skip = name == QLatin1String("skip");
        if (!r.isPunct("("))
            continue;
        r.next();
        while (!r.isPunct(")")) {
            QString arg;
            Arg value;
            if (!r.expectName(&arg) || !r.expectPunct(":") || !readValue(r, &value))
                return false;
            if ((include || skip) && arg == QLatin1String("if"))
                conditions->push_back({include, value});
        }
        r.next();
    }
    return true;
}

bool readType(Reader &r)
{
    if (r.isPunct("[")) {
        r.next();
        if (!readType(r) || !r.expectPunct("]"))
            return false;
    } else {
        QString name;
        if (!r.expectName(&name))
            return false;
    }
    if (r.isPunct("!"))
        r.next();
    return true;
}

bool readSelectionSet(Reader &r, std::vector<RawSelection> *out, int depth)
{
    if (depth > 64)
        return r.fail(QStringLiteral("selections nested too deeply"));
    if (!r.expectPunct("{"))
        return false;
    while (!r.isPunct("}")) {
        if (r.peek().type == Token::End)
            return r.fail(QStringLiteral("an unclosed selection set"));
        RawSelection s;
        if (r.peek().type == Token::Spread) {
            r.next();
            if (r.isName("on")) {
                r.next();
                s.kind = RawSelection::Inline;
                if (!r.expectName(&s.typeCondition))
                    return false;
            } else if (r.peek().type == Token::Name) {
                s.kind = RawSelection::Spread;
                s.name = r.next().text;
            } else {
                s.kind = RawSelection::Inline; // no type condition
            }
            if (!readDirectives(r, &s.conditions))
                return false;
            if (s.kind == RawSelection::Inline) {
                s.hasSelection = true;
                if (!readSelectionSet(r, &s.selections, depth + 1))
                    return false;
            }
        } else {
            if (!r.expectName(&s.name))
                return false;
            if (r.isPunct(":")) {
                r.next();
                s.alias = s.name;
                if (!r.expectName(&s.name))
                    return false;
            }
            if (!readArguments(r, &s.first, &s.last) || !readDirectives(r, &s.conditions))
                return false;
            if (r.isPunct("{")) {
                s.hasSelection = true;
                if (!readSelectionSet(r, &s.selections, depth + 1))
                    return false;
            }
        }
        out->push_back(std::move(s));
    }
    r.next();
    return true;
}

// --- the cost tree ------------------------------------------------------------

using Fragments = QHash<QString, RawFragment>;

// A field occurrence with the conditions of the fragments it came through.
struct Occurrence
{
    const RawSelection *field = nullptr;
    std::vector<Condition> conditions;
};

// The field occurrences of selection sets per type group: "" for the fields
// every type has, a type name for an inline fragment's fields.
struct Gathered
{
    QStringList groups; // in document order, without ""
    QHash<QString, std::vector<Occurrence>> fields;
};

bool gather(const std::vector<RawSelection> &set, const QString &group,
            const std::vector<Condition> &conditions, const Fragments &fragments, int depth,
            Gathered *out, QString *error)
{
    if (depth > kMaxFragmentDepth) {
        *error = QStringLiteral("fragments spread each other in a cycle");
        return false;
    }
    for (const RawSelection &s : set) {
        std::vector<Condition> c = conditions;
        c.insert(c.end(), s.conditions.begin(), s.conditions.end());
        switch (s.kind) {
        case RawSelection::Field:
            out->fields[group].push_back({&s, c});
            break;
        case RawSelection::Spread: {
            const auto it = fragments.constFind(s.name);
            if (it == fragments.constEnd()) {
                *error = QStringLiteral("fragment %1 is not defined").arg(s.name);
                return false;
            }
            // Our named fragments are on the field's own type: common fields.
            if (!gather(it->selections, group, c, fragments, depth + 1, out, error))
                return false;
            break;
        }
        case RawSelection::Inline: {
            // A type condition inside a type's group narrows within that type.
            QString g = group;
            if (group.isEmpty() && !s.typeCondition.isEmpty()) {
                g = s.typeCondition;
                if (!out->groups.contains(g))
                    out->groups << g;
            }
            if (!gather(s.selections, g, c, fragments, depth + 1, out, error))
                return false;
            break;
        }
        }
    }
    return true;
}

} // namespace

struct RequestedQueryCost::Field
{
    QString name;
    bool leaf = true;
    bool connection = false;
    Arg first, last;
    std::vector<Condition> conditions;
    std::vector<std::vector<Field>> variants; // the sub-selection, per possible type
};

namespace {

using Field = RequestedQueryCost::Field;

bool buildVariants(const std::vector<const std::vector<RawSelection> *> &sets,
                   const Fragments &fragments, std::vector<std::vector<Field>> *out, QString *error,
                   int depth);

// Merges occurrences by response key (and conditions) into fields.
bool merge(const std::vector<Occurrence> &occurrences, const Fragments &fragments,
           std::vector<Field> *out, QString *error, int depth)
{
    struct Group
    {
        QString key;
        std::vector<Condition> conditions;
        std::vector<const RawSelection *> fields;
    };
    std::vector<Group> groups;
    for (const Occurrence &o : occurrences) {
        const QString key = o.field->alias.isEmpty() ? o.field->name : o.field->alias;
        auto it = std::find_if(groups.begin(), groups.end(), [&](const Group &g) {
            return g.key == key && g.conditions == o.conditions;
        });
        if (it == groups.end()) {
            groups.push_back({key, o.conditions, {}});
            it = groups.end() - 1;
        }
        it->fields.push_back(o.field);
    }
    for (const Group &g : groups) {
        const RawSelection &head = *g.fields.front();
        Field f;
        f.name = head.name;
        f.first = head.first;
        f.last = head.last;
        f.conditions = g.conditions;
        std::vector<const std::vector<RawSelection> *> sets;
        for (const RawSelection *s : g.fields)
            if (s->hasSelection)
                sets.push_back(&s->selections);
        f.leaf = sets.empty();
        if (!f.leaf) {
            if (!buildVariants(sets, fragments, &f.variants, error, depth + 1))
                return false;
            for (const std::vector<Field> &v : f.variants)
                for (const Field &c : v)
                    if (c.name == QLatin1String("edges") || c.name == QLatin1String("nodes"))
                        f.connection = true;
        }
        out->push_back(std::move(f));
    }
    return true;
}

bool buildVariants(const std::vector<const std::vector<RawSelection> *> &sets,
                   const Fragments &fragments, std::vector<std::vector<Field>> *out, QString *error,
                   int depth)
{
    if (depth > 128) {
        *error = QStringLiteral("selections nested too deeply");
        return false;
    }
    Gathered g;
    for (const std::vector<RawSelection> *set : sets)
        if (!gather(*set, QString(), {}, fragments, 0, &g, error))
            return false;
    const std::vector<Occurrence> common = g.fields.value(QString());
    // The fields every type has; then, per inline fragment type, those plus its own.
    out->emplace_back();
    if (!merge(common, fragments, &out->back(), error, depth))
        return false;
    for (const QString &type : std::as_const(g.groups)) {
        std::vector<Occurrence> all = common;
        const std::vector<Occurrence> own = g.fields.value(type);
        all.insert(all.end(), own.begin(), own.end());
        out->emplace_back();
        if (!merge(all, fragments, &out->back(), error, depth))
            return false;
    }
    return true;
}

// --- evaluation -----------------------------------------------------------------

QJsonValue lookup(const QString &variable, const QJsonObject &variables,
                  const QJsonObject &defaults)
{
    const auto it = variables.constFind(variable);
    if (it != variables.constEnd())
        return it.value();
    return defaults.value(variable);
}

qint64 sizeOf(const Arg &a, const QJsonObject &variables, const QJsonObject &defaults)
{
    switch (a.kind) {
    case Arg::Int:
        return std::max<qint64>(0, a.number);
    case Arg::Variable: {
        const QJsonValue v = lookup(a.variable, variables, defaults);
        return v.isDouble() ? std::max<qint64>(0, v.toInteger()) : 0;
    }
    default:
        return 0;
    }
}

bool included(const std::vector<Condition> &conditions, const QJsonObject &variables,
              const QJsonObject &defaults)
{
    for (const Condition &c : conditions) {
        bool value = c.include; // an unknown condition: count the field
        if (c.value.kind == Arg::Bool)
            value = c.value.flag;
        else if (c.value.kind == Arg::Variable) {
            const QJsonValue v = lookup(c.value.variable, variables, defaults);
            if (v.isBool())
                value = v.toBool();
        }
        if (value != c.include)
            return false;
    }
    return true;
}

struct Evaluator
{
    const QJsonObject &variables;
    const QJsonObject &defaults;

    qint64 fieldCost(const Field &f) const
    {
        if (f.leaf || f.name == QLatin1String("__typename") ||
            !included(f.conditions, variables, defaults))
            return 0;
        if (f.connection) {
            const qint64 size = f.first.kind != Arg::Absent ? sizeOf(f.first, variables, defaults)
                                                            : sizeOf(f.last, variables, defaults);
            return saturatedAdd(2, saturatedMul(size, nodeCost(f)));
        }
        return objectCost(f);
    }

    qint64 selectionCost(const std::vector<std::vector<Field>> &variants) const
    {
        qint64 best = 0;
        for (const std::vector<Field> &v : variants) {
            qint64 sum = 0;
            for (const Field &c : v)
                sum = saturatedAdd(sum, fieldCost(c));
            best = std::max(best, sum);
        }
        return best;
    }

    qint64 objectCost(const Field &f) const { return saturatedAdd(1, selectionCost(f.variants)); }

    // One node of a connection, through `nodes` or `edges { node }`.
    qint64 nodeCost(const Field &connection) const
    {
        qint64 best = 0;
        for (const std::vector<Field> &v : connection.variants) {
            qint64 sum = 0;
            for (const Field &c : v) {
                if (!included(c.conditions, variables, defaults))
                    continue;
                if (c.name == QLatin1String("nodes") && !c.leaf) {
                    sum = saturatedAdd(sum, objectCost(c));
                } else if (c.name == QLatin1String("edges") && !c.leaf) {
                    qint64 edge = 0;
                    for (const std::vector<Field> &ev : c.variants) {
                        qint64 nodes = 0;
                        for (const Field &e : ev)
                            if (e.name == QLatin1String("node") && !e.leaf &&
                                included(e.conditions, variables, defaults))
                                nodes = saturatedAdd(nodes, objectCost(e));
                        edge = std::max(edge, nodes);
                    }
                    sum = saturatedAdd(sum, edge);
                }
            }
            best = std::max(best, sum);
        }
        return best;
    }
};

} // namespace

RequestedQueryCost::RequestedQueryCost(const QString &document)
{
    Reader r;
    if (!tokenize(document, &r.tokens, &m_error)) {
        m_error = QStringLiteral("unreadable GraphQL document: ") + m_error;
        return;
    }
    Fragments fragments;
    std::vector<RawSelection> operation;
    bool haveOperation = false;
    while (r.peek().type != Token::End && r.error.isEmpty()) {
        if (r.isName("fragment")) {
            r.next();
            QString name, on, type;
            RawFragment fragment;
            std::vector<Condition> ignored;
            if (r.expectName(&name) && r.expectName(&on) && r.expectName(&type) &&
                readDirectives(r, &ignored) && readSelectionSet(r, &fragment.selections, 0))
                fragments.insert(name, std::move(fragment));
            continue;
        }
        std::vector<RawSelection> selections;
        bool mutation = false;
        if (r.isPunct("{")) {
            readSelectionSet(r, &selections, 0);
        } else if (r.isName("query") || r.isName("mutation") || r.isName("subscription")) {
            mutation = r.next().text == QLatin1String("mutation");
            if (r.peek().type == Token::Name)
                r.next(); // the operation's name
            if (r.isPunct("(")) {
                r.next();
                while (!r.isPunct(")") && r.error.isEmpty()) {
                    QString variable;
                    if (!r.expectPunct("$") || !r.expectName(&variable) || !r.expectPunct(":") ||
                        !readType(r))
                        break;
                    if (r.isPunct("=")) {
                        r.next();
                        Arg value;
                        if (!readValue(r, &value))
                            break;
                        if (value.kind == Arg::Int)
                            m_defaults.insert(variable, value.number);
                        else if (value.kind == Arg::Bool)
                            m_defaults.insert(variable, value.flag);
                    }
                    std::vector<Condition> ignored;
                    readDirectives(r, &ignored);
                }
                if (r.error.isEmpty())
                    r.next();
            }
            std::vector<Condition> ignored;
            if (readDirectives(r, &ignored))
                readSelectionSet(r, &selections, 0);
        } else {
            r.fail(QStringLiteral("expected an operation or a fragment at '%1'")
                       .arg(r.peek().text.left(40)));
            break;
        }
        if (haveOperation) {
            r.fail(QStringLiteral("more than one operation"));
            break;
        }
        haveOperation = true;
        m_mutation = mutation;
        operation = std::move(selections);
    }
    if (r.error.isEmpty() && !haveOperation)
        r.fail(QStringLiteral("no operation"));
    if (!r.error.isEmpty()) {
        m_error = QStringLiteral("unreadable GraphQL document: ") + r.error;
        return;
    }
    QString error;
    if (!buildVariants({&operation}, fragments, &m_root, &error, 0)) {
        m_root.clear();
        m_error = QStringLiteral("unreadable GraphQL document: ") + error;
    }
}

RequestedQueryCost::~RequestedQueryCost() = default;

std::shared_ptr<const RequestedQueryCost> RequestedQueryCost::of(const QString &document)
{
    // The connector's documents are a handful of resources; anything else a
    // caller sends (tests, tools) is bounded by clearing the cache.
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const RequestedQueryCost>> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.constFind(document);
    if (it != cache.constEnd())
        return it.value();
    if (cache.size() >= 256)
        cache.clear();
    auto made = std::make_shared<const RequestedQueryCost>(document);
    cache.insert(document, made);
    return made;
}

qint64 RequestedQueryCost::cost(const QJsonObject &variables) const
{
    if (!isValid())
        return -1;
    const Evaluator e{variables, m_defaults};
    if (!m_mutation)
        return e.selectionCost(m_root);
    // Each mutation field costs 10, whatever it selects.
    qint64 best = 0;
    for (const std::vector<Field> &v : m_root) {
        qint64 sum = 0;
        for (const Field &f : v)
            if (f.name != QLatin1String("__typename") &&
                included(f.conditions, variables, m_defaults))
                sum += kMutationFieldCost;
        best = std::max(best, sum);
    }
    return best;
}

int RequestedQueryCost::largestFitting(QJsonObject variables, const QString &name, double limit,
                                       int maxSize) const
{
    if (!isValid() || maxSize < 1)
        return 0;
    auto fits = [&](int size) {
        variables.insert(name, size);
        return double(cost(variables)) <= limit;
    };
    if (!fits(1))
        return 0;
    // Costs grow with a page size: the largest that fits, by bisection.
    int lo = 1, hi = maxSize;
    while (lo < hi) {
        const int mid = lo + (hi - lo + 1) / 2;
        if (fits(mid))
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}

} // namespace storelens
