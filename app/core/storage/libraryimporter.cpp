#include "libraryimporter.h"

#include "articlerows.h"
#include "libraryconnection.h"
#include "sqlsupport.h"

#include <QSqlError>
#include <QSqlQuery>

#include <initializer_list>

namespace Vigil::Core {

using namespace Storage;

namespace {

bool insertHotlines(QSqlDatabase &db, const QList<Hotline> &hotlines, const QString &pageKey, QString *error)
{
    QSqlQuery q(db);
    if (!prepare(q,
            QStringLiteral("INSERT INTO hotlines (country_code, label, e164, display, source, "
                           "as_of, page_key) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            error)) {
        return false;
    }
    for (const Hotline &h : hotlines) {
        q.bindValue(0, textOrNull(h.country));
        q.bindValue(1, text(h.label));
        q.bindValue(2, text(h.e164));
        q.bindValue(3, text(h.display));
        q.bindValue(4, text(h.source));
        q.bindValue(5, textOrNull(h.asOf.toIso()));
        q.bindValue(6, textOrNull(pageKey));
        if (!execPrepared(q, error)) {
            setError(error, QStringLiteral("hotline %1: %2").arg(h.e164, error ? *error : QString()));
            return false;
        }
    }
    return true;
}

bool runEach(
    QSqlDatabase &db, std::initializer_list<const char16_t *> statements, const QVariantList &values, QString *error)
{
    for (const char16_t *sql : statements) {
        QSqlQuery q(db);
        if (!prepare(q, QString::fromUtf16(sql), error))
            return false;
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!execPrepared(q, error))
            return false;
    }
    return true;
}

bool writePageRow(QSqlDatabase &db, const Page &page, QString *error)
{
    QSqlQuery q(db);
    // An upsert, not INSERT OR REPLACE: a replace deletes the row first and would
    // cascade to everything that refers to the page.
    if (!prepare(q,
            QStringLiteral("INSERT INTO pages (key, site_title, title, tagline, coverage, coverage_from, "
                           "coverage_to, caution, student_note, fair_use, citation) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
                           "site_title = excluded.site_title, title = excluded.title, "
                           "tagline = excluded.tagline, coverage = excluded.coverage, "
                           "coverage_from = excluded.coverage_from, coverage_to = excluded.coverage_to, "
                           "caution = excluded.caution, student_note = excluded.student_note, "
                           "fair_use = excluded.fair_use, citation = excluded.citation"),
            error)) {
        return false;
    }
    const QVariantList values = { page.key, text(page.siteTitle), text(page.title), text(page.tagline),
        text(page.coverage), page.coverageFrom, page.coverageTo, text(page.caution), toJson(page.studentNote),
        text(page.fairUse), text(page.citation) };
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!execPrepared(q, error))
        return false;

    QSqlQuery country(db);
    if (!prepare(country,
            QStringLiteral("INSERT INTO page_countries (page_key, position, country_code) "
                           "VALUES (?, ?, ?)"),
            error)) {
        return false;
    }
    for (int i = 0; i < page.countries.size(); ++i) {
        country.bindValue(0, page.key);
        country.bindValue(1, i);
        country.bindValue(2, text(page.countries.at(i)));
        if (!execPrepared(country, error))
            return false;
    }

    QSqlQuery profile(db);
    if (!prepare(profile,
            QStringLiteral("INSERT INTO profiles (page_key, position, country_code, "
                           "official_name, background, background_citation, tip_excerpt, "
                           "tip_citation) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            error)) {
        return false;
    }
    for (int i = 0; i < page.profiles.size(); ++i) {
        const CountryProfile &p = page.profiles.at(i);
        profile.bindValue(0, page.key);
        profile.bindValue(1, i);
        profile.bindValue(2, textOrNull(p.country));
        profile.bindValue(3, text(p.officialName));
        profile.bindValue(4, toJson(p.background));
        profile.bindValue(5, text(p.backgroundCitation));
        profile.bindValue(6, text(p.tipExcerpt));
        profile.bindValue(7, text(p.tipCitation));
        if (!execPrepared(profile, error))
            return false;
    }
    return true;
}

// Ids are computed by the parser from page and title, so a clash is a parser or
// source problem worth naming precisely.
QString duplicateIdReason(const QSqlDatabase &db, const QString &pageKey, qint64 id, const QString &sqliteReason)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QString reason;
    if (!run(q, QStringLiteral("SELECT page_key, ordinal FROM articles WHERE id = ?"), { id }, &reason)) {
        return QStringLiteral("%1 (the entry that holds this id could not be read: %2)").arg(sqliteReason, reason);
    }
    if (!q.next())
        return sqliteReason;
    const QString owner = q.value(0).toString();
    if (owner == pageKey) {
        return QStringLiteral("its id is also the id of entry %1 of the same page (two entries "
                              "with the same title?)")
            .arg(q.value(1).toInt());
    }
    return QStringLiteral("its id is already used by entry %1 of page “%2”").arg(q.value(1).toInt()).arg(owner);
}

// Publishers no article names any more.
bool prunePublishers(QSqlDatabase &db, QString *error)
{
    return runEach(db,
        { u"DELETE FROM publishers WHERE NOT EXISTS "
          u"(SELECT 1 FROM article_publishers ap WHERE ap.publisher_id = publishers.id)" },
        {}, error);
}

// Everything a page brought but its row in pages: what importing it again
// replaces and removing it takes away.
bool deletePageContents(QSqlDatabase &db, const QString &pageKey, QString *error)
{
    // The search index has no foreign key to cascade through, so it goes first,
    // while the ids of the page's old articles can still be found.
    if (!unindexPage(db, pageKey, error)
        || !runEach(
            db, { u"INSERT OR REPLACE INTO vigil_meta (key, value) VALUES ('search_terms', 'stale')" }, {}, error)) {
        return false;
    }
    // Deleting the articles cascades to paragraphs, publishers, countries and topics.
    return runEach(db,
        { u"DELETE FROM articles WHERE page_key = ?", u"DELETE FROM hotlines WHERE page_key = ?",
            u"DELETE FROM page_countries WHERE page_key = ?", u"DELETE FROM profiles WHERE page_key = ?" },
        { pageKey }, error);
}

bool importPageRows(QSqlDatabase &db, const Page &page, QString *error)
{
    if (!deletePageContents(db, page.key, error) || !writePageRow(db, page, error))
        return false;

    ArticleWriter writer(db);
    if (!writer.prepare(error))
        return false;
    QList<const QList<Paragraph> *> bodies;
    for (const Article &a : page.articles)
        bodies.append(&a.paragraphs);
    if (!writer.codec().trainIfWorthIt(bodies, error))
        return false;
    for (const Article &a : page.articles) {
        QString reason;
        if (!writer.write(page.key, a, &reason)) {
            if (reason.contains(QStringLiteral("articles.id")))
                reason = duplicateIdReason(db, page.key, a.id, reason);
            setError(error,
                QStringLiteral("entry %1 (line %2, id %3, “%4”): %5")
                    .arg(a.ordinal)
                    .arg(a.line)
                    .arg(a.id)
                    .arg(a.title, reason));
            return false;
        }
    }
    return insertHotlines(db, page.hotlines, page.key, error) && prunePublishers(db, error);
}

} // namespace

LibraryImporter::LibraryImporter(LibraryConnection &connection)
    : m_connection(connection)
{
}

bool LibraryImporter::writeReferenceData(const ReferenceData &data, QString *error)
{
    if (const QString why = m_connection.whyNotWritable(QStringLiteral("write the reference data")); !why.isEmpty()) {
        setError(error, why);
        return false;
    }
    QSqlDatabase d = m_connection.database();
    Transaction transaction(d);
    if (!transaction.isActive()) {
        setError(error, QStringLiteral("Cannot write the reference data: %1").arg(transaction.beginError()));
        return false;
    }
    QString reason;
    // The foreign keys into these tables are deferred: emptying them is fine as
    // long as the new rows cover every code in use by COMMIT.
    bool ok = runEach(d, { u"DELETE FROM countries", u"DELETE FROM regions", u"DELETE FROM topics" }, {}, &reason);
    if (ok) {
        QSqlQuery q(d);
        ok = prepare(q,
            QStringLiteral("INSERT INTO regions (code, name, parent_code) "
                           "VALUES (?, ?, ?)"),
            &reason);
        for (int i = 0; ok && i < data.regions().size(); ++i) {
            const Region &r = data.regions().at(i);
            q.bindValue(0, text(r.code));
            q.bindValue(1, text(r.name));
            q.bindValue(2, textOrNull(r.parentCode));
            ok = execPrepared(q, &reason);
            if (!ok)
                reason = QStringLiteral("region %1: %2").arg(r.code, reason);
        }
    }
    if (ok) {
        QSqlQuery q(d);
        ok = prepare(q,
            QStringLiteral("INSERT INTO countries (code, name, official_name, "
                           "region_code, aliases) VALUES (?, ?, ?, ?, ?)"),
            &reason);
        for (int i = 0; ok && i < data.countries().size(); ++i) {
            const CountryInfo &c = data.countries().at(i);
            q.bindValue(0, text(c.code));
            q.bindValue(1, text(c.name));
            q.bindValue(2, text(c.officialName));
            q.bindValue(3, textOrNull(c.regionCode));
            q.bindValue(4, toJson(c.aliases));
            ok = execPrepared(q, &reason);
            if (!ok)
                reason = QStringLiteral("country %1: %2").arg(c.code, reason);
        }
    }
    if (ok) {
        QSqlQuery q(d);
        ok = prepare(q, QStringLiteral("INSERT INTO topics (id, label) VALUES (?, ?)"), &reason);
        for (int i = 0; ok && i < data.topics().size(); ++i) {
            const Topic &t = data.topics().at(i);
            q.bindValue(0, text(t.id));
            q.bindValue(1, text(t.label));
            ok = execPrepared(q, &reason);
            if (!ok)
                reason = QStringLiteral("topic %1: %2").arg(t.id, reason);
        }
    }
    ok = ok && transaction.commit(&reason);
    m_connection.noteWrite();
    if (!ok) {
        setError(error,
            QStringLiteral("Writing the reference data failed, the library is "
                           "unchanged: %1")
                .arg(reason));
    }
    return ok;
}

bool LibraryImporter::importPage(const Page &page, QString *error)
{
    if (const QString why = m_connection.whyNotWritable(QStringLiteral("import page “%1”").arg(page.key));
        !why.isEmpty()) {
        setError(error, why);
        return false;
    }
    if (page.key.isEmpty()) {
        setError(error, QStringLiteral("Cannot import a page without a key."));
        return false;
    }
    QSqlDatabase d = m_connection.database();
    Transaction transaction(d);
    if (!transaction.isActive()) {
        setError(error, QStringLiteral("Cannot import page “%1”: %2").arg(page.key, transaction.beginError()));
        return false;
    }
    QString reason;
    bool ok = importPageRows(d, page, &reason);
    if (ok)
        m_connection.setSearchTermsFresh(false); // until vacuum() reads the vocabulary again
    ok = ok && transaction.commit(&reason);
    m_connection.noteWrite();
    if (!ok) {
        setError(
            error, QStringLiteral("Importing page “%1” failed, the library is unchanged: %2").arg(page.key, reason));
        qCWarning(lcStorage).noquote() << "import of" << page.key << "rolled back:" << reason;
    }
    return ok;
}

bool LibraryImporter::removePage(const QString &key, int *removedArticles, QString *error)
{
    if (const QString why = m_connection.whyNotWritable(QStringLiteral("remove page “%1”").arg(key)); !why.isEmpty()) {
        setError(error, why);
        return false;
    }
    QSqlDatabase d = m_connection.database();
    Transaction transaction(d);
    if (!transaction.isActive()) {
        setError(error, QStringLiteral("Cannot remove page “%1”: %2").arg(key, transaction.beginError()));
        return false;
    }
    QSqlQuery count(d);
    QString reason;
    bool ok = prepare(count,
        QStringLiteral("SELECT (SELECT count(*) FROM pages WHERE key = ?), "
                       "(SELECT count(*) FROM articles WHERE page_key = ?)"),
        &reason);
    if (ok) {
        count.addBindValue(key);
        count.addBindValue(key);
        ok = execPrepared(count, &reason) && count.next();
    }
    if (ok && count.value(0).toInt() == 0) {
        setError(error, QStringLiteral("The library has no page “%1”; `vigil-library pages` lists them.").arg(key));
        return false;
    }
    const int articles = ok ? count.value(1).toInt() : 0;
    count.finish();
    ok = ok && deletePageContents(d, key, &reason)
        && runEach(d, { u"DELETE FROM pages WHERE key = ?" }, { key }, &reason) && prunePublishers(d, &reason);
    if (ok)
        m_connection.setSearchTermsFresh(false);
    ok = ok && transaction.commit(&reason);
    m_connection.noteWrite();
    if (!ok) {
        setError(error, QStringLiteral("Removing page “%1” failed, the library is unchanged: %2").arg(key, reason));
        return false;
    }
    if (removedArticles)
        *removedArticles = articles;
    return true;
}

bool LibraryImporter::importCuratedEntries(const QList<CuratedHotline> &entries, QString *error)
{
    QList<Hotline> hotlines;
    QSqlQuery title(m_connection.database());
    title.setForwardOnly(true);
    if (!prepare(title, QStringLiteral("SELECT title FROM pages WHERE key = ?"), error))
        return false;
    for (const CuratedHotline &c : entries) {
        Hotline h = c.hotline;
        if (h.source.isEmpty() && !c.page.isEmpty()) {
            title.bindValue(0, c.page);
            if (!execPrepared(title, error))
                return false;
            if (!title.next()) {
                setError(error,
                    QStringLiteral("Cannot import the curated hotlines: hotline %1 was checked against page “%2”, "
                                   "which is not in the library")
                        .arg(h.e164, c.page));
                return false;
            }
            h.source = Hotline::sourceFromPage(title.value(0).toString(), c.section);
            title.finish();
        }
        hotlines.append(h);
    }
    return importCuratedHotlines(hotlines, error);
}

bool LibraryImporter::importCuratedHotlines(const QList<Hotline> &hotlines, QString *error)
{
    if (const QString why = m_connection.whyNotWritable(QStringLiteral("import the curated hotlines"));
        !why.isEmpty()) {
        setError(error, why);
        return false;
    }
    QSqlDatabase d = m_connection.database();
    Transaction transaction(d);
    if (!transaction.isActive()) {
        setError(error, QStringLiteral("Cannot import the curated hotlines: %1").arg(transaction.beginError()));
        return false;
    }
    QString reason;
    const bool ok = runEach(d, { u"DELETE FROM hotlines WHERE page_key IS NULL" }, {}, &reason)
        && insertHotlines(d, hotlines, QString(), &reason) && transaction.commit(&reason);
    m_connection.noteWrite();
    if (!ok) {
        setError(error,
            QStringLiteral("Importing the curated hotlines failed, the library is "
                           "unchanged: %1")
                .arg(reason));
    }
    return ok;
}

} // namespace Vigil::Core
