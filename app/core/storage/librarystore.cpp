#include "librarystore.h"

#include "articlerows.h"
#include "migrations.h"
#include "sqlsupport.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <initializer_list>

namespace Vigil::Core {

Q_LOGGING_CATEGORY(lcStorage, "vigil.core.storage")

using namespace Storage;

static_assert(LibraryStore::currentSchemaVersion == Migrations::latestVersion,
              "the store and the migrations must agree on the schema version");

namespace {

const QString driverName = QStringLiteral("QSQLITE");

// More words than anyone types; past this a pasted text only makes a slow query.
constexpr int maxSearchTokens = 32;

QString quoted(const QString &path)
{
    return QStringLiteral("“%1”").arg(QDir::toNativeSeparators(path));
}

QString newConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("vigil-library-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool isMark(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

// The words of a search text: runs of letters and digits (with their combining
// marks). Everything else, FTS5 syntax included, is a separator, so no input can
// reach the query parser as anything but quoted words.
QStringList searchTokens(const QString &text)
{
    QStringList tokens;
    QString current;
    const QList<uint> codePoints = text.normalized(QString::NormalizationForm_C).toUcs4();
    for (const uint u : codePoints) {
        const auto c = static_cast<char32_t>(u);
        if (QChar::isLetterOrNumber(c) || (!current.isEmpty() && isMark(c))) {
            current.append(QString::fromUcs4(&c, 1));
        } else if (!current.isEmpty()) {
            tokens.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        tokens.append(current);
    if (tokens.size() > maxSearchTokens)
        tokens.resize(maxSearchTokens);
    return tokens;
}

QString matchExpression(const QStringList &tokens)
{
    QStringList terms;
    for (const QString &token : tokens) {
        QString escaped = token;
        escaped.replace(u'"', QStringLiteral("\"\""));
        terms.append(u'"' + escaped + u'"');
    }
    // The last word is still being typed.
    terms.last().append(u'*');
    return terms.join(QStringLiteral(" AND "));
}

bool insertHotlines(QSqlDatabase &db, const QList<Hotline> &hotlines, const QString &pageKey,
                    QString *error)
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

bool readHotlines(const QSqlDatabase &db, const QString &where, const QVariantList &values,
                  QList<Hotline> *out)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Curated rows first: where a page repeats a curated number, the curated one wins.
    const QString sql =
        QStringLiteral("SELECT country_code, label, e164, display, source, as_of FROM hotlines %1 "
                       "ORDER BY country_code, page_key IS NOT NULL, page_key, id")
            .arg(where);
    if (!runLogged(q, sql, values))
        return false;
    while (q.next()) {
        Hotline h;
        h.country = q.value(0).toString();
        h.label = q.value(1).toString();
        h.e164 = q.value(2).toString();
        h.display = q.value(3).toString();
        h.source = q.value(4).toString();
        h.asOf = PartialDate::fromIso(q.value(5).toString());
        out->append(h);
    }
    return true;
}

bool runEach(QSqlDatabase &db, std::initializer_list<const char16_t *> statements,
             const QVariantList &values, QString *error)
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
                 QStringLiteral(
                     "INSERT INTO pages (key, site_title, title, tagline, coverage, coverage_from, "
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
    const QVariantList values = {page.key, text(page.siteTitle), text(page.title),
                                 text(page.tagline), text(page.coverage), page.coverageFrom,
                                 page.coverageTo, text(page.caution), toJson(page.studentNote),
                                 text(page.fairUse), text(page.citation)};
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
QString duplicateIdReason(const QSqlDatabase &db, const QString &pageKey, qint64 id,
                          const QString &sqliteReason)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!runLogged(q, QStringLiteral("SELECT page_key, ordinal FROM articles WHERE id = ?"), {id})
        || !q.next()) {
        return sqliteReason;
    }
    const QString owner = q.value(0).toString();
    if (owner == pageKey) {
        return QStringLiteral("its id is also the id of entry %1 of the same page (two entries "
                              "with the same title?)")
            .arg(q.value(1).toInt());
    }
    return QStringLiteral("its id is already used by entry %1 of page “%2”")
        .arg(q.value(1).toInt())
        .arg(owner);
}

bool importPageRows(QSqlDatabase &db, const Page &page, bool withSearchIndex, QString *error)
{
    const QVariantList key = {page.key};
    // The search index has no foreign key to cascade through, so it goes first,
    // while the ids of the page's old articles can still be found.
    if (withSearchIndex
        && !runEach(db,
                    {u"DELETE FROM article_fts WHERE rowid IN "
                     u"(SELECT id FROM articles WHERE page_key = ?)"},
                    key, error)) {
        return false;
    }
    // Deleting the articles cascades to paragraphs, publishers, countries and topics.
    if (!runEach(db,
                 {u"DELETE FROM articles WHERE page_key = ?",
                  u"DELETE FROM hotlines WHERE page_key = ?",
                  u"DELETE FROM page_countries WHERE page_key = ?",
                  u"DELETE FROM profiles WHERE page_key = ?"},
                 key, error)) {
        return false;
    }
    if (!writePageRow(db, page, error))
        return false;

    ArticleWriter writer(db, withSearchIndex);
    if (!writer.prepare(error))
        return false;
    for (const Article &a : page.articles) {
        QString reason;
        if (!writer.write(page.key, a, &reason)) {
            if (reason.contains(QStringLiteral("articles.id")))
                reason = duplicateIdReason(db, page.key, a.id, reason);
            setError(error, QStringLiteral("entry %1 (line %2, id %3, “%4”): %5")
                                .arg(a.ordinal)
                                .arg(a.line)
                                .arg(a.id)
                                .arg(a.title, reason));
            return false;
        }
    }
    if (!insertHotlines(db, page.hotlines, page.key, error))
        return false;
    return runEach(db,
                   {u"DELETE FROM publishers WHERE NOT EXISTS "
                    u"(SELECT 1 FROM article_publishers ap WHERE ap.publisher_id = publishers.id)"},
                   {}, error);
}

} // namespace

LibraryStore::LibraryStore() : m_connectionName(newConnectionName()) {}

LibraryStore::~LibraryStore()
{
    close();
}

bool LibraryStore::open(const QString &path, OpenMode mode, QString *error)
{
    return openAt(path, mode, currentSchemaVersion, error);
}

bool LibraryStore::openAtVersion(const QString &path, int targetVersion, QString *error)
{
    if (targetVersion < 1 || targetVersion > currentSchemaVersion) {
        setError(error, QStringLiteral("Schema version %1 does not exist; versions are 1 to %2.")
                            .arg(targetVersion)
                            .arg(currentSchemaVersion));
        return false;
    }
    return openAt(path, OpenMode::Create, targetVersion, error);
}

bool LibraryStore::openAt(const QString &path, OpenMode mode, int targetVersion, QString *error)
{
    close();
    if (path.isEmpty()) {
        setError(error, QStringLiteral("No library file was given."));
        return false;
    }
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        setError(error, QStringLiteral("%1 is a folder, not a library file.").arg(quoted(path)));
        return false;
    }
    if (info.exists() && mode != OpenMode::ReadOnly && !info.isWritable()) {
        // SQLite would quietly open it read-only and fail at the first write.
        setError(error, QStringLiteral("Cannot open the library %1 for writing: the file is "
                                       "read-only. Check its permissions, or open it read-only.")
                            .arg(quoted(path)));
        return false;
    }
    if (!info.exists() && mode != OpenMode::Create) {
        setError(error, QStringLiteral("Cannot open the library %1: the file does not exist.")
                            .arg(quoted(path)));
        return false;
    }
    if (!openConnection(path, mode, error))
        return false;

