#pragma once

#include "KpiChange.h"

#include <QFrame>

class QLabel;

namespace storelens {

// One key figure: its name, its value for the period, and how it changed
// against the previous period (green when the change is good news, red when
// it is not: more returns are bad news).
class KpiTile : public QFrame
{
    Q_OBJECT
public:
    explicit KpiTile(const QString &title, QWidget *parent = nullptr);

    // `higherIsBetter` colours the change; `detail` is a second line.
    void setValue(const QString &value, const QString &change, KpiChange::Direction direction,
                  bool higherIsBetter, const QString &detail, const QString &toolTip);
    void setEmpty(const QString &text);

    QString title() const;
    QString valueText() const;
    QString changeText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();
    QLabel *m_title = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_change = nullptr;
    QLabel *m_detail = nullptr;
    KpiChange::Direction m_direction = KpiChange::Direction::Unknown;
    bool m_higherIsBetter = true;
};

} // namespace storelens
