#include "commands.h"
#include "storage/libraryconnection.h"
#include "storage/libraryimporter.h"

using namespace Vigil::Core;

namespace Vigil::Cli {

RemovePageCommand::RemovePageCommand()
    : Command(QStringLiteral("remove-page"), QStringLiteral("remove-page KEY --library FILE"),
        QStringLiteral("Removes a page with its articles, profiles and hotlines (keys: see pages)."),
        { Option::Library })
{
}

int RemovePageCommand::run(const Arguments &args)
{
    if (args.positional.size() != 1)
        return fail(UsageError, QStringLiteral("usage: vigil-library remove-page KEY --library FILE"));
    if (args.library.isEmpty())
        return fail(UsageError,
            QStringLiteral("the bundled library is read-only; name the library to remove the page from "
                           "with --library FILE"));
    LibraryConnection library;
    QString error;
    if (!library.open(args.library, LibraryConnection::OpenMode::ReadWrite, &error))
        return fail(BadInput, error);
    int removed = 0;
    if (!LibraryImporter(library).removePage(args.positional.first(), &removed, &error))
        return fail(BadInput, error);
    out() << "Removed " << args.positional.first() << ": " << removed << " article(s)\n";
    return Ok;
}

} // namespace Vigil::Cli
