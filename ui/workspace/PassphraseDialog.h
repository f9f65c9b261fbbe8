#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace storelens {

// Asks for the passphrase of a workspace that has no keychain key. After a
// wrong one it says so and asks again; the passphrase is never stored.
class PassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    PassphraseDialog(const QString &workspace, const QString &error, QWidget *parent = nullptr);
    QString passphrase() const;
    QLineEdit *field() const { return m_field; }
    QLabel *errorLabel() const { return m_error; }

private:
    QLineEdit *m_field = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace storelens
