// The MainWindow's bibliography of what the list shows (a reading list, a
// search, a country), in the style chosen under the reading pane: copied with
// its formatting (File ▸ Copy bibliography) or saved as plain text, HTML or RTF
// (File ▸ Save bibliography). The engine formats it on its worker thread.
#include "bibliographywriter.h"
#include "detail/citationstrip.h"
#include "dialogs/dialogseam.h"
#include "export/citationexport.h"
#include "mainwindow.h"
#include "mainwindow/bibliographyjobs.h"
#include "storage/articlequeries.h"
#include "storage/cataloguequeries.h"
#include "storage/libraryconnection.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QStatusBar>

namespace Vigil::Ui {

namespace {

enum class BibliographyFile { Text, Html, Rtf };

// The file's kind by its suffix, as the reader typed it, else by the filter chosen.
BibliographyFile fileKind(const QString &path, int chosen)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"html" || suffix == u"htm")
        return BibliographyFile::Html;
    if (suffix == u"rtf")
        return BibliographyFile::Rtf;
    if (suffix == u"txt")
        return BibliographyFile::Text;
    return chosen == 1 ? BibliographyFile::Html : chosen == 2 ? BibliographyFile::Rtf : BibliographyFile::Text;
}

QByteArray fileBytes(BibliographyFile kind, const QList<Csl::CslEntry> &entries, const QString &title)
{
    switch (kind) {
    case BibliographyFile::Html:
        return Csl::BibliographyWriter::htmlDocument(entries, title).toUtf8();
    case BibliographyFile::Rtf:
        return Csl::BibliographyWriter::rtf(entries).toLatin1(); // ASCII: RTF escapes the rest
    case BibliographyFile::Text:
        break;
    }
    return Csl::BibliographyWriter::plainText(entries).toUtf8();
}

} // namespace

BibliographyJobs *MainWindow::bibliographyJobs()
{
    if (!m_bibliographyJobs)
        m_bibliographyJobs = new BibliographyJobs(m_citationFormatter, statusBar(), this);
    return m_bibliographyJobs;
}

void MainWindow::formatBibliography(const QList<qint64> &ids, const QString &title,
    const std::function<void(const QList<Csl::CslEntry> &entries)> &then)
{
    const Core::CatalogueQueries catalogue(*m_library);
    QList<QJsonObject> items;
    for (const Core::CslItem &item : Core::CitationExport::itemsFor(*m_articles, catalogue, ids))
        items << item.toJson(QString::number(item.articleId));
    if (!m_library->readFailure().isEmpty()) {
        showLibraryProblem(m_library->readFailure());
        return;
    }
    const QString style = m_citations->styleCombo()->currentText();
    bibliographyJobs()->start(m_citations->styleId(), items,
        tr("Formatting %n citation(s) in %1…", nullptr, int(items.size())).arg(style),
        [this, title, then](const Csl::CslResult &result) {
            if (!result.ok()) {
                m_dialogs->showError(this, title,
                    tr("Vigil could not format the bibliography: %1 Choose another style under the reading pane "
                       "and try again.")
                        .arg(result.error));
                return;
            }
            then(result.entries);
        });
}

void MainWindow::copyBibliography()
{
    const std::optional<QList<qint64>> ids = listedArticles(tr("Copy bibliography"));
    if (!ids)
        return;
    formatBibliography(*ids, tr("Copy bibliography"), [this](const QList<Csl::CslEntry> &entries) {
        const QString style = m_citations->styleCombo()->currentText();
        copyFormattedEntries(
            entries, tr("Bibliography of %n article(s) copied (%1)", nullptr, int(entries.size())).arg(style));
    });
}

void MainWindow::saveBibliography()
{
    const std::optional<QList<qint64>> ids = listedArticles(tr("Save bibliography"));
    if (!ids)
        return;
    // Where first, so the reader is not asked after waiting for the engine.
    const QString scope = m_currentCountry.isEmpty() ? tr("Bibliography") : countryName(m_currentCountry);
    int chosen = 0;
    const QString path = chooseExportFile(tr("Save bibliography"), scope,
        { tr("Plain text (*.txt)"), tr("Web page (*.html)"), tr("Rich text for word processors (*.rtf)") },
        { QStringLiteral("txt"), QStringLiteral("html"), QStringLiteral("rtf") }, &chosen);
    if (path.isEmpty())
        return;
    const BibliographyFile kind = fileKind(path, chosen);
    formatBibliography(*ids, tr("Save bibliography"), [this, path, kind, scope](const QList<Csl::CslEntry> &entries) {
        if (!writeExportFile(path, fileBytes(kind, entries, scope), tr("Save bibliography")))
            return;
        const QString where = QDir::toNativeSeparators(path);
        statusBar()->showMessage(
            tr("Saved the bibliography of %n article(s) to %1", nullptr, int(entries.size())).arg(where), 8000);
    });
}

} // namespace Vigil::Ui
