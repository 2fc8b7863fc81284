#include "userlibrary.h"

#include "import/pageparser.h"
#include "reference/referencedata.h"
#include "storage/datafolders.h"
#include "storage/libraryconnection.h"
#include "storage/libraryimporter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Vigil::Core {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Removes the partial copy of a change that did not finish.
class PartialCopy final
{
public:
    explicit PartialCopy(QString path)
        : m_path(std::move(path))
    {
        QFile::remove(m_path);
    }
    ~PartialCopy()
    {
        if (!m_kept)
            QFile::remove(m_path);
    }
    PartialCopy(const PartialCopy &) = delete;
    PartialCopy &operator=(const PartialCopy &) = delete;
    const QString &path() const { return m_path; }
    void keep() { m_kept = true; }

private:
    QString m_path;
    bool m_kept = false;
};

bool copyWritable(const QString &from, const QString &to, QString *error)
{
    if (!QFile::copy(from, to)) {
        *error = QStringLiteral("Cannot copy %1 to %2; check that the disk has room and the folder may be written.")
                     .arg(native(from), native(to));
        return false;
    }
    // An installed library is often read-only, and a copy keeps its permissions.
    QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

bool bundledHasPage(const QString &bundledPath, const QString &key)
{
    LibraryConnection bundled;
    if (!bundled.open(bundledPath, LibraryConnection::OpenMode::ReadOnly, nullptr))
        return false;
    return bundled.readScalar(QStringLiteral("SELECT count(*) FROM pages WHERE key = ?"), { key }) > 0;
}

} // namespace

UserLibrary::UserLibrary(QString folder)
    : m_folder(std::move(folder))
{
}

QString UserLibrary::defaultFolder()
{
    return QDir(DataFolders::appData()).filePath(QStringLiteral("library"));
}

QString UserLibrary::libraryPath() const
{
    return QDir(m_folder).filePath(QStringLiteral("library.sqlite"));
}

QString UserLibrary::pagesFolder() const
{
    return QDir(m_folder).filePath(QStringLiteral("pages"));
}

QString UserLibrary::stampPath() const
{
    return QDir(m_folder).filePath(QStringLiteral("library.stamp"));
}

QFileInfoList UserLibrary::keptFiles() const
{
    // Only what a page is saved as: a copy being made or set aside is not a page.
    return QDir(pagesFolder())
        .entryInfoList(
            { QStringLiteral("*.txt"), QStringLiteral("*.html"), QStringLiteral("*.htm") }, QDir::Files, QDir::Name);
}

QStringList UserLibrary::pageKeys() const
{
    QStringList keys;
    const QFileInfoList files = keptFiles();
    for (const QFileInfo &file : files)
        keys << file.completeBaseName();
    keys.removeDuplicates();
    return keys;
}

QString UserLibrary::keptFile(const QString &key) const
{
    const QFileInfoList files = keptFiles();
    for (const QFileInfo &file : files) {
        if (file.completeBaseName() == key)
            return file.absoluteFilePath();
    }
    return {};
}

bool UserLibrary::isReaderPage(const QString &key) const
{
    return !keptFile(key).isEmpty();
}

// What the library was made of: the bundled file as it is on disk, the schema
// this program writes, and each kept page file.
QString UserLibrary::stampFor(const QString &bundledPath) const
{
    const QFileInfo bundled(bundledPath);
    QString stamp = QStringLiteral("bundled %1 %2 %3\nschema %4\n")
                        .arg(bundled.absoluteFilePath())
                        .arg(bundled.size())
                        .arg(bundled.lastModified().toMSecsSinceEpoch())
                        .arg(LibraryConnection::currentSchemaVersion);
    const QFileInfoList files = keptFiles();
    for (const QFileInfo &file : files)
        stamp += QStringLiteral("page %1 %2 %3\n")
                     .arg(file.fileName())
                     .arg(file.size())
                     .arg(file.lastModified().toMSecsSinceEpoch());
    return stamp;
}

bool UserLibrary::isCurrent(const QString &bundledPath) const
{
    QFile stamp(stampPath());
    if (!QFileInfo(libraryPath()).isFile() || !stamp.open(QIODevice::ReadOnly))
        return false;
    return QString::fromUtf8(stamp.readAll()) == stampFor(bundledPath);
}

QString UserLibrary::libraryToShow(const QString &bundledPath, const Progress &progress, QString *problem)
{
    if (!hasPages())
        return bundledPath;
    if (!isCurrent(bundledPath) && !rebuild(bundledPath, progress, problem))
        return bundledPath;
    return libraryPath();
}

bool UserLibrary::rebuild(const QString &bundledPath, const Progress &progress, QString *error)
{
    if (!QDir().mkpath(m_folder)) {
        *error = QStringLiteral("Cannot make the folder %1 for your pages.").arg(native(m_folder));
        return false;
    }
    PartialCopy partial(libraryPath() + QStringLiteral(".partial"));
    if (!copyWritable(bundledPath, partial.path(), error))
        return false;
    ReferenceData reference;
    if (!reference.load({}, error))
        return false;
    const PageParser parser(reference);
    const QStringList keys = pageKeys();
    {
        LibraryConnection library;
        if (!library.open(partial.path(), LibraryConnection::OpenMode::ReadWrite, error))
            return false;
        LibraryImporter importer(library);
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const PageParser::Result parsed = parser.parseFile(keptFile(keys.at(i)));
            // A kept page this Vigil can no longer read stays kept, for a later one.
            if (parsed.ok && !importer.importPage(parsed.page, error))
                return false;
            if (progress && !progress(int(i + 1), int(keys.size()))) {
                *error = QStringLiteral("Stopped; your library is as it was.");
                return false;
            }
        }
    }
    if (!commitChange(bundledPath, partial.path(), error))
        return false;
    partial.keep();
    return true;
}

