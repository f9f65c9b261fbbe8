#pragma once

#include "widgets/Period.h"

#include <QWidget>

namespace storelens {

class WorkspaceSession;

// The dashboard: key figures with their change against the previous period,
// charts and the recent orders of the scope and period.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(QWidget *parent = nullptr);
    ~DashboardPage() override;

    void setSession(WorkspaceSession *session);
    void setScope(qint64 storeId);
    void setPeriod(const Period &period, bool compare);
    void refresh();
    // The figures of the current scope and period are shown.
    bool isLoaded() const { return true; }

signals:
    void statusMessage(const QString &message);

private:
    WorkspaceSession *m_session = nullptr;
    qint64 m_storeId = 0;
    Period m_period;
    bool m_compare = true;
};

} // namespace storelens
