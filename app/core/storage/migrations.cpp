#include "migrations.h"

#include "articlebody.h"
#include "sqlsupport.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <iterator>

namespace Vigil::Core::Migrations {

using namespace Storage;

namespace {

// Version 1: the base tables.
//
// Lists that are only ever read whole with their owner (authors, notes, links,
// accessed dates, aliases) are JSON arrays in a column; lists that are queried or
// joined (publishers, countries, topics, paragraphs) are tables. Child tables are
// WITHOUT ROWID with (owner, position) as key, which keeps an article's rows
// together on disk and in order. Foreign keys into the reference tables are
// DEFERRABLE so that writeReferenceData can empty and refill them in one
// transaction; the check happens at COMMIT.
const char16_t *const schemaV1[] = {
    uR"(CREATE TABLE vigil_meta (
        key   TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
    ) WITHOUT ROWID)",

    uR"(CREATE TABLE regions (
        code        TEXT PRIMARY KEY NOT NULL,
        name        TEXT NOT NULL,
        parent_code TEXT REFERENCES regions(code) DEFERRABLE INITIALLY DEFERRED
    ))",
    uR"(CREATE INDEX regions_parent ON regions(parent_code))",

    uR"(CREATE TABLE countries (
        code          TEXT PRIMARY KEY NOT NULL,
        name          TEXT NOT NULL,
        official_name TEXT NOT NULL DEFAULT '',
        region_code   TEXT REFERENCES regions(code) DEFERRABLE INITIALLY DEFERRED,
        aliases       TEXT NOT NULL DEFAULT '[]'
    ))",
    uR"(CREATE INDEX countries_region ON countries(region_code))",

    uR"(CREATE TABLE topics (
        id    TEXT PRIMARY KEY NOT NULL,
        label TEXT NOT NULL
    ))",

    uR"(CREATE TABLE pages (
        key           TEXT PRIMARY KEY NOT NULL,
        site_title    TEXT NOT NULL DEFAULT '',
        title         TEXT NOT NULL DEFAULT '',
        tagline       TEXT NOT NULL DEFAULT '',
        coverage      TEXT NOT NULL DEFAULT '',
        coverage_from INTEGER NOT NULL DEFAULT 0,
        coverage_to   INTEGER NOT NULL DEFAULT 0,
        caution       TEXT NOT NULL DEFAULT '',
        student_note  TEXT NOT NULL DEFAULT '[]',
        fair_use      TEXT NOT NULL DEFAULT '',
        citation      TEXT NOT NULL DEFAULT ''
    ))",

    uR"(CREATE TABLE page_countries (
        page_key     TEXT NOT NULL REFERENCES pages(key) ON DELETE CASCADE,
        position     INTEGER NOT NULL,
        country_code TEXT NOT NULL REFERENCES countries(code) DEFERRABLE INITIALLY DEFERRED,
        PRIMARY KEY (page_key, position)
    ) WITHOUT ROWID)",
    uR"(CREATE INDEX page_countries_country ON page_countries(country_code))",

    uR"(CREATE TABLE profiles (
        page_key            TEXT NOT NULL REFERENCES pages(key) ON DELETE CASCADE,
        position            INTEGER NOT NULL,
        country_code        TEXT REFERENCES countries(code) DEFERRABLE INITIALLY DEFERRED,
        official_name       TEXT NOT NULL DEFAULT '',
        background          TEXT NOT NULL DEFAULT '[]',
        background_citation TEXT NOT NULL DEFAULT '',
        tip_excerpt         TEXT NOT NULL DEFAULT '',
        tip_citation        TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (page_key, position)
    ) WITHOUT ROWID)",
    uR"(CREATE INDEX profiles_country ON profiles(country_code))",

    uR"(CREATE TABLE publishers (
        id   INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE
    ))",

    uR"(CREATE TABLE articles (
        id                 INTEGER PRIMARY KEY,
        page_key           TEXT NOT NULL REFERENCES pages(key) ON DELETE CASCADE,
        ordinal            INTEGER NOT NULL,
        line               INTEGER NOT NULL DEFAULT 0,
        title              TEXT NOT NULL,
        is_pdf             INTEGER NOT NULL DEFAULT 0 CHECK (is_pdf IN (0, 1)),
        featured           INTEGER NOT NULL DEFAULT 0 CHECK (featured IN (0, 1)),
        byline             TEXT NOT NULL DEFAULT '',
        authors            TEXT NOT NULL DEFAULT '[]',
        dateline           TEXT NOT NULL DEFAULT '',
        identifiers        TEXT NOT NULL DEFAULT '[]',
        byline_notes       TEXT NOT NULL DEFAULT '[]',
        date_iso           TEXT,
        date_precision     TEXT NOT NULL DEFAULT 'none'
                           CHECK (date_precision IN ('none', 'year', 'month', 'day')),
        date_sort          INTEGER NOT NULL DEFAULT 0,
        accessed           TEXT NOT NULL DEFAULT '[]',
        access_unavailable INTEGER NOT NULL DEFAULT 0 CHECK (access_unavailable IN (0, 1)),
        archived_copy_note INTEGER NOT NULL DEFAULT 0 CHECK (archived_copy_note IN (0, 1)),
        notes              TEXT NOT NULL DEFAULT '[]',
        links              TEXT NOT NULL DEFAULT '[]'
    ))",
    // Also the order of articles(): page, then position on the page.
    uR"(CREATE UNIQUE INDEX articles_page_ordinal ON articles(page_key, ordinal))",
    uR"(CREATE INDEX articles_date ON articles(date_sort))",

    uR"(CREATE TABLE article_publishers (
        article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        position     INTEGER NOT NULL,
        publisher_id INTEGER NOT NULL REFERENCES publishers(id),
        PRIMARY KEY (article_id, position)
    ) WITHOUT ROWID)",
    uR"(CREATE INDEX article_publishers_publisher ON article_publishers(publisher_id))",

    uR"(CREATE TABLE paragraphs (
        article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        position      INTEGER NOT NULL,
        text          TEXT NOT NULL,
        page_no       INTEGER,
        section       TEXT,
        section_label TEXT,
        PRIMARY KEY (article_id, position)
    ) WITHOUT ROWID)",

    uR"(CREATE TABLE article_countries (
        article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        position     INTEGER NOT NULL,
        country_code TEXT NOT NULL REFERENCES countries(code) DEFERRABLE INITIALLY DEFERRED,
        PRIMARY KEY (article_id, position)
    ) WITHOUT ROWID)",
    uR"(CREATE INDEX article_countries_country ON article_countries(country_code, article_id))",

    uR"(CREATE TABLE article_topics (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        position   INTEGER NOT NULL,
        topic_id   TEXT NOT NULL REFERENCES topics(id) DEFERRABLE INITIALLY DEFERRED,
        PRIMARY KEY (article_id, position)
    ) WITHOUT ROWID)",
    uR"(CREATE INDEX article_topics_topic ON article_topics(topic_id, article_id))",

    // page_key NULL: curated (data/hotlines.json); otherwise read from that page.
    uR"(CREATE TABLE hotlines (
        id           INTEGER PRIMARY KEY,
        country_code TEXT REFERENCES countries(code) DEFERRABLE INITIALLY DEFERRED,
        label        TEXT NOT NULL DEFAULT '',
        e164         TEXT NOT NULL,
        display      TEXT NOT NULL DEFAULT '',
        source       TEXT NOT NULL DEFAULT '',
        as_of        TEXT,
        page_key     TEXT REFERENCES pages(key) ON DELETE CASCADE
    ))",
    uR"(CREATE INDEX hotlines_country ON hotlines(country_code, e164))",
    uR"(CREATE INDEX hotlines_page ON hotlines(page_key))",

    uR"(INSERT INTO vigil_meta (key, value) VALUES ('format', 'vigil-library'))",
};

