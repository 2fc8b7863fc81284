#include "headlessprint.h"

#include "content/handoutrenderer.h"
#include "cslengine.h"
#include "cslstylecatalog.h"
#include "print/handoutcitations.h"
#include "print/handoutprinter.h"
#include "storage/articlequeries.h"
#include "storage/cataloguequeries.h"
#include "storage/handoutcontent.h"
#include "storage/libraryconnection.h"
#include "storage/userdatastore.h"

#include <QDir>

#include <cstdio>
#include <optional>

namespace Vigil::Ui {

namespace {

int fail(int status, const QString &sentence)
{
    std::fprintf(stderr, "vigil: %s\n", qPrintable(sentence));
    return status;
}

} // namespace

bool HeadlessPrint::isRequested(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument == u"--print-pdf" || argument.startsWith(u"--print-pdf="))
            return true;
    }
    return false;
}

int HeadlessPrint::run(const Request &request)
{
    const int asked
        = int(!request.articleId.isEmpty()) + int(!request.country.isEmpty()) + int(!request.readingList.isEmpty());
    if (asked != 1)
        return fail(2, tr("--print-pdf needs one of --open ID, --country CODE or --reading-list NAME."));
    const Csl::CslStyleCatalog styles;
    const std::optional<Csl::CslStyle> style
        = styles.find(request.citationStyle.isEmpty() ? Csl::CslStyleCatalog::defaultStyleId() : request.citationStyle);
    if (!style)
        return fail(2,
            tr("There is no citation style “%1”; `vigil-library styles --search WORD` lists the names you can give.")
                .arg(request.citationStyle));

    Core::LibraryConnection library;
    QString problem;
    if (!library.open(request.libraryPath, Core::LibraryConnection::OpenMode::ReadOnly, &problem))
        return fail(1, tr("The library could not be opened: %1").arg(problem.simplified()));
    const Core::ArticleQueries articles(library);
    const Core::CatalogueQueries catalogue(library);
    Core::RenderOptions options;
    for (const Core::CountryCount &c : catalogue.countryCounts())
        options.countryNames.insert(c.code, c.name);

    std::optional<Core::Handout> handout;
    if (!request.articleId.isEmpty()) {
        bool ok = false;
        const qint64 id = request.articleId.toLongLong(&ok);
        if (ok)
            handout = Core::articleHandout(articles, catalogue, id);
        if (!handout)
            return fail(2, tr("There is no article with id %1 in the library.").arg(request.articleId));
    } else if (!request.country.isEmpty()) {
        const QString code = request.country.trimmed().toUpper();
        if (!options.countryNames.contains(code))
            return fail(2, tr("There is no country with code %1; use an ISO code such as RS.").arg(request.country));
        handout = Core::countryDossier(articles, catalogue, code, options.countryNames.value(code), {});
    } else {
        // Read only: a missing user database is not made here.
        Core::UserDataStore userData;
        if (!userData.open(request.userDataPath, &problem, Core::UserDataStore::Creation::OnFirstWrite))
            return fail(2, tr("Your reading lists could not be read: %1").arg(problem.simplified()));
        QStringList names;
        for (const Core::ReadingList &list : userData.readingLists()) {
            names << list.name;
            if (list.name.compare(request.readingList.trimmed(), Qt::CaseInsensitive) == 0)
                handout = Core::readingListHandout(articles, catalogue, userData, list);
        }
        if (!handout)
            return fail(2,
                tr("There is no reading list named “%1”; your lists are: %2.")
                    .arg(request.readingList, names.join(QStringLiteral(", "))));
    }
    if (!library.readFailure().isEmpty())
        return fail(1, library.readFailure());
    // Synchronously: there is no window to keep responsive.
    Csl::CslEngine engine(styles);
    if (!HandoutCitations::format(&*handout, catalogue, &engine, style->id, style->title, &problem))
        return fail(1, tr("The citations could not be formatted: %1").arg(problem.simplified()));

    const HandoutPrinter printer(
        Core::HandoutRenderer::render(*handout, options), handout->title, Core::HandoutRenderer::footerNotice());
    if (!printer.writePdf(request.file, &problem))
        return fail(2, problem);
    const QString file = QDir::toNativeSeparators(request.file);
    std::printf("%s\n", qPrintable(tr("Wrote %1 (%n page(s)).", nullptr, printer.pageCount()).arg(file)));
    return 0;
}

} // namespace Vigil::Ui
