#pragma once

#include "platform/Platform.h"

#include <QMap>
#include <QWizardPage>

class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QVBoxLayout;

namespace storelens {

class AddStoreWizard;

// The store's address and the credentials StoreLens signs in with, as the
// chosen platform describes them (CredentialField): one form per platform,
// with a choice where it has several ways to sign in. Checked as they are
// typed; nothing is sent until the connection test.
class CredentialsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit CredentialsPage(AddStoreWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // The field of a value (CredentialField::key: "shop", "token", "url"...).
    QLineEdit *field(const QString &key) const { return m_fields.value(key); }
    QRadioButton *schemeChoice(const QString &authKind) const { return m_choices.value(authKind); }
    QGroupBox *advancedGroup() const { return m_advanced; }
    QLineEdit *nameField() const { return m_name; }
    // Why the page cannot go on, for people and tests; empty when it can.
    QString problem() const { return m_problemText; }

private:
    void build(const Platform &platform);
    void check();
    QString chosenScheme() const;

    AddStoreWizard *m_wizard;
    QVBoxLayout *m_layout = nullptr;
    QWidget *m_form = nullptr; // rebuilt when the platform changes
    QString m_builtFor;
    QList<CredentialField> m_addressFields;
    QList<CredentialScheme> m_schemes;
    QMap<QString, QLineEdit *> m_fields;
    QMap<QString, QRadioButton *> m_choices;
    QLabel *m_addressHint = nullptr;
    QLineEdit *m_name = nullptr;
    QGroupBox *m_advanced = nullptr;
    QLabel *m_problem = nullptr;
    QString m_problemText;
    std::optional<Store> m_store;
};

} // namespace storelens
