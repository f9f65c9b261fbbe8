// The dashboard's widgets on given figures (no workspace needed): tiles show
// exact amounts and their changes with the right colours, charts describe
// each point exactly on hover, and the report is written as PDF and PNG.
#include "GuiTestSupport.h"
#include "dashboard/ChartCard.h"
#include "dashboard/ChartStyle.h"
#include "dashboard/DashboardCharts.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/DashboardReport.h"
#include "dashboard/KpiChange.h"
#include "dashboard/KpiTile.h"

#include <QCategoryAxis>
#include <QChart>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace storelens;
using namespace storelens::test;

class TestGuiDashboardWidgets : public QObject
{
    Q_OBJECT

    static DashboardData sample()
    {
        DashboardData d;
        d.currency = QStringLiteral("USD");
        d.query.period = {QDate(2026, 3, 1), QDate(2026, 3, 7)};
        d.query.compare = true;
        d.query.bucket = DashboardQuery::Bucket::Day;
        d.current.totalSales = 1234567;
        d.previous.totalSales = 1000000;
        d.current.orders = 42;
        d.previous.orders = 50;
        for (int i = 0; i < 7; ++i) {
            DashboardData::Point p;
            p.bucket = {d.query.period.from.addDays(i), d.query.period.from.addDays(i)};
            p.previousBucket = {p.bucket.from.addDays(-7), p.bucket.to.addDays(-7)};
            p.sales = 100000 + i * 12345;
            p.previousSales = 90000 + i * 1000;
            p.orders = 5 + i;
            p.previousOrders = 6;
            p.abandoned = 3;
            p.recovered = i % 2;
            d.series.push_back(p);
        }
        d.topProducts = {{QStringLiteral("Trail Backpack"), {}, 250000, 12},
                         {QStringLiteral("Rain Jacket"), {}, 120050, 5}};
        d.channels = {{QStringLiteral("web"), {}, 900000, 30},
                      {QStringLiteral("pos"), {}, 334567, 12}};
        return d;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        useLightPalette();
    }

    void changesAreExactAndRounded()
    {
        QCOMPARE(KpiChange::relativePermille(1234567, 1000000), std::optional<qint64>(235));
        QCOMPARE(KpiChange::relativePermille(42, 50), std::optional<qint64>(-160));
        QCOMPARE(KpiChange::relativePermille(1, 3), std::optional<qint64>(-667));
        QCOMPARE(KpiChange::relativePermille(5, 0), std::nullopt);
        // Half away from zero: 1.0005 -> 0.1%, -1.0005 -> -0.1%.
        QCOMPARE(KpiChange::relativePermille(20001, 20000), std::optional<qint64>(0));
        QCOMPARE(KpiChange::relativePermille(2001, 2000), std::optional<qint64>(1));
        QCOMPARE(KpiChange::relativePermille(1999, 2000), std::optional<qint64>(-1));
        QCOMPARE(KpiChange::relativeText(1234567, 1000000), QStringLiteral("▲ 23.5%"));
        QCOMPARE(KpiChange::relativeText(42, 50), QStringLiteral("▼ 16.0%"));
        QCOMPARE(KpiChange::pointsText(313, 298), QStringLiteral("▲ 1.5 pts"));
        // No overflow at the extremes.
        QVERIFY(KpiChange::relativePermille(std::numeric_limits<qint64>::max(), 1).has_value());
    }

