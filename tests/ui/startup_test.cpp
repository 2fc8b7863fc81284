#include "startup/shadercaches.h"
#include "startup/startupguard.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using Vigil::Ui::remoteDebuggingProblem;

namespace {
constexpr const char *driverCacheVariables[]
    = { "MESA_SHADER_CACHE_DISABLE", "MESA_GLSL_CACHE_DISABLE", "__GL_SHADER_DISK_CACHE" };
}

class StartupTest : public QObject
{
    Q_OBJECT

private slots:
    void remoteDebugging_isRefused_data();
    void remoteDebugging_isRefused();
    void brokenLibraries_openTheWindowAndSayWhy_data();
    void brokenLibraries_openTheWindowAndSayWhy();
    void remoteDebuggingSwitch_stopsTheApp();
    void driverShaderCaches_areOff();
    void driverShaderCaches_stayAsTheUserSetThem();
};

void StartupTest::remoteDebugging_isRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<bool>("refused");
    QTest::newRow("plain") << QStringList { QStringLiteral("--country"), QStringLiteral("RS") } << QStringList {}
                           << false;
    QTest::newRow("switch") << QStringList { QStringLiteral("--remote-debugging-port=9222") } << QStringList {} << true;
    QTest::newRow("switch, two words") << QStringList { QStringLiteral("--remote-debugging-port"),
        QStringLiteral("9222") } << QStringList {}
                                       << true;
    QTest::newRow("environment") << QStringList {}
                                 << QStringList { QStringLiteral("QTWEBENGINE_REMOTE_DEBUGGING=9222") } << true;
    QTest::newRow("chromium flags") << QStringList {}
                                    << QStringList { QStringLiteral(
                                           "QTWEBENGINE_CHROMIUM_FLAGS=--remote-debugging-pipe") }
                                    << true;
    QTest::newRow("other chromium flags")
        << QStringList {} << QStringList { QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu") } << false;
}

void StartupTest::remoteDebugging_isRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, environment);
    QFETCH(bool, refused);
    QProcessEnvironment env;
    for (const QString &pair : environment)
        env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    QCOMPARE(!remoteDebuggingProblem(arguments, env).isEmpty(), refused);
}

void StartupTest::brokenLibraries_openTheWindowAndSayWhy_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text file") << QByteArray("not a database\n") << QStringLiteral("could not be opened");
    QTest::newRow("truncated header") << QByteArray("SQLite format 3\0\x10\0", 19)
                                      << QStringLiteral("could not be opened");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("could not be opened");
    QTest::newRow("missing") << QByteArray("<missing>") << QStringLiteral("could not be opened");
}

void StartupTest::brokenLibraries_openTheWindowAndSayWhy()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    if (content != "<missing>") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    QProcess vigil;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());
    vigil.setProcessEnvironment(env);
    vigil.start(
        QStringLiteral(VIGIL_APP), { QStringLiteral("--library"), path, QStringLiteral("--exit-after-first-paint") });
    QVERIFY(vigil.waitForFinished(60000));
    QCOMPARE(vigil.exitStatus(), QProcess::NormalExit);
    QCOMPARE(vigil.exitCode(), 0); // the window came up despite the bad file
    QVERIFY(vigil.readAllStandardOutput().startsWith("first-paint-ms: "));
    QVERIFY(QString::fromLocal8Bit(vigil.readAllStandardError()).contains(expected));
    if (content != "<missing>") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content); // and it is left as it was
    }
}

void StartupTest::remoteDebuggingSwitch_stopsTheApp()
{
    QProcess vigil;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QTWEBENGINE_REMOTE_DEBUGGING"), QStringLiteral("9222"));
    vigil.setProcessEnvironment(env);
    vigil.start(QStringLiteral(VIGIL_APP), { QStringLiteral("--exit-after-first-paint") });
    QVERIFY(vigil.waitForFinished(60000));
    QCOMPARE(vigil.exitCode(), 1);
    QVERIFY(vigil.readAllStandardOutput().isEmpty());
    QVERIFY(vigil.readAllStandardError().contains("remote debugging"));
}

void StartupTest::driverShaderCaches_areOff()
{
    for (const char *variable : driverCacheVariables)
        qunsetenv(variable);
    Vigil::Ui::disableDriverShaderCaches();
    QCOMPARE(qEnvironmentVariable("MESA_SHADER_CACHE_DISABLE"), QStringLiteral("true"));
    QCOMPARE(qEnvironmentVariable("MESA_GLSL_CACHE_DISABLE"), QStringLiteral("true"));
    QCOMPARE(qEnvironmentVariable("__GL_SHADER_DISK_CACHE"), QStringLiteral("0"));
    for (const char *variable : driverCacheVariables)
        qunsetenv(variable);
}

void StartupTest::driverShaderCaches_stayAsTheUserSetThem()
{
    for (const char *variable : driverCacheVariables)
        qputenv(variable, "user's own");
    Vigil::Ui::disableDriverShaderCaches();
    for (const char *variable : driverCacheVariables) {
        QCOMPARE(qEnvironmentVariable(variable), QStringLiteral("user's own"));
        qunsetenv(variable);
    }
}

QTEST_GUILESS_MAIN(StartupTest)
#include "startup_test.moc"
