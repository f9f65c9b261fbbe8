#include "CredentialsPage.h"

#include "AddStoreWizard.h"
#include "platform/PlatformRegistry.h"
#include "session/WorkspaceSession.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace storelens {

CredentialsPage::CredentialsPage(AddStoreWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    m_layout = new QVBoxLayout(this);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("credentialsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));
    m_layout->addWidget(m_problem);
    m_layout->addStretch();
    if (const Platform *platform = PlatformRegistry::instance().find(wizard->draft().platform))
        build(*platform);
}

void CredentialsPage::initializePage()
{
    const Platform *platform = PlatformRegistry::instance().find(m_wizard->draft().platform);
    if (platform && platform->id() != m_builtFor)
        build(*platform);
}

void CredentialsPage::build(const Platform &platform)
{
    delete m_form;
    m_fields.clear();
    m_choices.clear();
    m_builtFor = platform.id();
    m_addressFields = platform.addressFields();
    m_schemes = platform.schemes();
    setTitle(platform.credentialsTitle());
    setSubTitle(platform.credentialsHint());

    m_form = new QWidget(this);
    auto *layout = new QVBoxLayout(m_form);
    layout->setContentsMargins(0, 0, 0, 0);
    auto addField = [this](QFormLayout *form, QWidget *parent, const CredentialField &f) {
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(f.key);
        edit->setAccessibleName(f.accessibleName);
        edit->setPlaceholderText(f.placeholder);
        if (f.secret) {
            edit->setEchoMode(QLineEdit::Password);
            edit->setClearButtonEnabled(true);
        }
        form->addRow(f.label, edit);
        m_fields.insert(f.key, edit);
        connect(edit, &QLineEdit::textChanged, this, &CredentialsPage::check);
        return edit;
    };

    auto *address = new QFormLayout;
    m_addressHint = new QLabel(m_form);
    m_addressHint->setWordWrap(true);
    QList<CredentialField> advanced;
    for (const CredentialField &f : std::as_const(m_addressFields)) {
        if (f.advanced) {
            advanced << f;
            continue;
        }
        addField(address, m_form, f);
        if (address->rowCount() == 1)
            address->addRow(QString(), m_addressHint);
    }
    layout->addLayout(address);

    auto *secrets = new QFormLayout;
    for (const CredentialScheme &scheme : std::as_const(m_schemes)) {
        if (m_schemes.size() > 1) {
            auto *choice = new QRadioButton(scheme.label, m_form);
            choice->setObjectName(scheme.authKind);
            choice->setChecked(m_choices.isEmpty());
            m_choices.insert(scheme.authKind, choice);
            secrets->addRow(choice);
            connect(choice, &QRadioButton::toggled, this, &CredentialsPage::check);
        }
        for (const CredentialField &f : scheme.fields)
            addField(secrets, m_form, f);
    }
    layout->addLayout(secrets);

    auto *names = new QFormLayout;
    m_name = new QLineEdit(m_form);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setAccessibleName(tr("Store name"));
    m_name->setPlaceholderText(tr("The shop's own name"));
    names->addRow(tr("Display &name:"), m_name);
    connect(m_name, &QLineEdit::textChanged, this, &CredentialsPage::check);
    layout->addLayout(names);

    m_advanced = nullptr;
    if (!advanced.isEmpty()) {
        m_advanced = new QGroupBox(tr("Advanced: connect through another address"), m_form);
        m_advanced->setCheckable(true);
        m_advanced->setChecked(false);
        auto *form = new QFormLayout(m_advanced);
        for (const CredentialField &f : std::as_const(advanced))
            addField(form, m_advanced, f);
        connect(m_advanced, &QGroupBox::toggled, this, &CredentialsPage::check);
        layout->addWidget(m_advanced);
    }
    m_layout->insertWidget(0, m_form);
    check();
}

QString CredentialsPage::chosenScheme() const
{
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
        if (it.value()->isChecked())
            return it.key();
    }
    return m_schemes.isEmpty() ? QString() : m_schemes.first().authKind;
}

void CredentialsPage::check()
{
    const QString authKind = chosenScheme();
    for (const CredentialScheme &scheme : std::as_const(m_schemes)) {
        for (const CredentialField &f : scheme.fields)
            m_fields.value(f.key)->setEnabled(scheme.authKind == authKind);
    }
    const Platform *platform = PlatformRegistry::instance().find(m_builtFor);
    QString problem;
    QMap<QString, QString> values;
    m_store.reset();
    for (const CredentialField &f : std::as_const(m_addressFields)) {
        const bool used = !f.advanced || (m_advanced && m_advanced->isChecked());
        const QString text = used ? m_fields.value(f.key)->text().trimmed() : QString();
        if (text.isEmpty() && !f.optional && problem.isEmpty())
            problem = f.missing;
        values.insert(f.key, text);
    }
    for (const CredentialScheme &scheme : std::as_const(m_schemes)) {
        if (scheme.authKind != authKind)
            continue;
        for (const CredentialField &f : scheme.fields) {
            if (!f.secret)
                values.insert(f.key, m_fields.value(f.key)->text().trimmed());
        }
    }
    m_addressHint->clear();
    if (problem.isEmpty() && platform) {
        QString error;
        m_store = platform->storeFor(values, authKind, &error);
        if (!m_store) {
            problem = error;
        } else {
            m_addressHint->setText(tr("StoreLens connects to %1.").arg(m_store->domain));
            for (const Store &s : m_wizard->session().stores()) {
                if (s.platform == m_store->platform &&
                    s.domain.compare(m_store->domain, Qt::CaseInsensitive) == 0)
                    problem =
                        tr("This workspace already has %1 as \"%2\".").arg(m_store->domain, s.name);
            }
        }
    }
    for (const CredentialScheme &scheme : std::as_const(m_schemes)) {
        if (scheme.authKind != authKind || !problem.isEmpty())
            continue;
        for (const CredentialField &f : scheme.fields) {
            if (!f.optional && m_fields.value(f.key)->text().trimmed().isEmpty()) {
                problem = f.missing;
                break;
            }
        }
    }
    if (!problem.isEmpty())
        m_store.reset();
    m_problemText = problem;
    m_problem->setText(problem);
    emit completeChanged();
}

bool CredentialsPage::isComplete() const
{
    return m_problemText.isEmpty() && m_store.has_value();
}

bool CredentialsPage::validatePage()
{
    if (!isComplete())
        return false;
    StoreDraft &d = m_wizard->draft();
    d.store = *m_store;
    d.name = m_name->text().trimmed();
    d.clearSecrets();
    const QString authKind = chosenScheme();
    for (const CredentialScheme &scheme : std::as_const(m_schemes)) {
        if (scheme.authKind != authKind)
            continue;
        for (const CredentialField &f : scheme.secretFields())
            d.secrets.insert(f.key, m_fields.value(f.key)->text().trimmed().toUtf8());
    }
    return true;
}

} // namespace storelens
