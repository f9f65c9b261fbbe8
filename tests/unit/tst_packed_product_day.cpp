// Packed product days: exact round trips of numeric and text ids (neighbours,
// far apart, the int64 extremes), negative and large figures, and bytes that
// are not a packed day, which are refused without reading past their end.
#include "model/PackedProductDay.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace storelens;

using Entry = PackedProductDay::Entry;

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

Entry entry(PlatformId product, PlatformId variant, qint64 units, qint64 gross)
{
    Entry e;
    e.productId = std::move(product);
    e.variantId = std::move(variant);
    e.orders = units > 0 ? 1 : 0;
    e.unitsSold = units;
    e.grossSales = gross;
    e.discounts = gross / 10;
    e.unitsReturned = units < 0 ? -units : 0;
    e.returns = -gross / 3;
    return e;
}

// A day of a Shopify store: ids in key order, near each other.
std::vector<Entry> shopifyDay(int variants)
{
    std::vector<Entry> entries;
    entries.push_back(entry(PlatformId(qint64(0)), PlatformId(qint64(0)), 4, 1250)); // custom items
    for (int i = 0; i < variants; ++i)
        entries.push_back(entry(PlatformId(qint64(8'000'000'000'000) + i / 3),
                                PlatformId(qint64(9'000'000'000'000) + i), 1 + i % 5,
                                (1 + i % 5) * 1999));
    return entries;
}

} // namespace

class TestPackedProductDay : public QObject
{
    Q_OBJECT
private slots:
    void numericIdsRoundTrip()
    {
        const std::vector<Entry> day = shopifyDay(3000);
        const QByteArray bytes = PackedProductDay::encode(day);
        QCOMPARE(PackedProductDay::decode(bytes), std::optional(day));
        // Neighbouring ids and small figures: a few bytes per entry, a day of
        // 3,000 variants in tens of kilobytes.
        QVERIFY2(bytes.size() < 3001 * 16, QByteArray::number(bytes.size()).constData());
        // No entries is a day too, not a damaged one.
        QCOMPARE(PackedProductDay::decode(PackedProductDay::encode({})),
                 std::optional(std::vector<Entry>{}));
    }

    void extremesRoundTrip()
    {
        std::vector<Entry> day;
        // Ids at both ends of int64, and steps between them that overflow.
        for (qint64 id : {kMin, qint64(-1), qint64(0), qint64(1), kMax, kMin + 1, qint64(42)})
            day.push_back(entry(PlatformId(id), PlatformId(qint64(quint64(kMax) - quint64(id))),
                                id % 1000, id % 100000));
        Entry big;
        big.productId = PlatformId(qint64(7));
        big.variantId = PlatformId(qint64(7));
        big.orders = kMax;
        big.unitsSold = kMin;
        big.grossSales = kMax;
        big.discounts = kMin;
        big.unitsReturned = -1;
        big.returns = -kMax;
        day.push_back(big);
        Entry zero; // a row whose figures add up to nothing is kept as it is
        zero.productId = PlatformId(qint64(3));
        zero.variantId = PlatformId(qint64(3));
        day.push_back(zero);
        QCOMPARE(PackedProductDay::decode(PackedProductDay::encode(day)), std::optional(day));
    }

    void textIdsRoundTrip()
    {
        // Amazon: ASIN and SKU as text, beside numeric ids of the same digits,
        // in any mix, with non-ASCII and empty text.
        const std::vector<Entry> day{
            entry(PlatformId(qint64(7)), PlatformId(qint64(7)), 1, 1000),
            entry(PlatformId(QStringLiteral("7")), PlatformId(QStringLiteral("7")), 2, 2000),
            entry(PlatformId(QStringLiteral("B07XJ8C8F5")), PlatformId(QStringLiteral("MUG-RED")),
                  3, 3000),
            entry(PlatformId(QStringLiteral("B07XJ8C8F5")), PlatformId(qint64(123)), -1, -500),
            entry(PlatformId(qint64(9)), PlatformId(QStringLiteral("Größe-Ω-😀")), 5, 5),
            entry(PlatformId(QStringLiteral("")), PlatformId(qint64(kMin)), 0, 0),
        };
        const auto decoded = PackedProductDay::decode(PackedProductDay::encode(day));
        QVERIFY(decoded);
        QCOMPARE(*decoded, day);
        for (size_t i = 0; i < day.size(); ++i) {
            QCOMPARE(decoded->at(i).productId.isText(), day[i].productId.isText());
            QCOMPARE(decoded->at(i).variantId.isText(), day[i].variantId.isText());
        }
    }

    void decodeReusesItsBuffer()
    {
        std::vector<Entry> out;
        const QByteArray text = PackedProductDay::encode(
            {entry(PlatformId(QStringLiteral("A")), PlatformId(QStringLiteral("B")), 1, 1)});
        QVERIFY(PackedProductDay::decode(text.constData(), text.size(), out));
        const std::vector<Entry> numbers = shopifyDay(10);
        const QByteArray bytes = PackedProductDay::encode(numbers);
        QVERIFY(PackedProductDay::decode(bytes.constData(), bytes.size(), out));
        QCOMPARE(out, numbers);
        QVERIFY(!out.front().productId.isText());
    }

    void damagedBytesAreRefused()
    {
        const QByteArray good = PackedProductDay::encode(shopifyDay(20));
        QVERIFY(!PackedProductDay::decode(QByteArray()));
        // Cut anywhere: never read past the end, never taken for a day.
        for (qsizetype n = 0; n < good.size(); ++n)
            QVERIFY2(!PackedProductDay::decode(good.left(n)), qPrintable(QString::number(n)));
        // Trailing bytes, an unknown format, a count larger than the bytes.
        QVERIFY(!PackedProductDay::decode(good + '\0'));
        QByteArray unknown = good;
        unknown[0] = 9;
        QVERIFY(!PackedProductDay::decode(unknown));
        QByteArray tooMany = good;
        tooMany[1] = char(0x7e); // 63 entries
        QVERIFY(!PackedProductDay::decode(tooMany));
        QVERIFY(!PackedProductDay::decode(QByteArray("\x01\x02") + QByteArray(12, char(0x80))));
        // A text id longer than what is left, and a kinds byte out of range.
        const QByteArray text = PackedProductDay::encode(
            {entry(PlatformId(QStringLiteral("SKU")), PlatformId(qint64(1)), 1, 1)});
        QByteArray longText = text;
        longText[3] = char(0x7e); // length 63
        QVERIFY(!PackedProductDay::decode(longText));
        QByteArray badKinds = text;
        badKinds[2] = 4;
        QVERIFY(!PackedProductDay::decode(badKinds));
        // Random bytes: refused or decoded, never a crash.
        QRandomGenerator rng(5);
        for (int i = 0; i < 2000; ++i) {
            QByteArray noise = good;
            noise[rng.bounded(int(noise.size()))] = char(rng.bounded(256));
            PackedProductDay::decode(noise);
        }
    }
};

QTEST_GUILESS_MAIN(TestPackedProductDay)
#include "tst_packed_product_day.moc"