    int version = 0;
    if (!inspect(mode, &version, error)) {
        close();
        return false;
    }
    m_path = path;
    m_readOnly = mode == OpenMode::ReadOnly;
    m_schemaVersion = version;
    if (m_readOnly) {
        if (version < currentSchemaVersion)
            qCInfo(lcStorage) << "opened a schema" << version << "library read-only:" << path;
        return true;
    }

    // DELETE, never WAL: the built library ships as one self-contained file.
    QSqlDatabase d = db();
    QString reason;
    QSqlQuery q(d);
    if (!run(q, QStringLiteral("PRAGMA foreign_keys = ON"), &reason)
        || !run(q, QStringLiteral("PRAGMA journal_mode = DELETE"), &reason)
        || (q.finish(), !Migrations::migrate(d, version, targetVersion, &reason))) {
        q = QSqlQuery();
        d = QSqlDatabase();
        close();
        setError(error, QStringLiteral("Cannot open the library %1: %2").arg(quoted(path), reason));
        return false;
    }
    m_schemaVersion = std::max(version, targetVersion);
    return true;
}

bool LibraryStore::openConnection(const QString &path, OpenMode mode, QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(driverName)) {
        setError(error, QStringLiteral("Qt's SQLite driver (QSQLITE) is missing; install the Qt "
                                       "SQL plugin for SQLite."));
        return false;
    }
    QString reason;
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(driverName, m_connectionName);
        d.setDatabaseName(path);
        if (mode == OpenMode::ReadOnly)
            d.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (d.open())
            return true;
        reason = d.lastError().databaseText();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    setError(error, QStringLiteral("Cannot open the library %1: %2").arg(quoted(path), reason));
    return false;
}

