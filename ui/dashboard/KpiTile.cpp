#include "KpiTile.h"

#include "ChartStyle.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace storelens {

KpiTile::KpiTile(const QString &title, QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::TabFocus); // reachable by keyboard; screen readers read the name
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    m_title = new QLabel(title, this);
    QFont small = m_title->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_title->setFont(small);
    m_value = new QLabel(this);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_change = new QLabel(this);
    m_change->setFont(small);
    m_detail = new QLabel(this);
    m_detail->setFont(small);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    layout->addWidget(m_detail);
    setMinimumHeight(sizeHint().height());
    setAccessibleName(title);
    applyColours();
}

QString KpiTile::title() const
{
    return m_title->text();
}

QString KpiTile::valueText() const
{
    return m_value->text();
}

QString KpiTile::changeText() const
{
    return m_change->text();
}

void KpiTile::setValue(const QString &value, const QString &change, KpiChange::Direction direction,
                       bool higherIsBetter, const QString &detail, const QString &toolTip)
{
    m_value->setText(value);
    m_change->setText(change);
    m_change->setVisible(!change.isEmpty());
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    m_direction = direction;
    m_higherIsBetter = higherIsBetter;
    setToolTip(toolTip);
    setAccessibleDescription(value + QLatin1Char(' ') + change);
    applyColours();
}

void KpiTile::setEmpty(const QString &text)
{
    setValue(text, {}, KpiChange::Direction::Unknown, true, {}, {});
}

void KpiTile::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColours();
}

void KpiTile::applyColours()
{
    const ChartStyle style(palette());
    QPalette p = palette();
    p.setColor(QPalette::Window, style.cardBackground());
    setPalette(p);
    QPalette dim = m_title->palette();
    dim.setColor(QPalette::WindowText, style.dimText());
    m_title->setPalette(dim);
    m_detail->setPalette(dim);
    QPalette change = m_change->palette();
    QColor colour = style.dimText();
    if (m_direction == KpiChange::Direction::Up || m_direction == KpiChange::Direction::Down) {
        const bool good = (m_direction == KpiChange::Direction::Up) == m_higherIsBetter;
        colour = good ? style.good() : style.bad();
    }
    change.setColor(QPalette::WindowText, colour);
    m_change->setPalette(change);
}

} // namespace storelens
