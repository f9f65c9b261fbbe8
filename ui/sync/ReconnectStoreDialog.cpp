#include "ReconnectStoreDialog.h"

#include "session/SyncController.h"
#include "session/WorkspaceSession.h"
#include "wizard/ConnectPage.h"
#include "wizard/ConnectionTester.h"
#include "wizard/StoreDraft.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace storelens {

ReconnectStoreDialog::ReconnectStoreDialog(WorkspaceSession &session, const Store &store,
                                           SyncError::Kind why, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_store(store)
    , m_tester(new ConnectionTester(this))
{
    setObjectName(QStringLiteral("reconnectStoreDialog"));
    setWindowTitle(tr("Reconnect %1").arg(store.name));
    const bool token = store.authKind != QLatin1String("client_credentials");

    auto *layout = new QVBoxLayout(this);
    const QString name = store.name.toHtmlEscaped();
    const QString domain = store.domain.toHtmlEscaped();
    QString introText;
    if (why == SyncError::Kind::MissingScopes)
        introText =
            token ? tr("The Shopify app of <b>%1</b> (%2) lacks access scopes. Grant them in "
                       "the app's configuration, then enter its access token here (a new one "
                       "if Shopify issued one); StoreLens tests it before it is used.")
                        .arg(name, domain)
                  : tr("The Shopify app of <b>%1</b> (%2) lacks access scopes. Grant them in "
                       "the app's configuration, then enter its client secret here (client ID "
                       "%3); StoreLens tests it before it is used.")
                        .arg(name, domain, store.clientId.toHtmlEscaped());
    else
        introText =
            token ? tr("Shopify no longer accepts the access token of <b>%1</b> (%2). Create "
                       "a new Admin API access token in the store's custom app and enter it "
                       "here; StoreLens tests it before it replaces the old one.")
                        .arg(name, domain)
                  : tr("Shopify no longer accepts the client credentials of <b>%1</b> (%2). "
                       "Enter the app's current client secret (client ID %3); StoreLens tests "
                       "it before it replaces the old one.")
                        .arg(name, domain, store.clientId.toHtmlEscaped());
    auto *intro = new QLabel(introText, this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("reconnectSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setClearButtonEnabled(true);
    m_secret->setAccessibleName(token ? tr("New access token") : tr("New client secret"));
    m_secret->setPlaceholderText(token ? tr("shpat_…") : QString());
    form->addRow(token ? tr("New access &token:") : tr("New client &secret:"), m_secret);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("reconnectProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_problem);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_reconnect = buttons->addButton(tr("&Test and Reconnect"), QDialogButtonBox::AcceptRole);
    m_reconnect->setDefault(true);
    m_reconnect->setEnabled(false);
    connect(m_secret, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_reconnect->setEnabled(!text.trimmed().isEmpty() && !m_tester->isRunning());
    });
    connect(m_reconnect, &QPushButton::clicked, this, &ReconnectStoreDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(
        m_tester, &ConnectionTester::finished, this,
        [this](const ConnectionTester::Verdict &verdict) {
            if (verdict.error.isError()) {
                QString text = QStringLiteral("<b>%1</b><br>%2")
                                   .arg(ConnectPage::headline(verdict.error).toHtmlEscaped(),
                                        verdict.error.message.toHtmlEscaped());
                if (!verdict.error.detail.isEmpty())
                    text += QStringLiteral("<br><small>%1</small>")
                                .arg(tr("Technical detail: %1")
                                         .arg(verdict.error.detail)
                                         .toHtmlEscaped());
                setBusy(false, text);
                return;
            }
            setBusy(true, tr("Connected. Saving the new credentials…"));
            QByteArray secret = m_secret->text().trimmed().toUtf8();
            const qint64 id = m_store.id;
            m_session.replaceSecret(id, secret, [this, id](const QString &error) {
                if (!error.isEmpty()) {
                    setBusy(
                        false,
                        tr("Could not save the new credentials: %1").arg(error.toHtmlEscaped()));
                    return;
                }
                m_secret->clear();
                m_session.sync().reconnected(id);
                emit reconnected(id);
                accept();
            });
            secret.fill('\0');
        });
    resize(560, sizeHint().height());
}

ReconnectStoreDialog::~ReconnectStoreDialog()
{
    m_secret->clear();
}

void ReconnectStoreDialog::start()
{
    StoreDraft draft;
    draft.platform = m_store.platform;
    draft.domain = m_store.domain;
    draft.name = m_store.name;
    draft.authKind = m_store.authKind;
    draft.clientId = m_store.clientId;
    draft.apiBase = m_store.apiBase;
    draft.secret = m_secret->text().trimmed().toUtf8();
    setBusy(true, tr("Testing the connection to %1…").arg(m_store.domain.toHtmlEscaped()));
    m_tester->test(draft);
    draft.secret.fill('\0');
}

void ReconnectStoreDialog::setBusy(bool busy, const QString &status)
{
    m_problem->setText(status);
    m_secret->setEnabled(!busy);
    m_reconnect->setEnabled(!busy && !m_secret->text().trimmed().isEmpty());
    // A longer verdict needs the room: grow, never shrink below the width chosen.
    const int width = this->width();
    adjustSize();
    resize(std::max(width, this->width()), std::max(height(), sizeHint().height()));
}

} // namespace storelens
