#pragma once

#include "PeriodPreset.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace storelens {

// The toolbar's period: a preset (or a custom range), the days it resolves to
// in the shop's time zone, and "compare with previous period".
class DateRangePicker : public QWidget
{
    Q_OBJECT
public:
    explicit DateRangePicker(QWidget *parent = nullptr);

    PeriodPreset preset() const { return m_preset; }
    Period period() const { return m_period; }
    bool compare() const;
    QDate today() const { return m_today; }

    // "Today" in the shop's time zone; presets resolve against it.
    void setToday(QDate today);
    void setPreset(PeriodPreset preset);
    void setCustom(const Period &period);
    void setCompare(bool compare);
    // Opens the custom range dialog.
    void chooseCustom();

    QComboBox *presetBox() const { return m_presets; }
    QCheckBox *compareBox() const { return m_compare; }

signals:
    void changed();

private:
    void onPresetActivated(int index);
    void apply(PeriodPreset preset, const Period &period);
    QComboBox *m_presets = nullptr;
    QLabel *m_range = nullptr;
    QCheckBox *m_compare = nullptr;
    PeriodPreset m_preset = PeriodPreset::Last30Days;
    Period m_period;
    QDate m_today;
};

} // namespace storelens
