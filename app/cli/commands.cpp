#include "commands.h"

#include "export/articlejson.h"
#include "import/pageparser.h"
#include "reference/curatedhotlines.h"
#include "reference/referencedata.h"
#include "storage/librarylocator.h"
#include "storage/librarystore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Vigil::Core;

namespace Vigil::Cli {

namespace {

QString jsonText(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

void printWarnings(QTextStream &err, const QString &file, const Page &page)
{
    for (const ParseWarning &w : page.warnings)
        err << file << ':' << w.line << ": warning: " << w.message << '\n';
}

// Whether code names a country (ISO 3166-1 alpha-2, and XK), with articles or not.
bool isCountryCode(const QString &code)
{
    ReferenceData reference;
    QString ignored;
    return reference.load({}, &ignored) && reference.country(code) != nullptr;
}

// Removes a half-written file when a command fails before it is complete.
class PartialFile final
{
public:
    explicit PartialFile(QString path)
        : m_path(std::move(path))
    {
    }
    ~PartialFile()
    {
        if (!m_path.isEmpty())
            QFile::remove(m_path);
    }
    PartialFile(const PartialFile &) = delete;
    PartialFile &operator=(const PartialFile &) = delete;
    void release() { m_path.clear(); }

private:
    QString m_path;
};

} // namespace

Commands::Commands(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

int Commands::fail(int code, const QString &message)
{
    m_err << "vigil-library: " << message << '\n';
    m_err.flush();
    return code;
}

QString Commands::libraryPath(const Options &o) const
{
    return o.library.isEmpty() ? LibraryLocator::bundledLibraryPath() : o.library;
}

int Commands::run(const Options &o)
{
    int code = UsageError;
    if (o.command == u"build")
        code = build(o);
    else if (o.command == u"import")
        code = import(o);
    else if (o.command == u"list")
        code = list(o);
    else if (o.command == u"stats")
        code = stats(o);
    else if (o.command == u"search")
        code = search(o);
    else if (o.command == u"show")
        code = show(o);
    else if (o.command == u"check")
        code = check(o);
    else
        code = fail(UsageError, QStringLiteral("unknown command \"%1\"; see vigil-library --help").arg(o.command));
    m_out.flush();
    m_err.flush();
    return code;
}

int Commands::build(const Options &o)
{
    if (o.arguments.size() != 1 || o.output.isEmpty())
        return fail(UsageError, QStringLiteral("usage: vigil-library build DATA_DIR -o FILE"));
    const QDir dataDir(o.arguments.first());
    ReferenceData reference;
    QString error;
    if (!reference.load(dataDir.path(), &error))
        return fail(BadInput, error);
    QList<Hotline> curated;
    if (!loadCuratedHotlines(dataDir.filePath(QStringLiteral("hotlines.json")), &curated, &error))
        return fail(BadInput, error);

    const PageParser parser(reference);
    QList<Page> pages;
    const QFileInfoList files = QDir(dataDir.filePath(QStringLiteral("sources")))
                                    .entryInfoList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return fail(BadInput, QStringLiteral("%1 has no sources/*.txt pages").arg(dataDir.path()));
    for (const QFileInfo &file : files) {
        PageParser::Result r = parser.parseFile(file.filePath());
        if (!r.ok)
            return fail(BadInput, r.error);
        printWarnings(m_err, file.filePath(), r.page);
        pages.append(r.page);
    }

    // Built beside the target and renamed at the end, so a failed build never
    // leaves a half-written library where the old one was.
    const QString partial = o.output + QStringLiteral(".partial");
    QFile::remove(partial);
    PartialFile cleanup(partial);
    {
        LibraryStore store;
        if (!store.open(partial, LibraryStore::OpenMode::Create, &error)
            || !store.writeReferenceData(reference, &error))
            return fail(BadInput, error);
        for (const Page &page : std::as_const(pages)) {
            if (!store.importPage(page, &error))
                return fail(BadInput, error);
        }
        if (!store.importCuratedHotlines(curated, &error) || !store.vacuum(&error))
            return fail(BadInput, error);
        store.close();
    }
    QFile::remove(o.output);
    if (!QFile::rename(partial, o.output))
        return fail(BadInput, QStringLiteral("cannot write %1").arg(o.output));
    cleanup.release();
    int articles = 0;
    for (const Page &page : std::as_const(pages))
        articles += page.articles.size();
    m_out << "Built " << o.output << ": " << pages.size() << " page(s), " << articles << " article(s)\n";
    return Ok;
}

int Commands::import(const Options &o)
{
    if (o.arguments.isEmpty())
        return fail(UsageError, QStringLiteral("usage: vigil-library import FILE... --library FILE"));
    if (o.library.isEmpty())
        return fail(UsageError,
            QStringLiteral("the bundled library is read-only; name the library to import into "
                           "with --library FILE (it is created if it does not exist)"));
    ReferenceData reference;
    QString error;
    if (!reference.load({}, &error))
        return fail(BadInput, error);

    // Every page is read before anything is written: one bad file imports nothing.
    const PageParser parser(reference);
    QList<Page> pages;
    for (const QString &path : o.arguments) {
        PageParser::Result r = parser.parseFile(path);
        if (!r.ok)
            return fail(BadInput, r.error);
        printWarnings(m_err, path, r.page);
        if (r.page.articles.isEmpty())
            return fail(BadInput, QStringLiteral("%1: no entries found; is this a saved country page?").arg(path));
        pages.append(r.page);
    }

    // Two files of the same name would be the same page: the second would replace
    // the first without a word.
    QHash<QString, QString> byKey;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QString &path = o.arguments.at(i);
        const QString first = byKey.value(pages.at(i).key);
        if (!first.isEmpty())
            return fail(BadInput,
                QStringLiteral("%1 and %2 have the same file name, so they would be the same page "
                               "and the second would replace the first; rename one of them and "
                               "import again. Nothing was imported.")
                    .arg(first, path));
        byKey.insert(pages.at(i).key, path);
    }

    // A new library (or an empty file, as `touch` leaves it) is made beside its
    // place and renamed into it when whole: a crash or a full disk never leaves a
    // half-made library behind.
    const QFileInfo target(o.library);
    const bool isNew = !target.exists() || (target.isFile() && target.size() == 0);
    const QString path = isNew ? o.library + QStringLiteral(".partial") : o.library;
    PartialFile cleanup(isNew ? path : QString());
    if (isNew)
        QFile::remove(path);
    {
        LibraryStore store;
        if (!store.open(path, isNew ? LibraryStore::OpenMode::Create : LibraryStore::OpenMode::ReadWrite, &error))
            return fail(BadInput, error);
        if (isNew && !store.writeReferenceData(reference, &error))
            return fail(BadInput, error);
        for (const Page &page : std::as_const(pages)) {
            if (!store.importPage(page, &error))
                return fail(BadInput, error);
        }
        store.close();
    }
    if (isNew) {
        QFile::remove(o.library);
        if (!QFile::rename(path, o.library))
            return fail(BadInput, QStringLiteral("cannot write %1").arg(o.library));
        cleanup.release();
    }
    for (const Page &page : std::as_const(pages))
        m_out << "Imported " << page.key << ": " << page.articles.size() << " article(s), " << page.warnings.size()
              << " warning(s)\n";
    return Ok;
}

int Commands::list(const Options &o)
{
    LibraryStore store;
    QString error;
    if (!store.open(libraryPath(o), LibraryStore::OpenMode::ReadOnly, &error))
        return fail(BadInput, error);
    if (!o.country.isEmpty() && !isCountryCode(o.country))
        return fail(BadInput,
            QStringLiteral("no country with the code %1; give an ISO 3166-1 alpha-2 code such as "
                           "RS, ME or XK (Kosovo)")
                .arg(o.country));
    const QList<Article> articles = store.articles(o.country);
    if (o.json) {
        QJsonArray array;
        for (const Article &a : articles)
            array.append(Json::article(a));
        m_out << jsonText(array);
        return Ok;
    }
    for (const Article &a : articles)
        m_out << a.id << '\t' << (a.date.isValid() ? a.date.toIso() : QStringLiteral("-")) << '\t' << a.title << '\n';
    return Ok;
}

int Commands::stats(const Options &o)
{
    LibraryStore store;
    QString error;
    if (!store.open(libraryPath(o), LibraryStore::OpenMode::ReadOnly, &error))
        return fail(BadInput, error);
    const LibraryStats s = store.stats();
    if (o.json) {
        m_out << jsonText(QJsonObject {
            { QStringLiteral("articles"), s.articles },
            { QStringLiteral("countries_with_articles"), s.countriesWithArticles },
            { QStringLiteral("pages"), s.pages },
            { QStringLiteral("publishers"), s.publishers },
            { QStringLiteral("schema_version"), s.schemaVersion },
        });
        return Ok;
    }
    m_out << "articles: " << s.articles << "\ncountries with articles: " << s.countriesWithArticles
          << "\npages: " << s.pages << "\npublishers: " << s.publishers << "\nschema version: " << s.schemaVersion
          << '\n';
    return Ok;
}

int Commands::search(const Options &o)
{
    if (o.arguments.isEmpty())
        return fail(UsageError, QStringLiteral("usage: vigil-library search [--json] [--limit N] QUERY"));
    LibraryStore store;
    QString error;
    if (!store.open(libraryPath(o), LibraryStore::OpenMode::ReadOnly, &error))
        return fail(BadInput, error);
    const QList<SearchHit> hits = store.search(o.arguments.join(u' '), o.limit);
    if (o.json) {
        QJsonArray array;
        for (const SearchHit &h : hits) {
            array.append(QJsonObject { { QStringLiteral("id"), h.id }, { QStringLiteral("title"), h.title },
                { QStringLiteral("snippet"), h.snippet }, { QStringLiteral("rank"), h.rank } });
        }
        m_out << jsonText(array);
        return Ok;
    }
    for (const SearchHit &h : hits)
        m_out << h.id << '\t' << h.title << "\n\t" << h.snippet << '\n';
    if (hits.isEmpty())
        m_err << "No articles match.\n";
    return Ok;
}

int Commands::show(const Options &o)
{
    bool ok = false;
    const qint64 id = o.arguments.value(0).toLongLong(&ok);
    if (o.arguments.size() != 1 || !ok)
        return fail(UsageError, QStringLiteral("usage: vigil-library show [--json] ID (a number from list or search)"));
    LibraryStore store;
    QString error;
    if (!store.open(libraryPath(o), LibraryStore::OpenMode::ReadOnly, &error))
        return fail(BadInput, error);
    const auto article = store.article(id);
    if (!article)
        return fail(BadInput, QStringLiteral("no article with id %1").arg(id));
    if (o.json) {
        m_out << jsonText(Json::article(*article));
        return Ok;
    }
    const Article &a = *article;
    m_out << a.title << (a.isPdf ? QStringLiteral(" [PDF]") : QString()) << '\n' << a.byline << '\n';
    if (a.date.isValid())
        m_out << "Date: " << a.date.toDisplay() << '\n';
    m_out << "Countries: " << a.countries.join(QStringLiteral(", "))
          << "\nTopics: " << a.topics.join(QStringLiteral(", ")) << "\n\n";
    for (const Paragraph &p : a.paragraphs) {
        if (p.page > 0)
            m_out << "[page " << p.page << "] ";
        if (!p.sectionLabel.isEmpty())
            m_out << p.sectionLabel << " -- ";
        m_out << p.text << "\n\n";
    }
    return Ok;
}

int Commands::check(const Options &o)
{
    const QString path = o.arguments.isEmpty() ? libraryPath(o) : o.arguments.first();
    LibraryStore store;
    QString error;
    if (!store.open(path, LibraryStore::OpenMode::ReadOnly, &error))
        return fail(BadInput, error);
    const CheckResult result = store.check();
    if (!result.ok) {
        for (const QString &problem : result.problems)
            m_err << path << ": " << problem << '\n';
        return BadInput;
    }
    const LibraryStats s = store.stats();
    m_out << path << ": ok (schema version " << result.schemaVersion << ", " << s.articles << " articles, " << s.pages
          << " pages)\n";
    return Ok;
}

} // namespace Vigil::Cli
