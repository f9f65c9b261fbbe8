#include "AnalyticsWorker.h"

#include "AnalyticsError.h"
#include "storage/DatabaseError.h"
#include "storage/Workspace.h"

namespace storelens {

AnalyticsWorker::AnalyticsWorker(const Workspace &workspace)
    : m_workspace(workspace)
{
    // One thread, kept alive: queries share its connection and its page cache.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

AnalyticsWorker::~AnalyticsWorker()
{
    m_pool.waitForDone();
    m_db.reset();
}

QString AnalyticsWorker::guarded(const std::function<void(Database &)> &body)
{
    try {
        if (!m_db)
            m_db = m_workspace.openConnection(Database::OpenMode::ReadOnly);
        body(*m_db);
        return {};
    } catch (const AnalyticsError &e) {
        return e.message();
    } catch (const DatabaseError &e) {
        return tr("Could not read the workspace: %1").arg(e.message());
    }
}

} // namespace storelens
