// The Debian package: built by CPack from this build tree, it declares its
// dependencies, its dependencies are installable here, its desktop entry and
// metainfo validate, and the app starts from the entry's Exec line.
#include "TestEnvironment.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace storelens::test;

namespace {
struct Result
{
    int code;
    QString out;
};

Result run(const QString &program, const QStringList &args, const QString &dir = {},
           const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (!dir.isEmpty())
        p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(600000))
        return {-1, QStringLiteral("timeout")};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAll())};
}
} // namespace

class TestPackaging : public QObject
{
    Q_OBJECT
    QTemporaryDir m_work;
    QString m_deb;

private slots:
    void initTestCase()
    {
        const QString build = qEnvironmentVariable("STORELENS_BINARY_DIR");
        const Result r =
            run(QStringLiteral("cpack"),
                {QStringLiteral("--config"), build + QStringLiteral("/CPackConfig.cmake"),
                 QStringLiteral("-B"), m_work.path()},
                build);
        QVERIFY2(r.code == 0, qPrintable(r.out));
        const QStringList debs = QDir(m_work.path()).entryList({QStringLiteral("*.deb")});
        QCOMPARE(debs.size(), 1);
        m_deb = m_work.filePath(debs.first());
    }

    void declaresDependencies()
    {
        const Result r = run(QStringLiteral("dpkg-deb"),
                             {QStringLiteral("-f"), m_deb, QStringLiteral("Depends")});
        QCOMPARE(r.code, 0);
        for (const char *dep : {"libqt6core6", "libqt6widgets6", "libsqlcipher0", "libqt6keychain1",
                                "libssl3", "libsecret-1-0"})
            QVERIFY2(r.out.contains(QLatin1String(dep)), qPrintable(r.out));
        const Result files = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-c"), m_deb});
        for (const char *path :
             {"./usr/bin/storelens", "./usr/bin/storelens-cli",
              "./usr/share/applications/org.storelens.StoreLens.desktop",
              "./usr/share/metainfo/org.storelens.StoreLens.metainfo.xml",
              "./usr/share/icons/hicolor/scalable/apps/org.storelens.StoreLens.svg"})
            QVERIFY2(files.out.contains(QLatin1String(path)), path);
    }

    void installsHere()
    {
        if (geteuid() != 0)
            QSKIP("dpkg --dry-run needs root (CI runs as root)");
        const Result r =
            run(QStringLiteral("dpkg"), {QStringLiteral("--dry-run"), QStringLiteral("-i"), m_deb});
        QVERIFY2(r.code == 0, qPrintable(r.out));
    }

    void desktopEntryStartsTheApp()
    {
        const QString root = m_work.filePath(QStringLiteral("root"));
        QCOMPARE(run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, root}).code, 0);
        const QString desktop =
            root + QStringLiteral("/usr/share/applications/org.storelens.StoreLens.desktop");
        const Result valid = run(QStringLiteral("desktop-file-validate"), {desktop});
        QVERIFY2(valid.code == 0 && valid.out.trimmed().isEmpty(), qPrintable(valid.out));
        const Result meta = run(
            QStringLiteral("appstreamcli"),
            {QStringLiteral("validate"), QStringLiteral("--no-net"),
             root + QStringLiteral("/usr/share/metainfo/org.storelens.StoreLens.metainfo.xml")});
        QVERIFY2(meta.code == 0, qPrintable(meta.out));

        QSettings entry(desktop, QSettings::IniFormat);
        QString exec = entry.value(QStringLiteral("Desktop Entry/Exec")).toString();
        QStringList argv = QProcess::splitCommand(exec);
        argv.removeAll(QStringLiteral("%U"));
        QCOMPARE(argv.first(), QStringLiteral("storelens"));
        // Resolve the program against the package's own bin directory.
        const QString program = root + QStringLiteral("/usr/bin/") + argv.takeFirst();

        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("STORELENS_HOME"), home.path());
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
        env.insert(QStringLiteral("STORELENS_NO_KEYCHAIN"), QStringLiteral("1"));
        env.insert(QStringLiteral("STORELENS_PASSPHRASE"),
                   QStringLiteral("packaging test passphrase"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const QString shot = home.filePath(QStringLiteral("window.png"));
        const Result started =
            run(program, argv + QStringList{QStringLiteral("--screenshot"), shot}, {}, env);
        QVERIFY2(started.code == 0, qPrintable(started.out));
        const QImage image(shot);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 500);
    }
};

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
