#include "commands.h"
#include "export/articlejson.h"
#include "import/pageparser.h"
#include "reference/curatedhotlines.h"
#include "reference/referencedata.h"
#include "storage/articlequeries.h"
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

ListCommand::ListCommand()
    : Command(QStringLiteral("list"), QStringLiteral("list [--country CODE] [--json]"),
        QStringLiteral("Lists every article, with all its fields."), { Option::Library, Option::Country, Option::Json })
{
}

int ListCommand::run(const Arguments &args)
{
    LibraryConnection library;
    QString error;
    if (!library.open(libraryPath(args), LibraryConnection::OpenMode::ReadOnly, &error))
        return fail(BadInput, error);
    if (!args.country.isEmpty() && !isCountryCode(args.country))
        return fail(BadInput, unknownCountry(args.country));
    const QList<Article> articles = ArticleQueries(library).articles(args.country);
    if (!library.readFailure().isEmpty())
        return fail(BadInput, library.readFailure());
    if (args.json) {
        QJsonArray array;
        for (const Article &a : articles)
            array.append(Json::article(a));
        out() << jsonText(array);
        return Ok;
    }
    for (const Article &a : articles)
        out() << a.id << '\t' << (a.date.isValid() ? a.date.toIso() : QStringLiteral("-")) << '\t' << a.title << '\n';
    return Ok;
}

} // namespace Vigil::Cli