bool LibraryStore::inspect(OpenMode mode, int *version, QString *error) const
{
    const QSqlDatabase d = db();
    const QString name = quoted(d.databaseName());
    QString reason;
    // The first read of the file: a text file or a truncated copy fails here.
    if (!Migrations::readUserVersion(d, version, &reason)) {
        setError(error, QStringLiteral("%1 is not a Vigil library or is damaged (SQLite: %2); "
                                       "choose another file or rebuild the library.")
                            .arg(name, reason));
        return false;
    }
    QSqlQuery q(d);
    q.setForwardOnly(true);
    if (!run(q, QStringLiteral("SELECT count(*), sum(name = 'vigil_meta') FROM sqlite_master"),
             &reason)
        || !q.next()) {
        setError(error, QStringLiteral("%1 is damaged (SQLite: %2); rebuild the library or "
                                       "restore it from a copy.")
                            .arg(name, reason));
        return false;
    }
    const int objects = q.value(0).toInt();
    const bool hasMeta = q.value(1).toInt() > 0;
    q.finish();
    if (objects == 0 && *version == 0) {
        if (mode == OpenMode::Create)
            return true;
        setError(error, QStringLiteral("%1 is an empty database, not a Vigil library.").arg(name));
        return false;
    }
    if (!hasMeta) {
        setError(error, QStringLiteral("%1 is an SQLite database but not a Vigil library (it has "
                                       "no vigil_meta table).")
                            .arg(name));
        return false;
    }
    if (!prepare(q, QStringLiteral("SELECT value FROM vigil_meta WHERE key = ?"), &reason)) {
        setError(error, QStringLiteral("%1 is damaged (SQLite: %2); rebuild the library or "
                                       "restore it from a copy.")
                            .arg(name, reason));
        return false;
    }
    q.addBindValue(Migrations::formatKey());
    if (!execPrepared(q, &reason)) {
        setError(error, QStringLiteral("%1 is damaged (SQLite: %2); rebuild the library or "
                                       "restore it from a copy.")
                            .arg(name, reason));
        return false;
    }
    const QString format = q.next() ? q.value(0).toString() : QString();
    if (format != Migrations::formatValue()) {
        setError(error, QStringLiteral("%1 is an SQLite database but not a Vigil library (its "
                                       "vigil_meta table has no format “%2”).")
                            .arg(name, Migrations::formatValue()));
        return false;
    }
    if (*version > currentSchemaVersion) {
        setError(error, QStringLiteral("%1 was made by a newer version of Vigil (library schema "
                                       "%2; this version reads up to %3). Update Vigil to open it.")
                            .arg(name)
                            .arg(*version)
                            .arg(currentSchemaVersion));
        return false;
    }
    if (*version < 1) {
        setError(error, QStringLiteral("%1 is a damaged Vigil library: it has no schema version. "
                                       "Rebuild the library.")
                            .arg(name));
        return false;
    }
    return true;
}

