#include "pagebatch.h"

#include "import/pageparser.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace Vigil::Core {

bool PageBatch::isSavedPageFolder(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir() || !info.fileName().endsWith(QStringLiteral("_files")))
        return false;
    const QString stem = info.absolutePath() + u'/' + info.fileName().chopped(6);
    return QFileInfo::exists(stem + QStringLiteral(".html")) || QFileInfo::exists(stem + QStringLiteral(".htm"));
}

bool PageBatch::hasPageSuffix(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"txt" || suffix == u"html" || suffix == u"htm";
}

PageBatch PageBatch::read(const QStringList &paths, const ReferenceData &reference, const Progress &progress)
{
    PageBatch batch;
    const PageParser parser(reference);
    // The key of a page is its file's base name: two files of the same name
    // would be one page, the second replacing the first without a word.
    QHash<QString, QString> byKey;
    int done = 0;
    for (const QString &path : paths) {
        if (isSavedPageFolder(path)) {
            batch.m_skipped << path;
        } else {
            Item item;
            item.path = path;
            PageParser::Result parsed = parser.parseFile(path);
            if (!parsed.ok) {
                item.problem = parsed.error;
            } else if (parsed.page.articles.isEmpty()) {
                item.problem = QStringLiteral("%1: no entries found; is this a saved page of the site?").arg(path);
            } else if (const QString first = byKey.value(parsed.page.key); !first.isEmpty()) {
                item.problem = QStringLiteral("%1 and %2 have the same file name, so they would be the same page "
                                              "and the second would replace the first; rename one of them and "
                                              "import again.")
                                   .arg(first, path);
            } else {
                byKey.insert(parsed.page.key, path);
            }
            item.page = std::move(parsed.page);
            batch.m_items.append(std::move(item));
        }
        ++done;
        if (progress && !progress(done, int(paths.size())) && done < paths.size()) {
            batch.m_stopped = true;
            break;
        }
    }
    return batch;
}

QList<Page> PageBatch::pages() const
{
    QList<Page> pages;
    for (const Item &item : m_items) {
        if (item.ok())
            pages.append(item.page);
    }
    return pages;
}

int PageBatch::importable() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const Item &item) { return item.ok(); }));
}

} // namespace Vigil::Core
