#pragma once

// Shared by the libFuzzer targets. A target reports a broken promise by aborting,
// which libFuzzer records as a crash with the input that caused it; the checks
// here are the documented contracts of the code under test, not its internals.

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

namespace Vigil::Fuzz {

[[noreturn]] inline void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "\nFUZZ CHECK FAILED: %s\n", what);
    if (!detail.isEmpty())
        std::fprintf(stderr, "  %s\n", detail.left(2000).toUtf8().constData());
    std::abort();
}

// A warning from the code under test means it met something it did not expect
// (a template placeholder left unfilled, a query SQLite refused): for a fuzzer
// that is a finding, so it stops the run. Debug output is dropped: it would only
// slow the loop down.
inline void messageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg)
        return;
    fail("warning logged by the code under test", message);
}

// The SQL driver is a plugin, and Qt loads plugins only with an application
// object. It lives as long as the process; libFuzzer never returns from main.
inline void init(int *argc, char ***argv)
{
    qInstallMessageHandler(messageHandler);
    static QCoreApplication *app = new QCoreApplication(*argc, *argv);
    Q_UNUSED(app);
}

inline QString fromUtf16Bytes(const uint8_t *data, size_t size)
{
    QString s(qsizetype(size / 2), Qt::Uninitialized);
    for (qsizetype i = 0; i < s.size(); ++i)
        s[i] = QChar(char16_t(data[2 * i] | (data[2 * i + 1] << 8)));
    return s;
}

} // namespace Vigil::Fuzz

#define FUZZ_CHECK(condition, detail)                                                                                  \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            ::Vigil::Fuzz::fail(#condition, (detail));                                                                 \
    } while (false)
