#include "NewWorkspaceDialog.h"

#include "storage/WorkspaceDirectory.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace storelens {

NewWorkspaceDialog::NewWorkspaceDialog(const QStringList &existing, QWidget *parent)
    : QDialog(parent)
    , m_existing(existing)
{
    setObjectName(QStringLiteral("newWorkspaceDialog"));
    setWindowTitle(tr("New Workspace"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A workspace is one encrypted file with its own stores. "
                                "Agencies keep one per client."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Workspace name"));
    m_name->setPlaceholderText(tr("e.g. Client A"));
    form->addRow(tr("&Name:"), m_name);
    layout->addLayout(form);

    m_usePassphrase = new QCheckBox(tr("Protect with a &passphrase instead of the keychain"), this);
    m_usePassphrase->setEnabled(false);
    layout->addWidget(m_usePassphrase);
    m_keychainNote = new QLabel(tr("Checking the system keychain…"), this);
    m_keychainNote->setWordWrap(true);
    layout->addWidget(m_keychainNote);
    auto *secrets = new QFormLayout;
    m_passphrase = new QLineEdit(this);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_repeat = new QLineEdit(this);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setAccessibleName(tr("Repeat passphrase"));
    secrets->addRow(tr("Pass&phrase:"), m_passphrase);
    secrets->addRow(tr("&Repeat:"), m_repeat);
    layout->addLayout(secrets);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *e : {m_name, m_passphrase, m_repeat})
        connect(e, &QLineEdit::textChanged, this, &NewWorkspaceDialog::validate);
    connect(m_usePassphrase, &QCheckBox::toggled, this, &NewWorkspaceDialog::validate);
    setMinimumWidth(460);
    validate();
}

void NewWorkspaceDialog::setKeychainAvailable(bool available)
{
    m_keychainKnown = true;
    m_keychainAvailable = available;
    m_usePassphrase->setEnabled(available);
    m_usePassphrase->setChecked(!available);
    m_keychainNote->setText(
        available ? tr("The workspace key is kept in the system keychain, so the workspace opens "
                       "without asking.")
                  : tr("No system keychain is available: choose a passphrase. StoreLens asks for "
                       "it whenever the workspace is opened; without it the data cannot be "
                       "recovered."));
    validate();
}

QString NewWorkspaceDialog::name() const
{
    return m_name->text().trimmed();
}

std::optional<QString> NewWorkspaceDialog::passphrase() const
{
    if (!m_usePassphrase->isChecked())
        return std::nullopt;
    return m_passphrase->text();
}

void NewWorkspaceDialog::validate()
{
    const bool usePassphrase = m_usePassphrase->isChecked();
    m_passphrase->setEnabled(usePassphrase);
    m_repeat->setEnabled(usePassphrase);
    QString problem;
    const QString n = name();
    if (n.isEmpty())
        problem = tr("Enter a name.");
    else if (!WorkspaceDirectory::isValidName(n))
        problem = tr("Use up to 64 letters, digits, spaces, dots, dashes or underscores.");
    else if (m_existing.contains(n, Qt::CaseInsensitive))
        problem = tr("A workspace named \"%1\" already exists.").arg(n);
    else if (!m_keychainKnown)
        problem = tr("Checking the system keychain…");
    else if (usePassphrase && m_passphrase->text().size() < kMinPassphraseLength)
        problem = tr("A passphrase needs at least %n characters.", nullptr, kMinPassphraseLength);
    else if (usePassphrase && m_passphrase->text() != m_repeat->text())
        problem = tr("The passphrases do not match.");
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace storelens
