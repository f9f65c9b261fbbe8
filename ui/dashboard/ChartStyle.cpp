#include "ChartStyle.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QGraphicsLayout>
#include <QLegend>
#include <QStyle>

namespace storelens {

ChartStyle::ChartStyle(const QPalette &palette)
    : m_palette(palette)
    , m_dark(palette.color(QPalette::Window).lightness() < 128)
{}

ChartStyle ChartStyle::light()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf4, 0xf5, 0xf7));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::WindowText, QColor(0x20, 0x22, 0x25));
    p.setColor(QPalette::Text, QColor(0x20, 0x22, 0x25));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xd6));
    return ChartStyle(p);
}

QColor ChartStyle::background() const
{
    return m_palette.color(QPalette::Base);
}

QColor ChartStyle::cardBackground() const
{
    return m_palette.color(QPalette::Base);
}

QColor ChartStyle::text() const
{
    return m_palette.color(QPalette::Text);
}

QColor ChartStyle::dimText() const
{
    QColor c = text();
    c.setAlphaF(0.65);
    return c;
}

QColor ChartStyle::grid() const
{
    QColor c = text();
    c.setAlphaF(m_dark ? 0.15 : 0.12);
    return c;
}

QColor ChartStyle::accent() const
{
    const QColor highlight = m_palette.color(QPalette::Highlight);
    return m_dark ? highlight.lighter(125) : highlight;
}

QColor ChartStyle::previous() const
{
    return m_dark ? QColor(0x8a, 0x90, 0x99) : QColor(0xa0, 0xa6, 0xb0);
}

QColor ChartStyle::good() const
{
    return m_dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
}

QColor ChartStyle::bad() const
{
    return m_dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
}

QColor ChartStyle::series(int index) const
{
    // Distinguishable in light and dark, and for common colour blindness.
    static const std::vector<QColor> colours{QColor(0x2f, 0x6f, 0xd6), QColor(0xe6, 0x8a, 0x00),
                                             QColor(0x2a, 0xa1, 0x98), QColor(0xc2, 0x4d, 0x8f),
                                             QColor(0x7b, 0x61, 0xd1), QColor(0x8d, 0xa1, 0x2b),
                                             QColor(0xd1, 0x5c, 0x3c), QColor(0x52, 0x7a, 0x9a)};
    const QColor c = colours[size_t(index) % colours.size()];
    return m_dark ? c.lighter(130) : c;
}

void ChartStyle::apply(QChart *chart) const
{
    chart->setTheme(m_dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(background());
    chart->setBackgroundRoundness(0);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text());
    chart->legend()->setLabelColor(text());
    // The chart fills its card: no frame of the view's colour around it, and
    // room on the right for the last axis label.
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setMargins(QMargins(4, 6, 18, 4));
    QFont font = QApplication::font();
    chart->legend()->setFont(font);
    for (QAbstractAxis *axis : chart->axes())
        applyAxis(axis);
}

void ChartStyle::applyAxis(QAbstractAxis *axis) const
{
    axis->setLabelsColor(dimText());
    axis->setLinePenColor(grid());
    axis->setGridLineColor(grid());
    axis->setMinorGridLineVisible(false);
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    axis->setLabelsFont(font);
    // A money axis names its currency in its title, as quietly as its labels.
    axis->setTitleBrush(dimText());
    axis->setTitleFont(font);
}

} // namespace storelens
