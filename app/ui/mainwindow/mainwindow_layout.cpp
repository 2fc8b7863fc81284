// The MainWindow's layout rules and its reading history.
//
// The article is what Vigil is for, so the reading pane never goes below a
// readable measure. As the window narrows, the countries pane and the list give
// way first; below the width all three need side by side, the list goes above
// the article. Panes the user hid (View menu, or dragged shut) stay hidden.
#include "browse/filterbar.h"
#include "detail/detailpane.h"
#include "mainwindow.h"
#include "models/articlelistmodel.h"
#include "models/countrytreefiltermodel.h"
#include "models/countrytreemodel.h"
#include "settings/config.h"
#include "storage/articlequeries.h"

#include <QAction>
#include <QFontMetrics>
#include <QHeaderView>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>

namespace Vigil::Ui {

namespace {
constexpr int countriesMinimum = 190;
constexpr int listMinimum = 300;
} // namespace

int MainWindow::readableWidth() const
{
    // The pane's text is about 1.2 times the window's font; 45 of its average
    // characters, and the page's margins.
    QFont text = font();
    text.setPointSizeF(text.pointSizeF() * 1.2);
    return QFontMetrics(text).averageCharWidth() * 45 + 48;
}

bool MainWindow::isNarrowLayout() const
{
    return m_readingSplitter->orientation() == Qt::Vertical;
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    updateLayout();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The mouse's back and forward buttons, over any part of this window.
    if (event->type() == QEvent::MouseButtonPress) {
        const auto *press = static_cast<QMouseEvent *>(event);
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && widget->window() == this
            && (press->button() == Qt::BackButton || press->button() == Qt::ForwardButton)) {
            press->button() == Qt::BackButton ? goBack() : goForward();
            return true;
        }
    }
    // The list's columns follow its own width, which a splitter also changes.
    if (m_list && watched == m_list->viewport() && event->type() == QEvent::Resize)
        fitListColumns();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_panesSized)
        return;
    // Shares of the width the window really has, once it has it.
    m_panesSized = true;
    const int countries = std::clamp(width() / 5, countriesMinimum + 10, 280);
    const int rest = width() - countries;
    m_splitter->setSizes({ countries, rest });
    m_readingSplitter->setSizes({ rest * 9 / 20, rest - rest * 9 / 20 });
    updateLayout();
}

void MainWindow::updateLayout()
{
    // The window's width: the splitter's own may not have followed yet.
    const int available = width();
    const int handle = m_splitter->handleWidth();
    const int reading = readableWidth();
    const bool countriesFit = available >= countriesMinimum + handle + reading;
    // The countries pane gives way first, then the list goes above the article.
    const bool countriesShown = m_countriesWanted && countriesFit;
    m_countryPane->setVisible(countriesShown);
    const int besideCountries = available - (countriesShown ? countriesMinimum + handle : 0);
    const bool sideBySide = !m_listWanted || besideCountries >= listMinimum + handle + reading;
    const Qt::Orientation wanted = sideBySide ? Qt::Horizontal : Qt::Vertical;
    if (m_readingSplitter->orientation() != wanted) {
        m_readingSplitter->setOrientation(wanted);
        m_browsePane->setMinimumWidth(0);
        // Above the article, the list pane also holds the search and filters.
        const int length = wanted == Qt::Horizontal ? m_readingSplitter->width() : m_readingSplitter->height();
        const int list = wanted == Qt::Horizontal ? length * 9 / 20 : length * 11 / 20;
        m_readingSplitter->setSizes({ list, length - list });
    }
    m_detail->setMinimumWidth(reading);
    m_browsePane->setVisible(m_listWanted);
    fitListColumns();
}

void MainWindow::setCountriesShown(bool shown)
{
    m_countriesWanted = shown;
    if (shown && m_splitter->sizes().value(0) == 0)
        m_splitter->setSizes({ countriesMinimum + 40, std::max(0, m_splitter->width() - countriesMinimum - 40) });
    if (QAction *a = action(QStringLiteral("showCountriesAction")))
        a->setChecked(shown);
    updateLayout();
    if (shown && isVisible() && m_countryPane->isHidden())
        statusBar()->showMessage(tr("The window is too narrow for the countries pane; make it wider to see it."), 6000);
}

void MainWindow::setListShown(bool shown)
{
    m_listWanted = shown;
    if (shown && m_readingSplitter->sizes().value(0) == 0) {
        const int length = isNarrowLayout() ? m_readingSplitter->height() : m_readingSplitter->width();
        m_readingSplitter->setSizes({ length * 2 / 5, length - length * 2 / 5 });
    }
    if (QAction *a = action(QStringLiteral("showListAction")))
        a->setChecked(shown);
    updateLayout();
}

