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

SearchCommand::SearchCommand()
    : Command(QStringLiteral("search"), QStringLiteral("search [--limit N] [--json] QUERY"),
        QStringLiteral("Full-text search, in the query language of the search field of the app."),
        { Option::Library, Option::Limit, Option::Json })
{
}

int SearchCommand::run(const Arguments &args)
{
    if (args.positional.isEmpty())
        return fail(UsageError, QStringLiteral("usage: vigil-library search [--json] [--limit N] QUERY"));
    LibraryConnection library;
    QString error;
    if (!library.open(libraryPath(args), LibraryConnection::OpenMode::ReadOnly, &error))
        return fail(BadInput, error);
    // The window's parser and search: the same words, fields and operators.
    const ArticleQueries queries(library);
    const QString text = args.positional.join(u' ');
    const ParsedQuery query = queries.parseQuery(text);
    const QList<SearchHit> hits = queries.search(text, args.limit);
    if (!library.readFailure().isEmpty())
        return fail(BadInput, library.readFailure());
    // What the window says under the search field.
    for (const QString &hint : query.hints)
        err() << "vigil-library: " << hint << '\n';
    if (args.json) {
        QJsonArray array;
        for (const SearchHit &h : hits) {
            // Fields or exclusions alone rank nothing.
            const QJsonValue rank = query.hasPositive() ? QJsonValue(h.rank) : QJsonValue();
            array.append(QJsonObject { { QStringLiteral("id"), h.id }, { QStringLiteral("title"), h.title },
                { QStringLiteral("snippet"), h.snippet }, { QStringLiteral("rank"), rank } });
        }
        out() << jsonText(array);
        return Ok;
    }
    for (const SearchHit &h : hits) {
        out() << h.id << '\t' << h.title << '\n';
        if (!h.snippet.isEmpty())
            out() << '\t' << h.snippet << '\n';
    }
    if (hits.isEmpty())
        err() << "No articles match.\n";
    return Ok;
}

} // namespace Vigil::Cli
