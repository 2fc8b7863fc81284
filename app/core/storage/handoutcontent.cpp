#include "handoutcontent.h"

#include "content/citation.h"
#include "storage/articlequeries.h"
#include "storage/cataloguequeries.h"
#include "storage/profileviews.h"
#include "storage/userdatastore.h"

#include <QHash>
#include <QLocale>
#include <QSet>

namespace Vigil::Core {

namespace {

// Collects the articles of a handout and the pages they came from, reading
// each page once.
class HandoutGatherer final
{
public:
    HandoutGatherer(const CatalogueQueries &catalogue, Handout *handout)
        : m_catalogue(catalogue)
        , m_handout(handout)
    {
    }

    void addArticle(const Article &a, const QString &note = {})
    {
        const std::optional<Page> &page = pageFor(a.pageKey);
        if (page)
            addSource(*page);
        m_handout->entries.append({ a, page ? Citation::sourcePage(*page) : QString(), note, {} });
    }

    // Its citation and fair-use notice go with the handout, once.
    void addSource(const Page &page)
    {
        if (m_sourceKeys.contains(page.key))
            return;
        m_sourceKeys.insert(page.key);
        m_handout->sources.append({ page.title, page.citation, page.fairUse });
    }

    const std::optional<Page> &pageFor(const QString &key)
    {
        auto it = m_pages.find(key);
        if (it == m_pages.end())
            it = m_pages.insert(key, key.isEmpty() ? std::nullopt : m_catalogue.page(key));
        return *it;
    }

private:
    const CatalogueQueries &m_catalogue;
    Handout *m_handout;
    QHash<QString, std::optional<Page>> m_pages;
    QSet<QString> m_sourceKeys;
};

Handout started(Handout::Kind kind, const QString &title)
{
    Handout h;
    h.kind = kind;
    h.title = title;
    h.made = handoutDate(QDate::currentDate());
    return h;
}

} // namespace

QString handoutDate(const QDate &day)
{
    // In the window's language, as the handout's own words are.
    return PartialDate::ofDay(day.year(), day.month(), day.day()).toLocalDisplay();
}

std::optional<Handout> articleHandout(const ArticleQueries &articles, const CatalogueQueries &catalogue, qint64 id)
{
    const std::optional<Article> a = articles.article(id);
    if (!a)
        return std::nullopt;
    Handout h = started(Handout::Kind::Article, a->title);
    HandoutGatherer(catalogue, &h).addArticle(*a);
    return h;
}

Handout countryDossier(const ArticleQueries &articles, const CatalogueQueries &catalogue, const QString &code,
    const QString &name, const std::optional<QList<qint64>> &chosen)
{
    Handout h = started(Handout::Kind::CountryDossier, name);
    h.country = countryProfileView(catalogue, articles, code, name);
    HandoutGatherer gatherer(catalogue, &h);
    // The pages the profile was read from come first among the sources: the
    // dossier reproduces their profile and notices.
    for (const QString &key : catalogue.pageKeys()) {
        const std::optional<Page> &page = gatherer.pageFor(key);
        if (page && page->countries.contains(code))
            gatherer.addSource(*page);
    }
    if (!chosen) {
        for (const Article &a : articles.articles(code))
            gatherer.addArticle(a);
    } else {
        for (const qint64 id : *chosen) {
            if (const std::optional<Article> a = articles.article(id))
                gatherer.addArticle(*a);
        }
    }
    return h;
}

Handout readingListHandout(const ArticleQueries &articles, const CatalogueQueries &catalogue,
    const UserDataStore &userData, const ReadingList &list)
{
    Handout h = started(Handout::Kind::ReadingList, list.name);
    HandoutGatherer gatherer(catalogue, &h);
    for (const qint64 id : userData.listArticleIds(list.id)) {
        if (const std::optional<Article> a = articles.article(id))
            gatherer.addArticle(*a, userData.note(id));
    }
    return h;
}

} // namespace Vigil::Core
