#include "DashboardCharts.h"

#include "ChartCard.h"
#include "ChartStyle.h"
#include "KpiChange.h"
#include "model/Money.h"
#include "models/StatusText.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>

namespace storelens {

namespace {
qint64 pow10(int digits)
{
    qint64 p = 1;
    for (int i = 0; i < digits; ++i)
        p *= 10;
    return p;
}

// Minor units as a double, for plotting only.
double plotted(qint64 minor, const QString &currency)
{
    return double(minor) / double(pow10(Money::minorDigits(currency)));
}

// A round step for about four ticks up to `max`: 1, 2 or 5 times a power of ten.
qint64 niceStep(qint64 max)
{
    if (max <= 0)
        return 1;
    qint64 magnitude = 1;
    while (magnitude * 10 <= max / 4)
        magnitude *= 10;
    for (qint64 factor : {1, 2, 5, 10}) {
        if (magnitude * factor * 4 >= max)
            return magnitude * factor;
    }
    return magnitude * 10;
}

QString shareText(qint64 part, qint64 total, const QLocale &locale)
{
    if (total <= 0)
        return {};
    const qint64 permille = (part * 1000 + total / 2) / total;
    return KpiChange::percent(permille, locale);
}
} // namespace

QString DashboardCharts::bucketLabel(const Period &bucket, DashboardQuery::Bucket kind,
                                     const QLocale &locale)
{
    if (kind == DashboardQuery::Bucket::Month)
        //: Date format of a month on a chart axis (QDate format)
        return locale.toString(bucket.from, tr("MMM yyyy"));
    //: Date format of a day on a chart axis (QDate format)
    return locale.toString(bucket.from, tr("d MMM"));
}

QString DashboardCharts::bucketName(const Period &bucket, DashboardQuery::Bucket kind,
                                    const QLocale &locale)
{
    switch (kind) {
    case DashboardQuery::Bucket::Day:
        return locale.toString(bucket.from, QLocale::LongFormat);
    case DashboardQuery::Bucket::Week:
        return tr("%1 – %2").arg(locale.toString(bucket.from, QLocale::ShortFormat),
                                 locale.toString(bucket.to, QLocale::ShortFormat));
    case DashboardQuery::Bucket::Month:
        //: A month in words (QDate format)
        return locale.toString(bucket.from, tr("MMMM yyyy"));
    }
    return {};
}

QString DashboardCharts::axisAmount(qint64 wholeUnits, const QLocale &locale)
{
    return locale.toString(qlonglong(wholeUnits));
}

QString DashboardCharts::axisCurrencyTitle(const QString &currency)
{
    return currency;
}

QCategoryAxis *DashboardCharts::timeAxis(const DashboardData &data)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int n = int(data.series.size());
    const int step = std::max(1, (n + 5) / 6);
    for (int i = 0; i < n; i += step)
        axis->append(bucketLabel(data.series[size_t(i)].bucket, data.query.bucket), i);
    axis->setRange(-0.5, std::max(0, n - 1) + 0.5);
    axis->setGridLineVisible(false);
    return axis;
}

QCategoryAxis *DashboardCharts::moneyAxis(qint64 maxMinor, const QString &currency)
{
    const qint64 scale = pow10(Money::minorDigits(currency));
    const qint64 maxWhole = std::max<qint64>(1, (maxMinor + scale - 1) / scale);
    const qint64 step = niceStep(maxWhole);
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    qint64 top = 0;
    const QLocale locale;
    for (qint64 v = 0; v <= maxWhole + step - 1; v += step) {
        axis->append(axisAmount(v, locale), double(v));
        top = v;
    }
    axis->setRange(0, double(std::max(top, step)));
    axis->setTitleText(axisCurrencyTitle(currency));
    return axis;
}

QCategoryAxis *DashboardCharts::countAxis(qint64 maxCount)
{
    const qint64 step = niceStep(std::max<qint64>(1, maxCount));
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const QLocale locale;
    qint64 top = 0;
    for (qint64 v = 0; v <= maxCount + step - 1; v += step) {
        axis->append(locale.toString(v), double(v));
        top = v;
    }
    axis->setRange(0, double(std::max(top, step)));
    return axis;
}