bool runAll(QSqlDatabase &db, const char16_t *const *begin, const char16_t *const *end, QString *error)
{
    for (auto it = begin; it != end; ++it) {
        QSqlQuery q(db);
        if (!run(q, QString::fromUtf16(*it), error))
            return false;
    }
    return true;
}

bool stepCreateBaseTables(QSqlDatabase &db, QString *error)
{
    return runAll(db, std::begin(schemaV1), std::end(schemaV1), error);
}

// Version 2: full-text search. rowid is the article id. remove_diacritics 2 makes
// "pristina" find "PRIŠTINA" and the other way round; the prefix indexes serve
// the search-as-you-type prefix on the last word.
bool stepAddSearchIndex(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!run(q,
            QStringLiteral("CREATE VIRTUAL TABLE article_fts USING fts5(title, byline, body, "
                           "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"),
            error)) {
        return false;
    }
    return fillSearchIndex(db, error);
}

// Version 3: searches that show their first rows at once at 100,000 articles,
// in a file about half the size schema 2 would need.
// - The index is contentless: the text is kept once, compressed, in
//   article_bodies (paragraphs moves there). Snippets are cut from the bodies of
//   the rows on screen (search/snippet.h), never by FTS5.
// - No prefix indexes, which would double the index: the unfinished last word is
//   expanded through search_terms, the index's vocabulary with document counts
//   (refreshed by vacuum), into the whole words it stands for.
// - The index's rowid is articles.search_key, date first (see articlebody.h), so
//   a search streams its matches newest first without sorting them.
bool stepCompactSearch(QSqlDatabase &db, QString *error)
{
    const char16_t *const statements[] = {
        u"ALTER TABLE articles ADD COLUMN search_key INTEGER",
        uR"(CREATE TABLE article_bodies (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            paragraphs BLOB NOT NULL
        ))",
        // zstd dictionaries that bodies are compressed with (articlebody.h).
        uR"(CREATE TABLE body_dictionaries (
            id INTEGER PRIMARY KEY,
            dictionary BLOB NOT NULL
        ))",
        uR"(CREATE TABLE search_terms (
            term TEXT PRIMARY KEY NOT NULL,
            docs INTEGER NOT NULL
        ) WITHOUT ROWID)",
        u"DROP TABLE article_fts",
        // body first: a posting outside the first column carries two bytes to say
        // which column, and nearly every posting is in the body (50 MB at 100,000).
        u"CREATE VIRTUAL TABLE article_fts USING fts5(body, title, byline, content = '', "
        u"tokenize = 'unicode61 remove_diacritics 2')",
    };
    if (!runAll(db, std::begin(statements), std::end(statements), error))
        return false;

    QHash<qint64, QList<Paragraph>> bodies;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!run(q,
                QStringLiteral("SELECT article_id, text, page_no, section, section_label FROM paragraphs "
                               "ORDER BY article_id, position"),
                error)) {
            return false;
        }
        while (q.next()) {
            bodies[q.value(0).toLongLong()].append(
                { q.value(1).toString(), q.value(2).toInt(), q.value(3).toString(), q.value(4).toString() });
        }
    }
    QSqlQuery articles(db);
    articles.setForwardOnly(true);
    if (!run(articles, QStringLiteral("SELECT id, date_sort, title, byline FROM articles ORDER BY id"), error))
        return false;
    QSqlQuery setKey(db);
    QSqlQuery body(db);
    BodyCodec codec(db);
    QSqlQuery index(db);
    if (!prepare(setKey, QStringLiteral("UPDATE articles SET search_key = ? WHERE id = ?"), error)
        || !prepare(body, QStringLiteral("INSERT INTO article_bodies (article_id, paragraphs) VALUES (?, ?)"), error)
        || !prepare(
            index, QStringLiteral("INSERT INTO article_fts (rowid, title, byline, body) VALUES (?, ?, ?, ?)"), error)
        || !codec.load(error)) {
        return false;
    }
    QSet<qint64> used;
    while (articles.next()) {
        const qint64 id = articles.value(0).toLongLong();
        qint64 key = searchKeyFor(articles.value(1).toInt(), id);
        while (used.contains(key))
            ++key;
        used.insert(key);
        const QList<Paragraph> paragraphs = bodies.value(id);
        QStringList texts;
        for (const Paragraph &p : paragraphs)
            texts.append(p.text);
        setKey.bindValue(0, key);
        setKey.bindValue(1, id);
        body.bindValue(0, id);
        body.bindValue(1, codec.pack(paragraphs));
        index.bindValue(0, key);
        index.bindValue(1, searchText(articles.value(2).toString()));
        index.bindValue(2, searchText(articles.value(3).toString()));
        index.bindValue(3, searchBody(texts));
        if (!execPrepared(setKey, error) || !execPrepared(body, error) || !execPrepared(index, error))
            return false;
    }
    const char16_t *const finish[] = {
        u"DROP TABLE paragraphs",
        u"CREATE UNIQUE INDEX articles_search_key ON articles(search_key)",
        // A search filtered by country, topic or publisher tests the index's rowids
        // against these sets, read straight from an index, with no article looked up.
        u"ALTER TABLE article_countries ADD COLUMN search_key INTEGER",
        u"ALTER TABLE article_topics ADD COLUMN search_key INTEGER",
        u"ALTER TABLE article_publishers ADD COLUMN search_key INTEGER",
        u"UPDATE article_countries SET search_key = (SELECT search_key FROM articles WHERE id = article_id)",
        u"UPDATE article_topics SET search_key = (SELECT search_key FROM articles WHERE id = article_id)",
        u"UPDATE article_publishers SET search_key = (SELECT search_key FROM articles WHERE id = article_id)",
        u"CREATE INDEX article_countries_key ON article_countries(country_code, search_key)",
        u"CREATE INDEX article_topics_key ON article_topics(topic_id, search_key)",
        u"CREATE INDEX article_publishers_key ON article_publishers(publisher_id, search_key)",
        // The tables are WITHOUT ROWID, so these indexes also hold each row's
        // article_id: they answer everything the older ones did (7 MB at 100,000).
        u"DROP INDEX article_countries_country",
        u"DROP INDEX article_topics_topic",
        u"DROP INDEX article_publishers_publisher",
        // is:pdf and is:featured as sets of search keys, without reading every article.
        u"CREATE INDEX articles_pdf ON articles(search_key) WHERE is_pdf = 1",
        u"CREATE INDEX articles_featured ON articles(search_key) WHERE featured = 1",
    };
    return runAll(db, std::begin(finish), std::end(finish), error) && refreshSearchTerms(db, error);
}

