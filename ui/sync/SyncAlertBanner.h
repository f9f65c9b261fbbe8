#pragma once

#include "StoreSyncProblem.h"

#include <QFrame>
#include <QList>

class QLabel;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace storelens {

class WorkspaceSession;

// A banner above the pages for each store of the scope whose syncing has a
// problem: what happened and what to do, the technical detail one click away
// ("Details"), and the way out — "Reconnect…" for a store that needs its
// owner, "Retry Now" for one that is backing off — and its sync history.
// Hidden while nothing is wrong.
class SyncAlertBanner : public QFrame
{
    Q_OBJECT
public:
    explicit SyncAlertBanner(QWidget *parent = nullptr);

    void setSession(WorkspaceSession *session);
    // The store shown (0: every store of the workspace).
    void setScope(qint64 storeId);
    void refresh();

    // The problems shown, and their controls (tests, screen readers).
    const QList<StoreSyncProblem> &problems() const { return m_problems; }
    QLabel *messageLabel(qint64 storeId) const;
    QLabel *detailLabel(qint64 storeId) const;
    QToolButton *detailsButton(qint64 storeId) const;
    QPushButton *actionButton(qint64 storeId) const;

signals:
    void reconnectRequested(qint64 storeId);
    void historyRequested(qint64 storeId);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Row
    {
        qint64 storeId = 0;
        QWidget *box = nullptr;
        QLabel *message = nullptr;
        QLabel *detail = nullptr;
        QToolButton *details = nullptr;
        QPushButton *action = nullptr;
    };
    void addRow(const StoreSyncProblem &problem);
    const Row *row(qint64 storeId) const;

    WorkspaceSession *m_session = nullptr;
    qint64 m_scope = 0;
    QVBoxLayout *m_layout = nullptr;
    QList<StoreSyncProblem> m_problems;
    QList<Row> m_rows;
};

} // namespace storelens
