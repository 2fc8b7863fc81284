#pragma once

#include "content/handout.h"
#include "content/renderoptions.h"
#include "cslentry.h"
#include "dialogs/pageimportpreview.h"
#include "domain/articlefilter.h"
#include "mainwindow/clipboardrecord.h"
#include "mainwindow/readinghistory.h"

#include <QJsonObject>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QCheckBox;
class QDragEnterEvent;
class QDropEvent;
class QLabel;
class QMenu;
class QToolButton;
class QPrinter;
class QModelIndex;
class QSplitter;
class QStackedWidget;
class QTimer;
class QTableView;
class QTreeView;
class QUrl;

namespace Vigil::Core {
class ArticleListModel;
class CountryTreeFilterModel;
class CountryTreeModel;
struct CountryProfileView;
class ArticleQueries;
class CatalogueQueries;
class LibraryConnection;
class PageBatch;
class UserDataStore;
struct Page;
} // namespace Vigil::Core

namespace Vigil::Csl {
class CitationFormatter;
}

namespace Vigil::Ui {

class BibliographyJobs;
class DetailPane;
class DialogSeam;
class HandoutPrinter;
class NotePanel;
class CitationStrip;
class FilterBar;
class HotlinePanel;
class SearchRunner;
struct SearchResult;

// The reader's window. It composes the panes and routes between them; the panes
// and the core do the work.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // library may be null when it could not be opened; problem says why. The
    // library must outlive the window.
    MainWindow(
        Core::LibraryConnection *library, const QString &problem, DialogSeam *dialogs, QWidget *parent = nullptr);
    ~MainWindow() override;

    void restoreSession();
    // The reader's own data: reading lists, later notes. Null, or a store that
    // is not open, leaves them out. The store must outlive the window.
    void setUserData(Core::UserDataStore *store);
    // The library this window shows and the one Vigil comes with, for File ▸ Open library.
    // shownByDefault is the bundled library joined with the reader's pages, when
    // there are some (storage/userlibrary.h); empty: the bundled one.
    void setLibraryPaths(const QString &current, const QString &bundled, const QString &shownByDefault = {});
    // The library the reader opened last, if it is still there; else empty.
    static QString chosenLibrary();
    bool selectCountry(const QString &code);
    // A page of the library in the tree; false when there is none of that key.
    bool selectPage(const QString &key);
    // Reads the saved pages, shows what they hold and, once the reader agrees,
    // imports them into the reader's own library (mainwindow_import.cpp).
    void importPageFiles(const QStringList &files);
    // Checks a data pack, shows who signed it and what it changes, and imports it
    // when the reader agrees (mainwindow_packs.cpp).
    void openDataPackFile(const QString &path);
    // Asks, then removes one of the pages the reader imported (the tree's menu).
    void removeImportedPage(const QString &key);
    // Where the reader's own library is kept; a test gives a folder of its own.
    void setReaderLibraryFolder(const QString &folder) { m_readerLibraryFolder = folder; }
    bool openArticle(qint64 id);
    bool openFirstArticle();
    // Hides every window of the app, blanks the reading pane, takes back what
    // Vigil put on the clipboard and quits, saving nothing. Committed user data
    // stays as it is.
    void quickExit();
    // What quick exit ends with: QApplication::exit(0), unless a test that must
    // outlive it says otherwise.
    void setQuitHandler(std::function<void()> quit) { m_quit = std::move(quit); }
    void clearMyData();
    void showContentWarningIfNeeded();
    // A later launch of Vigil handed its arguments here: come to the front.
    void bringToFront();
    void showStatus(const QString &message);

