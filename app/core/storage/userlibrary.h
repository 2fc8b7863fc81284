#pragma once

#include "domain/page.h"

#include <QFileInfoList>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Vigil::Core {

class ReferenceData;

// The pages the reader imported, shown together with the bundled library.
//
// The bundled library stays read-only and byte-identical. The reader's pages are
// kept in a folder of their own, as the files they imported ("pages/"), and the
// window reads one library made of both: a copy of the bundled library with those
// pages imported into it ("library.sqlite"). A stamp says which bundled library
// and which pages it was made of; when an update brings a newer bundled library,
// it is made again from the new one and the same pages, so the reader's pages
// survive every update. One library file keeps search, the tree, the counts and
// the facets whole: they need no knowledge of where a page came from.
//
// Every change is made on a copy beside the library and renamed into place when
// whole: a crash or a full disk leaves the library as it was.
class UserLibrary final
{
public:
    // Called after each step; false stops the work before anything is renamed.
    using Progress = std::function<bool(int done, int total)>;

    explicit UserLibrary(QString folder = defaultFolder());

    // In the application data folder, which "Clear my data" removes.
    static QString defaultFolder();
    QString folder() const { return m_folder; }
    QString libraryPath() const;
    QString pagesFolder() const;

    // The keys of the reader's pages, sorted.
    QStringList pageKeys() const;
    bool hasPages() const { return !pageKeys().isEmpty(); }
    bool isReaderPage(const QString &key) const;

    // Whether libraryPath() is made of this bundled library and the pages kept.
    bool isCurrent(const QString &bundledPath) const;
    // The library the window shows by default: libraryPath() when the reader has
    // pages (made again first when it is not current), else the bundled one. On
    // failure, the bundled one and *problem says why.
    QString libraryToShow(const QString &bundledPath, const Progress &progress, QString *problem);
    // Makes libraryPath() again from the bundled library and the pages kept.
    bool rebuild(const QString &bundledPath, const Progress &progress, QString *error);

    // Adds pages read from their files (PageBatch), replacing the reader's pages
    // of the same key; the files are kept for the next rebuild. All or nothing.
    bool importPages(const QString &bundledPath, const QList<Page> &pages, const QStringList &files,
        const Progress &progress, QString *error);
    // Removes one of the reader's pages; a page of the bundled library is refused.
    bool removePage(const QString &bundledPath, const QString &key, QString *error);

private:
    QString stampPath() const;
    QString stampFor(const QString &bundledPath) const;
    QFileInfoList keptFiles() const;
    QString keptFile(const QString &key) const;
    void forgetIfEmpty();
    // Copies the current library (or the bundled one) beside it, for a change.
    bool beginChange(const QString &bundledPath, const QString &partial, QString *error);
    bool commitChange(const QString &bundledPath, const QString &partial, QString *error);

    QString m_folder;
};

} // namespace Vigil::Core
