#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QTreeWidget;

namespace storelens {

class Workspace;

// The application window: workspaces and their stores in a sidebar, the
// selected page on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Workspace> workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    Workspace *workspace() const { return m_workspace.get(); }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void reloadSidebar();
    std::unique_ptr<Workspace> m_workspace;
    QTreeWidget *m_sidebar = nullptr;
    QLabel *m_emptyState = nullptr;
};

} // namespace storelens
