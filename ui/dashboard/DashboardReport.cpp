#include "DashboardReport.h"

#include "ChartCard.h"
#include "ChartStyle.h"
#include "DashboardCharts.h"
#include "DashboardPage.h"
#include "KpiTile.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace storelens {

namespace {
constexpr int kDpi = 150;
} // namespace

DashboardReport::DashboardReport(const DashboardPage &page)
    : m_page(page)
{}

QSize DashboardReport::pageSize()
{
    // A4 landscape, 297 x 210 mm.
    return {qRound(297.0 / 25.4 * kDpi), qRound(210.0 / 25.4 * kDpi)};
}

bool DashboardReport::writePdf(const QString &path) const
{
    QPdfWriter pdf(path);
    pdf.setResolution(kDpi);
    pdf.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
    pdf.setTitle(tr("StoreLens report: %1").arg(m_page.scopeTitle()));
    pdf.setCreator(QStringLiteral("StoreLens"));
    QPainter painter;
    if (!painter.begin(&pdf))
        return false;
    paint(painter, QSize(pdf.width(), pdf.height()));
    return painter.end();
}

bool DashboardReport::writePng(const QString &path) const
{
    QImage image(pageSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(qRound(kDpi / 0.0254));
    image.setDotsPerMeterY(qRound(kDpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, image.size());
    painter.end();
    return image.save(path, "PNG");
}

void DashboardReport::paint(QPainter &painter, const QSize &size) const
{
    const ChartStyle style = ChartStyle::light();
    const std::optional<DashboardData> &data = m_page.data();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
    const int margin = size.width() / 30;
    int y = margin;
    const int width = size.width() - 2 * margin;

    // Header.
    QFont title = painter.font();
    title.setPixelSize(size.height() / 26);
    title.setBold(true);
    painter.setFont(title);
    painter.setPen(style.text());
    const int titleHeight = QFontMetrics(title).height();
    painter.drawText(QRect(margin, y, width, titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     m_page.scopeTitle());
    y += titleHeight;
    QFont normal = painter.font();
    normal.setPixelSize(size.height() / 60);
    normal.setBold(false);
    painter.setFont(normal);
    const int line = QFontMetrics(normal).height();
    painter.drawText(QRect(margin, y, width, line), Qt::AlignLeft | Qt::AlignVCenter,
                     m_page.periodText());
    painter.setPen(style.dimText());
    painter.drawText(
        QRect(margin, y, width, line), Qt::AlignRight | Qt::AlignVCenter,
        tr("StoreLens · %1")
            .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat)));
    y += line * 2;
    if (data && !data->conversions.isEmpty()) {
        painter.drawText(QRect(margin, y - line, width, line), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("Amounts in %1, converted: %2")
                             .arg(data->currency, data->conversions.join(QStringLiteral("; "))));
        y += line;
    }

    // Key figures: two rows of four.
    const int gap = margin / 3;
    const int tileWidth = (width - 3 * gap) / 4;
    const int tileHeight = line * 4;
    QFont value = normal;
    value.setPixelSize(size.height() / 36);
    value.setBold(true);
    for (int i = 0; i < DashboardPage::TileCount; ++i) {
        const KpiTile *tile = m_page.tile(DashboardPage::Tile(i));
        const QRect box(margin + (i % 4) * (tileWidth + gap), y + (i / 4) * (tileHeight + gap),
                        tileWidth, tileHeight);
        painter.setPen(QPen(style.grid(), 1));
        painter.setBrush(QColor(0xf7, 0xf8, 0xfa));
        painter.drawRoundedRect(box, 6, 6);
        const QRect inner = box.adjusted(gap / 2, gap / 3, -gap / 2, -gap / 3);
        painter.setFont(normal);
        painter.setPen(style.dimText());
        painter.drawText(QRect(inner.left(), inner.top(), inner.width(), line), Qt::AlignLeft,
                         tile->title());
        painter.setFont(value);
        painter.setPen(style.text());
        const int valueHeight = QFontMetrics(value).height();
        painter.drawText(QRect(inner.left(), inner.top() + line, inner.width(), valueHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, tile->valueText());
        painter.setFont(normal);
        const QString change = tile->changeText();
        QColor changeColour = style.dimText();
        if (change.startsWith(QStringLiteral("▲")) || change.startsWith(QStringLiteral("▼"))) {
            const bool up = change.startsWith(QStringLiteral("▲"));
            const bool higherIsBetter = i != DashboardPage::Returns;
            changeColour = up == higherIsBetter ? style.good() : style.bad();
        }
        painter.setPen(changeColour);
        painter.drawText(QRect(inner.left(), inner.top() + line + valueHeight, inner.width(), line),
                         Qt::AlignLeft | Qt::AlignVCenter, change);
    }
    y += 2 * tileHeight + 2 * gap;

    // Charts: three columns, two rows, drawn light.
    if (!data)
        return;
    const int chartWidth = (width - 2 * gap) / 3;
    const int chartHeight = (size.height() - margin - y - gap) / 2;
    const QList<DashboardPage::Chart> order{
        DashboardPage::SalesOverTime, DashboardPage::OrdersByDate, DashboardPage::SalesByChannel,
        DashboardPage::TopProducts,   DashboardPage::TopCustomers, DashboardPage::Checkouts};
    for (int i = 0; i < order.size(); ++i) {
        const ChartCard *shown = m_page.chart(order[i]);
        ChartCard card(shown->title());
        QPalette light;
        light.setColor(QPalette::Window, Qt::white);
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, style.text());
        light.setColor(QPalette::WindowText, style.text());
        card.setPalette(light);
        switch (order[i]) {
        case DashboardPage::SalesOverTime:
            DashboardCharts::salesOverTime(&card, *data, style);
            break;
        case DashboardPage::OrdersByDate:
            DashboardCharts::ordersOverTime(&card, *data, style);
            break;
        case DashboardPage::SalesByChannel:
            DashboardCharts::channels(&card, *data, style);
            break;
        case DashboardPage::TopProducts:
            DashboardCharts::ranking(&card, data->topProducts, data->currency, QString(), style);
            break;
        case DashboardPage::TopCustomers:
            DashboardCharts::ranking(&card, m_page.topCustomers(), data->currency, QString(),
                                     style);
            break;
        case DashboardPage::Checkouts:
            DashboardCharts::checkouts(&card, *data, style);
            break;
        default:
            break;
        }
        const QRect box(margin + (i % 3) * (chartWidth + gap), y + (i / 3) * (chartHeight + gap),
                        chartWidth, chartHeight);
        card.resize(box.size());
        card.ensurePolished();
        painter.save();
        painter.translate(box.topLeft());
        card.render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        painter.restore();
        painter.setPen(QPen(style.grid(), 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(box);
    }
}

} // namespace storelens