// Version 4: the index holds the text folded as the query is (sqlsupport.h
// searchText), so "dakovica" finds "Đakovica", "lodz" "Łódź" and Serbian
// Cyrillic Latin text. A contentless index forgets a row only given the values it
// was indexed with, so the whole index is made again, never patched.
bool stepFoldSearchIndex(QSqlDatabase &db, QString *error)
{
    QSqlQuery clear(db);
    if (!run(clear, QStringLiteral("INSERT INTO article_fts (article_fts) VALUES ('delete-all')"), error))
        return false;
    QSqlQuery articles(db);
    articles.setForwardOnly(true);
    BodyCodec codec(db);
    QSqlQuery index(db);
    if (!codec.load(error)
        || !run(articles,
            QStringLiteral("SELECT a.search_key, a.title, a.byline, b.paragraphs FROM articles a "
                           "LEFT JOIN article_bodies b ON b.article_id = a.id"),
            error)
        || !prepare(
            index, QStringLiteral("INSERT INTO article_fts (rowid, title, byline, body) VALUES (?, ?, ?, ?)"), error)) {
        return false;
    }
    while (articles.next()) {
        QStringList texts;
        for (const Paragraph &p : codec.unpack(articles.value(3).toByteArray()))
            texts.append(p.text);
        index.bindValue(0, articles.value(0).toLongLong());
        index.bindValue(1, searchText(articles.value(1).toString()));
        index.bindValue(2, searchText(articles.value(2).toString()));
        index.bindValue(3, searchBody(texts));
        if (!execPrepared(index, error))
            return false;
    }
    return refreshSearchTerms(db, error);
}