void LibraryStore::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase d = QSqlDatabase::database(m_connectionName, false);
            d.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_path.clear();
    m_readOnly = false;
    m_schemaVersion = 0;
}

bool LibraryStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && db().isOpen();
}

int LibraryStore::schemaVersion() const
{
    return isOpen() ? m_schemaVersion : 0;
}

QSqlDatabase LibraryStore::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool LibraryStore::checkWritable(const QString &action, QString *error) const
{
    if (!isOpen()) {
        setError(error, QStringLiteral("Cannot %1: no library is open.").arg(action));
        return false;
    }
    if (m_readOnly) {
        setError(error, QStringLiteral("Cannot %1: the library %2 is open read-only.")
                            .arg(action, quoted(m_path)));
        return false;
    }
    return true;
}

bool LibraryStore::writeReferenceData(const ReferenceData &data, QString *error)
{
    if (!checkWritable(QStringLiteral("write the reference data"), error))
        return false;
    QSqlDatabase d = db();
    if (!d.transaction()) {
        setError(error, QStringLiteral("Cannot write the reference data: %1")
                            .arg(d.lastError().text()));
        return false;
    }
    QString reason;
    // The foreign keys into these tables are deferred: emptying them is fine as
    // long as the new rows cover every code in use by COMMIT.
    bool ok = runEach(d, {u"DELETE FROM countries", u"DELETE FROM regions", u"DELETE FROM topics"},
                      {}, &reason);
    if (ok) {
        QSqlQuery q(d);
        ok = prepare(q, QStringLiteral("INSERT INTO regions (code, name, parent_code) "
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
        ok = prepare(q, QStringLiteral("INSERT INTO countries (code, name, official_name, "
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
    if (!ok)
        d.rollback();
    else
        ok = commitOrRollback(d, &reason);
    if (!ok) {
        setError(error, QStringLiteral("Writing the reference data failed, the library is "
                                       "unchanged: %1")
                            .arg(reason));
    }
    return ok;
}

bool LibraryStore::importPage(const Page &page, QString *error)
{
    if (!checkWritable(QStringLiteral("import page “%1”").arg(page.key), error))
        return false;
    if (page.key.isEmpty()) {
        setError(error, QStringLiteral("Cannot import a page without a key."));
        return false;
    }
    QSqlDatabase d = db();
    if (!d.transaction()) {
        setError(error, QStringLiteral("Cannot import page “%1”: %2")
                            .arg(page.key, d.lastError().text()));
        return false;
    }
    QString reason;
    // A schema-1 file (made only by openAtVersion) has no search index to keep.
    bool ok = importPageRows(d, page, m_schemaVersion >= 2, &reason);
    if (!ok)
        d.commit();
    else
        ok = commitOrRollback(d, &reason);
    if (!ok) {
        setError(error, QStringLiteral("Importing page “%1” failed, the library is unchanged: %2")
                            .arg(page.key, reason));
        qCWarning(lcStorage).noquote() << "import of" << page.key << "rolled back:" << reason;
    }
    return ok;
}

bool LibraryStore::importCuratedHotlines(const QList<Hotline> &hotlines, QString *error)
{
    if (!checkWritable(QStringLiteral("import the curated hotlines"), error))
        return false;
    QSqlDatabase d = db();
    if (!d.transaction()) {
        setError(error, QStringLiteral("Cannot import the curated hotlines: %1")
                            .arg(d.lastError().text()));
        return false;
    }
    QString reason;
    bool ok = runEach(d, {u"DELETE FROM hotlines WHERE page_key IS NULL"}, {}, &reason)
        && insertHotlines(d, hotlines, QString(), &reason);
    if (!ok)
        d.rollback();
    else
        ok = commitOrRollback(d, &reason);
    if (!ok) {
        setError(error, QStringLiteral("Importing the curated hotlines failed, the library is "
                                       "unchanged: %1")
                            .arg(reason));
    }
    return ok;
}

std::optional<Article> LibraryStore::article(qint64 id) const
{
    if (!isOpen())
        return std::nullopt;
    QList<Article> found;
    if (!readArticles(db(), QStringLiteral("SELECT ?"), {id}, &found) || found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Article> LibraryStore::articles(const QString &country) const
{
    QList<Article> found;
    if (!isOpen())
        return found;
    if (country.isEmpty())
        readArticles(db(), QStringLiteral("SELECT id FROM articles"), {}, &found);
    else
        readArticles(db(),
                     QStringLiteral("SELECT article_id FROM article_countries "
                                    "WHERE country_code = ?"),
                     {country}, &found);
    return found;
}

QList<SearchHit> LibraryStore::search(const QString &text, int limit) const
{
    QList<SearchHit> hits;
    const QStringList tokens = searchTokens(text);
    if (tokens.isEmpty() || limit <= 0 || !isOpen() || m_schemaVersion < 2)
        return hits;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    const QString sql = QStringLiteral(
        "SELECT a.id, a.title, snippet(article_fts, 2, '[', ']', '…', 12), "
        "bm25(article_fts, 10.0, 3.0, 1.0) AS score "
        "FROM article_fts JOIN articles a ON a.id = article_fts.rowid "
        "WHERE article_fts MATCH ? ORDER BY score, a.date_sort DESC, a.id LIMIT ?");
    if (!runLogged(q, sql, {text, limit}))
        return hits;
    while (q.next()) {
        SearchHit hit;
        hit.id = q.value(0).toLongLong();
        hit.title = q.value(1).toString();
        hit.snippet = q.value(2).toString();
        hit.rank = q.value(3).toDouble();
        hits.append(hit);
    }
    return hits;
}

LibraryStats LibraryStore::stats() const
{
    LibraryStats s;
    if (!isOpen())
        return s;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (runLogged(q, QStringLiteral("SELECT (SELECT count(*) FROM articles), "
                                    "(SELECT count(DISTINCT country_code) FROM article_countries), "
                                    "(SELECT count(*) FROM pages), "
                                    "(SELECT count(*) FROM publishers)"))
        && q.next()) {
        s.articles = q.value(0).toInt();
        s.countriesWithArticles = q.value(1).toInt();
        s.pages = q.value(2).toInt();
        s.publishers = q.value(3).toInt();
    }
    s.schemaVersion = m_schemaVersion;
    return s;
}

QList<CountryCount> LibraryStore::countryCounts() const
{
    QList<CountryCount> counts;
    if (!isOpen())
        return counts;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!runLogged(q, QStringLiteral("SELECT c.code, c.name, c.region_code, "
                                     "count(DISTINCT ac.article_id) FROM countries c "
                                     "LEFT JOIN article_countries ac ON ac.country_code = c.code "
                                     "GROUP BY c.code ORDER BY c.name, c.code"))) {
        return counts;
    }
    while (q.next()) {
        CountryCount c;
        c.code = q.value(0).toString();
        c.name = q.value(1).toString();
        c.regionCode = q.value(2).toString();
        c.articles = q.value(3).toInt();
        counts.append(c);
    }
    return counts;
}

QList<Region> LibraryStore::regionList() const
{
    QList<Region> regions;
    if (!isOpen())
        return regions;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    // rowid: the order of the reference table, which lists parents before children.
    if (!runLogged(q, QStringLiteral("SELECT code, name, parent_code FROM regions ORDER BY rowid")))
        return regions;
    while (q.next())
        regions.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return regions;
}

QList<Hotline> LibraryStore::hotlines(const QString &country) const
{
    QList<Hotline> all;
    if (!isOpen())
        return all;
    if (country.isEmpty())
        readHotlines(db(), QString(), {}, &all);
    else
        readHotlines(db(), QStringLiteral("WHERE country_code = ?"), {country}, &all);
    QList<Hotline> unique;
    QSet<QString> seen;
    for (const Hotline &h : std::as_const(all)) {
        if (!seen.contains(h.country + u' ' + h.e164)) {
            seen.insert(h.country + u' ' + h.e164);
            unique.append(h);
        }
    }
    return unique;
}

std::optional<Page> LibraryStore::page(const QString &key) const
{
    if (!isOpen())
        return std::nullopt;
    const QSqlDatabase d = db();
    QSqlQuery q(d);
    q.setForwardOnly(true);
    if (!runLogged(q,
                   QStringLiteral("SELECT key, site_title, title, tagline, coverage, "
                                  "coverage_from, coverage_to, caution, student_note, fair_use, "
                                  "citation FROM pages WHERE key = ?"),
                   {key})
        || !q.next()) {
        return std::nullopt;
    }
    Page p;
    p.key = q.value(0).toString();
    p.siteTitle = q.value(1).toString();
    p.title = q.value(2).toString();
    p.tagline = q.value(3).toString();
    p.coverage = q.value(4).toString();
    p.coverageFrom = q.value(5).toInt();
    p.coverageTo = q.value(6).toInt();
    p.caution = q.value(7).toString();
    p.studentNote = stringListFromJson(q.value(8).toString());
    p.fairUse = q.value(9).toString();
    p.citation = q.value(10).toString();

    QSqlQuery countries(d);
    countries.setForwardOnly(true);
    if (runLogged(countries,
                  QStringLiteral("SELECT country_code FROM page_countries WHERE page_key = ? "
                                 "ORDER BY position"),
                  {key})) {
        while (countries.next())
            p.countries.append(countries.value(0).toString());
    }

    QSqlQuery profiles(d);
    profiles.setForwardOnly(true);
    if (runLogged(profiles,
                  QStringLiteral("SELECT country_code, official_name, background, "
                                 "background_citation, tip_excerpt, tip_citation FROM profiles "
                                 "WHERE page_key = ? ORDER BY position"),
                  {key})) {
        while (profiles.next()) {
            CountryProfile c;
            c.country = profiles.value(0).toString();
            c.officialName = profiles.value(1).toString();
            c.background = stringListFromJson(profiles.value(2).toString());
            c.backgroundCitation = profiles.value(3).toString();
            c.tipExcerpt = profiles.value(4).toString();
            c.tipCitation = profiles.value(5).toString();
            p.profiles.append(c);
        }
    }
    readHotlines(d, QStringLiteral("WHERE page_key = ?"), {key}, &p.hotlines);
    return p;
}

QStringList LibraryStore::pageKeys() const
{
    QStringList keys;
    if (!isOpen())
        return keys;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (runLogged(q, QStringLiteral("SELECT key FROM pages ORDER BY key"))) {
        while (q.next())
            keys.append(q.value(0).toString());
    }
    return keys;
}

CheckResult LibraryStore::check() const
{
    CheckResult result;
    if (!isOpen()) {
        result.problems.append(QStringLiteral("No library is open; open one before checking it."));
        return result;
    }
    const QSqlDatabase d = db();
    QString reason;
    {
        QSqlQuery q(d);
        q.setForwardOnly(true);
        if (!run(q, QStringLiteral("PRAGMA integrity_check"), &reason)) {
            result.problems.append(QStringLiteral("SQLite could not check the file (%1); rebuild "
                                                  "the library or restore it from a copy.")
                                       .arg(reason));
        } else {
            QStringList damage;
            while (q.next()) {
                const QString line = q.value(0).toString();
                if (line != QStringLiteral("ok") && damage.size() < 5)
                    damage.append(line);
            }
            if (!damage.isEmpty()) {
                result.problems.append(QStringLiteral("The file is damaged (%1); rebuild the "
                                                      "library or restore it from a copy.")
                                           .arg(damage.join(QStringLiteral("; "))));
            }
        }
    }

    int version = 0;
    if (!Migrations::readUserVersion(d, &version, &reason)) {
        result.problems.append(QStringLiteral("The schema version cannot be read (%1); rebuild "
                                              "the library.")
                                   .arg(reason));
    } else if (version < 1) {
        result.problems.append(
            QStringLiteral("The library has no schema version; rebuild the library."));
    } else if (version < currentSchemaVersion) {
        result.problems.append(QStringLiteral("The library uses schema version %1, older than "
                                              "this program's %2; open it read-write once so that "
                                              "it is upgraded.")
                                   .arg(version)
                                   .arg(currentSchemaVersion));
    } else if (version > currentSchemaVersion) {
        result.problems.append(QStringLiteral("The library uses schema version %1, newer than "
                                              "this program's %2; update Vigil.")
                                   .arg(version)
                                   .arg(currentSchemaVersion));
    }
    result.schemaVersion = version;

    {
        QSqlQuery q(d);
        q.setForwardOnly(true);
        const bool found = runLogged(q, QStringLiteral("SELECT value FROM vigil_meta WHERE key = ?"),
                                     {Migrations::formatKey()})
            && q.next() && q.value(0).toString() == Migrations::formatValue();
        if (!found) {
            result.problems.append(QStringLiteral("The vigil_meta table does not mark the file as "
                                                  "a Vigil library (key “format”); rebuild the "
                                                  "library with vigil-library."));
        }
    }

    if (version >= 2) {
        const qint64 articles = scalar(d, QStringLiteral("SELECT count(*) FROM articles"));
        const qint64 indexed = scalar(d, QStringLiteral("SELECT count(*) FROM article_fts"));
        if (articles != indexed) {
            result.problems.append(QStringLiteral("The search index holds %1 entries for %2 "
                                                  "articles; re-import the pages or rebuild the "
                                                  "library so that search finds every article.")
                                       .arg(indexed)
                                       .arg(articles));
        }
    }

    {
        QSqlQuery q(d);
        q.setForwardOnly(true);
        if (runLogged(q, QStringLiteral("PRAGMA foreign_key_check"))) {
            QSet<QString> tables;
            int rows = 0;
            while (q.next()) {
                ++rows;
                tables.insert(q.value(0).toString());
            }
            if (rows > 0) {
                QStringList names(tables.cbegin(), tables.cend());
                names.sort();
                result.problems.append(QStringLiteral("%1 rows (in %2) refer to rows that do not "
                                                      "exist; write the reference data again or "
                                                      "rebuild the library.")
                                           .arg(rows)
                                           .arg(names.join(QStringLiteral(", "))));
            }
        }
    }

    result.ok = result.problems.isEmpty();
    return result;
}

bool LibraryStore::vacuum(QString *error)
{
    if (!checkWritable(QStringLiteral("compact the library"), error))
        return false;
    QSqlDatabase d = db();
    QString reason;
    QSqlQuery q(d);
    // 'optimize' merges the index segments that each import added into one.
    const bool ok = (m_schemaVersion < 2
                     || run(q,
                            QStringLiteral("INSERT INTO article_fts (article_fts) "
                                           "VALUES ('optimize')"),
                            &reason))
        && run(q, QStringLiteral("VACUUM"), &reason);
    if (!ok) {
        setError(error, QStringLiteral("Compacting the library %1 failed: %2")
                            .arg(quoted(m_path), reason));
    }
    return ok;
}

} // namespace Vigil::Core
