#include "PackedProductDay.h"

#include "common/Varint.h"

namespace storelens {

namespace {

enum Format : char
{
    kNumericIds = 1, // every id a number: no kinds byte
    kMixedIds = 2    // a byte per entry: bit 0 product is text, bit 1 variant is text
};

// The smallest entry: two ids and six figures of one byte each.
constexpr qsizetype kMinEntryBytes = 8;

void appendId(QByteArray &out, const PlatformId &id, qint64 &previousNumber)
{
    if (id.isText()) {
        const QByteArray utf8 = id.text().toUtf8();
        Varint::append(out, utf8.size());
        out.append(utf8);
        return;
    }
    // Wraps instead of overflowing: any two int64 ids have a difference mod 2^64.
    Varint::append(out, qint64(quint64(id.number()) - quint64(previousNumber)));
    previousNumber = id.number();
}

bool readId(const char *&p, const char *end, bool isText, qint64 &previousNumber, PlatformId &id)
{
    qint64 value = 0;
    if (!Varint::read(p, end, value))
        return false;
    if (isText) {
        if (value < 0 || value > end - p)
            return false;
        id = PlatformId(QString::fromUtf8(p, value));
        p += value;
        return true;
    }
    previousNumber = qint64(quint64(previousNumber) + quint64(value));
    id = PlatformId(previousNumber);
    return true;
}

int compareIds(const PlatformId &a, const PlatformId &b)
{
    if (a.isText() != b.isText())
        return a.isText() ? 1 : -1;
    if (!a.isText())
        return a.number() < b.number() ? -1 : a.number() > b.number() ? 1 : 0;
    // SQLite's BINARY collation compares UTF-8 bytes, which QString's UTF-16
    // order does not follow past the surrogates.
    const QByteArray x = a.text().toUtf8(), y = b.text().toUtf8();
    return x < y ? -1 : y < x ? 1 : 0;
}

} // namespace

bool PackedProductDay::keyLess(const Entry &a, const Entry &b)
{
    const int product = compareIds(a.productId, b.productId);
    return product != 0 ? product < 0 : compareIds(a.variantId, b.variantId) < 0;
}

QByteArray PackedProductDay::encode(const std::vector<Entry> &entries)
{
    bool anyText = false;
    for (const Entry &e : entries)
        anyText = anyText || e.productId.isText() || e.variantId.isText();
    QByteArray out;
    out.reserve(qsizetype(entries.size()) * 16 + 8);
    out.append(anyText ? kMixedIds : kNumericIds);
    Varint::append(out, qint64(entries.size()));
    qint64 product = 0, variant = 0;
    for (const Entry &e : entries) {
        if (anyText)
            out.append(char((e.productId.isText() ? 1 : 0) | (e.variantId.isText() ? 2 : 0)));
        appendId(out, e.productId, product);
        appendId(out, e.variantId, variant);
        for (qint64 figure :
             {e.orders, e.unitsSold, e.grossSales, e.discounts, e.unitsReturned, e.returns})
            Varint::append(out, figure);
    }
    return out;
}

bool PackedProductDay::decode(const char *bytes, qsizetype size, std::vector<Entry> &out)
{
    const char *p = bytes;
    const char *end = bytes + size;
    if (p == end || (*p != kNumericIds && *p != kMixedIds))
        return false;
    const bool mixed = *p++ == kMixedIds;
    qint64 count = 0;
    if (!Varint::read(p, end, count) || count < 0 || count > (end - p) / kMinEntryBytes)
        return false;
    out.resize(size_t(count));
    qint64 product = 0, variant = 0;
    for (Entry &e : out) {
        quint8 kinds = 0;
        if (mixed) {
            if (p == end || quint8(*p) > 3)
                return false;
            kinds = quint8(*p++);
        }
        if (!readId(p, end, kinds & 1, product, e.productId) ||
            !readId(p, end, kinds & 2, variant, e.variantId))
            return false;
        for (qint64 *figure :
             {&e.orders, &e.unitsSold, &e.grossSales, &e.discounts, &e.unitsReturned, &e.returns}) {
            if (!Varint::read(p, end, *figure))
                return false;
        }
    }
    return p == end;
}

std::optional<std::vector<PackedProductDay::Entry>>
PackedProductDay::decode(const QByteArray &bytes)
{
    std::vector<Entry> entries;
    if (!decode(bytes.constData(), bytes.size(), entries))
        return std::nullopt;
    return entries;
}

} // namespace storelens