struct Step
{
    int version;
    bool (*apply)(QSqlDatabase &db, QString *error);
};

constexpr Step steps[] = {
    { 1, stepCreateBaseTables },
    { 2, stepAddSearchIndex },
    { 3, stepCompactSearch },
    { 4, stepFoldSearchIndex },
};
static_assert(std::size(steps) == latestVersion, "one step per schema version");

} // namespace

QString formatKey()
{
    return QStringLiteral("format");
}

QString formatValue()
{
    return QStringLiteral("vigil-library");
}

bool readUserVersion(const QSqlDatabase &db, int *version, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!run(q, QStringLiteral("PRAGMA user_version"), error))
        return false;
    if (!q.next()) {
        setError(error, QStringLiteral("PRAGMA user_version gave no row"));
        return false;
    }
    *version = q.value(0).toInt();
    return true;
}

bool fillSearchIndex(QSqlDatabase &db, QString *error)
{
    QSqlQuery clear(db);
    if (!run(clear, QStringLiteral("DELETE FROM article_fts"), error))
        return false;

    // Joined here rather than with group_concat, whose order SQLite does not promise.
    QHash<qint64, QStringList> bodies;
    QSqlQuery paragraphs(db);
    paragraphs.setForwardOnly(true);
    if (!run(paragraphs, QStringLiteral("SELECT article_id, text FROM paragraphs ORDER BY article_id, position"),
            error)) {
        return false;
    }
    while (paragraphs.next())
        bodies[paragraphs.value(0).toLongLong()].append(paragraphs.value(1).toString());

    QSqlQuery articles(db);
    articles.setForwardOnly(true);
    if (!run(articles, QStringLiteral("SELECT id, title, byline FROM articles ORDER BY id"), error))
        return false;
    QSqlQuery insert(db);
    if (!prepare(insert,
            QStringLiteral("INSERT INTO article_fts (rowid, title, byline, body) "
                           "VALUES (?, ?, ?, ?)"),
            error)) {
        return false;
    }
    while (articles.next()) {
        const qint64 id = articles.value(0).toLongLong();
        insert.addBindValue(id);
        insert.addBindValue(searchText(articles.value(1).toString()));
        insert.addBindValue(searchText(articles.value(2).toString()));
        insert.addBindValue(searchBody(bodies.value(id)));
        if (!execPrepared(insert, error))
            return false;
    }
    return true;
}

