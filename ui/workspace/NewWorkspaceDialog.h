#pragma once

#include <QDialog>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace storelens {

// Names a new workspace and chooses how its key is kept: in the system
// keychain (nothing to remember), or derived from a passphrase (where there
// is no keychain, or when the user prefers it).
class NewWorkspaceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewWorkspaceDialog(const QStringList &existing, QWidget *parent = nullptr);

    QString name() const;
    // Empty when the key goes to the keychain.
    std::optional<QString> passphrase() const;
    // Whether a keychain answers (probed off the GUI thread).
    void setKeychainAvailable(bool available);

    static constexpr int kMinPassphraseLength = 8;

private:
    void validate();
    QStringList m_existing;
    QLineEdit *m_name = nullptr;
    QCheckBox *m_usePassphrase = nullptr;
    QLabel *m_keychainNote = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_keychainKnown = false;
    bool m_keychainAvailable = false;
};

} // namespace storelens
