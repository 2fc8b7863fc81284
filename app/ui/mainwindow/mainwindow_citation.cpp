// The citation of the article being read, in the reader's CSL style: shown under
// the reading pane, copied with its formatting (Edit ▸ Copy citation, the strip's
// Copy button, a list row's menu).
#include "bibliographywriter.h"
#include "citationformatter.h"
#include "detail/citationstrip.h"
#include "dialogs/dialogseam.h"
#include "export/citationexport.h"
#include "export/cslitem.h"
#include "mainwindow.h"
#include "storage/articlequeries.h"
#include "storage/cataloguequeries.h"

#include <QComboBox>
#include <QStatusBar>

namespace Vigil::Ui {

qint64 MainWindow::pageCitationId(const QString &pageKey)
{
    if (pageKey.isEmpty())
        return 0;
    return -qint64(qHash(pageKey) & 0x3fffffffffffffffULL) - 1;
}

QJsonObject MainWindow::citationItem(qint64 id) const
{
    if (!m_articles || !m_catalogue || id == 0)
        return {};
    if (id < 0) {
        // The source page shown, cited itself (with its compiler, title and coverage).
        const auto page = id == pageCitationId(m_citedPage) ? m_catalogue->page(m_citedPage) : std::nullopt;
        return page ? Core::CslItem::fromPage(*page).toJson(m_citedPage) : QJsonObject {};
    }
    // The export's own item, with the page the excerpt was read on: the window
    // cites exactly what a bibliography file would.
    const QList<Core::CslItem> items = Core::CitationExport::itemsFor(*m_articles, *m_catalogue, { id });
    if (items.isEmpty())
        return {};
    return items.constFirst().toJson(QString::number(id));
}

void MainWindow::updateCitation()
{
    const qint64 id = m_currentArticle > 0 ? m_currentArticle : pageCitationId(m_citedPage);
    if (id == m_citations->articleId())
        return;
    const QJsonObject item = citationItem(id);
    m_citations->setVisible(!item.isEmpty());
    m_citations->showArticle(item.isEmpty() ? 0 : id, item);
}

void MainWindow::chooseCitationStyle()
{
    const Csl::CslStyle style = m_dialogs->chooseCitationStyle(this, m_citations->styleId());
    if (!style.id.isEmpty())
        m_citations->setStyleId(style.id, style.title);
}

void MainWindow::copyCitation(qint64 id)
{
    const QString style = m_citations->styleId();
    if (const std::optional<Csl::CslEntry> entry = m_citationFormatter->cached(style, id)) {
        copyFormattedCitation(*entry);
        return;
    }
    const QJsonObject item = citationItem(id);
    if (item.isEmpty()) {
        statusBar()->showMessage(tr("Open an article or a source page first, then copy its citation."), 4000);
        return;
    }
    // Copied when the worker has it, a moment from now.
    statusBar()->showMessage(tr("Formatting the citation…"), 4000);
    m_pendingCopy = m_citationFormatter->request(style, id, item);
}

void MainWindow::copyFormattedCitation(const Csl::CslEntry &entry)
{
    copyFormattedEntries({ entry }, tr("Citation copied (%1)").arg(m_citations->styleCombo()->currentText()));
}

void MainWindow::copyFormattedEntries(const QList<Csl::CslEntry> &entries, const QString &status)
{
    m_clipboard.copyFormatted(Csl::BibliographyWriter::plainText(entries).trimmed(),
        Csl::BibliographyWriter::htmlFragment(entries), Csl::BibliographyWriter::rtf(entries).toLatin1());
    statusBar()->showMessage(status, 4000);
}

} // namespace Vigil::Ui