bool refreshSearchTerms(QSqlDatabase &db, QString *error)
{
    const char16_t *const statements[] = {
        u"DROP TABLE IF EXISTS temp.search_vocabulary",
        u"CREATE VIRTUAL TABLE temp.search_vocabulary USING fts5vocab(main, article_fts, row)",
        u"DELETE FROM search_terms",
        u"INSERT INTO search_terms (term, docs) SELECT term, doc FROM temp.search_vocabulary",
        u"DROP TABLE temp.search_vocabulary",
        u"INSERT OR REPLACE INTO vigil_meta (key, value) VALUES ('search_terms', 'fresh')",
    };
    return runAll(db, std::begin(statements), std::end(statements), error);
}

bool migrate(QSqlDatabase &db, int fromVersion, int targetVersion, QString *error)
{
    for (const Step &step : steps) {
        if (step.version <= fromVersion || step.version > targetVersion)
            continue;
        Transaction transaction(db);
        if (!transaction.isActive()) {
            setError(error, QStringLiteral("cannot start a transaction: %1").arg(transaction.beginError()));
            return false;
        }
        QString reason;
        bool ok = step.apply(db, &reason);
        if (ok) {
            // user_version lives in the file header, which is part of the transaction.
            QSqlQuery q(db);
            ok = run(q, QStringLiteral("PRAGMA user_version = %1").arg(step.version), &reason);
        }
        ok = ok && transaction.commit(&reason);
        if (!ok) {
            setError(error,
                QStringLiteral("upgrading the library to schema version %1 failed: %2").arg(step.version).arg(reason));
            return false;
        }
        // Upgrading a user's file is worth a line in the log; creating a new one is not.
        if (fromVersion > 0)
            qCInfo(lcStorage) << "library schema upgraded to version" << step.version;
    }
    return true;
}

} // namespace Vigil::Core::Migrations
