#pragma once

#include <QStringList>
#include <QTextStream>

namespace Vigil::Cli {

// Exit codes: what scripts calling vigil-library can rely on.
enum ExitCode { Ok = 0, UsageError = 1, BadInput = 2 };

struct Options
{
    QString command;
    QStringList arguments;
    QString library; // --library, empty for the bundled one
    QString output; // -o for build
    QString country; // --country for list
    int limit = 20; // --limit for search
    bool json = false;
};

class Commands final
{
public:
    Commands(QTextStream &out, QTextStream &err);
    int run(const Options &options);

private:
    int build(const Options &o);
    int import(const Options &o);
    int list(const Options &o);
    int stats(const Options &o);
    int search(const Options &o);
    int show(const Options &o);
    int check(const Options &o);

    int fail(int code, const QString &message);
    QString libraryPath(const Options &o) const;

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Vigil::Cli