bool UserLibrary::beginChange(const QString &bundledPath, const QString &partial, QString *error)
{
    if (!QDir().mkpath(pagesFolder())) {
        *error = QStringLiteral("Cannot make the folder %1 for your pages.").arg(native(pagesFolder()));
        return false;
    }
    // A library made of an older bundled one is made again first.
    if (hasPages() && !isCurrent(bundledPath) && !rebuild(bundledPath, {}, error))
        return false;
    return copyWritable(hasPages() ? libraryPath() : bundledPath, partial, error);
}

bool UserLibrary::commitChange(const QString &bundledPath, const QString &partial, QString *error)
{
    // The stamp goes first: a crash between the two leaves a stamp that does not
    // match the old library, which is then made again from the kept pages.
    QSaveFile stamp(stampPath());
    if (!stamp.open(QIODevice::WriteOnly) || stamp.write(stampFor(bundledPath).toUtf8()) < 0 || !stamp.commit()) {
        *error = QStringLiteral("Cannot write %1; check that the disk has room.").arg(native(stampPath()));
        return false;
    }
    QFile::remove(libraryPath());
    if (!QFile::rename(partial, libraryPath())) {
        *error = QStringLiteral("Cannot put the new library in place at %1.").arg(native(libraryPath()));
        return false;
    }
    return true;
}

bool UserLibrary::importPages(const QString &bundledPath, const QList<Page> &pages, const QStringList &files,
    const Progress &progress, QString *error)
{
    Q_ASSERT(pages.size() == files.size());
    PartialCopy partial(libraryPath() + QStringLiteral(".partial"));
    if (!beginChange(bundledPath, partial.path(), error))
        return false;
    {
        LibraryConnection library;
        if (!library.open(partial.path(), LibraryConnection::OpenMode::ReadWrite, error))
            return false;
        LibraryImporter importer(library);
        for (qsizetype i = 0; i < pages.size(); ++i) {
            if (!importer.importPage(pages.at(i), error))
                return false;
            if (progress && !progress(int(i + 1), int(pages.size()))) {
                *error = QStringLiteral("Stopped; nothing was imported.");
                return false;
            }
        }
    }
    // Kept as imported, under the page's key, for the rebuild after an update:
    // every copy is made before any takes the place of an earlier one.
    QStringList copies;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QString copy = QDir(pagesFolder())
                                 .filePath(pages.at(i).key + u'.' + QFileInfo(files.at(i)).suffix().toLower()
                                     + QStringLiteral(".partial"));
        QFile::remove(copy);
        copies << copy;
        if (!QFile::copy(files.at(i), copy)) {
            *error = QStringLiteral("Cannot keep a copy of %1 in %2; check that the disk has room. Nothing was "
                                    "imported.")
                         .arg(native(files.at(i)), native(pagesFolder()));
            for (const QString &made : std::as_const(copies))
                QFile::remove(made);
            return false;
        }
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    }
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (const QString earlier = keptFile(pages.at(i).key); !earlier.isEmpty())
            QFile::remove(earlier);
        QFile::rename(copies.at(i), copies.at(i).chopped(8));
    }
    if (!commitChange(bundledPath, partial.path(), error))
        return false;
    partial.keep();
    return true;
}

bool UserLibrary::removePage(const QString &bundledPath, const QString &key, QString *error)
{
    const QString kept = keptFile(key);
    if (kept.isEmpty()) {
        *error = QStringLiteral("“%1” is a page of the library Vigil comes with, not one you imported; it cannot be "
                                "removed.")
                     .arg(key);
        return false;
    }
    // A page that replaced one of the bundled library gives it back: made again.
    if (bundledHasPage(bundledPath, key)) {
        const QString aside = kept + QStringLiteral(".removed");
        QFile::remove(aside);
        if (!QFile::rename(kept, aside)) {
            *error = QStringLiteral("Cannot remove %1.").arg(native(kept));
            return false;
        }
        if (!rebuild(bundledPath, {}, error)) {
            QFile::rename(aside, kept);
            return false;
        }
        QFile::remove(aside);
        forgetIfEmpty();
        return true;
    }
    PartialCopy partial(libraryPath() + QStringLiteral(".partial"));
    if (!beginChange(bundledPath, partial.path(), error))
        return false;
    {
        LibraryConnection library;
        if (!library.open(partial.path(), LibraryConnection::OpenMode::ReadWrite, error))
            return false;
        int removed = 0;
        if (!LibraryImporter(library).removePage(key, &removed, error))
            return false;
    }
    if (!QFile::remove(kept)) {
        *error = QStringLiteral("Cannot remove %1.").arg(native(kept));
        return false;
    }
    if (!commitChange(bundledPath, partial.path(), error))
        return false;
    partial.keep();
    forgetIfEmpty();
    return true;
}

void UserLibrary::forgetIfEmpty()
{
    // Without pages of the reader's, the window shows the bundled library itself.
    if (hasPages())
        return;
    QFile::remove(libraryPath());
    QFile::remove(stampPath());
}

} // namespace Vigil::Core
