#include "ChartCard.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QLabel>
#include <QToolTip>
#include <QVBoxLayout>

namespace storelens {

ChartCard::ChartCard(const QString &title, QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 6);
    layout->setSpacing(2);
    m_title = new QLabel(title, this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setAccessibleName(title);
    m_view->setMinimumHeight(200);
    layout->addWidget(m_view, 1);
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();
    layout->addWidget(m_empty, 1);
}

QString ChartCard::title() const
{
    return m_title->text();
}

QChart *ChartCard::chart() const
{
    return m_view->chart();
}

void ChartCard::setChart(QChart *chart, Describe describe)
{
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    m_view->setBackgroundBrush(chart->backgroundBrush());
    if (old && old != chart)
        delete old;
    m_describe = std::move(describe);
    m_empty->hide();
    m_view->show();
}

void ChartCard::setEmpty(const QString &text)
{
    m_describe = {};
    m_empty->setText(text);
    m_view->hide();
    m_empty->show();
}

QString ChartCard::describe(int index) const
{
    return m_describe ? m_describe(index) : QString();
}

void ChartCard::hover(int index, bool entered)
{
    if (!entered) {
        QToolTip::hideText();
        return;
    }
    const QString text = describe(index);
    if (!text.isEmpty())
        QToolTip::showText(QCursor::pos(), text, m_view);
}

} // namespace storelens
