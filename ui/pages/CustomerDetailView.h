#pragma once

#include <QTextBrowser>

namespace storelens {

class WorkspaceSession;
struct CustomerDetail;

// One customer with their orders; an order opens in the Orders page.
class CustomerDetailView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit CustomerDetailView(QWidget *parent = nullptr);
    void load(WorkspaceSession *session, qint64 customerRowId);
    qint64 customerId() const { return m_customerId; }

signals:
    void loaded(qint64 customerRowId);
    void orderRequested(qint64 orderId, qint64 storeId);

private:
    void render(const CustomerDetail &detail);
    WorkspaceSession *m_session = nullptr;
    qint64 m_customerId = 0;
    qint64 m_storeId = 0;
};

} // namespace storelens
