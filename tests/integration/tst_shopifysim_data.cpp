// The simulator's data and building blocks: the same seed gives the same shop,
// the shop looks like a real one, amounts render as Shopify renders them, and
// the GraphQL parser reads every form the language allows.
#include "common/Transliteration.h"
#include "sim/GraphQlParser.h"
#include "sim/MoneyFormat.h"
#include "sim/SearchQuery.h"
#include "sim/ShopifySimulator.h"

#include <QDateTime>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <set>

using namespace storelens;
using namespace storelens::sim;

namespace {
// 2026-11-20T15:00:00Z: a fixed end of history, so runs on any day agree.
constexpr qint64 DataEnd = 1'795'186'800'000;

ShopifySimConfig config(quint64 seed, int orders)
{
    ShopifySimConfig c;
    c.seed = seed;
    c.orders = orders;
    c.dataEndMs = DataEnd;
    return c;
}

QByteArray digest(const QList<SimOrder> &orders)
{
    QByteArray d;
    for (const SimOrder &o : orders) {
        d += QByteArray::number(o.id) + o.name.toUtf8() + QByteArray::number(o.createdAtMs) +
             QByteArray::number(o.updatedAtMs) + QByteArray::number(o.total) +
             QByteArray::number(o.customerId) + o.financialStatus + o.presentmentCurrency;
        for (const SimLineItem &l : o.lines)
            d += QByteArray::number(l.id) + QByteArray::number(l.variantId) +
                 QByteArray::number(l.quantity) + QByteArray::number(l.tax);
        for (const SimRefund &r : o.refunds)
            d += QByteArray::number(r.id) + QByteArray::number(r.total);
    }
    return d;
}
} // namespace

class TestShopifySimData : public QObject
{
    Q_OBJECT
private slots:
    void sameSeedSameShop()
    {
        ShopifySimulator a(config(11, 800)), b(config(11, 800)), c(config(12, 800));
        QCOMPARE(a.orders().size(), 800);
        QCOMPARE(digest(a.orders()), digest(b.orders()));
        QVERIFY(digest(a.orders()) != digest(c.orders()));
        QCOMPARE(a.customers().size(), b.customers().size());
        QCOMPARE(a.checkouts().size(), b.checkouts().size());
        QCOMPARE(a.variants().size(), b.variants().size());
        QCOMPARE(a.customers().first().email, b.customers().first().email);
    }

