#include "profileviews.h"

#include "storage/articlequeries.h"
#include "storage/cataloguequeries.h"

namespace Vigil::Core {

CountryProfileView countryProfileView(
    const CatalogueQueries &catalogue, const ArticleQueries &articles, const QString &code, const QString &name)
{
    CountryProfileView view;
    view.code = code;
    view.name = name;
    view.hotlines = catalogue.hotlines(code);
    for (const QString &key : catalogue.pageKeys()) {
        const auto page = catalogue.page(key);
        if (!page || !page->countries.contains(code))
            continue;
        for (const CountryProfile &p : page->profiles) {
            if (p.country == code)
                view.profiles << p;
        }
        // The first page's notices: the site repeats them on every country page.
        if (view.caution.isEmpty())
            view.caution = page->caution;
        if (view.studentNote.isEmpty())
            view.studentNote = page->studentNote;
    }
    view.articlesByYear = articles.yearCountsForCountry(code);
    for (const FacetCount &t : articles.topicCountsForCountry(code))
        view.articlesByTopic.append({ t.label, t.count });
    ArticleFilter f;
    f.country = code;
    view.articleCount = articles.countArticles(f);
    return view;
}

CountryProfileView pageProfileView(const ArticleQueries &articles, const Page &page)
{
    CountryProfileView view = CountryProfileView::fromPage(page);
    ArticleFilter f;
    f.pageKey = page.key;
    view.articleCount = articles.countArticles(f);
    for (const FacetCount &y : articles.yearFacets(f))
        view.articlesByYear.insert(y.key.toInt(), y.count);
    for (const FacetCount &t : articles.topicFacets(f)) {
        if (t.count > 0)
            view.articlesByTopic.append({ t.label, t.count });
    }
    return view;
}

} // namespace Vigil::Core