    // For tests and the command line.
    FilterBar *filterBar() const { return m_filterBar; }
    DetailPane *detailPane() const { return m_detail; }
    NotePanel *notePanel() const { return m_notes; }
    CitationStrip *citationStrip() const { return m_citations; }
    HotlinePanel *hotlinePanel() const { return m_hotlines; }
    QString countText() const;
    qint64 currentArticleId() const { return m_currentArticle; }
    QString currentCountry() const { return m_currentCountry; }
    QString lastRenderedHtml() const { return m_lastHtml; }
    // Back and Forward over what the reading pane showed (Alt+Left, Alt+Right).
    bool goBack();
    bool goForward();
    // The narrow layout puts the list above the article; see updateLayout().
    bool isNarrowLayout() const;
    // The least width of the reading pane: about 45 characters of its text.
    int readableWidth() const;
    QAction *action(const QString &objectName) const { return m_actions.value(objectName); }

signals:
    // The list shows a search's ranked rows and count (searches run on a worker).
    void resultsShown(const Core::ArticleFilter &filter);
    // The reader chose another library, which opens; the window is to be built anew.
    void libraryChosen(const QString &path);
    // The reader's own library changed (pages imported or removed): path is the
    // library to show now, with a status to say so and a page to select.
    void libraryChanged(const QString &path, const QString &status, const QString &pageKey);

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildActions();
    void buildMenus();
    void buildToolBar();
    void buildContextMenus();
    void showKeyboardShortcuts();
    void copyCurrent();
    // The citation in the reader's style (mainwindow_citation.cpp): shown under
    // the reading pane, copied formatted.
    void copyCitation(qint64 id);
    void updateCitation();
    void chooseCitationStyle();
    QJsonObject citationItem(qint64 id) const;
    // The strip's id of a source page cited itself: below 0, never an article's.
    static qint64 pageCitationId(const QString &pageKey);
    void copyFormattedCitation(const Csl::CslEntry &entry);
    // Entries on the clipboard as text, HTML and RTF, so they paste formatted
    // into a word processor; status says what was copied.
    void copyFormattedEntries(const QList<Csl::CslEntry> &entries, const QString &status);
    // The bibliography of what the list shows, in the strip's style
    // (mainwindow_bibliography.cpp): copied, or saved as text, HTML or RTF.
    void copyBibliography();
    void saveBibliography();
    // Formats the articles' bibliography on the worker, then calls then with its
    // entries; says why (title heads the message) and calls nothing when it fails.
    void formatBibliography(const QList<qint64> &ids, const QString &title,
        const std::function<void(const QList<Csl::CslEntry> &entries)> &then);
    BibliographyJobs *bibliographyJobs();
    // Handouts (mainwindow_print.cpp): of the article read, or, from the country
    // tree or with no article open, of the reading list or country chosen there;
    // empty when there is none of these.
    std::optional<Core::Handout> currentHandout();
    // Calls then with the current handout laid out for print, once its citations
    // are formatted in the strip's style; or says there is none.
    void withHandoutPrinter(const QString &doing, const std::function<void(const HandoutPrinter &)> &then);
    void printPreview();
    void printHandout();
    void printToPrinter(const HandoutPrinter &handout, QPrinter *printer);
    // Calls print with the current handout and a printer, or says there is none.
    void withPrinter(const QString &doing, const std::function<void(const HandoutPrinter &, QPrinter *)> &print);
    void saveAsPdf();
    // Citations of what the list shows, or of one article, to a file (mainwindow_export.cpp).
    void exportCitations();
    // The ids of the articles the list shows, in its order; nullopt, once the
    // reader was told why (title heads the message), when there are none.
    std::optional<QList<qint64>> listedArticles(const QString &title);
    void exportCitation(qint64 id);
    void writeCitations(const QList<qint64> &ids, const QString &name);
    // Asks where to export, suggesting name in the documents folder; the filter
    // chosen goes to *chosen, and its suffix (of suffixes) to a path without one.
    QString chooseExportFile(const QString &caption, const QString &name, const QStringList &filters,
        const QStringList &suffixes, int *chosen);
    // Writes bytes to path whole or not at all; false once the reader was told why.
    bool writeExportFile(const QString &path, const QByteArray &bytes, const QString &title);
    void openLibrary();
    // Saved pages into the reader's own library (mainwindow_import.cpp).
    void importPages();
    PageImportPreview previewOf(const Core::PageBatch &batch) const;
    // Reads saved pages as an import does, with a progress dialog; nothing when
    // Vigil's tables cannot be read (said under title) or the reader stopped it.
    std::optional<Core::PageBatch> readPageFiles(
        const QStringList &files, const QString &title, const QString &progressText);
    // Data packs and the publishers trusted to sign them (mainwindow_packs.cpp).
    void openDataPack();
    void showTrustedPublishers();
    static QString previewTitle(const Core::Page &page);
    QString readerLibraryFolder() const;
    bool isReaderPage(const QString &key) const;
    void setTheme(const QString &name);
    void setLanguage(const QString &code); // "": the system's
    // Layout: the reading pane keeps a readable width; the countries and the list
    // give way first, and a narrow window puts the list above the article.
    void updateLayout();
    void setCountriesShown(bool shown);
    void setListShown(bool shown);
    void fitListColumns();
    enum class HistoryStep { Back, Forward };
    void recordPlace(ReadingPlace::Kind kind, const QString &key);
    bool stepThroughHistory(HistoryStep step);
    void showPlace(const ReadingPlace &place);
    void updateHistoryActions();
    // The pane when the selection is a region or every country: what is chosen,
    // unless the article read is part of it.
    void showSelectionSummary(const QString &name, int articles);
    bool articleInScope(qint64 id, const QStringList &countries, const QString &pageKey) const;
    void setDocumentTitle(const QString &name);
    void focusReadingPane();
    void setDiscreetMode(bool on);
    QWidget *buildBrowsePane();
    QWidget *buildCountryPane();
    void onTreeSelection(const QModelIndex &index);
    void onFilterChanged(const Core::ArticleFilter &filter);
    void startSearch(const Core::ArticleFilter &filter, Core::ArticleSort sort, bool reversed);
    void showResult(const SearchResult &result);
    void fillVisibleSnippets();
    void onArticleActivated(const QModelIndex &index);
    void onAppLink(const QUrl &url);
    void onExternalLink(const QUrl &url);
    void showCountryProfile(const QString &code);
    void showPage(const QString &key);
    void onProfileReady(quint64 request, const Core::CountryProfileView &view);
    void showAllHotlines();
    // The library's hotlines and the reader's own (mainwindow_hotlines.cpp); every
    // country's when country is empty.
    QList<Core::Hotline> hotlinesFor(const QString &country) const;
    void showCountryHotlines(const QString &code, const QString &name);
    void refreshHotlines();
    bool canKeepHotlines();
    void openMyHotlines(const QString &country);
    void addMyHotline(const QString &country);
    void showHtml(const QString &html);
    // Reading lists (mainwindow_lists.cpp).
    bool hasUserData() const;
    // The reading-list action and the note follow the article read.
    void articleChanged();
    void refreshReadingLists();
    void toggleInReadingList(qint64 listId, qint64 articleId);
    void updateReadingListAction();
    void buildReadingListButton();
    void showReadingList(qint64 listId, const QString &name);
    void newReadingList(qint64 articleId);
    void renameReadingList(qint64 listId);
    void deleteReadingList(qint64 listId);
    void addReadingListItems(QMenu *menu, qint64 articleId);
    void addTreeListItems(QMenu *menu, const QModelIndex &sourceIndex);
    // The filter with the articles whose note its text finds (search/notematcher.h).
    Core::ArticleFilter withNoteMatches(Core::ArticleFilter filter);
    // File ▸ Export my lists and notes, Import lists and notes (mainwindow_exchange.cpp).
    void exportListsAndNotes();
    void importListsAndNotes();
    void copyToClipboard(const QString &text, const QString &statusMessage);
    void showLibraryProblem(const QString &message);
    void updateCount();
    void saveSession() const;
    QString countryName(const QString &code) const;

