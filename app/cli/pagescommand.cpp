#include "commands.h"
#include "export/articlejson.h"
#include "storage/cataloguequeries.h"
#include "storage/libraryconnection.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Vigil::Core;

namespace Vigil::Cli {

namespace {

QString kindOf(const Page &page)
{
    return page.isTopicPage() ? QStringLiteral("topic") : QStringLiteral("country");
}

} // namespace

PagesCommand::PagesCommand()
    : Command(QStringLiteral("pages"), QStringLiteral("pages [--json]"),
        QStringLiteral("Lists the pages: title, kind, coverage, countries, profiles, hotlines, entries."),
        { Option::Library, Option::Json })
{
}

int PagesCommand::run(const Arguments &args)
{
    LibraryConnection library;
    QString error;
    if (!library.open(libraryPath(args), LibraryConnection::OpenMode::ReadOnly, &error))
        return fail(BadInput, error);
    const CatalogueQueries catalogue(library);
    const QHash<QString, int> entries = catalogue.pageArticleCounts();
    QJsonArray pages;
    for (const QString &key : catalogue.pageKeys()) {
        const std::optional<Page> page = catalogue.page(key);
        if (!page)
            continue;
        QJsonObject o = Json::page(*page, false);
        o.insert(QStringLiteral("kind"), kindOf(*page));
        o.insert(QStringLiteral("entries"), entries.value(key));
        pages.append(o);
        if (!args.json) {
            out() << key << '\t' << kindOf(*page) << '\t' << entries.value(key) << " entries\t" << page->title;
            if (!page->countries.isEmpty())
                out() << " (" << page->countries.join(QStringLiteral(", ")) << ')';
            out() << '\n';
        }
    }
    if (!library.readFailure().isEmpty())
        return fail(BadInput, library.readFailure());
    if (args.json)
        out() << jsonText(pages);
    return Ok;
}

} // namespace Vigil::Cli
