#include "mainwindow.h"

#include "browse/articledelegate.h"
#include "browse/filterbar.h"
#include "browse/searchrunner.h"
#include "browse/sortarrowstyle.h"
#include "citationformatter.h"
#include "content/articlerenderer.h"
#include "content/profilerenderer.h"
#include "detail/citationstrip.h"
#include "detail/detailpane.h"
#include "detail/notepanel.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/dialogseam.h"
#include "models/articlelistmodel.h"
#include "models/countrytreefiltermodel.h"
#include "models/countrytreemodel.h"
#include "safety/discreetmode.h"
#include "safety/quickexitbutton.h"
#include "safety/quickexitkeys.h"
#include "settings/config.h"
#include "storage/articlequeries.h"
#include "storage/cataloguequeries.h"
#include "storage/libraryconnection.h"
#include "widgets/darkpalette.h"
#include "widgets/hotlinepanel.h"
#include "widgets/theme.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScreen>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUrlQuery>
#include <QVBoxLayout>

#include <memory>

namespace Vigil::Ui {

using Core::CountryTreeModel;

MainWindow::MainWindow(Core::LibraryConnection *library, const QString &problem, DialogSeam *dialogs, QWidget *parent)
    : QMainWindow(parent)
    , m_library(library)
    , m_dialogs(dialogs)
    , m_hotlines(new HotlinePanel(this))
    , m_filterBar(new FilterBar(this))
    , m_detail(new DetailPane(this))
    , m_notes(new NotePanel(this))
    , m_citationFormatter(new Csl::CitationFormatter(
          Csl::CslStyleCatalog::installedStylesDir(), Csl::CslStyleCatalog::installedLocalesDir(), this))
    , m_citations(new CitationStrip(m_citationFormatter, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Vigil"));
    setAcceptDrops(true); // saved pages dropped on the window are imported
    Theme::apply(Config::get(Config::Key::ViewTheme).toString());

    if (m_library) {
        // Queued: the failing read may be in the middle of building a view.
        m_library->setReadFailureHandler([this](const QString &message) {
            QMetaObject::invokeMethod(
                this, [this, message]() { showLibraryProblem(message); }, Qt::QueuedConnection);
        });
        m_articles = std::make_unique<Core::ArticleQueries>(*m_library);
        m_catalogue = std::make_unique<Core::CatalogueQueries>(*m_library);
        // The library is read-only while Vigil shows it: its size is read once,
        // not at every result.
        m_libraryArticles = m_catalogue->articleCount();
        for (const Core::CountryCount &c : m_catalogue->countryCounts())
            m_countryNames.insert(c.code, c.name);
        for (const Core::FacetCount &t : m_articles->topicFacets({}))
            m_topicLabels.insert(t.key, t.label);
        m_treeModel = new CountryTreeModel(*m_catalogue, this);
        m_treeProxy = new Core::CountryTreeFilterModel(this);
        m_treeProxy->setSourceModel(m_treeModel);
        m_listModel = new Core::ArticleListModel(*m_articles, *m_catalogue, this);
        m_filterBar->setCountryNames(m_countryNames);
        m_search = new SearchRunner(m_library->path(), this);
    }

    m_countryPane = buildCountryPane();
    m_browsePane = buildBrowsePane();
    m_readingSplitter = new QSplitter(Qt::Horizontal, this);
    m_readingSplitter->setObjectName(QStringLiteral("readingSplitter"));
    m_readingSplitter->addWidget(m_browsePane);
    // The note sits under the article it is about, a few lines high; dragged
    // shut, it stays out of the way.
    auto *readingColumn = new QSplitter(Qt::Vertical, this);
    readingColumn->setObjectName(QStringLiteral("noteSplitter"));
    // The citation sits right under the article it cites, a line or two high.
    auto *readingPane = new QWidget(this);
    readingPane->setObjectName(QStringLiteral("readingPane"));
    auto *readingLayout = new QVBoxLayout(readingPane);
    readingLayout->setContentsMargins(0, 0, 0, 0);
    readingLayout->setSpacing(0);
    readingLayout->addWidget(m_detail, 1);
    readingLayout->addWidget(m_citations);
    m_citations->hide(); // until an article is shown
    readingColumn->addWidget(readingPane);
    readingColumn->addWidget(m_notes);
    readingColumn->setStretchFactor(0, 1);
    readingColumn->setStretchFactor(1, 0);
    readingColumn->setCollapsible(0, false);
    readingColumn->setSizes({ 600, 110 });
    m_notes->hide(); // until the window has the user's data
    m_readingSplitter->addWidget(readingColumn);
    // The article keeps its width as the window narrows; the list gives way.
    m_readingSplitter->setStretchFactor(0, 1);
    m_readingSplitter->setStretchFactor(1, 1);
    m_readingSplitter->setCollapsible(1, false);
    m_detail->setMinimumWidth(readableWidth());
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_countryPane);
    m_splitter->addWidget(m_readingSplitter);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(1, false);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this]() {
        m_countriesWanted = m_splitter->sizes().value(0) > 0;
        if (QAction *a = action(QStringLiteral("showCountriesAction")))
            a->setChecked(m_countriesWanted);
    });
    connect(m_readingSplitter, &QSplitter::splitterMoved, this, [this]() {
        m_listWanted = m_readingSplitter->sizes().value(0) > 0;
        if (QAction *a = action(QStringLiteral("showListAction")))
            a->setChecked(m_listWanted);
    });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_hotlines);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    buildActions();
    // Set, so that the panes' minimums do not hold the window wide: below the
    // width the three panes need, the layout changes instead (updateLayout).
    setMinimumSize(640, 420);
    // 1280×800, or what fits on a smaller screen (a 1366×768 laptop, a projector
    // at 1024×768) with the window's frame and the taskbar.
    // On a small screen every pixel goes to reading: all the width, less the frame.
    const QSize fits = screen() ? screen()->availableGeometry().size() - QSize(16, 48) : QSize(1280, 800);
    resize(QSize(1280, 800).boundedTo(fits));
    // Where the keyboard is must always show, also in styles that draw focus faintly.
    setStyleSheet(QStringLiteral(
        "#countryTreeView, #articleListView { border: 1px solid palette(mid); padding: 1px; }"
        "#countryTreeView:focus, #articleListView:focus { border: 2px solid palette(highlight); padding: 0px; }"
        "#mainToolBar QToolButton:focus { border: 2px solid palette(highlight); border-radius: 3px; }"));

    connect(m_hotlines, &HotlinePanel::allHotlinesRequested, this, &MainWindow::showAllHotlines);
    connect(m_hotlines, &HotlinePanel::myHotlinesRequested, this, &MainWindow::openMyHotlines);
    connect(m_hotlines, &HotlinePanel::addHotlineRequested, this, &MainWindow::addMyHotline);
    connect(m_hotlines, &HotlinePanel::copyRequested, this,
        [this](const QString &n) { copyToClipboard(n, tr("Copied %1").arg(n)); });
    connect(m_notes, &NotePanel::saveFailed, this, [this](const QString &error) {
        showStatus(tr("Your note is not saved yet; Vigil tries again as you type. %1").arg(error));
    });
    connect(m_citations, &CitationStrip::copyRequested, this, [this]() { copyCitation(m_citations->articleId()); });
    connect(m_citations, &CitationStrip::moreStylesRequested, this, &MainWindow::chooseCitationStyle);
    connect(m_citationFormatter, &Csl::CitationFormatter::formatted, this,
        [this](quint64 token, const QString &, qint64, const Csl::CslEntry &entry) {
            if (token == m_pendingCopy) {
                m_pendingCopy = 0;
                copyFormattedCitation(entry);
            }
        });
    connect(m_detail, &DetailPane::appLinkActivated, this, &MainWindow::onAppLink);
    connect(m_detail, &DetailPane::externalLinkActivated, this, &MainWindow::onExternalLink);
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::onFilterChanged);
    connect(m_filterBar, &FilterBar::scopeCleared, this, [this]() {
        if (m_tree)
            m_tree->setCurrentIndex(m_treeProxy->mapFromSource(m_treeModel->allIndex()));
    });

    if (!m_library) {
        m_detail->showMessage(problem);
        m_filterBar->setEnabled(false);
        statusBar()->showMessage(problem);
        return;
    }
    m_filterBar->setTopicChoices(m_articles->topicFacets({}));
    m_filterBar->setPublisherChoices(m_articles->publisherFacets({}));
    const QList<Core::FacetCount> years = m_articles->yearFacets({});
    if (!years.isEmpty())
        m_filterBar->setYearBounds(years.first().key.toInt(), years.last().key.toInt());
    m_listModel->setQuery({}, Core::ArticleSort::DateNewest);
    updateCount();
    // The keyboard starts in the search field, where a reader usually begins.
    m_filterBar->searchField()->setFocus(Qt::OtherFocusReason);
}

