#include "commands.h"
#include "storage/libraryconnection.h"

#include <QFileInfo>

using namespace Vigil::Core;

namespace Vigil::Cli {

UpgradeCommand::UpgradeCommand()
    : Command(QStringLiteral("upgrade"), QStringLiteral("upgrade FILE"),
        QStringLiteral("Brings a library made by an older Vigil to the current schema, in place."), {})
{
}

int UpgradeCommand::run(const Arguments &args)
{
    if (args.positional.size() != 1)
        return fail(UsageError, QStringLiteral("usage: vigil-library upgrade FILE"));
    const QString path = args.positional.first();
    if (!QFileInfo::exists(path))
        return fail(BadInput, QStringLiteral("%1: the file does not exist").arg(path));
    // Each step of the upgrade is a transaction of its own: an upgrade that
    // stops leaves the file at the last schema it completed, readable by the
    // Vigil of that schema and upgradable again.
    LibraryConnection library;
    QString error;
    if (!library.open(path, LibraryConnection::OpenMode::ReadWrite, &error))
        return fail(BadInput, error);
    if (library.upgradedFrom() == 0) {
        out() << path << ": already at schema " << library.schemaVersion() << "; nothing to do\n";
        return Ok;
    }
    out() << path << ": upgraded from schema " << library.upgradedFrom() << " to " << library.schemaVersion() << '\n';
    return Ok;
}

} // namespace Vigil::Cli