    void hoverTextsAreExact()
    {
        const DashboardData d = sample();
        ChartCard card(QStringLiteral("Sales"));
        DashboardCharts::salesOverTime(&card, d, ChartStyle(card.palette()));
        QVERIFY(card.chart());
        const QString text = card.describe(2);
        QVERIFY2(text.contains(QStringLiteral("$1,246.90")), qPrintable(text)); // 124690 cents
        QVERIFY2(text.contains(QStringLiteral("$920.00")), qPrintable(text));
        ChartCard products(QStringLiteral("Products"));
        DashboardCharts::ranking(&products, d.topProducts, d.currency, QStringLiteral("%1 units"),
                                 ChartStyle(products.palette()));
        QVERIFY(products.describe(1).contains(QStringLiteral("$1,200.50")));
        QVERIFY(products.describe(0).contains(QStringLiteral("12 units")));
        ChartCard channels(QStringLiteral("Channels"));
        DashboardCharts::channels(&channels, d, ChartStyle(channels.palette()));
        QVERIFY2(channels.describe(1).contains(QStringLiteral("$3,345.67")),
                 qPrintable(channels.describe(1)));
        QVERIFY2(channels.describe(1).contains(QStringLiteral("27.1%")),
                 qPrintable(channels.describe(1)));
    }

    void tilesColourGoodAndBadNews()
    {
        KpiTile sales(QStringLiteral("Total sales"));
        sales.setValue(QStringLiteral("$12,345.67"), QStringLiteral("▲ 23.5%"),
                       KpiChange::Direction::Up, true, {}, {});
        KpiTile returns(QStringLiteral("Returns"));
        returns.setValue(QStringLiteral("$10.00"), QStringLiteral("▲ 5.0%"),
                         KpiChange::Direction::Up, false, {}, {});
        const ChartStyle style(sales.palette());
        const auto changeColour = [](const KpiTile &t) {
            for (QLabel *l : t.findChildren<QLabel *>()) {
                if (l->text().startsWith(QStringLiteral("▲")))
                    return l->palette().color(QPalette::WindowText);
            }
            return QColor();
        };
        QCOMPARE(changeColour(sales), style.good());
        QCOMPARE(changeColour(returns), style.bad());
    }

    void moneyAxisHasNoCents()
    {
        QCOMPARE(DashboardCharts::axisAmount(120000), QStringLiteral("120,000"));
        QCOMPARE(DashboardCharts::axisAmount(120000, QLocale(QLocale::German, QLocale::Germany)),
                 QStringLiteral("120.000"));
        QCOMPARE(DashboardCharts::axisAmount(5), QStringLiteral("5"));
        QCOMPARE(DashboardCharts::axisCurrencyTitle(QStringLiteral("EUR")), QStringLiteral("EUR"));
    }

    // Ticks are numbers as the locale writes them; the currency is named
    // once, in the axis title, never glued to every tick ("80,000USD").
    void moneyAxesNameTheCurrencyOnce()
    {
        const DashboardData d = sample();
        ChartCard sales(QStringLiteral("Sales"));
        DashboardCharts::salesOverTime(&sales, d, ChartStyle(sales.palette()));
        ChartCard products(QStringLiteral("Products"));
        DashboardCharts::ranking(&products, d.topProducts, d.currency, QStringLiteral("%1 units"),
                                 ChartStyle(products.palette()));
        for (ChartCard *card : {&sales, &products}) {
            int moneyAxes = 0;
            for (QAbstractAxis *axis : card->chart()->axes()) {
                auto *category = qobject_cast<QCategoryAxis *>(axis);
                if (!category || axis->titleText().isEmpty())
                    continue;
                ++moneyAxes;
                QCOMPARE(axis->titleText(), QStringLiteral("USD"));
                const QStringList labels = category->categoriesLabels();
                QVERIFY(labels.size() >= 3);
                QCOMPARE(labels.first(), QStringLiteral("0"));
                for (const QString &label : labels) {
                    QVERIFY2(!label.contains(QStringLiteral("USD")) &&
                                 !label.contains(QLatin1Char('$')),
                             qPrintable(label));
                    QVERIFY2(QLocale().toLongLong(label) > 0 || label == QStringLiteral("0"),
                             qPrintable(label));
                }
            }
            QCOMPARE(moneyAxes, 1);
        }
    }
};

QTEST_MAIN(TestGuiDashboardWidgets)
#include "tst_gui_dashboard_widgets.moc"