void MainWindow::fitListColumns()
{
    if (!m_list || !m_list->model())
        return;
    // The title keeps at least 45% of the list (and 25 characters); the other
    // columns follow in this order while they fit, and hide when they do not,
    // so nothing is pushed out of sight sideways.
    QHeaderView *header = m_list->horizontalHeader();
    const QFontMetrics metrics = m_list->fontMetrics();
    const int em = metrics.averageCharWidth();
    const int padding = 2 * em + 8;
    using Column = Core::ArticleListModel::Column;
    const struct
    {
        Column column;
        int width;
    } columns[] = {
        { Column::DateColumn, metrics.horizontalAdvance(QStringLiteral("30 September 2000")) + padding },
        { Column::PublisherColumn, 18 * em + padding },
        { Column::CountriesColumn, 14 * em + padding },
        { Column::TopicsColumn, 18 * em + padding },
    };
    const int width = m_list->viewport()->width();
    int left = width - std::max(25 * em, width * 45 / 100);
    bool fits = true;
    for (const auto &c : columns) {
        fits = fits && left >= c.width; // in order: a later one never shows without this one
        const bool show = fits;
        if (show)
            left -= c.width;
        const bool wasHidden = header->isSectionHidden(c.column);
        header->setSectionHidden(c.column, !show);
        header->setSectionResizeMode(c.column, QHeaderView::Fixed);
        if (show && (wasHidden || header->sectionSize(c.column) != c.width))
            header->resizeSection(c.column, c.width);
    }
    header->setSectionResizeMode(Column::TitleColumn, QHeaderView::Stretch);
}

void MainWindow::recordPlace(ReadingPlace::Kind kind, const QString &key)
{
    if (!m_walkingHistory)
        m_history.visit({ kind, key });
    updateHistoryActions();
}

void MainWindow::updateHistoryActions()
{
    if (QAction *back = action(QStringLiteral("backAction")))
        back->setEnabled(m_history.canGoBack());
    if (QAction *forward = action(QStringLiteral("forwardAction")))
        forward->setEnabled(m_history.canGoForward());
}

bool MainWindow::goBack()
{
    return stepThroughHistory(HistoryStep::Back);
}

bool MainWindow::goForward()
{
    return stepThroughHistory(HistoryStep::Forward);
}

bool MainWindow::stepThroughHistory(HistoryStep step)
{
    const bool back = step == HistoryStep::Back;
    if (back ? !m_history.canGoBack() : !m_history.canGoForward())
        return false;
    showPlace(back ? m_history.back() : m_history.forward());
    updateHistoryActions();
    return true;
}

void MainWindow::showPlace(const ReadingPlace &place)
{
    const QScopedValueRollback<bool> walking(m_walkingHistory, true);
    switch (place.kind) {
    case ReadingPlace::Kind::Article:
        openArticle(place.key.toLongLong());
        break;
    case ReadingPlace::Kind::Country:
        if (m_currentCountry == place.key)
            showCountryProfile(place.key);
        else
            selectCountry(place.key);
        break;
    case ReadingPlace::Kind::Page:
        if (m_treeModel) {
            const QModelIndex index = m_treeProxy->mapFromSource(m_treeModel->indexForPage(place.key));
            if (index.isValid() && index != m_tree->currentIndex())
                m_tree->setCurrentIndex(index);
            else
                showPage(place.key);
        }
        break;
    case ReadingPlace::Kind::AllHotlines:
        showAllHotlines();
        break;
    }
}

bool MainWindow::articleInScope(qint64 id, const QStringList &countries, const QString &pageKey) const
{
    const Core::ArticleFilter f = m_filterBar->filter();
    if (f.readingList != 0)
        return f.listArticles.contains(id);
    if (!f.country.isEmpty())
        return countries.contains(f.country);
    if (!f.pageKey.isEmpty())
        return f.pageKey == pageKey;
    if (!f.region.isEmpty() && m_treeModel) {
        for (const QString &code : countries) {
            for (QModelIndex i = m_treeModel->indexForCountry(code); i.isValid(); i = i.parent()) {
                if (i.data(Core::CountryTreeModel::CodeRole).toString() == f.region)
                    return true;
            }
        }
        return false;
    }
    return true;
}

void MainWindow::showSelectionSummary(const QString &name, int articles)
{
    m_pendingProfile = 0;
    m_currentArticle = 0;
    articleChanged();
    m_lastHtml.clear();
    m_detail->showMessage(tr("%1: %Ln article(s). Choose one in the list to read it.", nullptr, articles).arg(name));
    setDocumentTitle(QString());
}

} // namespace Vigil::Ui
