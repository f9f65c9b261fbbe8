#pragma once

#include <QTextBrowser>

namespace storelens {

class WorkspaceSession;
struct OrderDetail;

// One order: its facts, its lines and its refunds, read on the reader
// thread and shown as a document.
class OrderDetailView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit OrderDetailView(QWidget *parent = nullptr);
    void load(WorkspaceSession *session, qint64 orderId, qint64 storeId);
    qint64 orderId() const { return m_orderId; }

signals:
    // The document shows an order (tests wait for it).
    void loaded(qint64 orderId);
    // A link to the order's customer was followed.
    void customerRequested(qint64 customerRowId, qint64 storeId);

private:
    void render(const OrderDetail &detail);
    WorkspaceSession *m_session = nullptr;
    qint64 m_orderId = 0;
    qint64 m_storeId = 0;
};

} // namespace storelens
