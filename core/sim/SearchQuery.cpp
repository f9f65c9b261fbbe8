#include "SearchQuery.h"

#include <QDateTime>

#include <limits>

namespace storelens::sim {

namespace {
QList<QByteArray> tokenize(const QByteArray &text)
{
    QList<QByteArray> tokens;
    QByteArray cur;
    char quote = 0;
    for (char c : text) {
        if (quote) {
            cur += c;
            if (c == quote)
                quote = 0;
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            cur += c;
        } else if (c == ' ' || c == '\t' || c == '\n' || c == '(' || c == ')') {
            if (!cur.isEmpty())
                tokens.append(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    if (!cur.isEmpty())
        tokens.append(cur);
    return tokens;
}

QByteArray unquote(QByteArray v)
{
    if (v.size() >= 2 && (v.front() == '\'' || v.front() == '"') && v.back() == v.front())
        return v.mid(1, v.size() - 2);
    return v;
}
} // namespace

SearchQuery SearchQuery::parse(const QByteArray &text, const QTimeZone &zone)
{
    SearchQuery q;
    q.m_zone = zone;
    std::vector<Term> clause;
    bool negateNext = false;
    for (QByteArray tok : tokenize(text)) {
        if (tok == "AND")
            continue;
        if (tok == "OR") {
            if (!clause.empty())
                q.m_clauses.push_back(clause);
            clause.clear();
            continue;
        }
        if (tok == "NOT") {
            negateNext = true;
            continue;
        }
        Term t;
        t.negated = negateNext;
        negateNext = false;
        if (tok.startsWith('-') && tok.size() > 1) {
            t.negated = true;
            tok = tok.mid(1);
        }
        const qsizetype colon = tok.indexOf(':');
        if (colon <= 0 || tok.startsWith('\'') || tok.startsWith('"')) {
            t.value = unquote(tok);
        } else {
            t.field = tok.left(colon).toLower();
            QByteArray rest = tok.mid(colon + 1);
            if (rest.startsWith(">=")) {
                t.op = Op::GreaterEqual;
                rest = rest.mid(2);
            } else if (rest.startsWith("<=")) {
                t.op = Op::LessEqual;
                rest = rest.mid(2);
            } else if (rest.startsWith('>')) {
                t.op = Op::Greater;
                rest = rest.mid(1);
            } else if (rest.startsWith('<')) {
                t.op = Op::Less;
                rest = rest.mid(1);
            }
            t.value = unquote(rest);
        }
        clause.push_back(t);
    }
    if (!clause.empty())
        q.m_clauses.push_back(clause);
    return q;
}

std::optional<qint64> SearchQuery::parseTime(const QByteArray &value, const QTimeZone &zone,
                                             bool *dateOnly)
{
    const QString s = QString::fromUtf8(value).trimmed();
    if (dateOnly)
        *dateOnly = false;
    if (s.size() == 10) {
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid())
            return std::nullopt;
        if (dateOnly)
            *dateOnly = true;
        return QDateTime(d, QTime(0, 0), zone).toMSecsSinceEpoch();
    }
    QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(s, Qt::ISODate);
    if (!dt.isValid())
        return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime) // no offset given: the shop's zone
        dt = QDateTime(dt.date(), dt.time(), zone);
    return dt.toMSecsSinceEpoch();
}

bool SearchQuery::termMatches(const Term &t, qint32 record, const FieldReader &read) const
{
    if (t.field.isEmpty())
        return true; // free text is not indexed here: matches everything
    const FieldValue v = read(t.field, record);
    bool result = true;
    switch (v.kind) {
    case FieldValue::Unknown:
        return true; // Shopify ignores unknown fields (with a warning)
    case FieldValue::Text:
        result = v.text.compare(t.value, Qt::CaseInsensitive) == 0;
        break;
    case FieldValue::Time:
    case FieldValue::Number: {
        qint64 rhs = 0;
        qint64 rhsEnd = 0; // for a bare date compared with ':'
        if (v.kind == FieldValue::Time) {
            bool dateOnly = false;
            const auto ms = parseTime(t.value, m_zone, &dateOnly);
            if (!ms)
                return false;
            rhs = *ms;
            rhsEnd = dateOnly
                         ? *parseTime(QDate::fromString(QString::fromUtf8(t.value), Qt::ISODate)
                                          .addDays(1)
                                          .toString(Qt::ISODate)
                                          .toUtf8(),
                                      m_zone)
                         : rhs + 1;
        } else {
            QByteArray digits = t.value;
            const qsizetype slash = digits.lastIndexOf('/');
            if (slash >= 0)
                digits = digits.mid(slash + 1); // a gid
            bool ok = false;
            rhs = digits.toLongLong(&ok);
            if (!ok)
                return false;
            rhsEnd = rhs + 1;
        }
        switch (t.op) {
        case Op::Equal:
            result = v.number >= rhs && v.number < rhsEnd;
            break;
        case Op::Greater:
            result = v.number > rhs;
            break;
        case Op::GreaterEqual:
            result = v.number >= rhs;
            break;
        case Op::Less:
            result = v.number < rhs;
            break;
        case Op::LessEqual:
            result = v.number <= rhs;
            break;
        }
        break;
    }
    }
    return t.negated ? !result : result;
}

bool SearchQuery::matches(qint32 record, const FieldReader &read) const
{
    if (m_clauses.empty())
        return true;
    for (const auto &clause : m_clauses) {
        bool all = true;
        for (const Term &t : clause)
            if (!termMatches(t, record, read)) {
                all = false;
                break;
            }
        if (all)
            return true;
    }
    return false;
}

void SearchQuery::bounds(const QByteArray &field, bool isTime, qint64 *lower, qint64 *upper) const
{
    *lower = std::numeric_limits<qint64>::min();
    *upper = std::numeric_limits<qint64>::max();
    if (m_clauses.size() != 1)
        return;
    for (const Term &t : m_clauses.front()) {
        if (t.field != field || t.negated)
            continue;
        std::optional<qint64> v;
        if (isTime) {
            v = parseTime(t.value, m_zone);
        } else {
            bool ok = false;
            const qint64 n = t.value.mid(t.value.lastIndexOf('/') + 1).toLongLong(&ok);
            if (ok)
                v = n;
        }
        if (!v)
            continue;
        switch (t.op) {
        case Op::Greater:
        case Op::GreaterEqual:
            *lower = std::max(*lower, *v);
            break;
        case Op::Less:
        case Op::LessEqual:
            *upper = std::min(*upper, *v);
            break;
        case Op::Equal:
            break;
        }
    }
}

QByteArrayList
SearchQuery::unknownFields(const std::function<bool(const QByteArray &)> &known) const
{
    QByteArrayList out;
    for (const auto &clause : m_clauses)
        for (const Term &t : clause)
            if (!t.field.isEmpty() && !known(t.field) && !out.contains(t.field))
                out.append(t.field);
    return out;
}

} // namespace storelens::sim
