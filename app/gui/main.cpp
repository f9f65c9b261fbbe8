// storelens: the desktop application.
#include "common/TerminationSignals.h"
#include "common/Translations.h"
#include "main/MainWindow.h"
#include "main/WelcomePage.h"
#include "workspace/WorkspaceOpener.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTimer>

using namespace storelens;

namespace {

// --screenshot: waits until the window has settled (a workspace opened or the
// welcome page shown), then saves it and quits.
void scheduleScreenshot(MainWindow &window, const QString &file)
{
    auto *timer = new QTimer(&window);
    auto *clock = new QElapsedTimer;
    clock->start();
    QObject::connect(timer, &QTimer::timeout, &window, [&window, timer, clock, file] {
        const bool opening =
            window.opener()->isBusy() || window.welcomePage()->mode() == WelcomePage::Mode::Opening;
        if (opening && clock->elapsed() < 20'000)
            return;
        timer->stop();
        delete clock;
        const bool saved = window.grab().save(file);
        QCoreApplication::exit(saved ? 0 : 1);
    });
    timer->start(500);
}

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

    MainWindow window;
    window.show();
    if (parser.isSet(demo))
        window.openDemo();
    else if (parser.isSet(workspaceOption))
        window.openWorkspace(parser.value(workspaceOption));
    else
        window.restoreLastWorkspace();
    if (parser.isSet(screenshot))
        scheduleScreenshot(window, parser.value(screenshot));
    // A logout or `kill` quits as the menu does: syncs stop and commit.
    TerminationSignals termination;
    QObject::connect(&termination, &TerminationSignals::received, &app, &QCoreApplication::quit);
    return app.exec();
}
