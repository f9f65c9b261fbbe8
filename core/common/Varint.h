#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace storelens {

// Signed integers as zigzag LEB128 varints, the byte form of the packed lists
// kept in blobs (CustomerSpendList, PackedProductDay): small magnitudes of
// either sign take few bytes, any int64 at most ten.
class Varint
{
public:
    static void append(QByteArray &out, qint64 value)
    {
        quint64 v = (quint64(value) << 1) ^ quint64(value >> 63);
        while (v >= 0x80) {
            out.append(char((v & 0x7f) | 0x80));
            v >>= 7;
        }
        out.append(char(v));
    }

    // Reads one varint at `p` and moves `p` past it; false when the bytes end
    // first or the varint runs past 64 bits.
    static bool read(const char *&p, const char *end, qint64 &value)
    {
        quint64 v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (p == end)
                return false;
            const quint8 byte = quint8(*p++);
            v |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80)) {
                value = qint64(v >> 1) ^ -qint64(v & 1);
                return true;
            }
        }
        return false;
    }
};

} // namespace storelens
