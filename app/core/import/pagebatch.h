#pragma once

#include "domain/page.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Vigil::Core {

class ReferenceData;

// Several saved pages read before anything is written, for an import that shows
// what it found first (the window) or refuses all at the first bad file (the
// command line). Nothing here touches a library.
class PageBatch final
{
public:
    struct Item
    {
        QString path;
        Page page; // parsed, when problem is empty
        QString problem; // one sentence: why this file cannot be imported
        bool ok() const { return problem.isEmpty(); }
    };

    // Called after each file; returning false stops the reading (the batch then
    // holds the files read so far).
    using Progress = std::function<bool(int done, int total)>;

    // The "_files" folders of pages saved "complete" are left out (skipped());
    // so are names that are neither .txt, .html nor .htm when a folder is given.
    static PageBatch read(const QStringList &paths, const ReferenceData &reference, const Progress &progress = {});

    // "Web page, complete" saves page.html and a page_files folder beside it.
    static bool isSavedPageFolder(const QString &path);
    // What a saved page of the site is called: .txt, .html or .htm.
    static bool hasPageSuffix(const QString &path);

    const QList<Item> &items() const { return m_items; }
    const QStringList &skipped() const { return m_skipped; }
    QList<Page> pages() const; // those that can be imported, in order
    int importable() const;
    bool stopped() const { return m_stopped; }

private:
    QList<Item> m_items;
    QStringList m_skipped;
    bool m_stopped = false;
};

} // namespace Vigil::Core
