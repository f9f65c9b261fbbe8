#pragma once

#include <QString>

#include <cstring>
#include <string_view>

namespace storelens {

// A stable 64-bit FNV-1a hash of a record's content, identical across runs and
// machines (qHash is seeded per process). Used to skip records that did not
// change since they were stored.
class ContentHash
{
public:
    ContentHash &add(qint64 v) { return addBytes(&v, sizeof v); }
    ContentHash &add(bool v) { return add(qint64(v ? 1 : 2)); }
    ContentHash &add(const QString &s)
    {
        add(qint64(s.size()));
        return addBytes(s.constData(), size_t(s.size()) * sizeof(QChar));
    }
    ContentHash &addBytes(const void *data, size_t size)
    {
        const auto *p = static_cast<const unsigned char *>(data);
        for (size_t i = 0; i < size; ++i) {
            m_state ^= p[i];
            m_state *= 0x100000001b3ull;
        }
        return *this;
    }
    // SQLite INTEGER is signed; the bit pattern is what matters.
    qint64 value() const
    {
        qint64 v;
        std::memcpy(&v, &m_state, sizeof v);
        return v;
    }

private:
    quint64 m_state = 0xcbf29ce484222325ull;
};

} // namespace storelens
