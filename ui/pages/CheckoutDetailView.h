#pragma once

#include <QTextBrowser>

namespace storelens {

class WorkspaceSession;

// One abandoned checkout: who, how much, when, and whether it was recovered.
class CheckoutDetailView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit CheckoutDetailView(QWidget *parent = nullptr);
    void load(WorkspaceSession *session, qint64 checkoutRowId);

signals:
    void loaded(qint64 checkoutRowId);
    void customerRequested(qint64 customerRowId, qint64 storeId);

private:
    WorkspaceSession *m_session = nullptr;
    qint64 m_checkoutId = 0;
    qint64 m_storeId = 0;
};

} // namespace storelens
