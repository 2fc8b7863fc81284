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

ShowCommand::ShowCommand()
    : Command(QStringLiteral("show"), QStringLiteral("show ID [--json]"), QStringLiteral("Shows one article."),
        { Option::Library, Option::Json })
{
}

int ShowCommand::run(const Arguments &args)
{
    bool ok = false;
    const qint64 id = args.positional.value(0).toLongLong(&ok);
    if (args.positional.size() != 1 || !ok)
        return fail(UsageError, QStringLiteral("usage: vigil-library show [--json] ID (a number from list or search)"));
    LibraryConnection library;
    QString error;
    if (!library.open(libraryPath(args), LibraryConnection::OpenMode::ReadOnly, &error))
        return fail(BadInput, error);
    const auto article = ArticleQueries(library).article(id);
    if (!library.readFailure().isEmpty())
        return fail(BadInput, library.readFailure());
    if (!article)
        return fail(BadInput, QStringLiteral("no article with id %1").arg(id));
    if (args.json) {
        out() << jsonText(Json::article(*article));
        return Ok;
    }
    const Article &a = *article;
    out() << a.title << (a.isPdf ? QStringLiteral(" [PDF]") : QString()) << '\n' << a.byline << '\n';
    if (a.date.isValid())
        out() << "Date: " << a.date.toDisplay() << '\n';
    out() << "Countries: " << a.countries.join(QStringLiteral(", "))
          << "\nTopics: " << a.topics.join(QStringLiteral(", ")) << "\n\n";
    for (const Paragraph &p : a.paragraphs) {
        if (p.page > 0)
            out() << "[page " << p.page << "] ";
        if (!p.sectionLabel.isEmpty())
            out() << p.sectionLabel << " -- ";
        out() << p.text << "\n\n";
    }
    return Ok;
}

} // namespace Vigil::Cli
