#pragma once

#include "domain/page.h"

#include <QCommandLineOption>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace Vigil::Core {
class ReferenceData;
}

namespace Vigil::Cli {

// Exit codes: what scripts calling vigil-library can rely on.
enum ExitCode { Ok = 0, UsageError = 1, BadInput = 2 };

// What a command was given, read by its own parser.
struct Arguments
{
    QStringList positional;
    QString library; // --library, empty for the bundled one
    QString output; // -o
    QString country; // --country, upper case
    int limit = 20; // --limit
    bool json = false;
    QString format; // --format
    QString query; // --query
    QString ids; // --ids, as given: "ID,ID,..."
    QString page; // --page: a source page's key (vigil-library pages)
    QString style; // --style, a CSL style id, title or .csl file
    QString search; // --search
    QString key; // --key, a key file
    QString hotlines; // --hotlines, a JSON file of hotlines
    QString userData; // --user-data, the reader's own data file
    bool yes = false; // --yes: an unsigned pack, or one signed by a key not given, is imported too
};

// One command of vigil-library, with its own options and usage (as KeePassXC's
// src/cli): a new command is a new class, not a new branch in a switch.
class Command
{
public:
    enum class Option {
        Library,
        Output,
        Json,
        Country,
        Limit,
        Format,
        Query,
        Ids,
        Style,
        Search,
        Key,
        Hotlines,
        UserData,
        Page,
        Yes
    };

    Command(QString name, QString usage, QString summary, QList<Option> options);
    virtual ~Command() = default;
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;

    QString name() const { return m_name; }
    QString usage() const { return m_usage; }
    QString summary() const { return m_summary; }

    // Parses arguments (the program and the command name removed) with this
    // command's options, then runs it.
    int execute(const QStringList &arguments, QTextStream &out, QTextStream &err);

    // Every command, in the order --help lists them.
    static const std::vector<std::unique_ptr<Command>> &all();
    static Command *find(const QString &name);
    // The names of options that take a value, to tell them from the command word.
    static QStringList optionsWithValues();

protected:
    virtual int run(const Arguments &args) = 0;
    // A word with a leading minus is a query word here, not an option.
    virtual bool takesMinusWords() const { return false; }
    int fail(int code, const QString &message);
    QString libraryPath(const Arguments &args) const;
    QTextStream &out() { return *m_out; }
    QTextStream &err() { return *m_err; }

private:
    QString m_name;
    QString m_usage;
    QString m_summary;
    QList<Option> m_options;
    QTextStream *m_out = nullptr;
    QTextStream *m_err = nullptr;
};

// Shared by the commands.
QString jsonText(const QJsonValue &value);
// Whether code names a country (ISO 3166-1 alpha-2, and XK), with articles or not.
bool isCountryCode(const QString &code);
// The sentence for a --country that names none.
QString unknownCountry(const QString &code);
void printWarnings(QTextStream &err, const QString &file, const Core::Page &page);
// Imports parsed pages into a library file, made new (beside, then renamed into
// place) when it does not exist or is empty. Used by import and unpack.
bool importPagesInto(
    const QString &library, const QList<Core::Page> &pages, const Core::ReferenceData &reference, QString *error);

// Removes a half-written file when a command fails before it is complete.
class PartialFile final
{
public:
    explicit PartialFile(QString path);
    ~PartialFile();
    PartialFile(const PartialFile &) = delete;
    PartialFile &operator=(const PartialFile &) = delete;
    void release() { m_path.clear(); }

private:
    QString m_path;
};

} // namespace Vigil::Cli
