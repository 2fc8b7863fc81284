// The MainWindow's export of citations: what the list shows (a country, a
// reading list, a search), or one article of it, to a file a reference manager
// imports. The formats and their writing are core's (core/export/).
#include "dialogs/dialogseam.h"
#include "export/citationexport.h"
#include "mainwindow.h"
#include "models/articlelistmodel.h"
#include "storage/articlequeries.h"
#include "storage/cataloguequeries.h"
#include "storage/libraryconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>

namespace Vigil::Ui {

namespace {

// The context translators see these words under.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::Ui::CitationExportFormats)
};

} // namespace

using Core::ExportFormat;
using Core::CitationExport::fileSuffix;

namespace {

QString filterFor(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Bibtex:
        return Words::tr("BibTeX (*.bib)");
    case ExportFormat::Ris:
        return Words::tr("RIS (*.ris)");
    case ExportFormat::CslJson:
        return Words::tr("CSL-JSON (*.json)");
    }
    return {};
}

} // namespace

std::optional<QList<qint64>> MainWindow::listedArticles(const QString &title)
{
    if (!m_listModel || !m_articles)
        return std::nullopt;
    // The list's own query, in its own order: what the reader sees is what is written.
    const Core::ArticleFilter filter = m_listModel->filter();
    const int total = m_articles->countArticles(filter);
    QList<qint64> ids;
    if (total > 0) {
        for (const Core::ArticleSummary &row : Core::ArticleListModel::readRows(
                 *m_articles, filter, m_listModel->articleSort(), m_listModel->isReversed(), total, 0, total))
            ids << row.id;
    }
    if (!m_library->readFailure().isEmpty()) {
        showLibraryProblem(m_library->readFailure());
        return std::nullopt;
    }
    if (ids.isEmpty()) {
        m_dialogs->showError(this, title,
            tr("The article list is empty, so there is nothing to export. Choose a country, a reading list or a "
               "search that finds articles, then export again."));
        return std::nullopt;
    }
    return ids;
}

void MainWindow::exportCitations()
{
    const std::optional<QList<qint64>> ids = listedArticles(tr("Export citations"));
    if (!ids)
        return;
    const QString scope = m_currentCountry.isEmpty() ? tr("Vigil citations") : countryName(m_currentCountry);
    writeCitations(*ids, scope);
}

void MainWindow::exportCitation(qint64 id)
{
    const std::optional<Core::Article> article = m_articles ? m_articles->article(id) : std::nullopt;
    if (!article)
        return;
    writeCitations({ id }, article->title);
}

void MainWindow::writeCitations(const QList<qint64> &ids, const QString &name)
{
    const QList<ExportFormat> formats = Core::CitationExport::formats();
    QStringList filters;
    for (const ExportFormat format : formats)
        filters << filterFor(format);
    QStringList suffixes;
    for (const ExportFormat format : formats)
        suffixes << fileSuffix(format);
    int chosen = 0;
    const QString path
        = chooseExportFile(tr("Export %n citation(s)", nullptr, int(ids.size())), name, filters, suffixes, &chosen);
    if (path.isEmpty())
        return;
    const ExportFormat format = formats.value(chosen, formats.first());

    const Core::CatalogueQueries catalogue(*m_library);
    const QList<Core::CslItem> items = Core::CitationExport::itemsFor(*m_articles, catalogue, ids);
    if (!m_library->readFailure().isEmpty()) {
        showLibraryProblem(m_library->readFailure());
        return;
    }
    if (!writeExportFile(path, Core::CitationExport::write(format, items), tr("Export citations")))
        return;
    const QString where = QDir::toNativeSeparators(path);
    statusBar()->showMessage(tr("Exported %n citation(s) to %1", nullptr, int(items.size())).arg(where), 8000);
}

QString MainWindow::chooseExportFile(
    const QString &caption, const QString &name, const QStringList &filters, const QStringList &suffixes, int *chosen)
{
    QString base = name;
    base.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|]+)")), QStringLiteral(" "));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    *chosen = 0;
    QString path = m_dialogs->chooseFileToExport(
        this, caption, QDir(folder).filePath(base.simplified().left(80) + u'.' + suffixes.value(0)), filters, chosen);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffixes.value(*chosen, suffixes.value(0));
    return path;
}

bool MainWindow::writeExportFile(const QString &path, const QByteArray &bytes, const QString &title)
{
    // Whole or not at all: a failed export leaves a file that was there as it was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_dialogs->showError(this, title,
            tr("Vigil could not write %1 (%2). Choose a folder you can write to, with some free space, and try "
               "again.")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

} // namespace Vigil::Ui
