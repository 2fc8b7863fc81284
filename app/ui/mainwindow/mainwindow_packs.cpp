// The MainWindow's data packs (File ▸ Open data pack…, or a pack dropped on the
// window) and the publishers trusted to sign them. The pack is checked whole
// (packs/datapack.h) and its pages read as an import reads them before the
// reader sees what it changes; nothing is written before they choose Import.
#include "dialogs/dialogseam.h"
#include "dialogs/trustedpublishersdialog.h"
#include "import/pagebatch.h"
#include "mainwindow.h"
#include "packs/datapack.h"
#include "packs/packplan.h"
#include "settings/config.h"
#include "settings/trustedpublishers.h"
#include "storage/cataloguequeries.h"
#include "storage/userdatastore.h"
#include "storage/userlibrary.h"
#include "widgets/backgroundtask.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <optional>

namespace Vigil::Ui {

void MainWindow::openDataPack()
{
    const QString path
        = m_dialogs->choosePackToOpen(this, QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    if (!path.isEmpty())
        openDataPackFile(path);
}

void MainWindow::showTrustedPublishers()
{
    TrustedPublishersDialog dialog(m_dialogs, this);
    m_dialogs->showTrustedPublishers(&dialog);
}

void MainWindow::openDataPackFile(const QString &path)
{
    const QString title = tr("Open data pack");
    const QString fileName = QFileInfo(path).fileName();
    if (!m_library) {
        m_dialogs->showError(this, title, tr("No library is open to import the pack into."));
        return;
    }
    Core::OpenedPack opened;
    QString problem;
    bool read = false;
    BackgroundTask::run(this, tr("Checking the pack…"),
        [&](const BackgroundTask::Progress &) { read = Core::DataPackReader::readFile(path, &opened, &problem); });
    if (m_quitting)
        return;
    if (!read) {
        m_dialogs->showError(this, title, tr("“%1” was not opened. %2").arg(fileName, problem));
        return;
    }
    const Core::DataPack &pack = opened.pack;
    if (!pack.hotlines.isEmpty() && !canKeepHotlines())
        return;

    // The pages are read from files, as an import reads them, before anything is shown.
    QTemporaryDir folder;
    QStringList files;
    for (const Core::PackPage &page : pack.pages) {
        QFile file(QDir(folder.path()).filePath(page.fileName));
        if (!folder.isValid() || !file.open(QIODevice::WriteOnly) || file.write(page.data) != page.data.size()) {
            m_dialogs->showError(this, title,
                tr("“%1” was not opened: Vigil could not write its pages to a temporary folder (%2). Check that "
                   "the disk has free space.")
                    .arg(fileName, file.errorString()));
            return;
        }
        files << file.fileName();
    }
    const std::optional<Core::PageBatch> batch = readPageFiles(files, title, tr("Reading the pack's pages…"));
    if (m_quitting)
        return;
    if (!batch) {
        showStatus(tr("Nothing was imported."));
        return;
    }
    for (const Core::PageBatch::Item &item : batch->items()) {
        if (!item.ok()) {
            m_dialogs->showError(this, title,
                tr("“%1” was not imported: one of its pages cannot be read. %2").arg(fileName, item.problem));
            return;
        }
    }
    const QList<Core::Page> pages = batch->pages();

    PackImportPreview preview;
    preview.fileName = fileName;
    preview.countryNames = m_countryNames;
    if (opened.isSigned()) {
        preview.fingerprint = opened.fingerprint();
        const bool trusted = TrustedPublishers::isTrusted(preview.fingerprint);
        preview.signer = trusted ? PackImportPreview::Signer::Trusted : PackImportPreview::Signer::Unknown;
        // A trusted key goes by the name the reader gave it, whatever the pack says.
        preview.publisher = trusted ? TrustedPublishers::nameOf(preview.fingerprint) : pack.publisher;
        if (preview.publisher.isEmpty())
            preview.publisher = pack.publisher;
    }
    preview.pages = previewOf(*batch);
    for (int i = 0; i < pages.size(); ++i) {
        const Core::Page &page = pages.at(i);
        const bool replaces = preview.pages.files.value(i).replaces;
        preview.hotlines << Core::PackPlan::pageHotlineChanges(previewTitle(page),
            replaces ? m_catalogue->pageHotlines(page.key) : QList<Core::Hotline> {}, page.hotlines);
    }
    const QString from = opened.isSigned()
        ? tr("from a data pack signed by %1, fingerprint %2").arg(preview.publisher, preview.fingerprint)
        : tr("from an unsigned data pack");
    if (!pack.hotlines.isEmpty())
        preview.hotlines << Core::PackPlan::myHotlineChanges(pack.hotlines, m_userData->myHotlines(), from);

    const PackImportDecision decision = m_dialogs->confirmPackImport(this, preview);
    if (m_quitting)
        return;
    if (!decision.import) {
        showStatus(tr("Nothing was imported."));
        return;
    }
    if (decision.trustSigner)
        TrustedPublishers::add(preview.fingerprint, pack.publisher);

    QString error;
    Core::UserLibrary library(readerLibraryFolder());
    if (!pages.isEmpty()) {
        bool imported = false;
        BackgroundTask::run(this, tr("Importing the pages…"), [&](const BackgroundTask::Progress &progress) {
            imported = library.importPages(m_bundledLibraryPath, pages, files, progress, &error);
        });
        if (m_quitting)
            return;
        if (!imported) {
            m_dialogs->showError(this, title, tr("Nothing was imported: %1").arg(error));
            return;
        }
    }
    if (!pack.hotlines.isEmpty()) {
        if (!Core::PackPlan::applyMyHotlines(*m_userData, pack.hotlines, from, &error)) {
            m_dialogs->showError(this, title,
                pages.isEmpty() ? tr("The hotlines were not saved: %1").arg(error)
                                : tr("The pages were imported, but the hotlines were not saved: %1").arg(error));
        }
        refreshHotlines();
    }
    const QString status = tr("Imported the pack “%1”: %2 and %3.")
                               .arg(fileName, tr("%n page(s)", nullptr, int(pages.size())),
                                   tr("%n hotline(s)", nullptr, int(pack.hotlines.size())));
    if (pages.isEmpty()) {
        showStatus(status);
        return;
    }
    // The reader's library is what the window shows from now on.
    Config::set(Config::Key::LibraryPath, QString());
    emit libraryChanged(library.libraryPath(), status, pages.constFirst().key);
}

} // namespace Vigil::Ui
