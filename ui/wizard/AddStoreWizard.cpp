#include "AddStoreWizard.h"

#include "ConnectPage.h"
#include "CredentialsPage.h"
#include "FirstSyncPage.h"
#include "PlatformPage.h"

namespace storelens {

AddStoreWizard::AddStoreWizard(WorkspaceSession &session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("addStoreWizard"));
    setWindowTitle(tr("Add Store"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    m_platform = new PlatformPage(this);
    m_credentials = new CredentialsPage(this);
    m_connect = new ConnectPage(this);
    m_firstSync = new FirstSyncPage(this);
    setPage(Platform, m_platform);
    setPage(Credentials, m_credentials);
    setPage(Connect, m_connect);
    setPage(FirstSync, m_firstSync);
    setButtonText(QWizard::FinishButton, tr("&Done"));
    connect(m_firstSync, &FirstSyncPage::storeSaved, this, &AddStoreWizard::storeAdded);
    resize(640, 520);
}

} // namespace storelens
