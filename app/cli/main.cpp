// vigil-library: finds the command word and hands the rest to that command,
// which reads its own options (app/cli/command.h).
#include "command.h"
#include "storage/datafolders.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

using namespace Vigil::Cli;

namespace {

QString helpText()
{
    QString text = QStringLiteral("Usage: vigil-library COMMAND [options]\n"
                                  "Builds, imports into and reads Vigil libraries.\n\nCommands:\n");
    for (const auto &command : Command::all())
        text += QStringLiteral("  %1\n      %2\n").arg(command->usage(), command->summary());
    text += QStringLiteral("\nEvery command but build takes --library FILE (default: the bundled library);\n"
                           "vigil-library COMMAND --help lists a command's options.\n"
                           "Exit status: 0 ok, 1 usage error, 2 bad input.\n");
    return text;
}

// The first word that is neither an option nor an option's value. Options may
// come before the command ("vigil-library --library L list") as after it.
qsizetype commandIndex(const QStringList &arguments)
{
    const QStringList withValues = Command::optionsWithValues();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--")
            return i + 1 < arguments.size() ? i + 1 : -1;
        if (!argument.startsWith(u'-'))
            return i;
        const QString name = argument.section(u'=', 0, 0).mid(argument.startsWith(u"--") ? 2 : 1);
        if (withValues.contains(name) && !argument.contains(u'='))
            ++i;
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The app's names, which place its folders: unpack's hotlines go into the
    // reader's own data, where the app finds them.
    QCoreApplication::setOrganizationName(QStringLiteral("Vigil"));
    QCoreApplication::setApplicationName(QStringLiteral("Vigil"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIGIL_VERSION));
    Vigil::Core::DataFolders::usePortableIfMarked();
    // A failure is told once, as the command's one-line sentence; the storage
    // log's details (the SQL) are there for QT_LOGGING_RULES to turn on.
    QLoggingCategory::setFilterRules(QStringLiteral("vigil.core.storage.warning=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments();
    const qsizetype at = commandIndex(arguments);
    if (at < 0) {
        if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
            out << helpText();
            return Ok;
        }
        if (arguments.contains(QStringLiteral("--version")) || arguments.contains(QStringLiteral("-v"))) {
            out << "vigil-library " << QCoreApplication::applicationVersion() << "\n";
            return Ok;
        }
        err << "vigil-library: no command given; see vigil-library --help\n";
        return UsageError;
    }
    const QString name = arguments.takeAt(at);
    Command *command = Command::find(name);
    if (!command) {
        err << "vigil-library: unknown command \"" << name << "\"; see vigil-library --help\n";
        return UsageError;
    }
    arguments.removeFirst(); // the program
    return command->execute(arguments, out, err);
}
