// The MainWindow's routes between panes: links from the reading pane, the country
// and page views, hotlines, the session and leaving.
#include "browse/filterbar.h"
#include "browse/searchrunner.h"
#include "content/articlerenderer.h"
#include "content/citation.h"
#include "content/profilerenderer.h"
#include "detail/detailpane.h"
#include "detail/notepanel.h"
#include "dialogs/dialogseam.h"
#include "mainwindow.h"
#include "models/articlelistmodel.h"
#include "models/countrytreefiltermodel.h"
#include "models/countrytreemodel.h"
#include "safety/discreetmode.h"
#include "settings/config.h"
#include "storage/articlequeries.h"
#include "storage/cataloguequeries.h"
#include "storage/profileviews.h"
#include "storage/userdatacleaner.h"
#include "storage/userdatastore.h"
#include "widgets/darkpalette.h"
#include "widgets/hotlinepanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

namespace Vigil::Ui {

namespace {
Core::RenderOptions baseOptions(const QHash<QString, QString> &countries, const QHash<QString, QString> &topics)
{
    Core::RenderOptions o;
    o.dark = isDarkPalette();
    o.countryNames = countries;
    o.topicLabels = topics;
    return o;
}
} // namespace

void MainWindow::onAppLink(const QUrl &url)
{
    // vigil://filter/topic/ID, vigil://filter/country/CODE, vigil://article/ID,
    // vigil://copy-citation/STYLE/ID, vigil://copy/TEXT
    const QStringList parts = url.path().split(u'/', Qt::SkipEmptyParts);
    const QString host = url.host();
    if (host == u"filter" && parts.size() == 2 && parts[0] == u"topic") {
        m_filterBar->setTopic(parts[1]);
    } else if (host == u"filter" && parts.size() == 2 && parts[0] == u"country") {
        selectCountry(parts[1]);
    } else if (host == u"article" && parts.size() == 1) {
        openArticle(parts[0].toLongLong());
    } else if (host == u"copy-citation" && parts.size() == 2) {
        // BibTeX and RIS from the pane's links; any other style name (an older
        // link) copies the citation in the strip's style.
        const qint64 id = parts[1].toLongLong();
        const auto article = m_articles ? m_articles->article(id) : std::nullopt;
        if (!article)
            return;
        if (parts[0] == u"bibtex")
            copyToClipboard(Core::Citation::bibtex(*article), tr("Citation copied (BibTeX)"));
        else if (parts[0] == u"ris")
            copyToClipboard(Core::Citation::ris(*article), tr("Citation copied (RIS)"));
        else
            copyCitation(id);
    } else if (host == u"copy" && parts.size() == 1) {
        copyToClipboard(parts[0], tr("Copied %1").arg(parts[0]));
    }
}

void MainWindow::copyToClipboard(const QString &text, const QString &statusMessage)
{
    m_clipboard.copy(text);
    statusBar()->showMessage(statusMessage, 4000);
}

void MainWindow::onExternalLink(const QUrl &url)
{
    if (m_dialogs->confirmExternalLink(this, url))
        QDesktopServices::openUrl(url);
}

bool MainWindow::selectCountry(const QString &code)
{
    if (!m_treeModel)
        return false;
    const QModelIndex source = m_treeModel->indexForCountry(code.toUpper());
    if (!source.isValid())
        return false;
    QModelIndex index = m_treeProxy->mapFromSource(source);
    if (!index.isValid()) {
        m_showAll->setChecked(true); // a country without articles is hidden until then
        index = m_treeProxy->mapFromSource(source);
    }
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
    return index.isValid();
}

bool MainWindow::selectPage(const QString &key)
{
    if (!m_treeModel)
        return false;
    const QModelIndex index = m_treeProxy->mapFromSource(m_treeModel->indexForPage(key));
    if (index.isValid()) {
        m_tree->scrollTo(index);
        m_tree->setCurrentIndex(index);
    }
    return index.isValid();
}

// A profile's counts and charts are read on the search worker (tens of
// milliseconds at 100,000 articles); the pane shows it when it comes, unless
// something else was shown meanwhile (showHtml).
void MainWindow::showCountryProfile(const QString &code)
{
    m_currentArticle = 0;
    articleChanged();
    recordPlace(ReadingPlace::Kind::Country, code);
    m_profileOptions = baseOptions(m_countryNames, m_topicLabels);
    m_pendingProfile = m_search->requestCountryProfile(code, countryName(code));
    m_detail->expectDocument();
}

void MainWindow::showPage(const QString &key)
{
    const auto page = m_catalogue->page(key);
    if (!page)
        return;
    m_profileOptions = baseOptions(m_countryNames, m_topicLabels);
    m_profileOptions.pageTitle = page->title;
    m_profileOptions.fairUse = page->fairUse;
    m_profileOptions.pageCitation = page->citation;
    m_currentArticle = 0;
    articleChanged();
    m_citedPage = key; // the page itself is cited under the pane
    recordPlace(ReadingPlace::Kind::Page, key);
    m_pendingProfile = m_search->requestPageProfile(key);
    m_detail->expectDocument();
}

void MainWindow::onProfileReady(quint64 request, const Core::CountryProfileView &view)
{
    if (request != m_pendingProfile)
        return;
    showHtml(Core::ProfileRenderer::render(view, m_profileOptions));
    // Once shown: the title tells what the pane shows.
    setDocumentTitle(view.code.isEmpty() ? m_profileOptions.pageTitle : view.name);
}

void MainWindow::showAllHotlines()
{
    if (!m_library)
        return;
    m_currentArticle = 0;
    articleChanged();
    recordPlace(ReadingPlace::Kind::AllHotlines, {});
    setDocumentTitle(tr("All hotlines"));
    showHtml(Core::ProfileRenderer::renderAllHotlines(
        hotlinesFor({}), m_countryNames, baseOptions(m_countryNames, m_topicLabels)));
}

void MainWindow::quickExit()
{
    if (m_quitting)
        return;
    m_quitting = true;
    // The screen first, before any other work: every window, dialogs and menus
    // included. Nothing is asked.
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (window->isVisible())
            window->hide();
    }
    // Let the window system take the windows down before the rest is done.
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    m_skipSaving = true;
    // A profile still being read on the worker must not fill the pane again.
    m_pendingProfile = 0;
    // What was typed in the note is kept, like every other saved note.
    m_notes->saveNow();
    m_detail->blank();
    m_lastHtml.clear();
    setWindowTitle(tr("Vigil"));
    m_clipboard.clearIfOurs();
    // The next start shows the neutral start view, whatever was saved before.
    Config::forgetSession();
    if (m_quit)
        m_quit();
    else
        QApplication::exit(0);
}

