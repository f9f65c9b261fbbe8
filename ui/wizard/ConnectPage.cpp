#include "ConnectPage.h"

#include "AddStoreWizard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace storelens {

ConnectPage::ConnectPage(AddStoreWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_tester(new ConnectionTester(this))
{
    setTitle(tr("Test connection"));
    setSubTitle(tr("StoreLens signs in, reads the shop and checks that the app may read "
                   "everything the reports need."));
    auto *layout = new QVBoxLayout(this);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("connectionVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setAccessibleName(tr("Connection test result"));
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_verdict);
    auto *buttons = new QHBoxLayout;
    m_retest = new QPushButton(tr("&Test connection"), this);
    m_retest->setAccessibleName(tr("Test connection"));
    buttons->addWidget(m_retest);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch();
    connect(m_retest, &QPushButton::clicked, this, &ConnectPage::startTest);
    connect(m_tester, &ConnectionTester::finished, this, &ConnectPage::showVerdict);
}

void ConnectPage::initializePage()
{
    startTest();
}

void ConnectPage::cleanupPage()
{
    m_hasVerdict = false;
    m_last = {};
}

bool ConnectPage::isComplete() const
{
    return m_hasVerdict && !m_last.error.isError() && !m_tester->isRunning();
}

void ConnectPage::startTest()
{
    m_hasVerdict = false;
    m_retest->setEnabled(false);
    m_verdict->setText(tr("Connecting to %1…").arg(m_wizard->draft().store.domain.toHtmlEscaped()));
    emit completeChanged();
    m_tester->test(m_wizard->draft());
}

QString ConnectPage::headline(const SyncError &error)
{
    switch (error.kind) {
    case SyncError::Kind::None:
        return tr("Connected");
    case SyncError::Kind::ShopNotFound:
        return tr("There is no shop at this address");
    case SyncError::Kind::InvalidToken:
        return tr("The credentials were refused");
    case SyncError::Kind::MissingScopes:
        return tr("The app lacks access scopes");
    case SyncError::Kind::ShopUnavailable:
        return tr("The shop is unavailable");
    case SyncError::Kind::Network:
        return tr("The shop could not be reached");
    case SyncError::Kind::Throttled:
        return tr("The shop asked to slow down");
    case SyncError::Kind::Cancelled:
        return tr("The test was cancelled");
    default:
        return tr("The connection failed");
    }
}

void ConnectPage::showVerdict(const ConnectionTester::Verdict &verdict)
{
    m_last = verdict;
    m_hasVerdict = true;
    m_retest->setEnabled(true);
    const SyncError &e = verdict.error;
    QString html;
    if (!e.isError()) {
        m_wizard->draft().shop = verdict.shop;
        html = QStringLiteral("<p style=\"color:#2e7d32\"><b>✔ %1</b></p>")
                   .arg(tr("Connected to %1").arg(verdict.shop.name.toHtmlEscaped()));
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Currency %1 · time zone %2 · plan %3")
                             .arg(verdict.shop.currency.toHtmlEscaped(),
                                  verdict.shop.timezone.toHtmlEscaped(),
                                  verdict.shop.plan.toHtmlEscaped()));
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Next saves the store and starts its first sync.").toHtmlEscaped());
    } else {
        html = QStringLiteral("<p style=\"color:#c62828\"><b>✖ %1</b></p>")
                   .arg(headline(e).toHtmlEscaped());
        if (e.kind == SyncError::Kind::MissingScopes && !e.missingScopes.isEmpty()) {
            html += QStringLiteral("<p>%1</p><ul>").arg(tr("Missing:").toHtmlEscaped());
            for (const QString &scope : e.missingScopes)
                html += QStringLiteral("<li><code>%1</code></li>").arg(scope.toHtmlEscaped());
            html += QStringLiteral("</ul>");
        }
        html += QStringLiteral("<p>%1</p>").arg(e.message.toHtmlEscaped());
        if (!e.detail.isEmpty())
            html += QStringLiteral("<p><small>%1</small></p>").arg(e.detail.toHtmlEscaped());
    }
    m_verdict->setText(html);
    emit completeChanged();
    emit tested(!e.isError());
}

} // namespace storelens
