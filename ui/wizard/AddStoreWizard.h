#pragma once

#include "StoreDraft.h"

#include <QWizard>

namespace storelens {

class ConnectPage;
class CredentialsPage;
class FirstSyncPage;
class PlatformPage;
class WorkspaceSession;

// Connects a store: the platform, its credentials, a connection test that
// says precisely what is wrong, then the first sync with a progress bar per
// resource (cancel and resume; closing the wizard lets it run on).
class AddStoreWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        Platform,
        Credentials,
        Connect,
        FirstSync
    };

    explicit AddStoreWizard(WorkspaceSession &session, QWidget *parent = nullptr);

    StoreDraft &draft() { return m_draft; }
    WorkspaceSession &session() { return m_session; }
    PlatformPage *platformPage() const { return m_platform; }
    CredentialsPage *credentialsPage() const { return m_credentials; }
    ConnectPage *connectPage() const { return m_connect; }
    FirstSyncPage *firstSyncPage() const { return m_firstSync; }

signals:
    // The store was saved (its first sync has started).
    void storeAdded(qint64 storeId);

private:
    WorkspaceSession &m_session;
    StoreDraft m_draft;
    PlatformPage *m_platform = nullptr;
    CredentialsPage *m_credentials = nullptr;
    ConnectPage *m_connect = nullptr;
    FirstSyncPage *m_firstSync = nullptr;
};

} // namespace storelens
