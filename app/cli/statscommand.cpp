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

StatsCommand::StatsCommand()
    : Command(QStringLiteral("stats"), QStringLiteral("stats [--json]"),
        QStringLiteral("Counts the articles, countries, pages and publishers."), { Option::Library, Option::Json })
{
}

int StatsCommand::run(const Arguments &args)
{
    LibraryConnection library;
    QString error;
    if (!library.open(libraryPath(args), LibraryConnection::OpenMode::ReadOnly, &error))
        return fail(BadInput, error);
    const LibraryStats s = CatalogueQueries(library).stats();
    if (!library.readFailure().isEmpty())
        return fail(BadInput, library.readFailure());
    if (args.json) {
        out() << jsonText(QJsonObject {
            { QStringLiteral("articles"), s.articles },
            { QStringLiteral("countries_with_articles"), s.countriesWithArticles },
            { QStringLiteral("pages"), s.pages },
            { QStringLiteral("publishers"), s.publishers },
            { QStringLiteral("schema_version"), s.schemaVersion },
        });
        return Ok;
    }
    out() << "articles: " << s.articles << "\ncountries with articles: " << s.countriesWithArticles
          << "\npages: " << s.pages << "\npublishers: " << s.publishers << "\nschema version: " << s.schemaVersion
          << '\n';
    return Ok;
}

} // namespace Vigil::Cli
