#include "CustomRangeDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace storelens {

CustomRangeDialog::CustomRangeDialog(const Period &initial, QDate today, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Custom range"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_from = new QDateEdit(initial.isValid() ? initial.from : today.addDays(-29), this);
    m_to = new QDateEdit(initial.isValid() ? initial.to : today, this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setMaximumDate(today.addYears(1));
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    layout->addLayout(form);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_from, &QDateEdit::dateChanged, this, &CustomRangeDialog::validate);
    connect(m_to, &QDateEdit::dateChanged, this, &CustomRangeDialog::validate);
    validate();
}

Period CustomRangeDialog::period() const
{
    return {m_from->date(), m_to->date()};
}

void CustomRangeDialog::validate()
{
    const Period p = period();
    const bool ok = p.isValid();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_hint->setText(ok ? tr("%n day(s)", nullptr, int(p.days()))
                       : tr("The first day must not be after the last."));
}

} // namespace storelens
