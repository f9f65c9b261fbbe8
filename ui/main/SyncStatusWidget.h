#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace storelens {

class WorkspaceSession;

// The status bar's sync area: which store is syncing, the resource and how
// far it got, and a button that cancels (the next sync resumes from there).
class SyncStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);
    void setSession(WorkspaceSession *session);
    QProgressBar *progressBar() const { return m_bar; }
    QLabel *label() const { return m_label; }

private:
    void update();
    WorkspaceSession *m_session = nullptr;
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QToolButton *m_cancel = nullptr;
};

} // namespace storelens
