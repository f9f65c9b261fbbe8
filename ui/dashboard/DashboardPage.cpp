#include "DashboardPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace storelens {

DashboardPage::DashboardPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Dashboard"), this);
    label->setAlignment(Qt::AlignCenter);
    layout->addWidget(label);
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::setSession(WorkspaceSession *session)
{
    m_session = session;
}

void DashboardPage::setScope(qint64 storeId)
{
    m_storeId = storeId;
}

void DashboardPage::setPeriod(const Period &period, bool compare)
{
    m_period = period;
    m_compare = compare;
}

void DashboardPage::refresh() {}

} // namespace storelens
