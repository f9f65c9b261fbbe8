// storelens: the desktop application.
#include "common/Translations.h"
#include "main/MainWindow.h"
#include "storage/KeyStore.h"
#include "storage/WorkspaceDirectory.h"
#include "storage/WorkspaceError.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

using namespace storelens;

namespace {

class Launcher
{
    Q_DECLARE_TR_FUNCTIONS(Launcher)
public:
    // Opens (or on first start creates) a workspace, asking for its passphrase
    // when it has no keychain key; a wrong passphrase asks again.
    static std::unique_ptr<Workspace> openOrCreate(const QString &name)
    {
        WorkspaceDirectory directory;
        const bool exists = directory.exists(name);
        std::optional<QString> passphrase;
        const QString envPassphrase = qEnvironmentVariable("STORELENS_PASSPHRASE");
        if (!envPassphrase.isEmpty())
            passphrase = envPassphrase;
        for (int attempt = 0;; ++attempt) {
            try {
                if (!exists) {
                    if (!passphrase && !KeyStore::isAvailable())
                        passphrase = ask(name, tr("No system keychain is available. Choose a "
                                                  "passphrase for the new workspace \"%1\":")
                                                   .arg(name));
                    if (!KeyStore::isAvailable() && !passphrase)
                        return nullptr;
                    return directory.create(name,
                                            KeyStore::isAvailable() ? std::nullopt : passphrase);
                }
                return directory.open(name, passphrase);
            } catch (const WorkspaceError &e) {
                if (e.kind() == WorkspaceError::Kind::PassphraseRequired ||
                    e.kind() == WorkspaceError::Kind::WrongPassphrase) {
                    const QString prompt =
                        e.kind() == WorkspaceError::Kind::WrongPassphrase
                            ? tr("Wrong passphrase. Try again for workspace \"%1\":")
                            : tr("Passphrase for workspace \"%1\":");
                    passphrase = ask(name, prompt.arg(name));
                    if (!passphrase)
                        return nullptr;
                    continue;
                }
                QMessageBox::critical(nullptr, tr("StoreLens"), e.message());
                return nullptr;
            }
        }
    }

private:
    static std::optional<QString> ask(const QString &name, const QString &prompt)
    {
        bool ok = false;
        const QString text = QInputDialog::getText(nullptr, tr("Unlock %1").arg(name), prompt,
                                                   QLineEdit::Password, {}, &ok);
        if (!ok || text.isEmpty())
            return std::nullopt;
        return text;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("StoreLens"));
    QApplication::setApplicationName(QStringLiteral("StoreLens"));
    QApplication::setApplicationDisplayName(QStringLiteral("StoreLens"));
    QApplication::setApplicationVersion(QStringLiteral(STORELENS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.storelens.StoreLens"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/storelens/icons/storelens.svg")));
    Translations::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Analytics for your online stores."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption demo(QStringLiteral("demo"),
                            QCoreApplication::translate("main", "Open the demo workspace."));
    QCommandLineOption workspaceOption(
        QStringLiteral("workspace"), QCoreApplication::translate("main", "Open workspace <name>."),
        QStringLiteral("name"));
    QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a picture of the window to <file> and quit."),
        QStringLiteral("file"));
    parser.addOptions({demo, workspaceOption, screenshot});
    parser.process(app);

    QString name = parser.value(workspaceOption);
    if (name.isEmpty())
        name = parser.isSet(demo)
                   ? QStringLiteral("Demo")
                   : QSettings()
                         .value(QStringLiteral("workspace/last"), QStringLiteral("My Workspace"))
                         .toString();
    auto workspace = Launcher::openOrCreate(name);
    if (!workspace)
        return 1;

    MainWindow window(std::move(workspace));
    window.show();
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(500, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
