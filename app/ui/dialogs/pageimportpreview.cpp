#include "pageimportpreview.h"

#include <QCoreApplication>
#include <QObject>

namespace Vigil::Ui {

int PageImportPreview::importable() const
{
    return int(std::count_if(files.cbegin(), files.cend(), [](const File &f) { return f.problem.isEmpty(); }));
}

int PageImportPreview::entries() const
{
    int n = 0;
    for (const File &f : files)
        n += f.problem.isEmpty() ? f.entries : 0;
    return n;
}

int PageImportPreview::warnings() const
{
    int n = 0;
    for (const File &f : files)
        n += f.problem.isEmpty() ? int(f.warnings.size()) : 0;
    return n;
}

QStringList PageImportPreview::countries() const
{
    QStringList all;
    for (const File &f : files) {
        if (f.problem.isEmpty())
            all << f.countries;
    }
    all.removeDuplicates();
    return all;
}

QString PageImportPreview::headline() const
{
    const int pages = importable();
    if (pages == 0)
        return QObject::tr("Nothing can be imported: none of the files is a saved page of the site.");
    // Singular and plural spelled out until the translations bring plural forms.
    const auto count = [](int n, const char *one, const char *many) {
        return n == 1 ? QCoreApplication::translate("PageImportPreview", one)
                      : QCoreApplication::translate("PageImportPreview", many).arg(n);
    };
    QString line = QObject::tr("%1: %2, %3, %4.")
                       .arg(count(pages, QT_TRANSLATE_NOOP("PageImportPreview", "1 page to import"),
                                QT_TRANSLATE_NOOP("PageImportPreview", "%1 pages to import")),
                           count(int(countries().size()), QT_TRANSLATE_NOOP("PageImportPreview", "1 country"),
                               QT_TRANSLATE_NOOP("PageImportPreview", "%1 countries")),
                           count(entries(), QT_TRANSLATE_NOOP("PageImportPreview", "1 entry"),
                               QT_TRANSLATE_NOOP("PageImportPreview", "%1 entries")),
                           count(warnings(), QT_TRANSLATE_NOOP("PageImportPreview", "1 warning"),
                               QT_TRANSLATE_NOOP("PageImportPreview", "%1 warnings")));
    if (const int refused = int(files.size()) - pages; refused > 0)
        line += u' '
            + count(refused, QT_TRANSLATE_NOOP("PageImportPreview", "1 file cannot be imported and will be left out."),
                QT_TRANSLATE_NOOP("PageImportPreview", "%1 files cannot be imported and will be left out."));
    return line;
}

} // namespace Vigil::Ui
