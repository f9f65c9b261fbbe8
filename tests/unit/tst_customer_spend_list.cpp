// Customers' spend lists: exact round trips (days across years, negative and
// large amounts), sums over ranges, appends up to the limit, replacing one
// entry, and bytes that are not a list.
#include "model/CustomerSpendList.h"

#include <QTest>

#include <limits>

using namespace storelens;

using Entry = CustomerSpendList::Entry;

class TestCustomerSpendList : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        const std::vector<Entry> entries{{20240315, 12999},
                                         {20240301, -500}, // refunded more than paid
                                         {20240315, 0},
                                         {19691231, 1},
                                         {20991231, std::numeric_limits<qint64>::max()},
                                         {20000229, std::numeric_limits<qint64>::min()}};
        const QByteArray bytes = CustomerSpendList::encode(entries);
        QCOMPARE(CustomerSpendList::decode(bytes), std::optional(entries));
        // Near days and small amounts take a few bytes.
        QCOMPARE(CustomerSpendList::encode({{20240301, 100}, {20240302, -3}}).size(), 7);
        QVERIFY(!CustomerSpendList::encode({}).isNull());
        QCOMPARE(CustomerSpendList::decode(CustomerSpendList::encode({})),
                 std::optional(std::vector<Entry>{}));
    }

    void sumsOverRanges()
    {
        const QByteArray bytes = CustomerSpendList::encode(
            {{20231231, 1000}, {20240101, 200}, {20240229, -50}, {20240301, 7}});
        auto total = [&](int from, int to) {
            const auto t =
                CustomerSpendList::inRange(bytes.constData(), int(bytes.size()), from, to);
            return t ? std::make_pair(t->orders, t->spent) : std::make_pair(qint64(-1), qint64(-1));
        };
        QCOMPARE(total(20240101, 20240229), std::make_pair(qint64(2), qint64(150)));
        QCOMPARE(total(20231231, 20240301), std::make_pair(qint64(4), qint64(1157)));
        QCOMPARE(total(20240302, 20241231), std::make_pair(qint64(0), qint64(0)));
        QCOMPARE(total(20240229, 20240229), std::make_pair(qint64(1), qint64(-50)));
    }

    void appendAndReplace()
    {
        QByteArray list = CustomerSpendList::encode({{20240101, 100}});
        for (int count = 2; count <= CustomerSpendList::kMaxOrders; ++count) {
            list = CustomerSpendList::append(list, count, {20240101 + count, count});
            QVERIFY(!list.isNull());
        }
        QCOMPARE(CustomerSpendList::decode(list)->size(), size_t(CustomerSpendList::kMaxOrders));
        // The same bytes as encoding the whole list.
        QCOMPARE(CustomerSpendList::append(CustomerSpendList::encode({{20240301, 5}}), 2,
                                           {20231231, -7}),
                 CustomerSpendList::encode({{20240301, 5}, {20231231, -7}}));
        QVERIFY(CustomerSpendList::append(list, CustomerSpendList::kMaxOrders + 1, {20240201, 1})
                    .isNull());
        QVERIFY(CustomerSpendList::append(QByteArray(), 2, {20240201, 1}).isNull());

        const QByteArray two = CustomerSpendList::encode({{20240101, 100}, {20240105, 100}});
        const QByteArray refunded =
            CustomerSpendList::replace(two, {20240105, 100}, {20240105, 40});
        QCOMPARE(CustomerSpendList::decode(refunded),
                 std::optional(std::vector<Entry>{{20240101, 100}, {20240105, 40}}));
        QVERIFY(CustomerSpendList::replace(two, {20240106, 100}, {20240106, 40}).isNull());
        QVERIFY(CustomerSpendList::replace(QByteArray(), {20240105, 100}, {20240105, 40}).isNull());
    }

    void notAList()
    {
        const QByteArray cut = CustomerSpendList::encode({{20240101, 100000}}).chopped(1);
        QVERIFY(!CustomerSpendList::decode(cut));
        QVERIFY(!CustomerSpendList::inRange(cut.constData(), int(cut.size()), 20240101, 20240101));
        QVERIFY(CustomerSpendList::append(cut, 2, {20240102, 1}).isNull());
        const QByteArray endless(12, char(0x80));
        QVERIFY(!CustomerSpendList::decode(endless));
    }
};

QTEST_GUILESS_MAIN(TestCustomerSpendList)
#include "tst_customer_spend_list.moc"
