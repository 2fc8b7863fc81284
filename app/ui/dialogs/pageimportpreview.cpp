#include "pageimportpreview.h"

#include <QCoreApplication>
#include <QObject>

namespace Vigil::Ui {

namespace {

// The context translators see these words under.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::Ui::PageImportPreview)
};

} // namespace

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
        return Words::tr("Nothing can be imported: none of the files is a saved page of the site.");
    QString line
        = Words::tr("%1: %2, %3, %4.")
              .arg(Words::tr("%n page(s) to import", nullptr, pages),
                  Words::tr("%n country(s)", nullptr, int(countries().size())),
                  Words::tr("%n entry(s)", nullptr, entries()), Words::tr("%n warning(s)", nullptr, warnings()));
    if (const int refused = int(files.size()) - pages; refused > 0)
        line += u' ' + Words::tr("%n file(s) cannot be imported and will be left out.", nullptr, refused);
    return line;
}

} // namespace Vigil::Ui
