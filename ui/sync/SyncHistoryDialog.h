#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace storelens {

class SyncHistoryModel;
class WorkspaceSession;

// "Sync History": every sync run of one store — when it started, how long it
// took, what started it, the records per resource and the outcome — with the
// message and technical detail of the selected run below. Read on the
// session's reader thread and read again whenever a sync of the workspace
// starts or ends.
class SyncHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    SyncHistoryDialog(WorkspaceSession &session, qint64 storeId, QWidget *parent = nullptr);

    qint64 storeId() const { return m_storeId; }
    SyncHistoryModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPlainTextEdit *details() const { return m_details; }
    QLabel *summary() const { return m_summary; }
    QPushButton *syncNowButton() const { return m_syncNow; }

    // Reads the history again.
    void reload();

signals:
    // The history was read (tests wait for it).
    void loaded();

private:
    void showDetails();

    WorkspaceSession &m_session;
    qint64 m_storeId;
    QString m_storeName;
    SyncHistoryModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QPushButton *m_syncNow = nullptr;
};

} // namespace storelens
