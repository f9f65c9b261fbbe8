// Workspace handling in the window, with the real keychain (gnome-keyring in
// a private D-Bus session): a keychain workspace opens without a question; a
// passphrase workspace asks, says a wrong passphrase is wrong and asks again;
// create, rename and delete (after a confirmation) work on the files; the last
// workspace and the window geometry are remembered, never a secret.
#include "GuiTestSupport.h"
#include "TestEnvironment.h"
#include "main/MainWindow.h"
#include "main/WelcomePage.h"
#include "main/WorkspaceSidebar.h"
#include "session/WorkspaceSession.h"
#include "session/WorkspaceThread.h"
#include "storage/KeyStore.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceDirectory.h"
#include "workspace/NewWorkspaceDialog.h"
#include "workspace/PassphraseDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace storelens;
using namespace storelens::test;

class TestGuiWorkspaces : public QObject
{
    Q_OBJECT

    // The app talks to the keychain from one thread only (QtKeychain keeps
    // per-thread state); the test does too.
    template <typename F>
    auto onWorkspaceThread(F f)
    {
        std::optional<std::invoke_result_t<F &>> result;
        WorkspaceThread::instance().post(this, f, [&](auto r) { result = r; });
        waitUntil([&] { return result.has_value(); });
        return *result;
    }

    std::unique_ptr<TempHome> m_home;
    QTemporaryDir m_settings;
    std::unique_ptr<MainWindow> m_window;

    template <typename T>
    T *waitForDialog(const QString &objectName = {})
    {
        T *found = nullptr;
        waitUntil([&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *d = qobject_cast<T *>(w);
                if (d && d->isVisible() && (objectName.isEmpty() || d->objectName() == objectName))
                    found = d;
            }
            return found != nullptr;
        });
        return found;
    }

