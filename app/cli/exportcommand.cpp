#include "bibliographywriter.h"
#include "commands.h"
#include "cslengine.h"
#include "export/citationexport.h"
#include "storage/articlequeries.h"
#include "storage/cataloguequeries.h"
#include "storage/libraryconnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

using namespace Vigil::Core;
using namespace Vigil::Csl;

namespace Vigil::Cli {

namespace {

// Bibliographies are formatted by the CSL engine, which vigil_core does not link:
// their formats are this command's, beside the core's reference-manager formats.
const QString bibliographyText = QStringLiteral("bibliography");
const QString bibliographyHtml = QStringLiteral("bibliography-html");

QString formatList()
{
    QStringList names;
    for (const ExportFormat format : CitationExport::formats())
        names << CitationExport::formatName(format);
    names << bibliographyText << bibliographyHtml;
    return names.join(QStringLiteral(", "));
}

// The items' bibliography in the style, as text or as an HTML document; empty
// with *error set when the style cannot be used.
QByteArray bibliography(const QList<CslItem> &items, const CslStyle &style, bool html, QString *error)
{
    QList<QJsonObject> objects;
    // The CSL-JSON export's items, so that the entries' ids are its citation keys.
    const QJsonArray array = QJsonDocument::fromJson(CitationExport::write(ExportFormat::CslJson, items)).array();
    for (const QJsonValue &item : array)
        objects << item.toObject();
    CslEngine engine;
    const CslResult result = engine.bibliography(style.id, objects);
    if (!result.ok()) {
        *error = result.error;
        return {};
    }
    const QString text = html ? BibliographyWriter::htmlDocument(result.entries, style.title)
                              : BibliographyWriter::plainText(result.entries);
    return text.toUtf8();
}

} // namespace

ExportCommand::ExportCommand()
    : Command(QStringLiteral("export"),
        QStringLiteral("export --format bibtex|ris|csl-json|bibliography|bibliography-html [--style NAME] "
                       "[--country CODE] [--query Q] [--ids ID,...] [--page KEY] [-o FILE]"),
        QStringLiteral("Writes the citations of the library, or of the articles chosen, or of a source page "
                       "itself, for a reference manager, or as a bibliography in a citation style (see "
                       "vigil-library styles)."),
        { Option::Library, Option::Format, Option::Style, Option::Country, Option::Query, Option::Ids, Option::Page,
            Option::Output })
{
}

int ExportCommand::run(const Arguments &args)
{
    if (!args.positional.isEmpty() || args.format.isEmpty())
        return fail(UsageError, QStringLiteral("usage: vigil-library %1").arg(usage()));
    const bool isBibliography = args.format == bibliographyText || args.format == bibliographyHtml;
    const std::optional<ExportFormat> format = CitationExport::formatFromName(args.format);
    if (!format && !isBibliography)
        return fail(
            BadInput, QStringLiteral("no export format \"%1\"; the formats are %2").arg(args.format, formatList()));
    std::optional<CslStyle> style;
    if (isBibliography) {
        style = CslStyleCatalog().find(args.style);
        if (!style)
            return fail(BadInput,
                QStringLiteral("no citation style \"%1\"; vigil-library styles --search WORD lists them")
                    .arg(args.style));
    }
    QList<qint64> chosen;
    for (const QString &word : args.ids.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        chosen << word.trimmed().toLongLong(&ok);
        if (!ok)
            return fail(BadInput,
                QStringLiteral("\"%1\" is not an article id; give the numbers list or search prints, "
                               "with commas between them")
                    .arg(word.trimmed()));
    }
    if (!args.country.isEmpty() && !isCountryCode(args.country))
        return fail(BadInput, unknownCountry(args.country));
    if (!args.page.isEmpty() && (!args.ids.isEmpty() || !args.country.isEmpty() || !args.query.isEmpty()))
        return fail(
            UsageError, QStringLiteral("--page cites the page itself: give it without --ids, --country or --query"));

    LibraryConnection library;
    QString error;
    if (!library.open(libraryPath(args), LibraryConnection::OpenMode::ReadOnly, &error))
        return fail(BadInput, error);
    const ArticleQueries articles(library);
    const CatalogueQueries catalogue(library);

    if (!args.page.isEmpty()) {
        const std::optional<Page> page = catalogue.page(args.page);
        if (!page)
            return fail(BadInput,
                library.readFailure().isEmpty()
                    ? QStringLiteral("no source page \"%1\"; vigil-library pages lists their keys").arg(args.page)
                    : library.readFailure());
        return write(args, { CslItem::fromPage(*page) }, format.value_or(ExportFormat {}), style ? &*style : nullptr);
    }

    // The window's filter: a country and the search field's words, best match first.
    ArticleFilter filter;
    filter.country = args.country;
    filter.text = args.query;
    const ParsedQuery query = articles.parseQuery(args.query);
    for (const QString &hint : query.hints)
        err() << "vigil-library: " << hint << '\n';
    const ArticleSort sort = query.hasPositive() ? ArticleSort::Relevance : ArticleSort::DateNewest;
    QList<qint64> ids;
    for (const ArticleSummary &row : articles.findArticles(filter, sort, 0, -1))
        ids << row.id;
    if (!args.ids.isEmpty()) {
        // The ids in the order given, those of them the filter keeps.
        const QSet<qint64> kept(ids.cbegin(), ids.cend());
        ids.clear();
        for (const qint64 id : std::as_const(chosen)) {
            if (!articles.article(id) && library.readFailure().isEmpty())
                return fail(BadInput, QStringLiteral("no article with id %1").arg(id));
            if (kept.contains(id) && !ids.contains(id))
                ids << id;
        }
    }
    const QList<CslItem> items = CitationExport::itemsFor(articles, catalogue, ids);
    if (!library.readFailure().isEmpty())
        return fail(BadInput, library.readFailure());
    if (items.isEmpty())
        err() << "No articles match; the export is empty.\n";
    return write(args, items, format.value_or(ExportFormat {}), style ? &*style : nullptr);
}

int ExportCommand::write(const Arguments &args, const QList<CslItem> &items, ExportFormat format, const CslStyle *style)
{
    QByteArray data;
    if (style) {
        QString formatError;
        data = bibliography(items, *style, args.format == bibliographyHtml, &formatError);
        if (!formatError.isEmpty())
            return fail(BadInput, formatError);
    } else {
        data = CitationExport::write(format, items);
    }

    if (args.output.isEmpty()) {
        out() << QString::fromUtf8(data);
        return Ok;
    }
    // Whole or not at all: an export that fails leaves the file as it was.
    QSaveFile file(args.output);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return fail(BadInput, QStringLiteral("cannot write %1: %2").arg(args.output, file.errorString()));
    err() << "Wrote " << items.size() << (items.size() == 1 ? " citation" : " citations") << " to " << args.output
          << '\n';
    return Ok;
}

} // namespace Vigil::Cli
