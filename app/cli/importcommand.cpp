#include "commands.h"
#include "export/articlejson.h"
#include "import/pagebatch.h"
#include "reference/curatedhotlines.h"
#include "reference/referencedata.h"
#include "storage/cataloguequeries.h"
#include "storage/libraryconnection.h"
#include "storage/libraryimporter.h"
#include "storage/librarylocator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Vigil::Core;

namespace Vigil::Cli {

bool importPagesInto(const QString &library, const QList<Page> &pages, const ReferenceData &reference, QString *error)
{
    // A new library (or an empty file, as `touch` leaves it) is made beside its
    // place and renamed into it when whole: a crash or a full disk never leaves a
    // half-made library behind.
    const QFileInfo target(library);
    const bool isNew = !target.exists() || (target.isFile() && target.size() == 0);
    const QString path = isNew ? library + QStringLiteral(".partial") : library;
    PartialFile cleanup(isNew ? path : QString());
    if (isNew)
        QFile::remove(path);
    {
        LibraryConnection connection;
        LibraryImporter importer(connection);
        if (!connection.open(
                path, isNew ? LibraryConnection::OpenMode::Create : LibraryConnection::OpenMode::ReadWrite, error))
            return false;
        if (isNew && !importer.writeReferenceData(reference, error))
            return false;
        for (const Page &page : pages) {
            if (!importer.importPage(page, error))
                return false;
        }
        connection.close();
    }
    if (isNew) {
        QFile::remove(library);
        if (!QFile::rename(path, library)) {
            *error = QStringLiteral("cannot write %1").arg(library);
            return false;
        }
        cleanup.release();
    }
    return true;
}

namespace {

// The pages of the library that these replace (same key: the file's base name),
// as "title (N articles)", read before the import writes; none for a new library.
QHash<QString, QString> pagesReplaced(const QString &library, const QList<Page> &pages)
{
    QHash<QString, QString> replaced;
    const QFileInfo file(library);
    if (!file.isFile() || file.size() == 0)
        return replaced;
    LibraryConnection connection;
    QString error;
    if (!connection.open(library, LibraryConnection::OpenMode::ReadOnly, &error))
        return replaced; // the import's own open says what is wrong
    const CatalogueQueries catalogue(connection);
    const QHash<QString, int> counts = catalogue.pageArticleCounts();
    for (const Page &page : pages) {
        if (const std::optional<Page> before = catalogue.page(page.key))
            replaced.insert(
                page.key, QStringLiteral("“%1” (%2 article(s))").arg(before->title).arg(counts.value(page.key)));
    }
    return replaced;
}

} // namespace

ImportCommand::ImportCommand()
    : Command(QStringLiteral("import"), QStringLiteral("import FILE... --library FILE"),
        QStringLiteral("Imports saved country pages into a library (creates it if needed)."), { Option::Library })
{
}

int ImportCommand::run(const Arguments &args)
{
    if (args.positional.isEmpty())
        return fail(UsageError, QStringLiteral("usage: vigil-library import FILE... --library FILE"));
    if (args.library.isEmpty())
        return fail(UsageError,
            QStringLiteral("the bundled library is read-only; name the library to import into "
                           "with --library FILE (it is created if it does not exist)"));
    ReferenceData reference;
    QString error;
    if (!reference.load({}, &error))
        return fail(BadInput, error);

    // Every page is read before anything is written: one bad file imports nothing.
    const PageBatch batch = PageBatch::read(args.positional, reference);
    for (const QString &folder : batch.skipped())
        err() << QStringLiteral("%1: the pictures and styles of a page saved as \"complete\"; skipped.\n").arg(folder);
    for (const PageBatch::Item &item : batch.items()) {
        if (!item.ok())
            return fail(BadInput, item.problem + QStringLiteral(" Nothing was imported."));
        printWarnings(err(), item.path, item.page);
    }
    const QList<Page> pages = batch.pages();
    if (pages.isEmpty())
        return fail(BadInput, QStringLiteral("no page to import: give the saved page files (.txt, .html or .htm)"));

    // A page saved again replaces the one of its name; one of another folder
    // with the same file name would too, so the replacing is always said.
    const QHash<QString, QString> replaced = pagesReplaced(args.library, pages);
    if (!importPagesInto(args.library, pages, reference, &error))
        return fail(BadInput, error);
    for (const Page &page : std::as_const(pages)) {
        out() << "Imported " << page.key << ": " << page.articles.size() << " article(s), " << page.warnings.size()
              << " warning(s)";
        if (replaced.contains(page.key))
            out() << "; it replaces the page " << replaced.value(page.key) << " imported before from a file of "
                  << "the same name";
        out() << '\n';
    }
    return Ok;
}

} // namespace Vigil::Cli