    Core::LibraryConnection *m_library = nullptr;
    Core::UserDataStore *m_userData = nullptr;
    quint64 m_pendingProfile = 0; // the profile asked of the worker and not shown yet
    Core::RenderOptions m_profileOptions; // how to show it
    QLabel *m_libraryProblem = nullptr; // shown once a read of the library failed
    std::unique_ptr<Core::ArticleQueries> m_articles; // null without a library
    std::unique_ptr<Core::CatalogueQueries> m_catalogue; // null without a library
    DialogSeam *m_dialogs = nullptr;
    HotlinePanel *m_hotlines = nullptr;
    FilterBar *m_filterBar = nullptr;
    DetailPane *m_detail = nullptr;
    NotePanel *m_notes = nullptr;
    Csl::CitationFormatter *m_citationFormatter = nullptr;
    CitationStrip *m_citations = nullptr;
    QToolButton *m_listButton = nullptr; // beside the citation: the article into a list
    QString m_citedPage; // the source page shown, cited under the pane (no article is read)
    quint64 m_pendingCopy = 0; // the formatter's token of a citation to copy when it arrives
    BibliographyJobs *m_bibliographyJobs = nullptr; // made on first need
    QSplitter *m_splitter = nullptr; // countries | reading splitter
    QSplitter *m_readingSplitter = nullptr; // list | article, or list above article
    QWidget *m_countryPane = nullptr;
    QWidget *m_browsePane = nullptr;
    bool m_countriesWanted = true; // as the user left them (View menu)
    bool m_listWanted = true;
    bool m_panesSized = false; // by the last session, or at the first show
    ReadingHistory m_history;
    bool m_walkingHistory = false; // Back, Forward or a scope change made for an article
    QTreeView *m_tree = nullptr;
    QCheckBox *m_showAll = nullptr;
    QTableView *m_list = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_hint = nullptr;
    SearchRunner *m_search = nullptr;
    QStringList m_highlightTerms;
    QTimer *m_snippetTimer = nullptr;
    // The unranked first rows of a text search wait this long for the ranked ones
    // (SearchRunner::firstRowsReady): when ranking is quick, the list is drawn once.
    QTimer *m_quickRowsTimer = nullptr;
    std::shared_ptr<SearchResult> m_quickRows;
    QSet<qint64> m_snippetsAsked; // of the text shown: rows whose snippet was cut, even if empty
    int m_libraryArticles = 0;
    bool m_countPending = false; // a search runs and has not counted yet
    QLabel *m_empty = nullptr;
    Core::CountryTreeModel *m_treeModel = nullptr;
    Core::CountryTreeFilterModel *m_treeProxy = nullptr;
    Core::ArticleListModel *m_listModel = nullptr;
    QHash<QString, QString> m_countryNames;
    QHash<QString, QString> m_topicLabels;
    QString m_currentCountry;
    qint64 m_currentArticle = 0;
    QString m_lastHtml;
    QString m_libraryPath;
    QString m_bundledLibraryPath;
    QString m_defaultLibraryPath; // the bundled library, with the reader's pages when there are some
    QString m_readerLibraryFolder; // empty: UserLibrary::defaultFolder()
    bool m_skipSaving = false;
    bool m_quitting = false;
    ClipboardRecord m_clipboard;
    std::function<void()> m_quit;
    QAction *m_quickExitAction = nullptr;
    QHash<QString, QAction *> m_actions; // by object name, for the menus and the toolbar
};

} // namespace Vigil::Ui
