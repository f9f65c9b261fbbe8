#include "PassphraseDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace storelens {

PassphraseDialog::PassphraseDialog(const QString &workspace, const QString &error, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(tr("Unlock %1").arg(workspace));
    auto *layout = new QVBoxLayout(this);
    auto *prompt = new QLabel(
        tr("Workspace \"%1\" is protected by a passphrase. Enter it to open the workspace.")
            .arg(workspace),
        this);
    prompt->setWordWrap(true);
    layout->addWidget(prompt);
    m_field = new QLineEdit(this);
    m_field->setEchoMode(QLineEdit::Password);
    m_field->setAccessibleName(tr("Passphrase"));
    m_field->setPlaceholderText(tr("Passphrase"));
    layout->addWidget(m_field);
    m_error = new QLabel(error, this);
    m_error->setObjectName(QStringLiteral("passphraseError"));
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Error"));
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_error->setPalette(palette);
    m_error->setVisible(!error.isEmpty());
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Unlock"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_field, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
}

QString PassphraseDialog::passphrase() const
{
    return m_field->text();
}

} // namespace storelens
