#include "citationexport.h"

#include "bibtexwriter.h"
#include "citationkeys.h"
#include "riswriter.h"
#include "storage/articlequeries.h"
#include "storage/cataloguequeries.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace Vigil::Core::CitationExport {

QList<ExportFormat> formats()
{
    return { ExportFormat::Bibtex, ExportFormat::Ris, ExportFormat::CslJson };
}

QString formatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Bibtex:
        return QStringLiteral("bibtex");
    case ExportFormat::Ris:
        return QStringLiteral("ris");
    case ExportFormat::CslJson:
        return QStringLiteral("csl-json");
    }
    return {};
}

std::optional<ExportFormat> formatFromName(const QString &name)
{
    for (const ExportFormat format : formats()) {
        if (formatName(format) == name.toLower())
            return format;
    }
    return std::nullopt;
}

QString fileSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Bibtex:
        return QStringLiteral("bib");
    case ExportFormat::Ris:
        return QStringLiteral("ris");
    case ExportFormat::CslJson:
        return QStringLiteral("json");
    }
    return {};
}

QByteArray write(ExportFormat format, const QList<CslItem> &items)
{
    switch (format) {
    case ExportFormat::Bibtex:
        return Bibtex::write(items).toUtf8();
    case ExportFormat::Ris:
        return Ris::write(items).toUtf8();
    case ExportFormat::CslJson: {
        const QStringList keys = CitationKeys::assign(items);
        QJsonArray array;
        for (qsizetype i = 0; i < items.size(); ++i)
            array.append(items.at(i).toJson(keys.at(i)));
        return QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    }
    return {};
}

QList<CslItem> itemsFor(
    const ArticleQueries &articles, const CatalogueQueries &catalogue, const QList<qint64> &ids, QList<qint64> *missing)
{
    QHash<QString, std::optional<Page>> pages;
    QList<CslItem> items;
    for (const qint64 id : ids) {
        const std::optional<Article> article = articles.article(id);
        if (!article) {
            if (missing)
                *missing << id;
            continue;
        }
        auto page = pages.find(article->pageKey);
        if (page == pages.end())
            page = pages.insert(article->pageKey, catalogue.page(article->pageKey));
        items << CslItem::fromArticle(*article, page->has_value() ? &**page : nullptr);
    }
    return items;
}

} // namespace Vigil::Core::CitationExport