void MainWindow::clearMyData()
{
    if (!m_dialogs->confirmClearData(this, Core::UserDataCleaner::locations()))
        return;
    // Closed first: a store left open would go on writing to the deleted file.
    // It stays closed for the rest of the session, which saves nothing more.
    const QString userData = hasUserData() ? m_userData->path() : QString();
    m_notes->discardUnsaved();
    if (m_userData)
        m_userData->close();
    QString error;
    const bool cleared = Core::UserDataCleaner::clearAll(&error);
    if (!cleared && !userData.isEmpty())
        m_userData->open(userData, nullptr);
    refreshReadingLists();
    refreshHotlines(); // the reader's own hotlines went with the data
    articleChanged();
    if (!cleared) {
        m_dialogs->showError(this, tr("Clear my data"), error);
        return;
    }
    // Nothing of this session may be written back when the window closes.
    m_skipSaving = true;
    m_filterBar->clearAll();
    statusBar()->showMessage(tr("Your data was removed. Vigil will not save this session's settings."), 8000);
}

void MainWindow::showContentWarningIfNeeded()
{
    if (Config::get(Config::Key::ContentWarningDismissed).toBool())
        return;
    if (m_dialogs->showContentWarning(this))
        Config::set(Config::Key::ContentWarningDismissed, true);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The reader's note is their data, not the session's: saved in any case.
    m_notes->saveNow();
    if (!m_skipSaving)
        saveSession();
    event->accept();
}

