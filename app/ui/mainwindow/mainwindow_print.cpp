// The MainWindow's handouts: Print preview, Print and Save as PDF print the
// handout of what the reader is on (the article read, else the reading list or
// the country chosen in the tree), cited in the style chosen under the reading
// pane, laid out for paper by print/handoutprinter.h.
#include "browse/filterbar.h"
#include "content/handoutrenderer.h"
#include "detail/citationstrip.h"
#include "dialogs/dialogseam.h"
#include "mainwindow.h"
#include "mainwindow/bibliographyjobs.h"
#include "print/handoutcitations.h"
#include "print/handoutprinter.h"
#include "storage/articlequeries.h"
#include "storage/cataloguequeries.h"
#include "storage/handoutcontent.h"
#include "storage/userdatastore.h"

#include <QComboBox>
#include <QDir>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTreeView>

namespace Vigil::Ui {

namespace {

// Shows its progress when printing takes longer than a second, and lets the
// reader stop it.
class PrintProgress final
{
public:
    PrintProgress(QWidget *parent, const QString &label)
        : m_dialog(label, HandoutPrinter::tr("Stop"), 0, 0, parent)
    {
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setMinimumDuration(1000);
        m_dialog.setValue(0);
    }
    HandoutPrinter::Progress callback()
    {
        return [this](int page, int pages) {
            m_dialog.setMaximum(pages);
            m_dialog.setValue(page);
            return !m_dialog.wasCanceled();
        };
    }

private:
    QProgressDialog m_dialog;
};

} // namespace

std::optional<Core::Handout> MainWindow::currentHandout()
{
    if (!m_articles || !m_catalogue)
        return std::nullopt;
    // From the country tree, what is chosen there: a list or a country can go on
    // showing an article of its own.
    const bool fromTree = m_tree && m_tree->hasFocus();
    if (m_currentArticle > 0 && !fromTree)
        return Core::articleHandout(*m_articles, *m_catalogue, m_currentArticle);
    const Core::ArticleFilter filter = m_filterBar->filter();
    if (filter.readingList != 0 && hasUserData()) {
        for (const Core::ReadingList &list : m_userData->readingLists()) {
            if (list.id == filter.readingList)
                return Core::readingListHandout(*m_articles, *m_catalogue, *m_userData, list);
        }
    }
    if (m_currentCountry.isEmpty()) {
        if (m_currentArticle > 0)
            return Core::articleHandout(*m_articles, *m_catalogue, m_currentArticle);
        return std::nullopt;
    }
    // A list the reader narrowed (a search, years, a topic) chooses the dossier's articles.
    Core::ArticleFilter whole;
    whole.country = m_currentCountry;
    std::optional<QList<qint64>> chosen;
    if (filter != whole) {
        chosen.emplace();
        for (const Core::ArticleSummary &a :
            m_articles->findArticles(withNoteMatches(filter), Core::ArticleSort::DateNewest, 0, -1))
            chosen->append(a.id);
    }
    return Core::countryDossier(*m_articles, *m_catalogue, m_currentCountry, countryName(m_currentCountry), chosen);
}

void MainWindow::withHandoutPrinter(const QString &doing, const std::function<void(const HandoutPrinter &)> &then)
{
    std::optional<Core::Handout> handout = currentHandout();
    if (!handout) {
        statusBar()->showMessage(
            tr("Open an article, or choose a country or a reading list in the tree; then %1.").arg(doing), 8000);
        return;
    }
    // The citations in the strip's style, from the engine on its worker: the
    // handout is printed when they are there.
    const QList<QJsonObject> items = HandoutCitations::items(*handout, *m_catalogue);
    const QString styleName = m_citations->styleCombo()->currentText();
    bibliographyJobs()->start(m_citations->styleId(), items, tr("Formatting the handout’s citations…"),
        [this, handout = std::move(*handout), styleName, then](const Csl::CslResult &result) mutable {
            if (!result.ok()) {
                m_dialogs->showError(this, tr("Citations"),
                    tr("Vigil could not format the citations: %1 Choose another style under the reading pane and "
                       "try again.")
                        .arg(result.error));
                return;
            }
            HandoutCitations::apply(&handout, result.entries, styleName);
            Core::RenderOptions options;
            options.countryNames = m_countryNames;
            options.topicLabels = m_topicLabels;
            then(HandoutPrinter(
                Core::HandoutRenderer::render(handout, options), handout.title, Core::HandoutRenderer::footerNotice()));
        });
}

void MainWindow::printToPrinter(const HandoutPrinter &handout, QPrinter *printer)
{
    PrintProgress progress(this, tr("Printing…"));
    QString error;
    if (!handout.print(printer, &error, progress.callback()))
        m_dialogs->showError(this, tr("Print"), tr("%1 Check the printer and try again.").arg(error));
}

void MainWindow::printPreview()
{
    withPrinter(tr("preview its handout"), [this](const HandoutPrinter &handout, QPrinter *printer) {
        QPrintPreviewDialog preview(printer, this);
        preview.setObjectName(QStringLiteral("printPreviewDialog"));
        preview.setWindowTitle(tr("Print preview"));
        connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [this, &handout](QPrinter *target) { printToPrinter(handout, target); });
        preview.exec();
    });
}

void MainWindow::printHandout()
{
    withPrinter(tr("print its handout"), [this](const HandoutPrinter &handout, QPrinter *printer) {
        QPrintDialog dialog(printer, this);
        dialog.setWindowTitle(tr("Print"));
        if (dialog.exec() == QDialog::Accepted)
            printToPrinter(handout, printer);
    });
}

void MainWindow::withPrinter(const QString &doing, const std::function<void(const HandoutPrinter &, QPrinter *)> &print)
{
    withHandoutPrinter(doing, [print](const HandoutPrinter &handout) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setDocName(handout.title());
        print(handout, &printer);
    });
}

void MainWindow::saveAsPdf()
{
    withHandoutPrinter(tr("save its handout as PDF"), [this](const HandoutPrinter &handout) {
        QString name = handout.title().simplified().left(80);
        name.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|]+)")), QStringLiteral(" "));
        if (name.trimmed().isEmpty())
            name = tr("Vigil handout");
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = m_dialogs->chooseFileToSave(this, tr("Save as PDF"),
            QDir(folder).filePath(name.simplified() + QStringLiteral(".pdf")), tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        statusBar()->showMessage(tr("Saving %1…").arg(QDir::toNativeSeparators(path)));
        PrintProgress progress(this, tr("Saving %1…").arg(QDir::toNativeSeparators(path)));
        QString error;
        if (handout.writePdf(path, &error, progress.callback()))
            statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 8000);
        else
            m_dialogs->showError(this, tr("Save as PDF"), error);
    });
}

} // namespace Vigil::Ui
