#pragma once

// Runs a program (the build's vigil-library, vigil, or a tool such as pdfinfo)
// and keeps what it printed: the command-line and end-to-end tests read its
// exit code and its output as a user of the terminal would.

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Vigil::Test {

struct ProgramRun
{
    int exitCode = -1; // -2: it crashed; -1: it did not finish in time
    QByteArray out;
    QString err;
    QString text() const { return QString::fromUtf8(out); }
};

inline ProgramRun runProgram(
    const QString &program, const QStringList &arguments, const QProcessEnvironment &env = {}, int timeoutMs = 120000)
{
    QProcess process;
    if (!env.isEmpty())
        process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2, process.readAllStandardOutput(),
        QString::fromUtf8(process.readAllStandardError()) };
}

} // namespace Vigil::Test
