#include "command.h"

#include "commands.h"
#include "reference/referencedata.h"
#include "storage/librarylocator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace Vigil::Cli {

namespace {

QCommandLineOption optionFor(Command::Option option)
{
    switch (option) {
    case Command::Option::Library:
        return { QStringLiteral("library"), QStringLiteral("The library file (default: the bundled one)."),
            QStringLiteral("FILE") };
    case Command::Option::Output:
        return { QStringList { QStringLiteral("o"), QStringLiteral("output") },
            QStringLiteral("The file to write (build: the library; export: the citations)."), QStringLiteral("FILE") };
    case Command::Option::Json:
        return { QStringLiteral("json"), QStringLiteral("Print JSON.") };
    case Command::Option::Country:
        return { QStringLiteral("country"), QStringLiteral("Only articles about this country (ISO alpha-2)."),
            QStringLiteral("CODE") };
    case Command::Option::Limit:
        return { QStringLiteral("limit"), QStringLiteral("At most N results (default 20)."), QStringLiteral("N"),
            QStringLiteral("20") };
    case Command::Option::Format:
        return { QStringLiteral("format"),
            QStringLiteral("bibtex, ris, csl-json, bibliography (plain text) or bibliography-html."),
            QStringLiteral("FORMAT") };
    case Command::Option::Query:
        return { QStringLiteral("query"),
            QStringLiteral("Only articles this search finds (the search field's language)."), QStringLiteral("Q") };
    case Command::Option::Ids:
        return { QStringLiteral("ids"), QStringLiteral("Only these articles, ids from list or search, with commas."),
            QStringLiteral("ID,...") };
    case Command::Option::Page:
        return { QStringLiteral("page"),
            QStringLiteral("The source page itself, by its key (see vigil-library pages), instead of its articles."),
            QStringLiteral("KEY") };
    case Command::Option::Style:
        return { QStringLiteral("style"),
            QStringLiteral("The citation style of a bibliography: its id, its title or a .csl file (default apa)."),
            QStringLiteral("NAME"), QStringLiteral("apa") };
    case Command::Option::Search:
        return { QStringLiteral("search"), QStringLiteral("Only styles whose title has these words."),
            QStringLiteral("WORDS") };
    case Command::Option::Key:
        return { QStringLiteral("key"),
            QStringLiteral("pack: the secret key file that signs the pack; unpack: the public key file of the "
                           "publisher you trust."),
            QStringLiteral("FILE") };
    case Command::Option::Hotlines:
        return { QStringLiteral("hotlines"),
            QStringLiteral("A JSON file of hotlines to carry: [{\"country\", \"service\", \"number\", \"hours\", "
                           "\"languages\", \"notes\", \"source\"}]."),
            QStringLiteral("FILE") };
    case Command::Option::UserData:
        return { QStringLiteral("user-data"),
            QStringLiteral("The reader's own data file that gets the pack's hotlines (default: Vigil's)."),
            QStringLiteral("FILE") };
    case Command::Option::Yes:
        return { QStringLiteral("yes"),
            QStringLiteral("Import a pack that is not signed, or signed by a key other than --key.") };
    }
    Q_UNREACHABLE();
}

// In a search, "trafficking -sexual" leaves matches out, as in the app's search
// field: words with a leading minus that are not this command's options go
// after "--", in their order among the other words.
QStringList minusWordsAsPositional(const QStringList &arguments, const QList<QCommandLineOption> &options)
{
    QSet<QString> names { QStringLiteral("h"), QStringLiteral("help") };
    QSet<QString> takeValues;
    for (const QCommandLineOption &option : options) {
        for (const QString &name : option.names()) {
            names.insert(name);
            if (!option.valueName().isEmpty())
                takeValues.insert(name);
        }
    }
    QStringList flags;
    QStringList words;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--")
            return arguments; // the user ended the options already
        const QString name = argument.startsWith(u'-')
            ? argument.section(u'=', 0, 0).remove(QRegularExpression(QStringLiteral("^--?")))
            : QString();
        if (!name.isEmpty() && names.contains(name)) {
            flags << argument;
            if (takeValues.contains(name) && !argument.contains(u'=') && i + 1 < arguments.size())
                flags << arguments.at(++i);
            continue;
        }
        words << argument;
    }
    return QStringList { arguments.first() } + flags + QStringList { QStringLiteral("--") } + words;
}

} // namespace

Command::Command(QString name, QString usage, QString summary, QList<Option> options)
    : m_name(std::move(name))
    , m_usage(std::move(usage))
    , m_summary(std::move(summary))
    , m_options(std::move(options))
{
}