void DashboardCharts::salesOverTime(ChartCard *card, const DashboardData &data,
                                    const ChartStyle &style)
{
    if (data.series.empty()) {
        card->setEmpty(tr("No sales in this period."));
        return;
    }
    const bool compare = data.query.compare;
    auto *chart = new QChart;
    style.apply(chart);
    auto *current = new QLineSeries;
    current->setName(tr("This period"));
    auto *previous = new QLineSeries;
    previous->setName(tr("Previous period"));
    qint64 max = 0;
    for (size_t i = 0; i < data.series.size(); ++i) {
        const DashboardData::Point &p = data.series[i];
        current->append(double(i), plotted(p.sales, data.currency));
        previous->append(double(i), plotted(p.previousSales, data.currency));
        max = std::max({max, p.sales, compare ? p.previousSales : 0});
    }
    chart->addSeries(current);
    if (compare)
        chart->addSeries(previous);
    else
        delete previous;
    QPen pen(style.accent());
    pen.setWidthF(2.4);
    current->setPen(pen);
    current->setPointsVisible(data.series.size() <= 31);
    if (compare) {
        QPen dashed(style.previous());
        dashed.setWidthF(1.6);
        dashed.setStyle(Qt::DashLine);
        previous->setPen(dashed);
    }
    QCategoryAxis *x = timeAxis(data);
    QCategoryAxis *y = moneyAxis(max, data.currency);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    style.applyAxis(x);
    style.applyAxis(y);
    chart->legend()->setVisible(compare);
    chart->legend()->setAlignment(Qt::AlignBottom);
    for (QLineSeries *s : {current, compare ? previous : nullptr}) {
        if (s)
            QObject::connect(s, &QLineSeries::hovered, card,
                             [card](const QPointF &point, bool state) {
                                 card->hover(qRound(point.x()), state);
                             });
    }
    const QLocale locale;
    card->setChart(chart, [data, locale](int i) -> QString {
        if (i < 0 || size_t(i) >= data.series.size())
            return {};
        const DashboardData::Point &p = data.series[size_t(i)];
        QString text = tr("%1: %2").arg(bucketName(p.bucket, data.query.bucket, locale),
                                        Money::format(p.sales, data.currency, locale));
        if (data.query.compare)
            text += QLatin1Char('\n') +
                    tr("Previous period, %1: %2")
                        .arg(bucketName(p.previousBucket, data.query.bucket, locale),
                             Money::format(p.previousSales, data.currency, locale));
        return text;
    });
}

void DashboardCharts::ordersOverTime(ChartCard *card, const DashboardData &data,
                                     const ChartStyle &style)
{
    if (data.series.empty()) {
        card->setEmpty(tr("No orders in this period."));
        return;
    }
    const bool compare = data.query.compare;
    auto *chart = new QChart;
    style.apply(chart);
    auto *series = new QBarSeries;
    auto *current = new QBarSet(tr("This period"));
    auto *previous = new QBarSet(tr("Previous period"));
    qint64 max = 0;
    for (const DashboardData::Point &p : data.series) {
        *current << double(p.orders);
        *previous << double(p.previousOrders);
        max = std::max({max, p.orders, compare ? p.previousOrders : 0});
    }
    current->setColor(style.accent());
    current->setBorderColor(style.accent());
    previous->setColor(style.previous());
    previous->setBorderColor(style.previous());
    series->append(current);
    if (compare)
        series->append(previous);
    else
        delete previous;
    series->setBarWidth(0.8);
    chart->addSeries(series);
    QCategoryAxis *x = timeAxis(data);
    QCategoryAxis *y = countAxis(max);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    style.applyAxis(x);
    style.applyAxis(y);
    chart->legend()->setVisible(compare);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QObject::connect(series, &QBarSeries::hovered, card,
                     [card](bool state, int index, QBarSet *) { card->hover(index, state); });
    const QLocale locale;
    card->setChart(chart, [data, locale](int i) -> QString {
        if (i < 0 || size_t(i) >= data.series.size())
            return {};
        const DashboardData::Point &p = data.series[size_t(i)];
        QString text = tr("%1: %Ln order(s)", nullptr, int(p.orders))
                           .arg(bucketName(p.bucket, data.query.bucket, locale));
        if (data.query.compare)
            text += QLatin1Char('\n') +
                    tr("Previous period, %1: %Ln order(s)", nullptr, int(p.previousOrders))
                        .arg(bucketName(p.previousBucket, data.query.bucket, locale));
        return text;
    });
}

