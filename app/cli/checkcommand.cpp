#include "commands.h"
#include "export/articlejson.h"
#include "import/pageparser.h"
#include "reference/curatedhotlines.h"
#include "reference/referencedata.h"
#include "storage/cataloguequeries.h"
#include "storage/libraryconnection.h"
#include "storage/librarylocator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Vigil::Core;

namespace Vigil::Cli {

CheckCommand::CheckCommand()
    : Command(QStringLiteral("check"), QStringLiteral("check [FILE]"),
        QStringLiteral("Checks the integrity and schema version of a library."), { Option::Library })
{
}

int CheckCommand::run(const Arguments &args)
{
    const QString path = args.positional.isEmpty() ? libraryPath(args) : args.positional.first();
    LibraryConnection library;
    QString error;
    if (!library.open(path, LibraryConnection::OpenMode::ReadOnly, &error))
        return fail(BadInput, error);
    const CheckResult result = library.check();
    if (!result.ok) {
        for (const QString &problem : result.problems)
            err() << path << ": " << problem << '\n';
        return BadInput;
    }
    const LibraryStats s = CatalogueQueries(library).stats();
    out() << path << ": ok (schema version " << result.schemaVersion << ", " << s.articles << " articles, " << s.pages
          << " pages)\n";
    return Ok;
}

} // namespace Vigil::Cli
