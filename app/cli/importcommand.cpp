#include "commands.h"
#include "export/articlejson.h"
#include "import/pageparser.h"
#include "reference/curatedhotlines.h"
#include "reference/referencedata.h"
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

namespace {

// "Web page, complete" saves page.html and a page_files folder beside it.
bool isSavedPageFolder(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir() || !info.fileName().endsWith(QStringLiteral("_files")))
        return false;
    const QString stem = info.absolutePath() + u'/' + info.fileName().chopped(6);
    return QFileInfo::exists(stem + QStringLiteral(".html")) || QFileInfo::exists(stem + QStringLiteral(".htm"));
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
    const PageParser parser(reference);
    QList<Page> pages;
    QStringList paths;
    for (const QString &path : args.positional) {
        if (isSavedPageFolder(path)) {
            err()
                << QStringLiteral("%1: the pictures and styles of a page saved as \"complete\"; skipped.\n").arg(path);
            continue;
        }
        paths << path;
        PageParser::Result r = parser.parseFile(path);
        if (!r.ok)
            return fail(BadInput, r.error);
        printWarnings(err(), path, r.page);
        if (r.page.articles.isEmpty())
            return fail(BadInput, QStringLiteral("%1: no entries found; is this a saved country page?").arg(path));
        pages.append(r.page);
    }

    if (pages.isEmpty())
        return fail(BadInput, QStringLiteral("no page to import: give the saved page files (.txt, .html or .htm)"));

    // Two files of the same name would be the same page: the second would replace
    // the first without a word.
    QHash<QString, QString> byKey;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QString &path = paths.at(i);
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
    const QFileInfo target(args.library);
    const bool isNew = !target.exists() || (target.isFile() && target.size() == 0);
    const QString path = isNew ? args.library + QStringLiteral(".partial") : args.library;
    PartialFile cleanup(isNew ? path : QString());
    if (isNew)
        QFile::remove(path);
    {
        LibraryConnection library;
        LibraryImporter importer(library);
        if (!library.open(
                path, isNew ? LibraryConnection::OpenMode::Create : LibraryConnection::OpenMode::ReadWrite, &error))
            return fail(BadInput, error);
        if (isNew && !importer.writeReferenceData(reference, &error))
            return fail(BadInput, error);
        for (const Page &page : std::as_const(pages)) {
            if (!importer.importPage(page, &error))
                return fail(BadInput, error);
        }
        library.close();
    }
    if (isNew) {
        QFile::remove(args.library);
        if (!QFile::rename(path, args.library))
            return fail(BadInput, QStringLiteral("cannot write %1").arg(args.library));
        cleanup.release();
    }
    for (const Page &page : std::as_const(pages))
        out() << "Imported " << page.key << ": " << page.articles.size() << " article(s), " << page.warnings.size()
              << " warning(s)\n";
    return Ok;
}

} // namespace Vigil::Cli
