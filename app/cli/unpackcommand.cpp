#include "commands.h"
#include "import/pagebatch.h"
#include "packs/datapack.h"
#include "packs/packplan.h"
#include "reference/referencedata.h"
#include "storage/cataloguequeries.h"
#include "storage/libraryconnection.h"
#include "storage/userdatastore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Vigil::Core;

namespace Vigil::Cli {

namespace {

QString changeLine(const HotlineChange &c)
{
    const QString what = QStringLiteral("%1 %2 (%3)").arg(c.country, c.service, c.where);
    switch (c.kind) {
    case HotlineChange::Kind::Added:
        return QStringLiteral("Hotline %1: added %2").arg(what, c.newNumber);
    case HotlineChange::Kind::Changed:
        return QStringLiteral("Hotline %1: %2 -> %3").arg(what, c.oldNumber, c.newNumber);
    case HotlineChange::Kind::Removed:
        return QStringLiteral("Hotline %1: removed %2").arg(what, c.oldNumber);
    case HotlineChange::Kind::Unchanged:
        break;
    }
    return {};
}

} // namespace

UnpackCommand::UnpackCommand()
    : Command(QStringLiteral("unpack"),
        QStringLiteral("unpack PACK --library FILE [--key FILE] [--user-data FILE] [--yes]"),
        QStringLiteral("Imports a data pack: its pages into a library, its hotlines into the reader's own. A pack "
                       "not signed by the key given is refused without --yes; a damaged one always."),
        { Option::Library, Option::Key, Option::UserData, Option::Yes })
{
}

int UnpackCommand::run(const Arguments &args)
{
    if (args.positional.size() != 1)
        return fail(UsageError,
            QStringLiteral("usage: vigil-library unpack PACK --library FILE [--key FILE] [--user-data FILE] [--yes]"));
    const QString packPath = args.positional.first();
    OpenedPack opened;
    QString error;
    if (!DataPackReader::readFile(packPath, &opened, &error))
        return fail(BadInput, QStringLiteral("%1: %2").arg(packPath, error));
    const DataPack &pack = opened.pack;

    // Who signed it, and whether that is the publisher the reader named.
    PackKeys::PublicKey trusted;
    if (!args.key.isEmpty() && !PackKeys::readPublicKeyFile(args.key, &trusted, &error))
        return fail(BadInput, error);
    const bool isTrusted = opened.isSigned() && !trusted.key.isEmpty() && trusted.key == opened.signerKey;
    if (!opened.isSigned())
        out() << "Not signed: anyone could have made or changed this pack.\n";
    else
        out() << "Signed by " << (pack.publisher.isEmpty() ? QStringLiteral("(no name)") : pack.publisher)
              << ", fingerprint " << opened.fingerprint()
              << (isTrusted ? QStringLiteral(" (the key given)\n") : QStringLiteral(" (not the key given)\n"));
    if (!isTrusted && !args.yes)
        return fail(BadInput,
            opened.isSigned()
                ? QStringLiteral("%1 is signed by a key you did not give. Compare its fingerprint with the one its "
                                 "publisher gave you, then give their public key with --key, or --yes to import it "
                                 "anyway. Nothing was imported.")
                      .arg(packPath)
                : QStringLiteral("%1 is not signed. Give --yes to import it anyway. Nothing was imported.")
                      .arg(packPath));

    // Every page is read before anything is written.
    QTemporaryDir folder;
    if (!folder.isValid())
        return fail(BadInput, QStringLiteral("cannot make a temporary folder: %1").arg(folder.errorString()));
    QStringList files;
    for (const PackPage &page : pack.pages) {
        const QString path = QDir(folder.path()).filePath(page.fileName);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(page.data) != page.data.size())
            return fail(BadInput, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
        files << path;
    }
    ReferenceData reference;
    if (!reference.load({}, &error))
        return fail(BadInput, error);
    const PageBatch batch = PageBatch::read(files, reference);
    for (const PageBatch::Item &item : batch.items()) {
        if (!item.ok())
            return fail(BadInput, QStringLiteral("%1: %2 Nothing was imported.").arg(packPath, item.problem));
    }
    const QList<Page> pages = batch.pages();
    if (!pages.isEmpty() && args.library.isEmpty())
        return fail(UsageError,
            QStringLiteral("the bundled library is read-only; name the library to import the pack's pages into "
                           "with --library FILE"));

    // What changes, in words, before it changes.
    QList<HotlineChange> changes;
    {
        LibraryConnection library;
        const bool haveLibrary = !args.library.isEmpty() && QFileInfo(args.library).isFile()
            && QFileInfo(args.library).size() > 0
            && library.open(args.library, LibraryConnection::OpenMode::ReadOnly, &error);
        const CatalogueQueries catalogue(library);
        for (const Page &page : pages) {
            const bool replaces = haveLibrary && catalogue.page(page.key).has_value();
            out() << (replaces ? "Replaces page " : "Adds page ") << page.key << ": " << page.articles.size()
                  << " article(s)\n";
            changes << PackPlan::pageHotlineChanges(
                page.title, haveLibrary ? catalogue.pageHotlines(page.key) : QList<Hotline> {}, page.hotlines);
        }
    }
    const QString from = opened.isSigned()
        ? QStringLiteral("from a data pack signed by %1, %2").arg(pack.publisher, opened.fingerprint())
        : QStringLiteral("from an unsigned data pack");
    UserDataStore user;
    const QString userPath = args.userData.isEmpty() ? UserDataStore::defaultPath() : args.userData;
    if (!pack.hotlines.isEmpty()) {
        if (!user.open(userPath, &error))
            return fail(BadInput, error + QStringLiteral(" Nothing was imported."));
        changes << PackPlan::myHotlineChanges(pack.hotlines, user.myHotlines(), from);
    }
    for (const HotlineChange &c : std::as_const(changes)) {
        if (c.kind != HotlineChange::Kind::Unchanged)
            out() << changeLine(c) << '\n';
    }

    if (!pages.isEmpty() && !importPagesInto(args.library, pages, reference, &error))
        return fail(BadInput, error);
    if (!pack.hotlines.isEmpty()) {
        if (!PackPlan::applyMyHotlines(user, pack.hotlines, from, &error))
            return fail(BadInput, error);
    }
    out() << "Imported " << pages.size() << " page(s) into " << (pages.isEmpty() ? QStringLiteral("-") : args.library)
          << " and " << pack.hotlines.size() << " hotline(s) into "
          << (pack.hotlines.isEmpty() ? QStringLiteral("-") : userPath) << '\n';
    return Ok;
}

} // namespace Vigil::Cli
