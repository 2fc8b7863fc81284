#include "commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

using namespace Vigil::Cli;

namespace {

// In a search, a word with a leading minus leaves matches out ("trafficking
// -sexual"), as in the app's search field: such a word is part of the query,
// not an unknown option. Every other command reads options as usual.
QStringList withQueryWordsAsArguments(const QStringList &arguments, const QList<QCommandLineOption> &options)
{
    QSet<QString> names;
    QSet<QString> takeValues;
    for (const QCommandLineOption &option : options) {
        for (const QString &name : option.names()) {
            names.insert(name);
            if (!option.valueName().isEmpty())
                takeValues.insert(name);
        }
    }
    names << QStringLiteral("h") << QStringLiteral("help") << QStringLiteral("help-all") << QStringLiteral("v")
          << QStringLiteral("version");
    QStringList flags;
    QStringList positional;
    bool searching = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--")
            return arguments; // the user ended the options already
        const QString name = argument.startsWith(u'-')
            ? argument.section(u'=', 0, 0).remove(QRegularExpression(QStringLiteral("^--?")))
            : QString();
        if (!name.isEmpty() && (names.contains(name) || !searching)) {
            flags << argument;
            if (takeValues.contains(name) && !argument.contains(u'=') && i + 1 < arguments.size())
                flags << arguments.at(++i);
            continue;
        }
        if (positional.isEmpty() && argument == u"search")
            searching = true;
        positional << argument;
    }
    if (!searching)
        return arguments;
    return QStringList { arguments.first() } + flags + QStringList { QStringLiteral("--") } + positional;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vigil-library"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIGIL_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Builds, imports into and reads Vigil libraries.\n\n"
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
    const QCommandLineOption library(QStringLiteral("library"),
        QStringLiteral("The library file (default: the bundled one)."), QStringLiteral("FILE"));
    const QCommandLineOption output(QStringList { QStringLiteral("o"), QStringLiteral("output") },
        QStringLiteral("Where build writes the library."), QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption country(QStringLiteral("country"),
        QStringLiteral("Only articles about this country (ISO alpha-2)."), QStringLiteral("CODE"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most N search results (default 20)."),
        QStringLiteral("N"), QStringLiteral("20"));
    parser.addOptions({ library, output, json, country, limit });
    parser.addPositionalArgument(
        QStringLiteral("command"), QStringLiteral("build, import, list, stats, search, show or check."));

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(
            withQueryWordsAsArguments(QCoreApplication::arguments(), { library, output, json, country, limit }))) {
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