MainWindow::~MainWindow()
{
    if (m_library)
        m_library->setReadFailureHandler({});
}

QWidget *MainWindow::buildCountryPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(6, 6, 0, 6);
    m_tree = new QTreeView(pane);
    m_tree->setObjectName(QStringLiteral("countryTreeView"));
    m_tree->setAccessibleName(tr("Countries"));
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_showAll = new QCheckBox(tr("Show &all countries"), pane);
    m_showAll->setObjectName(QStringLiteral("showAllCountriesCheckBox"));
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_showAll);
    if (!m_treeProxy)
        return pane;
    m_tree->setModel(m_treeProxy);
    m_tree->expand(m_treeProxy->mapFromSource(m_treeModel->allIndex()));
    m_tree->expandToDepth(2);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { onTreeSelection(current); });
    connect(m_showAll, &QCheckBox::toggled, this, [this](bool on) {
        m_treeProxy->setShowAllCountries(on);
        m_tree->expandToDepth(2);
    });
    return pane;
}

QWidget *MainWindow::buildBrowsePane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(6, 6, 6, 6);
    m_count = new QLabel(pane);
    m_count->setObjectName(QStringLiteral("articleCountLabel"));
    m_hint = new QLabel(pane);
    m_hint->setObjectName(QStringLiteral("queryHintLabel"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->hide();
    m_libraryProblem = new QLabel(pane);
    m_libraryProblem->setObjectName(QStringLiteral("libraryProblemLabel"));
    m_libraryProblem->setAccessibleName(tr("Library problem"));
    m_libraryProblem->setWordWrap(true);
    m_libraryProblem->setTextFormat(Qt::PlainText);
    m_libraryProblem->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_libraryProblem->setFrameShape(QFrame::StyledPanel);
    m_libraryProblem->setMargin(6);
    m_libraryProblem->hide();
    m_list = new QTableView(pane);
    m_list->setObjectName(QStringLiteral("articleListView"));
    m_list->setAccessibleName(tr("Articles"));
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSortingEnabled(false);
    m_list->setWordWrap(false);
    {
        // Titles and snippets are read at a glance: Qt may skip shaping (kerning)
        // where the script does not need it, which halves painting a screenful
        // of new rows (README, Performance). The rest of the font is inherited.
        QFont fast;
        fast.setStyleStrategy(QFont::PreferNoShaping);
        m_list->setFont(fast);
    }
    m_list->verticalHeader()->hide();
    // The title takes what the other columns leave (MainWindow::fitListColumns);
    // columns that do not fit hide rather than push the list sideways.
    m_list->horizontalHeader()->setStretchLastSection(false);
    m_list->horizontalHeader()->setMinimumSectionSize(40);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->viewport()->installEventFilter(this);
    auto *arrows = new SortArrowStyle;
    arrows->setParent(m_list->horizontalHeader());
    m_list->horizontalHeader()->setStyle(arrows);
    m_list->horizontalHeader()->setSectionsClickable(true);
    m_list->horizontalHeader()->setSortIndicatorShown(true);
    m_list->setAlternatingRowColors(true);
    // Tab leaves the list for the next pane instead of walking it cell by cell.
    m_list->setTabKeyNavigation(false);

    m_empty = new QLabel(pane);
    m_empty->setObjectName(QStringLiteral("emptyStateLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::RichText);
    connect(m_empty, &QLabel::linkActivated, m_filterBar, &FilterBar::clearAll);

    m_listStack = new QStackedWidget(pane);
    m_listStack->addWidget(m_list);
    m_listStack->addWidget(m_empty);

    layout->addWidget(m_libraryProblem);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_count);
    layout->addWidget(m_hint);
    layout->addWidget(m_listStack, 1);

    if (!m_listModel)
        return pane;
    m_list->setModel(m_listModel);
    m_list->setItemDelegate(new ArticleDelegate(m_list));
    m_list->verticalHeader()->setDefaultSectionSize(ArticleDelegate::rowHeight(m_list->font(), false));
    // Snippets are cut for the rows on screen only, once scrolling rests.
    m_snippetTimer = new QTimer(this);
    m_snippetTimer->setSingleShot(true);
    m_snippetTimer->setInterval(40);
    connect(m_snippetTimer, &QTimer::timeout, this, &MainWindow::fillVisibleSnippets);
    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, m_snippetTimer, qOverload<>(&QTimer::start));
    m_list->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_list->setColumnWidth(0, 340);
    m_list->setColumnWidth(1, 170);
    m_list->setColumnWidth(2, 120);
    // The list starts newest first; set the indicator before listening to it, or
    // the header's default (title, descending) would re-sort the list at once.
    m_list->horizontalHeader()->setSortIndicator(Core::ArticleListModel::DateColumn, Qt::DescendingOrder);
    // Countries and Topics have no order of their own: a click there leaves the
    // list and its arrow as they were.
    connect(m_list->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
        [this,
            sorted = std::make_shared<QPair<int, Qt::SortOrder>>(
                Core::ArticleListModel::DateColumn, Qt::DescendingOrder)](int column, Qt::SortOrder order) {
            Core::ArticleSort sort = Core::ArticleSort::Relevance;
            bool reversed = false;
            if (Core::ArticleListModel::sortFor(column, order, &sort, &reversed)) {
                *sorted = { column, order };
                startSearch(m_filterBar->filter(), sort, reversed);
                return;
            }
            const QSignalBlocker blocker(m_list->horizontalHeader());
            m_list->horizontalHeader()->setSortIndicator(sorted->first, sorted->second);
        });
    // A click or Enter opens the row; arrows only move, so that a screen reader
    // can read the rows out without each one loading the reading pane.
    connect(m_list, &QAbstractItemView::clicked, this, &MainWindow::onArticleActivated);
    connect(m_list, &QAbstractItemView::activated, this, &MainWindow::onArticleActivated);
    connect(m_listModel, &Core::ArticleListModel::queryChanged, this, &MainWindow::updateCount);
    m_quickRowsTimer = new QTimer(this);
    m_quickRowsTimer->setSingleShot(true);
    m_quickRowsTimer->setInterval(80);
    connect(m_quickRowsTimer, &QTimer::timeout, this, [this]() {
        if (m_quickRows && m_quickRows->generation == m_search->generation())
            showResult(*m_quickRows);
        m_quickRows.reset();
    });
    connect(m_search, &SearchRunner::firstRowsReady, this, [this](const SearchResult &r) {
        m_quickRows = std::make_shared<SearchResult>(r);
        m_quickRowsTimer->start();
    });
    connect(m_search, &SearchRunner::rowsReady, this, [this](const SearchResult &r) {
        m_quickRowsTimer->stop();
        m_quickRows.reset();
        showResult(r);
    });
    connect(m_search, &SearchRunner::facetsReady, this,
        [this](const QList<Core::FacetCount> &topics, const QList<Core::FacetCount> &publishers) {
            m_filterBar->setTopicChoices(topics);
            m_filterBar->setPublisherChoices(publishers);
        });
    connect(m_search, &SearchRunner::failed, this, &MainWindow::showLibraryProblem);
    connect(m_search, &SearchRunner::profileReady, this, &MainWindow::onProfileReady);
    // Scrolling and its snippets read on the worker: the list never waits.
    m_listModel->setRowFetcher(
        [this](const Core::ArticleListModel::RowRequest &request) { m_search->requestRows(request); });
    connect(m_search, &SearchRunner::rowsFetched, m_listModel, &Core::ArticleListModel::addFetchedRows);
    connect(m_search, &SearchRunner::snippetsReady, this,
        [this](const QString &text, const QHash<qint64, QString> &snippets) {
            if (text == m_listModel->filter().text)
                m_listModel->setSnippets(snippets);
        });
    connect(m_search, &SearchRunner::snippetsDropped, this, [this](const QList<qint64> &ids) {
        for (const qint64 id : ids)
            m_snippetsAsked.remove(id);
        m_snippetTimer->start();
    });
    return pane;
}

void MainWindow::focusReadingPane()
{
    m_detail->focusDocument();
}

void MainWindow::setDocumentTitle(const QString &name)
{
    // In discreet mode the taskbar and window lists show nothing of what is read.
    setWindowTitle(name.isEmpty() || DiscreetMode::isOn() ? tr("Vigil") : tr("%1 – Vigil").arg(name));
}

void MainWindow::setDiscreetMode(bool on)
{
    DiscreetMode::setOn(on);
    if (on) {
        setWindowTitle(tr("Vigil"));
        Config::forgetSession();
    }
    showStatus(on ? tr("Discreet mode is on: the title shows only “Vigil”, and the next start opens nothing you read.")
                  : tr("Discreet mode is off: the title shows what you read, and the next start reopens it."));
}

// Where it stays until Vigil is restarted: a damaged library must not pass for
// an empty search or a short list.
void MainWindow::showLibraryProblem(const QString &message)
{
    m_libraryProblem->setText(message);
    m_libraryProblem->show();
    statusBar()->showMessage(tr("The library could not be read; see the message above the list."), 8000);
    if (m_library)
        m_library->clearReadFailure();
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, 8000);
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

QString MainWindow::countryName(const QString &code) const
{
    return m_countryNames.value(code, code);
}

void MainWindow::onTreeSelection(const QModelIndex &proxyIndex)
{
    const QModelIndex index = m_treeProxy->mapToSource(proxyIndex);
    const auto kind = static_cast<CountryTreeModel::NodeKind>(index.data(CountryTreeModel::KindRole).toInt());
    const QString code = index.data(CountryTreeModel::CodeRole).toString();
    const QString name = index.data(CountryTreeModel::NameRole).toString();
    m_currentCountry.clear();
    switch (kind) {
    case CountryTreeModel::NodeKind::Country:
        m_currentCountry = code;
        m_filterBar->setScope(code, {}, {}, name);
        showCountryHotlines(code, name);
        showCountryProfile(code);
        break;
    case CountryTreeModel::NodeKind::Region:
        m_filterBar->setScope({}, code, {}, name);
        m_hotlines->showNoCountry();
        break;
    case CountryTreeModel::NodeKind::Page:
        m_filterBar->setScope({}, {}, code, name);
        m_hotlines->showNoCountry();
        showPage(code);
        return;
    case CountryTreeModel::NodeKind::List:
        showReadingList(code.toLongLong(), name);
        break;
    default:
        m_filterBar->setScope({}, {}, {}, {});
        m_hotlines->showNoCountry();
        break;
    }
    if (kind == CountryTreeModel::NodeKind::Country || m_walkingHistory)
        return;
    // A region or every country: the article read stays if it is part of the
    // choice; a profile or another country's article gives way to a summary.
    const auto article = m_currentArticle > 0 ? m_articles->article(m_currentArticle) : std::nullopt;
    if (!article || !articleInScope(article->id, article->countries, article->pageKey))
        showSelectionSummary(kind == CountryTreeModel::NodeKind::Region || kind == CountryTreeModel::NodeKind::List
                ? name
                : tr("All countries"),
            index.data(CountryTreeModel::CountRole).toInt());
}

void MainWindow::onFilterChanged(const Core::ArticleFilter &filter)
{
    if (!m_listModel)
        return;
    // A new text starts in its natural order: best matches first, else newest.
    const bool byRelevance = !filter.text.trimmed().isEmpty();
    {
        const QSignalBlocker blocker(m_list->horizontalHeader());
        m_list->horizontalHeader()->setSortIndicator(
            byRelevance ? -1 : int(Core::ArticleListModel::DateColumn), Qt::DescendingOrder);
    }
    startSearch(filter, byRelevance ? Core::ArticleSort::Relevance : Core::ArticleSort::DateNewest, false);
}

void MainWindow::startSearch(const Core::ArticleFilter &filter, Core::ArticleSort sort, bool reversed)
{
    m_search->search(withNoteMatches(filter), sort, reversed);
    m_countPending = true;
    updateCount();
}

void MainWindow::showResult(const SearchResult &result)
{
    m_highlightTerms = result.highlightTerms;
    m_hint->setText(result.hints.join(u'\n'));
    m_hint->setVisible(!result.hints.isEmpty());
    m_countPending = result.total < 0;
    if (result.filter.text != m_listModel->filter().text)
        m_snippetsAsked.clear();
    m_listModel->showRows(result.filter, result.sort, result.rows, result.total, result.reversed, result.rankedKeys);
    m_list->verticalHeader()->setDefaultSectionSize(
        ArticleDelegate::rowHeight(m_list->font(), !result.highlightTerms.isEmpty()));
    if (!result.highlightTerms.isEmpty())
        m_snippetTimer->start();
    const int row = m_listModel->rowForId(m_currentArticle);
    if (row >= 0) {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->setCurrentIndex(m_listModel->index(row, 0));
    }
    if (result.total >= 0)
        emit resultsShown(result.filter);
}

void MainWindow::fillVisibleSnippets()
{
    if (m_highlightTerms.isEmpty() || m_listModel->rowCount() == 0)
        return;
    const int first = std::max(0, m_list->rowAt(0));
    int last = m_list->rowAt(m_list->viewport()->height() - 1);
    if (last < 0)
        last = m_listModel->rowCount() - 1;
    QList<qint64> ids;
    for (int row = first; row <= last; ++row) {
        const Core::ArticleSummary a = m_listModel->summaryAt(row);
        if (a.snippet.isEmpty() && !m_snippetsAsked.contains(a.id)) {
            ids.append(a.id);
            m_snippetsAsked.insert(a.id);
        }
    }
    if (!ids.isEmpty())
        m_search->requestSnippets(ids, m_listModel->filter().text);
}

void MainWindow::updateCount()
{
    if (!m_listModel)
        return;
    const int all = m_libraryArticles;
    if (m_countPending) {
        // The rows may still be those of the search before; their count would mislead.
        m_count->setText(tr("Searching…"));
        return;
    }
    const int shown = m_listModel->totalCount();
    const QLocale locale;
    m_count->setText(tr("%1 of %Ln article(s)", nullptr, all).arg(locale.toString(shown)));
    if (shown == 0) {
        m_empty->setText(m_filterBar->hasActiveFilters()
                ? tr("<p>No article matches these filters.</p><p><a href=\"clear\">Clear all filters</a></p>")
                : tr("<p>This library has no articles yet.</p>"));
        m_listStack->setCurrentWidget(m_empty);
    } else {
        m_listStack->setCurrentWidget(m_list);
    }
}

QString MainWindow::countText() const
{
    return m_count->text();
}

void MainWindow::onArticleActivated(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    openArticle(m_listModel->idAt(index.row()));
}

bool MainWindow::openArticle(qint64 id)
{
    if (!m_library)
        return false;
    const auto article = m_articles->article(id);
    if (!article)
        return false;
    // The list shows where the article belongs: a scope it is not part of
    // gives way to its own country, page or the whole library.
    if (!articleInScope(id, article->countries, article->pageKey)) {
        const QScopedValueRollback<bool> walking(m_walkingHistory, true);
        if (article->countries.isEmpty() || !selectCountry(article->countries.first()))
            m_tree->setCurrentIndex(m_treeProxy->mapFromSource(m_treeModel->allIndex()));
    }
    m_currentArticle = id;
    articleChanged();
    recordPlace(ReadingPlace::Kind::Article, QString::number(id));
    const int row = m_listModel->rowForId(id);
    if (row >= 0 && m_list->currentIndex().row() != row) {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->setCurrentIndex(m_listModel->index(row, 0));
        m_list->scrollTo(m_list->currentIndex());
    }
    const auto page = m_catalogue->page(article->pageKey);
    Core::RenderOptions options;
    options.dark = isDarkPalette();
    options.highlightTerms = m_highlightTerms;
    options.countryNames = m_countryNames;
    options.topicLabels = m_topicLabels;
    if (page) {
        options.pageTitle = page->title;
        options.fairUse = page->fairUse;
        options.pageCitation = page->citation;
    }
    showHtml(Core::ArticleRenderer::render(*article, options));
    setDocumentTitle(article->title);
    return true;
}

bool MainWindow::openFirstArticle()
{
    return m_listModel && m_listModel->rowCount() > 0 && openArticle(m_listModel->idAt(0));
}

void MainWindow::showHtml(const QString &html)
{
    // After a quick exit the pane stays blank, whatever answer comes in late.
    if (m_quitting)
        return;
    m_pendingProfile = 0;
    m_lastHtml = html;
    m_detail->showHtml(html);
}

} // namespace Vigil::Ui