int Command::execute(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    m_out = &out;
    m_err = &err;
    QCommandLineParser parser;
    const QCommandLineOption help(
        QStringList { QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Displays help on this command."));
    parser.addOption(help);
    QList<QCommandLineOption> options;
    for (const Option option : std::as_const(m_options))
        options << optionFor(option);
    parser.addOptions(options);
    QStringList all = QStringList { QCoreApplication::applicationFilePath() } + arguments;
    if (takesMinusWords())
        all = minusWordsAsPositional(all, options);
    if (!parser.parse(all)) {
        QString problem = parser.errorText();
        if (problem.endsWith(u'.'))
            problem.chop(1);
        return fail(UsageError, QStringLiteral("%1: %2; see vigil-library %1 --help").arg(m_name, problem));
    }
    if (parser.isSet(help)) {
        // Qt's own first line names the program without the command.
        out << "Usage: vigil-library " << m_usage << "\n" << m_summary << "\n\n" << parser.helpText().section(u'\n', 2);
        out.flush();
        return Ok;
    }
    Arguments args;
    args.positional = parser.positionalArguments();
    for (const Option option : std::as_const(m_options)) {
        const QCommandLineOption o = optionFor(option);
        switch (option) {
        case Option::Library:
            args.library = parser.value(o);
            break;
        case Option::Output:
            args.output = parser.value(o);
            break;
        case Option::Json:
            args.json = parser.isSet(o);
            break;
        case Option::Country:
            args.country = parser.value(o).toUpper();
            break;
        case Option::Limit: {
            bool ok = false;
            args.limit = parser.value(o).toInt(&ok);
            if (!ok || args.limit < 1 || args.limit > 10000)
                return fail(UsageError, QStringLiteral("--limit takes a whole number from 1 to 10000"));
            break;
        }
        case Option::Format:
            args.format = parser.value(o);
            break;
        case Option::Query:
            args.query = parser.value(o);
            break;
        case Option::Ids:
            args.ids = parser.value(o);
            break;
        case Option::Page:
            args.page = parser.value(o);
            break;
        case Option::Style:
            args.style = parser.value(o);
            break;
        case Option::Search:
            args.search = parser.value(o);
            break;
        case Option::Key:
            args.key = parser.value(o);
            break;
        case Option::Hotlines:
            args.hotlines = parser.value(o);
            break;
        case Option::UserData:
            args.userData = parser.value(o);
            break;
        case Option::Yes:
            args.yes = parser.isSet(o);
            break;
        }
    }
    const int code = run(args);
    out.flush();
    err.flush();
    return code;
}

int Command::fail(int code, const QString &message)
{
    err() << "vigil-library: " << message << '\n';
    err().flush();
    return code;
}

QString Command::libraryPath(const Arguments &args) const
{
    return args.library.isEmpty() ? Core::LibraryLocator::bundledLibraryPath() : args.library;
}

Command *Command::find(const QString &name)
{
    for (const auto &command : all()) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QStringList Command::optionsWithValues()
{
    QStringList names;
    for (const Option option :
        { Option::Library, Option::Output, Option::Country, Option::Limit, Option::Format, Option::Query, Option::Ids,
            Option::Style, Option::Search, Option::Key, Option::Hotlines, Option::UserData, Option::Page })
        names << optionFor(option).names();
    return names;
}

const std::vector<std::unique_ptr<Command>> &Command::all()
{
    static const std::vector<std::unique_ptr<Command>> commands = [] {
        std::vector<std::unique_ptr<Command>> list;
        list.push_back(std::make_unique<BuildCommand>());
        list.push_back(std::make_unique<ImportCommand>());
        list.push_back(std::make_unique<ListCommand>());
        list.push_back(std::make_unique<StatsCommand>());
        list.push_back(std::make_unique<SearchCommand>());
        list.push_back(std::make_unique<ShowCommand>());
        list.push_back(std::make_unique<CheckCommand>());
        list.push_back(std::make_unique<UpgradeCommand>());
        list.push_back(std::make_unique<ExportCommand>());
        list.push_back(std::make_unique<PagesCommand>());
        list.push_back(std::make_unique<RemovePageCommand>());
        list.push_back(std::make_unique<StylesCommand>());
        list.push_back(std::make_unique<KeygenCommand>());
        list.push_back(std::make_unique<PackCommand>());
        list.push_back(std::make_unique<UnpackCommand>());
        return list;
    }();
    return commands;
}

QString jsonText(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

bool isCountryCode(const QString &code)
{
    Core::ReferenceData reference;
    QString ignored;
    return reference.load({}, &ignored) && reference.country(code) != nullptr;
}

QString unknownCountry(const QString &code)
{
    return QStringLiteral("no country with the code %1; give an ISO 3166-1 alpha-2 code such as RS, ME or XK (Kosovo)")
        .arg(code);
}

void printWarnings(QTextStream &err, const QString &file, const Core::Page &page)
{
    for (const Core::ParseWarning &w : page.warnings)
        err << file << ':' << w.line << ": warning: " << w.message << '\n';
}

PartialFile::PartialFile(QString path)
    : m_path(std::move(path))
{
}

PartialFile::~PartialFile()
{
    if (!m_path.isEmpty())
        QFile::remove(m_path);
}

} // namespace Vigil::Cli
