#pragma once

#include <QFrame>

#include <functional>

class QChart;
class QChartView;
class QLabel;

namespace storelens {

// A titled chart on the dashboard. Hovering a point, bar or slice shows its
// exact value, formatted from the data (never from the plotted double).
class ChartCard : public QFrame
{
    Q_OBJECT
public:
    using Describe = std::function<QString(int index)>;

    explicit ChartCard(const QString &title, QWidget *parent = nullptr);

    // Takes the chart; `describe` gives the hover text of an index.
    void setChart(QChart *chart, Describe describe);
    void setEmpty(const QString &text);
    QChart *chart() const;
    QChartView *view() const { return m_view; }
    QString title() const;
    // The hover text of an index (what a tooltip shows).
    QString describe(int index) const;
    // Shows the tooltip for an index at the cursor.
    void hover(int index, bool entered);

private:
    QLabel *m_title = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    Describe m_describe;
};

} // namespace storelens
