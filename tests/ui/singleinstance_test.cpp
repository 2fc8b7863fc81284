// One Vigil per session: the first claims the folder and listens; a later one
// finds it taken, hands its arguments over and gets an answer. A lock left by a
// Vigil that died does not keep the next one out, and nothing stays behind.
#include "safety/singleinstance.h"

#include <QCoreApplication>
#include <QDir>
#include <QLockFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrent>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <sys/wait.h>
#include <unistd.h>
#endif

using Vigil::Ui::SingleInstance;

class SingleInstanceTest : public QObject
{
    Q_OBJECT

private slots:
    void secondLaunch_handsItsArgumentsToTheFirst();
    void firstGone_nextOneIsFirst_andNothingStays();
    void lockOfADeadVigil_isTakenOver();
    void unwritableFolder_runsAlone();
};

void SingleInstanceTest::secondLaunch_handsItsArgumentsToTheFirst()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("vigil"));
    SingleInstance first(folder);
    QCOMPARE(first.claim(), SingleInstance::Role::Primary);
    QVERIFY(QFileInfo(folder).permissions()
        == (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser | QFile::WriteUser
            | QFile::ExeUser));
    QSignalSpy received(&first, &SingleInstance::argumentsReceived);

    SingleInstance second(folder);
    QCOMPARE(second.claim(), SingleInstance::Role::Secondary);
    // The hand-over blocks, as a second launch does; the first answers from its
    // event loop, here this thread's, so the second runs on another.
    const QStringList arguments { QStringLiteral("--country"), QStringLiteral("RS"), QStringLiteral("Priština “ü”") };
    QFuture<bool> handed = QtConcurrent::run([&second, arguments]() { return second.handOver(arguments, 10000); });
    QTRY_VERIFY_WITH_TIMEOUT(handed.isFinished(), 15000);
    QVERIFY2(handed.result(), qPrintable(second.problem()));
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().first().toStringList(), arguments);
}

void SingleInstanceTest::firstGone_nextOneIsFirst_andNothingStays()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("vigil"));
    {
        SingleInstance first(folder);
        QCOMPARE(first.claim(), SingleInstance::Role::Primary);
    }
    QVERIFY(!QFileInfo::exists(folder));
    SingleInstance next(folder);
    QCOMPARE(next.claim(), SingleInstance::Role::Primary);
    SingleInstance late(folder);
    QCOMPARE(late.claim(), SingleInstance::Role::Secondary);
}

void SingleInstanceTest::lockOfADeadVigil_isTakenOver()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("vigil"));
    QVERIFY(QDir().mkpath(folder));
    // A lock taken by a process that then died without letting go, as a crash
    // leaves it: Qt's own lock file, written by a child that ends at once.
#ifdef Q_OS_UNIX
    const pid_t child = fork();
    if (child == 0) {
        QLockFile held(QDir(folder).filePath(QStringLiteral("instance.lock")));
        _exit(held.tryLock(0) ? 0 : 1); // _exit: no destructor lets go of it
    }
    int status = -1;
    QCOMPARE(waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    QVERIFY(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("instance.lock"))));
#else
    QSKIP("needs fork()");
#endif
    QFile socket(QDir(folder).filePath(QStringLiteral("instance.socket")));
    QVERIFY(socket.open(QIODevice::WriteOnly));
    socket.close();
    SingleInstance next(folder);
    QCOMPARE(next.claim(), SingleInstance::Role::Primary);
}

void SingleInstanceTest::unwritableFolder_runsAlone()
{
    if (QFileInfo(QStringLiteral("/proc/1")).isWritable())
        QSKIP("/proc is writable here");
    SingleInstance alone(QStringLiteral("/proc/vigil-cannot-be-made"));
    QCOMPARE(alone.claim(), SingleInstance::Role::Alone);
    QVERIFY(!alone.problem().isEmpty());
}

QTEST_GUILESS_MAIN(SingleInstanceTest)
#include "singleinstance_test.moc"
