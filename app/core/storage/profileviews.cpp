#include "profileviews.h"

#include "storage/librarystore.h"

namespace Vigil::Core {

CountryProfileView countryProfileView(const LibraryStore &store, const QString &code, const QString &name)
{
    CountryProfileView view;
    view.code = code;
    view.name = name;
    view.hotlines = store.hotlines(code);
    for (const QString &key : store.pageKeys()) {
        const auto page = store.page(key);
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
    view.articlesByYear = store.yearCountsForCountry(code);
    for (const FacetCount &t : store.topicCountsForCountry(code))
        view.articlesByTopic.append({ t.label, t.count });
    ArticleFilter f;
    f.country = code;
    view.articleCount = store.countArticles(f);
    return view;
}

CountryProfileView pageProfileView(const LibraryStore &store, const Page &page)
{
    CountryProfileView view = CountryProfileView::fromPage(page);
    ArticleFilter f;
    f.pageKey = page.key;
    view.articleCount = store.countArticles(f);
    for (const FacetCount &y : store.yearFacets(f))
        view.articlesByYear.insert(y.key.toInt(), y.count);
    for (const FacetCount &t : store.topicFacets(f)) {
        if (t.count > 0)
            view.articlesByTopic.append({ t.label, t.count });
    }
    return view;
}

} // namespace Vigil::Core