void DashboardCharts::checkouts(ChartCard *card, const DashboardData &data, const ChartStyle &style)
{
    qint64 any = 0;
    for (const DashboardData::Point &p : data.series)
        any += p.abandoned;
    if (data.series.empty() || any == 0) {
        card->setEmpty(tr("No abandoned checkouts in this period."));
        return;
    }
    auto *chart = new QChart;
    style.apply(chart);
    auto *series = new QStackedBarSeries;
    auto *recovered = new QBarSet(tr("Recovered"));
    auto *lost = new QBarSet(tr("Not recovered"));
    qint64 max = 0;
    for (const DashboardData::Point &p : data.series) {
        *recovered << double(p.recovered);
        *lost << double(p.abandoned - p.recovered);
        max = std::max(max, p.abandoned);
    }
    recovered->setColor(style.good());
    recovered->setBorderColor(style.good());
    lost->setColor(style.series(1));
    lost->setBorderColor(style.series(1));
    series->append(recovered);
    series->append(lost);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    QCategoryAxis *x = timeAxis(data);
    QCategoryAxis *y = countAxis(max);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    style.applyAxis(x);
    style.applyAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QObject::connect(series, &QStackedBarSeries::hovered, card,
                     [card](bool state, int index, QBarSet *) { card->hover(index, state); });
    const QLocale locale;
    card->setChart(chart, [data, locale](int i) -> QString {
        if (i < 0 || size_t(i) >= data.series.size())
            return {};
        const DashboardData::Point &p = data.series[size_t(i)];
        return tr("%1: %2 abandoned, %3 recovered")
            .arg(bucketName(p.bucket, data.query.bucket, locale), locale.toString(p.abandoned),
                 locale.toString(p.recovered));
    });
}

void DashboardCharts::ranking(ChartCard *card, const std::vector<DashboardData::Ranked> &rows,
                              const QString &currency, const QString &countLabel,
                              const ChartStyle &style)
{
    if (rows.empty()) {
        card->setEmpty(tr("Nothing sold in this period."));
        return;
    }
    auto *chart = new QChart;
    style.apply(chart);
    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(QString());
    QStringList categories;
    qint64 max = 0;
    // Bottom to top: the largest ends up on top.
    const QFontMetrics fm(chart->font());
    for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
        *set << plotted(std::max<qint64>(0, it->amount), currency);
        QString label = fm.elidedText(it->label, Qt::ElideRight, 150);
        while (categories.contains(label))
            label += QLatin1Char(' ');
        categories << label;
        max = std::max(max, it->amount);
    }
    set->setColor(style.accent());
    set->setBorderColor(style.accent());
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    QCategoryAxis *x = moneyAxis(max, currency);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    style.applyAxis(x);
    style.applyAxis(y);
    y->setGridLineVisible(false);
    chart->legend()->setVisible(false);
    const int n = int(rows.size());
    QObject::connect(series, &QHorizontalBarSeries::hovered, card,
                     [card, n](bool state, int index, QBarSet *) {
                         card->hover(n - 1 - index, state); // back to largest-first order
                     });
    const QLocale locale;
    card->setChart(chart, [rows, currency, countLabel, locale](int i) -> QString {
        if (i < 0 || size_t(i) >= rows.size())
            return {};
        const DashboardData::Ranked &r = rows[size_t(i)];
        QString text = tr("%1: %2").arg(r.label, Money::format(r.amount, currency, locale));
        if (!countLabel.isEmpty())
            text += QStringLiteral(" · ") + countLabel.arg(locale.toString(r.count));
        if (!r.detail.isEmpty())
            text += QLatin1Char('\n') + r.detail;
        return text;
    });
}

void DashboardCharts::channels(ChartCard *card, const DashboardData &data, const ChartStyle &style)
{
    qint64 total = 0;
    for (const DashboardData::Ranked &r : data.channels)
        total += std::max<qint64>(0, r.amount);
    if (data.channels.empty() || total <= 0) {
        card->setEmpty(tr("No sales in this period."));
        return;
    }
    const QLocale locale;
    auto *chart = new QChart;
    style.apply(chart);
    auto *pie = new QPieSeries;
    pie->setHoleSize(0.55);
    pie->setPieSize(0.9);
    int index = 0;
    for (const DashboardData::Ranked &r : data.channels) {
        const QString name = StatusText::channel(r.label);
        QPieSlice *slice = pie->append(
            tr("%1 (%2)").arg(name, shareText(std::max<qint64>(0, r.amount), total, locale)),
            plotted(std::max<qint64>(0, r.amount), data.currency));
        slice->setColor(style.series(index));
        slice->setBorderColor(style.background());
        const int i = index;
        QObject::connect(slice, &QPieSlice::hovered, card, [card, slice, i](bool state) {
            slice->setExploded(state);
            card->hover(i, state);
        });
        ++index;
    }
    chart->addSeries(pie);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setLabelColor(style.text());
    const std::vector<DashboardData::Ranked> rows = data.channels;
    const QString currency = data.currency;
    card->setChart(chart, [rows, currency, total, locale](int i) -> QString {
        if (i < 0 || size_t(i) >= rows.size())
            return {};
        const DashboardData::Ranked &r = rows[size_t(i)];
        return tr("%1: %2 (%3 of total sales), %Ln order(s)", nullptr, int(r.count))
            .arg(StatusText::channel(r.label), Money::format(r.amount, currency, locale),
                 shareText(std::max<qint64>(0, r.amount), total, locale));
    });
}

} // namespace storelens
