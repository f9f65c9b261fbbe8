#pragma once

#include "Period.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;

namespace storelens {

// Asks for a custom range of days: from, to (inclusive).
class CustomRangeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CustomRangeDialog(const Period &initial, QDate today, QWidget *parent = nullptr);
    Period period() const;

private:
    void validate();
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace storelens
