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

BuildCommand::BuildCommand()
    : Command(QStringLiteral("build"), QStringLiteral("build DATA_DIR -o FILE"),
        QStringLiteral("Builds a library from a data folder (what the build runs)."), { Option::Output })
{
}

int BuildCommand::run(const Arguments &args)
{
    if (args.positional.size() != 1 || args.output.isEmpty())
        return fail(UsageError, QStringLiteral("usage: vigil-library build DATA_DIR -o FILE"));
    const QDir dataDir(args.positional.first());
    ReferenceData reference;
    QString error;
    if (!reference.load(dataDir.path(), &error))
        return fail(BadInput, error);
    QList<CuratedHotline> curated;
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
        printWarnings(err(), file.filePath(), r.page);
        pages.append(r.page);
    }

    // Built beside the target and renamed at the end, so a failed build never
    // leaves a half-written library where the old one was.
    const QString partial = args.output + QStringLiteral(".partial");
    QFile::remove(partial);
    PartialFile cleanup(partial);
    {
        LibraryConnection library;
        LibraryImporter importer(library);
        if (!library.open(partial, LibraryConnection::OpenMode::Create, &error)
            || !importer.writeReferenceData(reference, &error))
            return fail(BadInput, error);
        for (const Page &page : std::as_const(pages)) {
            if (!importer.importPage(page, &error))
                return fail(BadInput, error);
        }
        if (!importer.importCuratedEntries(curated, &error) || !library.vacuum(&error))
            return fail(BadInput, error);
        library.close();
    }
    QFile::remove(args.output);
    if (!QFile::rename(partial, args.output))
        return fail(BadInput, QStringLiteral("cannot write %1").arg(args.output));
    cleanup.release();
    int articles = 0;
    for (const Page &page : std::as_const(pages))
        articles += page.articles.size();
    out() << "Built " << args.output << ": " << pages.size() << " page(s), " << articles << " article(s)\n";
    return Ok;
}

} // namespace Vigil::Cli
