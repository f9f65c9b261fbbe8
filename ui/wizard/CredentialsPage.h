#pragma once

#include <QWizardPage>

class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace storelens {

class AddStoreWizard;

// The shop's address and the credentials StoreLens signs in with: an Admin API
// access token, or a client ID and secret (client credentials grant).
// Checked as they are typed; nothing is sent until the connection test.
class CredentialsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit CredentialsPage(AddStoreWizard *wizard);

    bool isComplete() const override;
    bool validatePage() override;

    QLineEdit *domainField() const { return m_domain; }
    QLineEdit *tokenField() const { return m_token; }
    QLineEdit *clientIdField() const { return m_clientId; }
    QLineEdit *clientSecretField() const { return m_clientSecret; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *apiBaseField() const { return m_apiBase; }
    QRadioButton *tokenChoice() const { return m_useToken; }
    QRadioButton *clientChoice() const { return m_useClient; }
    // Why the page cannot go on, for people and tests; empty when it can.
    QString problem() const { return m_problemText; }

private:
    void check();
    AddStoreWizard *m_wizard;
    QLineEdit *m_domain = nullptr;
    QLabel *m_domainHint = nullptr;
    QRadioButton *m_useToken = nullptr;
    QRadioButton *m_useClient = nullptr;
    QLineEdit *m_token = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_clientSecret = nullptr;
    QLineEdit *m_name = nullptr;
    QGroupBox *m_advanced = nullptr;
    QLineEdit *m_apiBase = nullptr;
    QLabel *m_problem = nullptr;
    QString m_problemText;
    QString m_normalizedDomain;
    QString m_normalizedBase;
};

} // namespace storelens
