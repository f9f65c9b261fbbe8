#include "CredentialsPage.h"

#include "AddStoreWizard.h"
#include "platform/StoreAddress.h"
#include "session/WorkspaceSession.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace storelens {

namespace {
QLineEdit *secretField(QWidget *parent, const QString &accessibleName)
{
    auto *field = new QLineEdit(parent);
    field->setEchoMode(QLineEdit::Password);
    field->setAccessibleName(accessibleName);
    field->setClearButtonEnabled(true);
    return field;
}
} // namespace

CredentialsPage::CredentialsPage(AddStoreWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Shop and credentials"));
    setSubTitle(tr("StoreLens reads the shop with the credentials of a custom app that has read "
                   "access to orders, customers, products, inventory and locations."));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_domain = new QLineEdit(this);
    m_domain->setAccessibleName(tr("Shop domain"));
    m_domain->setPlaceholderText(tr("your-shop.myshopify.com"));
    m_domainHint = new QLabel(this);
    m_domainHint->setWordWrap(true);
    form->addRow(tr("Shop &domain:"), m_domain);
    form->addRow(QString(), m_domainHint);
    layout->addLayout(form);

    m_useToken = new QRadioButton(tr("Admin API &access token (custom app)"), this);
    m_useToken->setChecked(true);
    m_token = secretField(this, tr("Access token"));
    m_token->setPlaceholderText(tr("shpat_…"));
    m_useClient = new QRadioButton(tr("&Client ID and secret (Dev Dashboard app)"), this);
    m_clientId = new QLineEdit(this);
    m_clientId->setAccessibleName(tr("Client ID"));
    m_clientSecret = secretField(this, tr("Client secret"));
    auto *secrets = new QFormLayout;
    secrets->addRow(m_useToken);
    secrets->addRow(tr("&Token:"), m_token);
    secrets->addRow(m_useClient);
    secrets->addRow(tr("Client &ID:"), m_clientId);
    secrets->addRow(tr("Client &secret:"), m_clientSecret);
    layout->addLayout(secrets);

    auto *names = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Store name"));
    m_name->setPlaceholderText(tr("The shop's own name"));
    names->addRow(tr("Display &name:"), m_name);
    layout->addLayout(names);

    m_advanced = new QGroupBox(tr("Advanced: connect through another address"), this);
    m_advanced->setCheckable(true);
    m_advanced->setChecked(false);
    auto *advanced = new QFormLayout(m_advanced);
    m_apiBase = new QLineEdit(m_advanced);
    m_apiBase->setAccessibleName(tr("API address"));
    m_apiBase->setPlaceholderText(tr("http://127.0.0.1:8080 (a local server or simulator)"));
    advanced->addRow(tr("API add&ress:"), m_apiBase);
    layout->addWidget(m_advanced);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("credentialsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));
    layout->addWidget(m_problem);
    layout->addStretch();

    for (QLineEdit *e : {m_domain, m_token, m_clientId, m_clientSecret, m_apiBase, m_name})
        connect(e, &QLineEdit::textChanged, this, &CredentialsPage::check);
    connect(m_useToken, &QRadioButton::toggled, this, &CredentialsPage::check);
    connect(m_advanced, &QGroupBox::toggled, this, &CredentialsPage::check);
    check();
}

void CredentialsPage::check()
{
    const bool token = m_useToken->isChecked();
    m_token->setEnabled(token);
    m_clientId->setEnabled(!token);
    m_clientSecret->setEnabled(!token);
    QString problem;
    QString error;
    m_normalizedDomain.clear();
    m_normalizedBase.clear();
    const QString platform = m_wizard->draft().platform;
    if (m_domain->text().trimmed().isEmpty()) {
        problem = tr("Enter the shop's domain.");
        m_domainHint->clear();
    } else if (const auto domain =
                   StoreAddress::normalizeShopDomain(platform, m_domain->text(), &error)) {
        m_normalizedDomain = *domain;
        m_domainHint->setText(tr("StoreLens connects to %1.").arg(*domain));
        for (const Store &s : m_wizard->session().stores()) {
            if (s.platform == platform && s.domain.compare(*domain, Qt::CaseInsensitive) == 0)
                problem = tr("This workspace already has %1 as \"%2\".").arg(*domain, s.name);
        }
    } else {
        problem = error;
        m_domainHint->clear();
    }
    if (problem.isEmpty()) {
        if (token && m_token->text().trimmed().isEmpty())
            problem = tr("Enter the access token.");
        else if (!token && m_clientId->text().trimmed().isEmpty())
            problem = tr("Enter the client ID.");
        else if (!token && m_clientSecret->text().trimmed().isEmpty())
            problem = tr("Enter the client secret.");
    }
    if (problem.isEmpty() && m_advanced->isChecked() && !m_apiBase->text().trimmed().isEmpty()) {
        if (const auto base = StoreAddress::validateApiBase(m_apiBase->text().trimmed(), &error))
            m_normalizedBase = base->toString(QUrl::StripTrailingSlash);
        else
            problem = error;
    }
    m_problemText = problem;
    m_problem->setText(problem);
    emit completeChanged();
}

bool CredentialsPage::isComplete() const
{
    return m_problemText.isEmpty();
}

bool CredentialsPage::validatePage()
{
    if (!isComplete())
        return false;
    StoreDraft &d = m_wizard->draft();
    d.domain = m_normalizedDomain;
    d.name = m_name->text().trimmed();
    d.apiBase = m_normalizedBase;
    if (m_useToken->isChecked()) {
        d.authKind = QStringLiteral("token");
        d.clientId.clear();
        d.secret = m_token->text().trimmed().toUtf8();
    } else {
        d.authKind = QStringLiteral("client_credentials");
        d.clientId = m_clientId->text().trimmed();
        d.secret = m_clientSecret->text().trimmed().toUtf8();
    }
    return true;
}

} // namespace storelens
