#include "selection.h"

#include "articlebody.h"

namespace Vigil::Core::Storage {

namespace {

// The countries of a region and of the regions under it. Names are resolved to
// codes (publishers to ids) in a subquery of their own, so that SQLite seeks the
// link tables' indexes by them instead of scanning a join: at 100,000 articles,
// 0.7 ms rather than 8 for a publisher with 12,000 articles.
const QString countriesInRegion
    = QStringLiteral("SELECT code FROM countries WHERE region_code IN (WITH RECURSIVE under(code) AS (SELECT ? UNION "
                     "SELECT r.code FROM regions r JOIN under u ON r.parent_code = u.code) SELECT code FROM under)");

// LIKE with the user's text as a literal part of a name.
QString likePattern(const QString &part)
{
    QString escaped = part;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

// A set of ids as one bound value however long it is: a JSON array, which
// SQLite's json_each (built in since 3.38) reads as a table.
QString idArray(const QList<qint64> &ids)
{
    QStringList numbers;
    numbers.reserve(ids.size());
    for (const qint64 id : ids)
        numbers.append(QString::number(id));
    return u'[' + numbers.join(u',') + u']';
}

const QString idInArray = QStringLiteral("a.id IN (SELECT value FROM json_each(?))");

void addCriteria(Selection &s, const ArticleFilter &f, Without without)
{
    if (!f.country.isEmpty()) {
        s.add(
            QStringLiteral("a.id IN (SELECT article_id FROM article_countries WHERE country_code = ?)"), { f.country });
    }
    if (!f.region.isEmpty()) {
        s.add(QStringLiteral("a.id IN (SELECT article_id FROM article_countries WHERE country_code IN (%1))")
                  .arg(countriesInRegion),
            { f.region });
    }
    if (!f.pageKey.isEmpty())
        s.add(QStringLiteral("a.page_key = ?"), { f.pageKey });
    if (f.readingList != 0)
        s.add(idInArray, { idArray(f.listArticles) });
    if (without != Without::Years) {
        // date_sort is YYYYMMDD, 0 when undated: any year bound leaves undated ones out.
        if (f.yearFrom > 0)
            s.add(QStringLiteral("a.date_sort >= ?"), { qint64(f.yearFrom) * 10000 });
        if (f.yearTo > 0)
            s.add(QStringLiteral("a.date_sort > 0 AND a.date_sort < ?"), { (qint64(f.yearTo) + 1) * 10000 });
    }
    if (!f.topic.isEmpty() && without != Without::Topic)
        s.add(QStringLiteral("a.id IN (SELECT article_id FROM article_topics WHERE topic_id = ?)"), { f.topic });
    if (without != Without::Publisher) {
        if (!f.publisher.isEmpty()) {
            s.add(QStringLiteral("a.id IN (SELECT article_id FROM article_publishers WHERE publisher_id IN "
                                 "(SELECT id FROM publishers WHERE name = ?))"),
                { f.publisher });
        }
        if (!f.publisherLike.isEmpty()) {
            s.add(QStringLiteral("a.id IN (SELECT article_id FROM article_publishers WHERE publisher_id IN "
                                 "(SELECT id FROM publishers WHERE name LIKE ? ESCAPE '\\'))"),
                { likePattern(f.publisherLike) });
        }
    }
    if (!f.author.isEmpty())
        s.add(QStringLiteral("a.authors LIKE ? ESCAPE '\\'"), { likePattern(f.author) });
    if (f.section == ArticleFilter::Section::Featured)
        s.add(QStringLiteral("a.featured = 1"));
    else if (f.section == ArticleFilter::Section::Archive)
        s.add(QStringLiteral("a.featured = 0"));
    if (f.pdfOnly)
        s.add(QStringLiteral("a.is_pdf = 1"));
}

// Schema 3 keeps each article's search key beside its countries, topics and
// publishers: these criteria are sets of keys read from an index alone.
void addKeySets(Selection &s, const ArticleFilter &f, Without without)
{
    const QString in = QStringLiteral("+article_fts.rowid IN (%1)");
    if (!f.country.isEmpty())
        s.add(in.arg(QStringLiteral("SELECT search_key FROM article_countries WHERE country_code = ?")), { f.country });
    if (!f.region.isEmpty()) {
        s.add(in.arg(QStringLiteral("SELECT search_key FROM article_countries WHERE country_code IN (%1)")
                         .arg(countriesInRegion)),
            { f.region });
    }
    if (!f.topic.isEmpty() && without != Without::Topic)
        s.add(in.arg(QStringLiteral("SELECT search_key FROM article_topics WHERE topic_id = ?")), { f.topic });
    if (without == Without::Publisher)
        return;
    if (!f.publisher.isEmpty()) {
        s.add(in.arg(QStringLiteral("SELECT search_key FROM article_publishers WHERE publisher_id IN "
                                    "(SELECT id FROM publishers WHERE name = ?)")),
            { f.publisher });
    }
    if (!f.publisherLike.isEmpty()) {
        s.add(in.arg(QStringLiteral("SELECT search_key FROM article_publishers WHERE publisher_id IN "
                                    "(SELECT id FROM publishers WHERE name LIKE ? ESCAPE '\\')")),
            { likePattern(f.publisherLike) });
    }
}

} // namespace

QString countriesInRegionSql()
{
    return countriesInRegion;
}

Selection select(const ArticleFilter &filter, const ParsedQuery &query, const PrefixExpander &expand, Without without)
{
    Selection s;
    // note: holds the articles the window found in the reader's notes.
    const auto addNoteField = [&query, &filter](Selection &to) {
        if (!query.noteTerms.isEmpty())
            to.add(idInArray, { idArray(filter.noteArticles) });
    };
    if (query.hasPositive() && !filter.noteWordArticles.isEmpty()) {
        // The words are also in some of the reader's notes: the articles whose
        // text matches, and those whose note does. FTS5 cannot OR its MATCH with
        // other rows, so the index answers a subquery and no longer leads: no
        // bm25, and Relevance lists these newest first. Notes are few, and only a
        // search whose words a note holds takes this way.
        s.add(QStringLiteral("(a.search_key IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?) OR ")
                + idInArray + u')',
            { query.matchExpression(expand), idArray(filter.noteWordArticles) });
        addCriteria(s, filter, without);
        addCriteria(s, query.fields, without);
        addNoteField(s);
        return s;
    }
    if (query.hasPositive()) {
        // The index leads: its rows come newest first, and every other criterion
        // is a test on its rowid. Years are a range of search keys; the rest is
        // one set of keys, built once (the + keeps SQLite from looking each key
        // up in the index instead, a query per key).
        s.text = true;
        s.add(QStringLiteral("article_fts MATCH ?"), { query.matchExpression(expand) });
        Selection rest;
        ArticleFilter f = filter;
        ArticleFilter fields = query.fields;
        for (ArticleFilter *x : { &f, &fields }) {
            if (without == Without::Years || (x->yearFrom == 0 && x->yearTo == 0))
                continue;
            s.add(QStringLiteral("article_fts.rowid >= ?"),
                { x->yearFrom > 0 ? searchKeyFor(x->yearFrom * 10000, 0) : firstDatedSearchKey });
            if (x->yearTo > 0)
                s.add(QStringLiteral("article_fts.rowid < ?"), { searchKeyFor((x->yearTo + 1) * 10000, 0) });
            x->yearFrom = x->yearTo = 0;
        }
        for (ArticleFilter *x : { &f, &fields }) {
            addKeySets(s, *x, without);
            x->country.clear();
            x->region.clear();
            x->topic.clear();
            x->publisher.clear();
            x->publisherLike.clear();
        }
        addCriteria(rest, f, without);
        addCriteria(rest, fields, without);
        addNoteField(rest);
        if (!rest.where.isEmpty()) {
            s.add(
                QStringLiteral("+article_fts.rowid IN (SELECT a.search_key FROM ") + rest.clause() + u')', rest.values);
        }
        return s;
    }
    if (!query.clauses.isEmpty()) {
        // Only exclusions: FTS5 cannot say NOT without something to take from.
        s.add(QStringLiteral("a.search_key NOT IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)"),
            { query.exclusionExpression(expand) });
    }
    addCriteria(s, filter, without);
    addCriteria(s, query.fields, without);
    addNoteField(s);
    return s;
}

} // namespace Vigil::Core::Storage
