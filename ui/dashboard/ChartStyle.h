#pragma once

#include <QColor>
#include <QPalette>

#include <vector>

class QAbstractAxis;
class QChart;

namespace storelens {

// Colours of the dashboard, from the widget palette: charts and tiles follow
// the system's light or dark appearance (and a report stays light).
class ChartStyle
{
public:
    explicit ChartStyle(const QPalette &palette);
    static ChartStyle light();

    bool isDark() const { return m_dark; }
    QColor background() const;
    QColor cardBackground() const;
    QColor text() const;
    QColor dimText() const;
    QColor grid() const;
    QColor accent() const;   // the current period
    QColor previous() const; // the previous period
    QColor good() const;
    QColor bad() const;
    // A series colour by index, for categories (channels, rankings).
    QColor series(int index) const;

    // Applies the colours to a chart, its legend and its axes.
    void apply(QChart *chart) const;
    void applyAxis(QAbstractAxis *axis) const;

private:
    QPalette m_palette;
    bool m_dark = false;
};

} // namespace storelens