    void shopLooksReal()
    {
        ShopifySimulator sim(config(5, 3000));
        const QList<SimOrder> orders = sim.orders();
        QCOMPARE(orders.size(), 3000);
        const qint64 twoTo53 = qint64(1) << 53;
        int refunded = 0, partial = 0, cancelled = 0, test = 0, guests = 0, foreign = 0,
            shippingRefunds = 0, discounted = 0, edt = 0, est = 0;
        QHash<qint64, int> perCustomer;
        qint64 lastId = 0;
        const QTimeZone ny("America/New_York");
        for (const SimOrder &o : orders) {
            QVERIFY(o.id > twoTo53);
            QVERIFY(o.id > lastId);
            lastId = o.id;
            QVERIFY(o.createdAtMs <= DataEnd);
            QVERIFY(o.updatedAtMs >= o.createdAtMs);
            QVERIFY(!o.lines.isEmpty());
            qint64 subtotal = 0, tax = o.shippingTax;
            for (const SimLineItem &l : o.lines) {
                QVERIFY(l.id > twoTo53);
                subtotal += l.unitPrice * l.quantity - l.discount;
                tax += l.tax;
                discounted += l.discount > 0;
            }
            QCOMPARE(o.subtotal, subtotal);
            QCOMPARE(o.tax, tax);
            // Shipping charged: its price less a free-shipping code's allocation.
            QCOMPARE(o.total, o.subtotal + o.shipping - o.shippingDiscount + o.tax);
            QVERIFY(o.shippingDiscount >= 0 && o.shippingDiscount <= o.shipping);
            refunded += o.financialStatus == "REFUNDED";
            partial += o.financialStatus == "PARTIALLY_REFUNDED";
            cancelled += o.cancelledAtMs != 0;
            test += o.test;
            guests += o.customerId == 0;
            foreign += o.presentmentCurrency != o.currency;
            if (o.customerId)
                ++perCustomer[o.customerId];
            qint64 refundedTotal = 0;
            for (const SimRefund &r : o.refunds) {
                QVERIFY(r.createdAtMs >= o.createdAtMs);
                shippingRefunds += r.shipping > 0;
                refundedTotal += r.total;
            }
            QVERIFY(refundedTotal <= o.total);
            if (o.cancelledAtMs)
                QCOMPARE(refundedTotal, o.total); // cancelled orders are refunded in full
            const int offset = ny.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(o.createdAtMs));
            edt += offset == -4 * 3600;
            est += offset == -5 * 3600;
        }
        QVERIFY(refunded > 10);
        QVERIFY(partial > 10);
        QVERIFY(cancelled > 10);
        QVERIFY(test >= 1);
        QVERIFY(guests > 50);
        QVERIFY(foreign > 100);
        QVERIFY(shippingRefunds > 5);
        QVERIFY(discounted > 100);
        QVERIFY2(edt > 500 && est > 500, "orders on both sides of the DST changes");
        // Repeat customers, heavy-tailed: many one-time buyers, a few loyal ones.
        int once = 0, many = 0, maxOrders = 0;
        for (int n : perCustomer) {
            once += n == 1;
            many += n >= 5;
            maxOrders = std::max(maxOrders, n);
        }
        QVERIFY(once > perCustomer.size() / 3);
        QVERIFY(many > 5);
        QVERIFY(maxOrders >= 10);
        // Popular and slow products.
        QHash<qint64, int> perVariant;
        for (const SimOrder &o : orders)
            for (const SimLineItem &l : o.lines)
                ++perVariant[l.variantId];
        QList<int> counts = perVariant.values();
        std::sort(counts.begin(), counts.end(), std::greater<int>());
        QVERIFY(counts.first() > 20 * counts.at(counts.size() / 2));
        // Checkouts, some recovered; locations with inventory.
        int recovered = 0;
        for (const SimCheckout &c : sim.checkouts())
            recovered += c.completedAtMs != 0;
        QVERIFY(sim.checkouts().size() > 500);
        QVERIFY(recovered > 20);
        QVERIFY(sim.locations().size() >= 2 && sim.locations().size() <= 4);
        QCOMPARE(sim.inventoryLevels().size(), sim.variants().size() * sim.locations().size());
        int costed = 0;
        for (const SimVariant &v : sim.variants())
            costed += v.unitCost > 0;
        QVERIFY(costed > sim.variants().size() / 2);
        // Customers' counters agree with their orders.
        QHash<qint64, qint64> spent;
        for (const SimOrder &o : orders)
            if (o.customerId) {
                qint64 refundedTotal = 0;
                for (const SimRefund &r : o.refunds)
                    refundedTotal += r.total;
                spent[o.customerId] += o.total - refundedTotal;
            }
        for (const SimCustomer &c : sim.customers()) {
            QCOMPARE(c.numberOfOrders, qint64(perCustomer.value(c.id)));
            QCOMPARE(c.amountSpent, spent.value(c.id));
        }
        qInfo("memory: %lld bytes per order", sim.dataMemoryBytes() / 3000);
    }

    // Addresses are plain ASCII spelled from the name, as people type them:
    // Zoë's is "zoe.…@example.com", never mojibake of her name's UTF-8 bytes.
    void customerEmailsAreAsciiNames()
    {
        ShopifySimulator sim(config(5, 3000));
        QSet<QString> accented;
        for (const SimCustomer &c : sim.customers()) {
            for (const QChar ch : c.email)
                QVERIFY2(ch.unicode() >= 0x21 && ch.unicode() < 0x7f, qPrintable(c.email));
            const QString local = Transliteration::emailLocalPart(c.firstName);
            QVERIFY2(!local.isEmpty(), qPrintable(c.firstName));
            QVERIFY2(c.email.startsWith(local + QLatin1Char('.')),
                     qPrintable(c.firstName + QLatin1String(" ") + c.email));
            QVERIFY2(c.email.endsWith(QLatin1String("@example.com")), qPrintable(c.email));
            if (Transliteration::toAscii(c.firstName) != c.firstName)
                accented.insert(c.firstName + QLatin1Char(' ') + c.email.section(u'.', 0, 0));
        }
        // The shop has accented names, and they are spelled out.
        QVERIFY2(accented.size() >= 3, qPrintable(QStringList(accented.values()).join(u", ")));
        for (const QString &pair : accented) {
            if (pair.startsWith(QStringLiteral("Zoë ")))
                QCOMPARE(pair, QStringLiteral("Zoë zoe"));
            if (pair.startsWith(QStringLiteral("Jürgen ")))
                QCOMPARE(pair, QStringLiteral("Jürgen jurgen"));
        }
    }

    // The newest orders arrive as orders do, up to the end of the history
    // ("now"), not piled up on its last second.
    void newestOrdersAreSpreadUpToNow()
    {
        // As many orders as the demo shop, ending mid-morning in New York.
        ShopifySimulator sim(config(2024, 20000));
        QList<qint64> times;
        for (const SimOrder &o : sim.orders())
            times.append(o.createdAtMs);
        std::sort(times.begin(), times.end(), std::greater<qint64>());
        const QList<qint64> newest = times.first(40);
        QVERIFY2(newest.first() < DataEnd, "no order in the future");
        const std::set<qint64> seconds(newest.begin(), newest.end());
        QCOMPARE(int(seconds.size()), int(newest.size()));
        // About 27 orders a day, few of them at night: the newest 40 span
        // more than a day, and no minute has more than a handful.
        QVERIFY2(newest.first() - newest.last() > 12 * 3600 * 1000,
                 qPrintable(QString::number(newest.first() - newest.last())));
        QHash<qint64, int> perMinute;
        for (qint64 t : newest)
            QVERIFY2(++perMinute[t / 60000] <= 3, qPrintable(QString::number(t)));
        // The morning of the last day is as busy as other mornings: its
        // orders follow the same hourly pattern as the day before's.
        const QTimeZone ny("America/New_York");
        const QDateTime end = QDateTime::fromMSecsSinceEpoch(DataEnd, ny);
        const qint64 todayStart = QDateTime(end.date(), QTime(0, 0), ny).toMSecsSinceEpoch();
        int today = 0, weekBefore = 0;
        for (qint64 t : std::as_const(times)) {
            today += t >= todayStart;
            // The same hours of the seven days before.
            for (int d = 1; d <= 7; ++d) {
                const qint64 from =
                    QDateTime(end.date().addDays(-d), QTime(0, 0), ny).toMSecsSinceEpoch();
                const qint64 to =
                    QDateTime(end.date().addDays(-d), end.time(), ny).toMSecsSinceEpoch();
                weekBefore += t >= from && t < to;
            }
        }
        QVERIFY2(today <= std::max(3, weekBefore / 7 * 3),
                 qPrintable(QStringLiteral("%1 today, %2 in the same hours of the week before")
                                .arg(today)
                                .arg(weekBefore)));
    }

    void mutationsBumpUpdatedAt()
    {
        ShopifySimulator sim(config(8, 300));
        const SimOrder before = sim.orders().at(10);
        QVERIFY(sim.refundInFull(before.id, true).has_value());
        const SimOrder after = *sim.order(before.id);
        QVERIFY(after.updatedAtMs > before.updatedAtMs);
        QCOMPARE(after.financialStatus, QByteArray("REFUNDED"));
        QString error;
        QVERIFY(!sim.addRefund(before.id, {{before.lines.first().id, 1}}, false, {}, &error));
        QVERIFY(!error.isEmpty());
        const QList<qint64> added = sim.addOrders(3);
        QCOMPARE(added.size(), 3);
        QCOMPARE(sim.orderCount(), 303);
        QVERIFY(added.first() > sim.orders().at(299).id);
        QVERIFY(sim.deleteOrder(added.first()));
        QCOMPARE(sim.orderCount(), 302);
        QVERIFY(!sim.order(added.first()));
    }

    void decimalsRenderLikeShopify()
    {
        QCOMPARE(MoneyFormat::decimal(1250), QByteArray("12.5"));
        QCOMPARE(MoneyFormat::decimal(150000), QByteArray("1500.0"));
        QCOMPARE(MoneyFormat::decimal(1999), QByteArray("19.99"));
        QCOMPARE(MoneyFormat::decimal(0), QByteArray("0.0"));
        QCOMPARE(MoneyFormat::decimal(-305), QByteArray("-3.05"));
        QCOMPARE(MoneyFormat::decimal(1500, 0), QByteArray("1500.0"));
        QCOMPARE(MoneyFormat::money(2000), QByteArray("20.00"));
        QCOMPARE(MoneyFormat::money(190), QByteArray("1.90"));
        QCOMPARE(*MoneyFormat::parse("12.5"), qint64(1250));
        QCOMPARE(*MoneyFormat::parse("-0.01"), qint64(-1));
        QVERIFY(!MoneyFormat::parse("1.234"));
        QCOMPARE(MoneyFormat::exponent("JPY"), 0);
    }

    void parserReadsTheWholeLanguage()
    {
        const QByteArray doc =
            "\n"
            "            # a comment\n"
            "            query Q($a: Int = 5, $b: [ID!]!, $c: String) @dir(x: 1) {\n"
            "              alias: field(i: -12, f: 1.5e3, s: \"t\\\"\\u00e9\", b: true, n: null, "
            "e: ENUM,\n"
            "                           l: [1, 2], o: {k: \"v\", nested: [$a]}, v: $c) {\n"
            "                ...Frag\n"
            "                ... on Order { id }\n"
            "                ... @include(if: true) { x }\n"
            "              }\n"
            "              block: f(s: \"\"\"\n"
            "                  line one\n"
            "                    indented\n"
            "              \"\"\")\n"
            "            }\n"
            "            fragment Frag on Order { __typename }\n"
            "            mutation M { m }\n"
            "            { shorthand }\n"
            "        \n";
        GraphQlParser::Error error;
        const auto parsed = GraphQlParser::parse(doc, &error);
        QVERIFY2(parsed, error.message.constData());
        QCOMPARE(parsed->operations.size(), size_t(3));
        const GqlOperation &q = parsed->operations[0];
        QCOMPARE(q.variables.size(), size_t(3));
        QCOMPARE(q.variables[1].type, QByteArray("[ID!]!"));
        QVERIFY(q.variables[0].defaultValue.has_value());
        const GqlSelection &f = q.selections[0];
        QCOMPARE(f.alias, QByteArray("alias"));
        QCOMPARE(f.arguments.size(), size_t(9));
        QCOMPARE(f.arguments[0].second.text, QByteArray("-12"));
        QCOMPARE(f.arguments[1].second.kind, GqlValue::Float);
        QCOMPARE(f.arguments[2].second.text, QByteArray("t\"\xc3\xa9"));
        QCOMPARE(f.arguments[5].second.kind, GqlValue::Enum);
        QCOMPARE(f.arguments[7].second.fields.size(), size_t(2));
        QCOMPARE(f.arguments[8].second.kind, GqlValue::Variable);
        QCOMPARE(f.selections.size(), size_t(3));
        QCOMPARE(f.selections[1].typeCondition, QByteArray("Order"));
        QCOMPARE(q.selections[1].arguments[0].second.text, QByteArray("line one\n  indented"));
        QCOMPARE(parsed->operations[1].kind, QByteArray("mutation"));
        QCOMPARE(parsed->fragments.size(), size_t(1));

        QVERIFY(!GraphQlParser::parse("{ a(b: ) }", &error));
        QVERIFY(error.message.startsWith("Parse error on \")\" (RPAREN) at [1, 8]"));
        QVERIFY(!GraphQlParser::parse("{ a", &error));
    }

    void searchSyntax()
    {
        const QTimeZone ny("America/New_York");
        const SearchQuery q = SearchQuery::parse(
            "updated_at:>'2026-01-01T00:00:00Z' AND created_at:<=2026-02-01 test:false", ny);
        QCOMPARE(q.clauses().size(), size_t(1));
        QCOMPARE(q.clauses()[0].size(), size_t(3));
        QCOMPARE(q.clauses()[0][0].op, SearchQuery::Op::Greater);
        QCOMPARE(q.clauses()[0][1].op, SearchQuery::Op::LessEqual);
        bool dateOnly = false;
        const auto ms = SearchQuery::parseTime("2026-02-01", ny, &dateOnly);
        QVERIFY(dateOnly);
        QCOMPARE(*ms,
                 QDateTime(QDate(2026, 2, 1), QTime(5, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        QCOMPARE(SearchQuery::parse("a:1 OR b:2", ny).clauses().size(), size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestShopifySimData)
#include "tst_shopifysim_data.moc"