void MainWindow::saveSession() const
{
    using Key = Config::Key;
    Config::set(Key::WindowGeometry, saveGeometry());
    Config::set(Key::WindowState, saveState());
    Config::set(Key::WindowSplitter, m_splitter->saveState());
    Config::set(Key::WindowReadingSplitter, m_readingSplitter->saveState());
    Config::set(Key::ViewCountriesShown, m_countriesWanted);
    Config::set(Key::ViewListShown, m_listWanted);
    Config::set(Key::ReaderZoom, m_detail->zoomFactor());
    Config::set(Key::ReaderShowAllCountries, m_showAll->isChecked());
    if (DiscreetMode::isOn()) {
        Config::forgetSession();
        return;
    }
    Config::set(Key::ReaderCountry, m_currentCountry);
    Config::set(Key::ReaderArticle, m_currentArticle);
    // Filters are kept, but never the search words: no search history is written.
    const Core::ArticleFilter f = m_filterBar->filter();
    Config::set(Key::FiltersYearFrom, f.yearFrom);
    Config::set(Key::FiltersYearTo, f.yearTo);
    Config::set(Key::FiltersTopic, f.topic);
    Config::set(Key::FiltersPublisher, f.publisher);
    Config::set(Key::FiltersSection, static_cast<int>(f.section));
    Config::set(Key::FiltersPdfOnly, f.pdfOnly);
}

void MainWindow::restoreSession()
{
    using Key = Config::Key;
    restoreGeometry(Config::get(Key::WindowGeometry).toByteArray());
    restoreState(Config::get(Key::WindowState).toByteArray());
    m_panesSized = m_splitter->restoreState(Config::get(Key::WindowSplitter).toByteArray())
        && m_readingSplitter->restoreState(Config::get(Key::WindowReadingSplitter).toByteArray());
    // A window restored larger than this screen (another monitor, a projector) is brought back onto it.
    if (const QScreen *here = screen()) {
        const QSize room = here->availableGeometry().size();
        if (width() > room.width() || height() > room.height())
            resize(size().boundedTo(room - QSize(16, 48)));
    }
    setCountriesShown(Config::get(Key::ViewCountriesShown).toBool());
    setListShown(Config::get(Key::ViewListShown).toBool());
    m_detail->setZoomFactor(Config::get(Key::ReaderZoom).toDouble());
    if (!m_library)
        return;
    m_showAll->setChecked(Config::get(Key::ReaderShowAllCountries).toBool());
    if (DiscreetMode::isOn())
        return;
    const QString country = Config::get(Key::ReaderCountry).toString();
    if (!country.isEmpty())
        selectCountry(country);
    Core::ArticleFilter f = m_filterBar->filter();
    f.yearFrom = Config::get(Key::FiltersYearFrom).toInt();
    f.yearTo = Config::get(Key::FiltersYearTo).toInt();
    f.topic = Config::get(Key::FiltersTopic).toString();
    f.publisher = Config::get(Key::FiltersPublisher).toString();
    f.section = static_cast<Core::ArticleFilter::Section>(qBound(0, Config::get(Key::FiltersSection).toInt(), 2));
    f.pdfOnly = Config::get(Key::FiltersPdfOnly).toBool();
    m_filterBar->setFilter(f);
    const qint64 article = Config::get(Key::ReaderArticle).toLongLong();
    if (article > 0)
        openArticle(article);
}

} // namespace Vigil::Ui
