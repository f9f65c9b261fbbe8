#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace storelens::sim {

// Writes JSON text in the order fields are given (a GraphQL response keeps the
// order of its selection; QJsonObject would sort keys) and fast enough to
// stream a bulk export of a million orders.
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray *out)
        : m_out(out)
    {}

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    // An object member's key; the value follows.
    void key(const QByteArray &k);
    // A key already written as JSON with its colon (`"name":`).
    void rawKey(const QByteArray &quotedKeyAndColon);
    void string(const QByteArray &utf8);
    void string(const QString &s) { string(s.toUtf8()); }
    void number(qint64 v);
    // Text known to need no escaping (ids, times, decimals).
    void asciiString(const char *data, qsizetype size);
    void boolean(bool v);
    void null();
    // Pre-encoded JSON.
    void raw(const QByteArray &json);

    static void appendEscaped(QByteArray *out, const QByteArray &utf8);

private:
    void separate();
    void open(char c);
    void close(char c);

    QByteArray *m_out;
    std::vector<bool> m_first; // per open container: no element written yet
    bool m_afterKey = false;
};

} // namespace storelens::sim
