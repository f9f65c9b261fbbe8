#include "ReconnectStoreDialog.h"

#include "session/SyncController.h"
#include "session/WorkspaceSession.h"
#include "sync/StoreCredentials.h"
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
    QString unknown;
    const auto scheme = StoreCredentials::schemeOf(store, &unknown);
    const Platform *platform = StoreCredentials::platformOf(store, nullptr);

    auto *layout = new QVBoxLayout(this);
    const QString introText =
        platform ? platform->reconnectHint(store, why == SyncError::Kind::MissingScopes)
                 : unknown.toHtmlEscaped();
    auto *intro = new QLabel(introText, this);
    intro->setObjectName(QStringLiteral("reconnectIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    for (const CredentialField &f : scheme ? scheme->secretFields() : QList<CredentialField>()) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(m_keys.isEmpty() ? QStringLiteral("reconnectSecret")
                                             : QStringLiteral("reconnectSecret_") + f.key);
        edit->setEchoMode(QLineEdit::Password);
        edit->setClearButtonEnabled(true);
        edit->setAccessibleName(f.accessibleName);
        edit->setPlaceholderText(f.placeholder);
        form->addRow(f.label, edit);
        m_keys << f.key;
        m_secrets.insert(f.key, edit);
    }
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
    for (QLineEdit *edit : std::as_const(m_secrets)) {
        connect(edit, &QLineEdit::textChanged, this,
                [this] { m_reconnect->setEnabled(allGiven() && !m_tester->isRunning()); });
    }
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
            StoreDraft typed;
            typed.platform = m_store.platform;
            typed.store = m_store;
            for (auto it = m_secrets.cbegin(); it != m_secrets.cend(); ++it)
                typed.secrets.insert(it.key(), it.value()->text().trimmed().toUtf8());
            QByteArray secret = typed.packedSecrets();
            typed.clearSecrets();
            const qint64 id = m_store.id;
            m_session.replaceSecret(id, secret, [this, id](const QString &error) {
                if (!error.isEmpty()) {
                    setBusy(
                        false,
                        tr("Could not save the new credentials: %1").arg(error.toHtmlEscaped()));
                    return;
                }
                for (QLineEdit *edit : std::as_const(m_secrets))
                    edit->clear();
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
    for (QLineEdit *edit : std::as_const(m_secrets))
        edit->clear();
}

bool ReconnectStoreDialog::allGiven() const
{
    for (QLineEdit *edit : m_secrets) {
        if (edit->text().trimmed().isEmpty())
            return false;
    }
    return !m_secrets.isEmpty();
}

void ReconnectStoreDialog::start()
{
    StoreDraft draft;
    draft.platform = m_store.platform;
    draft.store = m_store;
    draft.name = m_store.name;
    for (auto it = m_secrets.cbegin(); it != m_secrets.cend(); ++it)
        draft.secrets.insert(it.key(), it.value()->text().trimmed().toUtf8());
    setBusy(true, tr("Testing the connection to %1…").arg(m_store.domain.toHtmlEscaped()));
    m_tester->test(draft);
    draft.clearSecrets();
}

void ReconnectStoreDialog::setBusy(bool busy, const QString &status)
{
    m_problem->setText(status);
    for (QLineEdit *edit : std::as_const(m_secrets))
        edit->setEnabled(!busy);
    m_reconnect->setEnabled(!busy && allGiven());
    // A longer verdict needs the room: grow, never shrink below the width chosen.
    const int width = this->width();
    adjustSize();
    resize(std::max(width, this->width()), std::max(height(), sizeHint().height()));
}

} // namespace storelens
