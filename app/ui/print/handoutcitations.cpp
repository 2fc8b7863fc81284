#include "handoutcitations.h"

#include "content/articlerenderer.h"
#include "cslengine.h"
#include "export/cslitem.h"
#include "storage/cataloguequeries.h"

#include <QHash>

#include <optional>

namespace Vigil::Ui {

QList<QJsonObject> HandoutCitations::items(const Core::Handout &handout, const Core::CatalogueQueries &catalogue)
{
    QHash<QString, std::optional<Core::Page>> pages;
    QList<QJsonObject> out;
    for (qsizetype i = 0; i < handout.entries.size(); ++i) {
        bool wasCut = false;
        const Core::Article a = Core::ArticleRenderer::boundedForDisplay(handout.entries.at(i).article, &wasCut);
        auto page = pages.find(a.pageKey);
        if (page == pages.end())
            page = pages.insert(a.pageKey, a.pageKey.isEmpty() ? std::nullopt : catalogue.page(a.pageKey));
        const Core::CslItem item = Core::CslItem::fromArticle(a, page->has_value() ? &**page : nullptr);
        out << item.toJson(QString::number(i));
    }
    return out;
}

void HandoutCitations::apply(Core::Handout *handout, const QList<Csl::CslEntry> &entries, const QString &styleName)
{
    handout->citationStyle = styleName;
    handout->bibliography.clear();
    for (const Csl::CslEntry &entry : entries) {
        bool ok = false;
        const qsizetype index = entry.id.toLongLong(&ok);
        if (!ok || index < 0 || index >= handout->entries.size())
            continue;
        handout->entries[index].citation = entry.html;
        handout->bibliography << entry.html;
    }
}

bool HandoutCitations::format(Core::Handout *handout, const Core::CatalogueQueries &catalogue, Csl::CslEngine *engine,
    const QString &styleId, const QString &styleName, QString *error)
{
    if (handout->entries.isEmpty()) {
        apply(handout, {}, styleName);
        return true;
    }
    const Csl::CslResult result = engine->bibliography(styleId, items(*handout, catalogue));
    if (!result.ok()) {
        *error = result.error;
        return false;
    }
    apply(handout, result.entries, styleName);
    return true;
}

} // namespace Vigil::Ui
