#include "commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Vigil::Cli;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vigil-library"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIGIL_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Builds, imports into and reads Vigil libraries.\n\n"
        "Commands:\n"
        "  build DATA_DIR -o FILE     build a library from a data folder\n"
        "  import FILE... --library L import saved country pages (creates L)\n"
        "  list [--country CODE]      every article, with all its fields\n"
        "  stats                      counts of articles, countries, pages, publishers\n"
        "  search [--limit N] QUERY   full-text search\n"
        "  show ID                    one article\n"
        "  check FILE                 integrity and schema version of a library\n\n"
        "Exit status: 0 ok, 1 usage error, 2 bad input."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption library(QStringLiteral("library"), QStringLiteral("The library file (default: the bundled one)."), QStringLiteral("FILE"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Where build writes the library."), QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption country(QStringLiteral("country"), QStringLiteral("Only articles about this country (ISO alpha-2)."), QStringLiteral("CODE"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most N search results (default 20)."), QStringLiteral("N"), QStringLiteral("20"));
    parser.addOptions({library, output, json, country, limit});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("build, import, list, stats, search, show or check."));

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(QCoreApplication::arguments())) {
        err << "vigil-library: " << parser.errorText() << "\n";
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Ok;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << "vigil-library " << QCoreApplication::applicationVersion() << "\n";
        return Ok;
    }

    Options options;
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        err << "vigil-library: no command given; see vigil-library --help\n";
        return UsageError;
    }
    options.command = positional.takeFirst();
    options.arguments = positional;
    options.library = parser.value(library);
    options.output = parser.value(output);
    options.country = parser.value(country).toUpper();
    options.json = parser.isSet(json);
    bool ok = false;
    options.limit = parser.value(limit).toInt(&ok);
    if (!ok || options.limit < 1 || options.limit > 10000) {
        err << "vigil-library: --limit takes a whole number from 1 to 10000\n";
        return UsageError;
    }
    Commands commands(out, err);
    return commands.run(options);
}