private slots:
    void initTestCase()
    {
        qunsetenv("STORELENS_PASSPHRASE");
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        useLightPalette();
        m_home = std::make_unique<TempHome>();
        QVERIFY2(onWorkspaceThread([] { return KeyStore::isAvailable(); }),
                 "this test runs with a keyring (with-keyring.sh)");
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        QCOMPARE(m_window->welcomePage()->mode(), WelcomePage::Mode::NoWorkspace);
        saveScreenshot(m_window.get(), QStringLiteral("welcome-light"));
    }

    void createAKeychainWorkspace()
    {
        m_window->action(QStringLiteral("newWorkspace"))->trigger();
        auto *dialog = waitForDialog<NewWorkspaceDialog>();
        QVERIFY(dialog);
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        dialog->findChild<QLineEdit *>()->setText(QStringLiteral("Client A"));
        // The keychain is probed off the GUI thread; then the name is enough.
        QVERIFY(waitUntil([ok] { return ok->isEnabled(); }));
        QVERIFY(!dialog->passphrase());
        QSignalSpy opened(m_window.get(), &MainWindow::workspaceOpened);
        ok->click();
        QVERIFY(opened.wait(15000));
        QVERIFY(m_window->session()->usesKeychain());
        QCOMPARE(m_window->welcomePage()->mode(), WelcomePage::Mode::NoStores);
        QCOMPARE(QSettings().value(QStringLiteral("workspace/last")).toString(),
                 QStringLiteral("Client A"));
    }

    void keychainWorkspaceOpensWithoutAQuestion()
    {
        m_window->closeWorkspace();
        QSignalSpy opened(m_window.get(), &MainWindow::workspaceOpened);
        m_window->openWorkspace(QStringLiteral("Client A"));
        QVERIFY(opened.wait(15000));
        for (QWidget *w : QApplication::topLevelWidgets())
            QVERIFY(!qobject_cast<PassphraseDialog *>(w) || !w->isVisible());
    }

    void wrongPassphraseIsSaidAndAskedAgain()
    {
        onWorkspaceThread([] {
            WorkspaceDirectory().create(QStringLiteral("Client B"),
                                        QStringLiteral("the right passphrase"));
            return true;
        });
        m_window->closeWorkspace();
        QSignalSpy opened(m_window.get(), &MainWindow::workspaceOpened);
        m_window->openWorkspace(QStringLiteral("Client B"));
        auto *first = waitForDialog<PassphraseDialog>();
        QVERIFY(first);
        QVERIFY(!first->errorLabel()->isVisible());
        first->field()->setText(QStringLiteral("a wrong passphrase"));
        first->accept();
        // Asked again, told why.
        PassphraseDialog *second = nullptr;
        QVERIFY(waitUntil([&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *d = qobject_cast<PassphraseDialog *>(w);
                if (d && d->isVisible() && d->errorLabel()->isVisible())
                    second = d;
            }
            return second != nullptr;
        }));
        QVERIFY(second->errorLabel()->text().contains(QStringLiteral("Wrong passphrase")));
        saveScreenshot(second, QStringLiteral("passphrase-wrong-light"));
        second->field()->setText(QStringLiteral("the right passphrase"));
        second->accept();
        QVERIFY(opened.wait(15000));
        QCOMPARE(m_window->session()->name(), QStringLiteral("Client B"));
        QVERIFY(!m_window->session()->usesKeychain());
    }

    void cancellingTheQuestionOpensNothing()
    {
        m_window->closeWorkspace();
        m_window->openWorkspace(QStringLiteral("Client B"));
        auto *dialog = waitForDialog<PassphraseDialog>();
        QVERIFY(dialog);
        dialog->reject();
        QVERIFY(waitUntil(
            [this] { return m_window->welcomePage()->mode() == WelcomePage::Mode::NoWorkspace; }));
        QVERIFY(!m_window->session());
    }

    void renameKeepsTheData()
    {
        QSignalSpy opened(m_window.get(), &MainWindow::workspaceOpened);
        m_window->openWorkspace(QStringLiteral("Client A"));
        QVERIFY(opened.wait(15000));
        opened.clear();
        m_window->action(QStringLiteral("renameWorkspace"))->trigger();
        auto *dialog = waitForDialog<QInputDialog>(QStringLiteral("renameDialog"));
        QVERIFY(dialog);
        dialog->setTextValue(QStringLiteral("Client A GmbH"));
        dialog->accept();
        QVERIFY(opened.wait(15000));
        QCOMPARE(m_window->session()->name(), QStringLiteral("Client A GmbH"));
        QVERIFY(m_window->session()->usesKeychain()); // the key stayed in the keychain
        QVERIFY(!WorkspaceDirectory().exists(QStringLiteral("Client A")));
        QVERIFY(WorkspaceDirectory().list().contains(QStringLiteral("Client A GmbH")));
    }

    void deleteAsksFirst()
    {
        const QString file = WorkspaceDirectory().databasePath(QStringLiteral("Client A GmbH"));
        QVERIFY(QFile::exists(file));
        // Cancel keeps it.
        m_window->action(QStringLiteral("deleteWorkspace"))->trigger();
        auto *box = waitForDialog<QMessageBox>(QStringLiteral("deleteWorkspaceDialog"));
        QVERIFY(box);
        saveScreenshot(box, QStringLiteral("delete-workspace-light"));
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(200);
        QVERIFY(QFile::exists(file));
        QVERIFY(m_window->session());
        // Confirmed, it goes, with its key.
        const QString keychainKey =
            WorkspaceDirectory().meta(QStringLiteral("Client A GmbH"))->keychainKey();
        QVERIFY(onWorkspaceThread([keychainKey] { return KeyStore::read(keychainKey).ok(); }));
        m_window->action(QStringLiteral("deleteWorkspace"))->trigger();
        box = waitForDialog<QMessageBox>(QStringLiteral("deleteWorkspaceDialog"));
        QVERIFY(box);
        QAbstractButton *remove = nullptr;
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                remove = b;
        }
        QVERIFY(remove);
        remove->click();
        QVERIFY(waitUntil([&] { return !QFile::exists(file); }));
        QVERIFY(!m_window->session());
        QVERIFY(onWorkspaceThread([keychainKey] {
            return KeyStore::read(keychainKey).status == KeyStore::Status::NotFound;
        }));
        QVERIFY(!WorkspaceDirectory().list().contains(QStringLiteral("Client A GmbH")));
    }

    void settingsHoldNoSecret()
    {
        m_window->close();
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("geometry"));
        QVERIFY(!text.contains("the right passphrase"));
        QVERIFY(!text.contains("wrong passphrase"));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_home.reset();
    }
};

QTEST_MAIN(TestGuiWorkspaces)
#include "tst_gui_workspaces.moc"
