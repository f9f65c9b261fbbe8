#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace storelens {

// What the window shows when there is nothing to analyse yet: no workspace
// open, a workspace without stores, or a workspace being opened.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    enum class Mode
    {
        NoWorkspace,
        NoStores,
        Opening
    };

    explicit WelcomePage(QWidget *parent = nullptr);
    void setMode(Mode mode, const QString &workspace = {});
    Mode mode() const { return m_mode; }

signals:
    void createWorkspaceRequested();
    void addStoreRequested();
    void demoRequested();

private:
    Mode m_mode = Mode::NoWorkspace;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_primary = nullptr;
    QPushButton *m_demo = nullptr;
};

} // namespace storelens
