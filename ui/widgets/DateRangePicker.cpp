#include "DateRangePicker.h"

#include "CustomRangeDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace storelens {

DateRangePicker::DateRangePicker(QWidget *parent)
    : QWidget(parent)
    , m_today(QDate::currentDate())
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_presets = new QComboBox(this);
    m_presets->setAccessibleName(tr("Date range"));
    m_presets->setToolTip(tr("The days shown, in the shop's time zone (Ctrl+D)"));
    for (PeriodPreset p : PeriodPresets::all())
        m_presets->addItem(PeriodPresets::title(p), int(p));
    m_presets->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_range = new QLabel(this);
    m_range->setAccessibleName(tr("Days shown"));
    m_range->setMinimumWidth(
        m_range->fontMetrics().horizontalAdvance(QStringLiteral("00/00/0000 – 00/00/0000")));
    m_compare = new QCheckBox(tr("Compare with &previous period"), this);
    m_compare->setAccessibleName(tr("Compare with previous period"));
    m_compare->setChecked(true);
    layout->addWidget(m_presets);
    layout->addWidget(m_range);
    layout->addSpacing(8);
    layout->addWidget(m_compare);
    connect(m_presets, &QComboBox::activated, this, &DateRangePicker::onPresetActivated);
    connect(m_compare, &QCheckBox::toggled, this, &DateRangePicker::changed);
    apply(m_preset, PeriodPresets::resolve(m_preset, m_today));
}

bool DateRangePicker::compare() const
{
    return m_compare->isChecked();
}

void DateRangePicker::setToday(QDate today)
{
    if (!today.isValid() || today == m_today)
        return;
    m_today = today;
    if (m_preset != PeriodPreset::Custom)
        apply(m_preset, PeriodPresets::resolve(m_preset, m_today));
}

void DateRangePicker::setPreset(PeriodPreset preset)
{
    if (preset == PeriodPreset::Custom)
        return;
    apply(preset, PeriodPresets::resolve(preset, m_today));
}

void DateRangePicker::setCustom(const Period &period)
{
    if (period.isValid())
        apply(PeriodPreset::Custom, period);
}

void DateRangePicker::setCompare(bool compare)
{
    m_compare->setChecked(compare);
}

void DateRangePicker::onPresetActivated(int index)
{
    const auto preset = PeriodPreset(m_presets->itemData(index).toInt());
    if (preset == PeriodPreset::Custom) {
        chooseCustom();
        return;
    }
    setPreset(preset);
}

void DateRangePicker::chooseCustom()
{
    auto *dialog = new CustomRangeDialog(m_period, m_today, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result == QDialog::Accepted)
            setCustom(dialog->period());
        else // back to what was chosen before
            m_presets->setCurrentIndex(m_presets->findData(int(m_preset)));
    });
    dialog->open();
}

void DateRangePicker::apply(PeriodPreset preset, const Period &period)
{
    const bool same = preset == m_preset && period == m_period;
    m_preset = preset;
    m_period = period;
    m_presets->setCurrentIndex(m_presets->findData(int(preset)));
    m_range->setText(PeriodPresets::describe(period));
    m_range->setToolTip(
        PeriodPresets::describe(period.previous()).isEmpty()
            ? QString()
            : tr("Previous period: %1").arg(PeriodPresets::describe(period.previous())));
    if (!same)
        emit changed();
}

} // namespace storelens
