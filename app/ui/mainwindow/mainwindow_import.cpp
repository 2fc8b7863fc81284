// The MainWindow's import of saved pages of the site (File ▸ Import pages…, or
// files dropped on the window; a data pack dropped goes to mainwindow_packs.cpp) into the reader's own library, and the
// removal of one of those pages. What is read and written is core's (import/pagebatch.h, storage/userlibrary.h); the
// window asks, shows progress and reopens.
#include "dialogs/dialogseam.h"
#include "import/pagebatch.h"
#include "mainwindow.h"
#include "models/countrytreemodel.h"
#include "reference/referencedata.h"
#include "settings/config.h"
#include "storage/userlibrary.h"
#include "widgets/backgroundtask.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QStandardPaths>

#include <optional>

namespace Vigil::Ui {

namespace {

// The local files of a drop, or none when anything else is dropped.
QStringList droppedFiles(const QMimeData *data)
{
    QStringList files;
    if (!data || !data->hasUrls())
        return files;
    for (const QUrl &url : data->urls()) {
        if (!url.isLocalFile())
            return {};
        files << url.toLocalFile();
    }
    return files;
}

bool isDataPack(const QString &path)
{
    return path.endsWith(QLatin1String(".vigilpack"), Qt::CaseInsensitive);
}

} // namespace

QString MainWindow::readerLibraryFolder() const
{
    return m_readerLibraryFolder.isEmpty() ? Core::UserLibrary::defaultFolder() : m_readerLibraryFolder;
}

void MainWindow::importPages()
{
    // Where browsers save pages; the folder last used is not remembered, as
    // nothing is that would tell what the reader looked at.
    const QStringList files
        = m_dialogs->choosePagesToImport(this, QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    if (!files.isEmpty())
        importPageFiles(files);
}

PageImportPreview MainWindow::previewOf(const Core::PageBatch &batch) const
{
    PageImportPreview preview;
    for (const QString &folder : batch.skipped())
        preview.skipped << QFileInfo(folder).fileName();
    for (const Core::PageBatch::Item &item : batch.items()) {
        PageImportPreview::File file;
        file.fileName = QFileInfo(item.path).fileName();
        file.problem = item.problem;
        if (item.ok()) {
            file.title = item.page.title.isEmpty() ? item.page.key : item.page.title;
            file.topic = item.page.isTopicPage();
            for (const QString &code : item.page.countries)
                file.countries << countryName(code);
            file.entries = int(item.page.articles.size());
            file.replaces = m_treeModel && m_treeModel->indexForPage(item.page.key).isValid();
            for (const Core::ParseWarning &warning : item.page.warnings)
                file.warnings.append({ warning.line, warning.message });
        }
        preview.files.append(file);
    }
    return preview;
}

std::optional<Core::PageBatch> MainWindow::readPageFiles(
    const QStringList &files, const QString &title, const QString &progressText)
{
    Core::ReferenceData reference;
    QString error;
    if (!reference.load({}, &error)) {
        m_dialogs->showError(this, title, tr("Vigil cannot read its own country tables: %1").arg(error));
        return std::nullopt;
    }
    std::optional<Core::PageBatch> batch;
    const bool read = BackgroundTask::run(this, progressText,
        [&](const BackgroundTask::Progress &progress) { batch = Core::PageBatch::read(files, reference, progress); });
    if (m_quitting || !read || !batch || batch->stopped())
        return std::nullopt;
    return batch;
}

void MainWindow::importPageFiles(const QStringList &files)
{
    const QString title = tr("Import pages");
    const std::optional<Core::PageBatch> batch = readPageFiles(files, title, tr("Reading the pages…"));
    if (m_quitting)
        return;
    if (!batch) {
        showStatus(tr("Import cancelled: nothing was imported."));
        return;
    }
    QString error;
    const PageImportPreview preview = previewOf(*batch);
    if (!m_dialogs->confirmPageImport(this, preview) || m_quitting) {
        showStatus(tr("Nothing was imported."));
        return;
    }
    QStringList kept;
    for (const Core::PageBatch::Item &item : batch->items()) {
        if (item.ok())
            kept << item.path;
    }
    const QList<Core::Page> pages = batch->pages();
    Core::UserLibrary library(readerLibraryFolder());
    bool imported = false;
    BackgroundTask::run(this, tr("Importing the pages…"), [&](const BackgroundTask::Progress &progress) {
        imported = library.importPages(m_bundledLibraryPath, pages, kept, progress, &error);
    });
    if (m_quitting)
        return;
    if (!imported) {
        m_dialogs->showError(this, title, tr("The pages were not imported: %1").arg(error));
        return;
    }
    int entries = 0;
    for (const Core::Page &page : pages)
        entries += int(page.articles.size());
    // The reader's library is what the window shows from now on.
    Config::set(Config::Key::LibraryPath, QString());
    emit libraryChanged(library.libraryPath(),
        pages.size() == 1
            ? tr("Imported “%1”: %n article(s).", nullptr, entries).arg(previewTitle(pages.constFirst()))
            : tr("Imported %1: %2.")
                  .arg(tr("%n page(s)", nullptr, int(pages.size())), tr("%n article(s)", nullptr, entries)),
        pages.constFirst().key);
}

QString MainWindow::previewTitle(const Core::Page &page)
{
    return page.title.isEmpty() ? page.key : page.title;
}

bool MainWindow::isReaderPage(const QString &key) const
{
    const Core::UserLibrary library(readerLibraryFolder());
    return QFileInfo(m_libraryPath) == QFileInfo(library.libraryPath()) && library.isReaderPage(key);
}

void MainWindow::removeImportedPage(const QString &key)
{
    const QModelIndex node = m_treeModel ? m_treeModel->indexForPage(key) : QModelIndex();
    const QString name = node.data(Core::CountryTreeModel::NameRole).toString();
    if (!node.isValid() || !isReaderPage(key)
        || !m_dialogs->confirmRemovePage(this, name, node.data(Core::CountryTreeModel::CountRole).toInt()))
        return;
    Core::UserLibrary library(readerLibraryFolder());
    QString error;
    bool removed = false;
    BackgroundTask::run(this, tr("Removing the page…"),
        [&](const BackgroundTask::Progress &) { removed = library.removePage(m_bundledLibraryPath, key, &error); });
    if (m_quitting)
        return;
    if (!removed) {
        m_dialogs->showError(this, tr("Remove the page"), tr("The page was not removed: %1").arg(error));
        return;
    }
    QString problem;
    const QString next = library.libraryToShow(m_bundledLibraryPath, {}, &problem);
    emit libraryChanged(next, problem.isEmpty() ? tr("Removed “%1”.").arg(name) : problem, QString());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QStringList files = droppedFiles(event->mimeData());
    const bool pages = !files.isEmpty() && std::any_of(files.cbegin(), files.cend(), [](const QString &f) {
        return Core::PageBatch::hasPageSuffix(f) || isDataPack(f);
    });
    if (pages && m_library)
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = droppedFiles(event->mimeData());
    if (files.isEmpty() || !m_library) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    // After the drop has ended: the import asks questions of its own.
    if (files.size() == 1 && isDataPack(files.first())) {
        QMetaObject::invokeMethod(
            this, [this, pack = files.first()]() { openDataPackFile(pack); }, Qt::QueuedConnection);
        return;
    }
    QMetaObject::invokeMethod(
        this, [this, files]() { importPageFiles(files); }, Qt::QueuedConnection);
}

} // namespace Vigil::Ui
