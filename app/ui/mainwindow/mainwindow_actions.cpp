// The MainWindow's commands: every one is an action in a menu, with a key where
// one is usual; the toolbar and the context menus reuse the same actions.
#include "browse/filterbar.h"
#include "detail/citationstrip.h"
#include "detail/detailpane.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/dialogseam.h"
#include "i18n/uilanguage.h"
#include "mainwindow.h"
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
#include "storage/userdatastore.h"
#include "widgets/icons.h"
#include "widgets/theme.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Vigil::Ui {

namespace {

QString plainText(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("&(?!&)"))).replace(QStringLiteral("&&"), QStringLiteral("&"));
}

} // namespace

void MainWindow::buildActions()
{
    // Quick exit first: the keys are also watched on the whole application, so
    // they work over modal dialogs, where a window's shortcuts do not fire.
    m_quickExitAction = new QAction(tr("Quick e&xit"), this);
    m_quickExitAction->setObjectName(QStringLiteral("quickExitAction"));
    m_quickExitAction->setShortcuts({ QKeySequence(Qt::Key_F12), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q) });
    m_quickExitAction->setShortcutContext(Qt::ApplicationShortcut);
    m_quickExitAction->setToolTip(tr("Hide and close Vigil at once (F12, Ctrl+Shift+Q, or Shift three times)"));
    m_quickExitAction->setStatusTip(m_quickExitAction->toolTip());
    connect(m_quickExitAction, &QAction::triggered, this, &MainWindow::quickExit);
    addAction(m_quickExitAction);
    auto *quickKeys = new QuickExitKeys(this);
    qApp->installEventFilter(quickKeys);
    qApp->installEventFilter(this); // the mouse's back and forward buttons (eventFilter)
    connect(quickKeys, &QuickExitKeys::triggered, this, &MainWindow::quickExit);

    auto add = [this](const char *name, const QString &text, const QString &statusTip, const QList<QKeySequence> &keys,
                   auto slot, const QString &icon = {}) {
        auto *action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcuts(keys);
        if (!icon.isEmpty()) {
            action->setIcon(Icons::themed(icon));
            action->setProperty("vigilIconName", icon); // drawn again when the theme changes
        }
        const QString plain = plainText(text).remove(QStringLiteral("…"));
        action->setToolTip(keys.isEmpty()
                ? plain
                : QStringLiteral("%1 (%2)").arg(plain, keys.first().toString(QKeySequence::NativeText)));
        action->setStatusTip(statusTip);
        connect(action, &QAction::triggered, this, slot);
        addAction(action); // the keys work with the menu bar hidden too
        m_actions.insert(action->objectName(), action);
        return action;
    };
    // The platform's keys; where it has none (some have no Save As), the usual one.
    auto keys = [](QKeySequence::StandardKey key, const QKeySequence &usual = {}) {
        const QList<QKeySequence> platform = QKeySequence::keyBindings(key);
        return platform.isEmpty() && !usual.isEmpty() ? QList<QKeySequence> { usual } : platform;
    };

    // File
    add(
        "openLibraryAction", tr("&Open library…"), tr("Show another Vigil library file"), keys(QKeySequence::Open),
        [this]() { openLibrary(); }, QStringLiteral("document-open"));
    add("openBundledLibraryAction", tr("Open the &bundled library"),
        tr("Show the library Vigil comes with, and the pages you imported"), {}, [this]() {
            Config::set(Config::Key::LibraryPath, QString());
            emit libraryChosen(m_defaultLibraryPath);
        });
    add(
        "importPagesAction", tr("Import p&ages…"), tr("Add saved pages of the site (text or HTML) to your own library"),
        { QKeySequence(Qt::CTRL | Qt::Key_I) }, [this]() { importPages(); }, QStringLiteral("document-import"));
    add("openPackAction", tr("Open data pac&k…"),
        tr("Import a data pack of pages and hotlines that a team shares, after seeing who signed it and what it "
           "changes"),
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O) }, [this]() { openDataPack(); });
    add("trustedPublishersAction", tr("&Trusted publishers…"),
        tr("The publishers whose signed data packs you trust: add or remove them"), {},
        [this]() { showTrustedPublishers(); });
    add("exportListsAction", tr("Export my &lists and notes…"),
        tr("Save your reading lists and notes to one file, to take to another computer"), {},
        [this]() { exportListsAndNotes(); });
    add("importListsAction", tr("&Import lists and notes…"),
        tr("Add the reading lists and notes of an exported file to yours"), {}, [this]() { importListsAndNotes(); });
    add(
        "savePdfAction", tr("Save as P&DF…"),
        tr("Save a handout as PDF: of the article being read, or of the reading list or country chosen in the "
           "country tree"),
        keys(QKeySequence::SaveAs, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)), [this]() { saveAsPdf(); },
        QStringLiteral("document-save-as"));
    // Ctrl+Shift+E: E for export, with Shift as beside Save as PDF (Ctrl+Shift+S).
    add("exportCitationsAction", tr("&Export citations…"),
        tr("Save the citations of the articles the list shows as BibTeX, RIS or CSL-JSON"),
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E) }, [this]() { exportCitations(); });
    // B for bibliography: Ctrl+Shift+B copies it, as Ctrl+Shift+C copies a citation.
    add("copyBibliographyAction", tr("Copy bibliograph&y"),
        tr("Copy the bibliography of the articles the list shows, in the style chosen under the reading pane, "
           "formatted for a word processor"),
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B) }, [this]() { copyBibliography(); });
    add("saveBibliographyAction", tr("Save biblio&graphy…"),
        tr("Save the bibliography of the articles the list shows, in the style chosen under the reading pane, as "
           "text, HTML or RTF"),
        { QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_B) }, [this]() { saveBibliography(); });
    add(
        "printAction", tr("&Print…"),
        tr("Print a handout: of the article being read, or of the reading list or country chosen in the country "
           "tree"),
        keys(QKeySequence::Print), [this]() { printHandout(); }, QStringLiteral("document-print"));
    add("printPreviewAction", tr("Print pre&view…"),
        tr("See a handout's pages before printing: of the article being read, or of the reading list or country "
           "chosen in the country tree"),
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P) }, [this]() { printPreview(); });
    add("quitAction", tr("&Quit"), tr("Close Vigil, keeping your settings"),
        keys(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)), [this]() { close(); });

    // Edit
    add(
        "copyAction", tr("&Copy"), tr("Copy the text selected in the reading pane, or the chosen article's citation"),
        keys(QKeySequence::Copy), [this]() { copyCurrent(); }, QStringLiteral("edit-copy"));
    add("copyCitationAction", tr("Copy ci&tation"),
        tr("Copy the citation of the article being read, in the style chosen under it"),
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C) }, [this]() { copyCitation(m_citations->articleId()); });
    // Ctrl+D: the key browsers bookmark a page with.
    QAction *addToList = add("addToReadingListAction", tr("Add to &reading list"),
        tr("Add the article being read to your reading list, or take it out"), { QKeySequence(Qt::CTRL | Qt::Key_D) },
        [this]() { toggleInReadingList(Core::UserDataStore::defaultListId, m_currentArticle); });
    addToList->setCheckable(true);
    addToList->setEnabled(false); // until the window has the user's data
    add("newReadingListAction", tr("&New reading list…"), tr("Make a reading list of your own, with a name"), {},
        [this]() { newReadingList(0); });
    add(
        "searchAction", tr("&Find…"), tr("Search the articles"), keys(QKeySequence::Find),
        [this]() { m_filterBar->focusSearch(); }, QStringLiteral("edit-find"));
    add("clearFiltersAction", tr("C&lear filters"), tr("Show every article of every country"),
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace) }, [this]() { m_filterBar->clearAll(); });

    // View
    add(
        "zoomInAction", tr("Zoom &in"), tr("Larger text in the reading pane"),
        { QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal) }, [this]() { m_detail->zoomIn(); },
        QStringLiteral("zoom-in"));
    add(
        "zoomOutAction", tr("Zoom &out"), tr("Smaller text in the reading pane"), keys(QKeySequence::ZoomOut),
        [this]() { m_detail->zoomOut(); }, QStringLiteral("zoom-out"));
    add(
        "normalSizeAction", tr("&Normal size"), tr("The reading pane's text at its normal size"),
        { QKeySequence(Qt::CTRL | Qt::Key_0) }, [this]() { m_detail->resetZoom(); }, QStringLiteral("zoom-original"));
    QAction *countries = add("showCountriesAction", tr("&Countries pane"), tr("Show or hide the list of countries"),
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_1) }, [this](bool on) { setCountriesShown(on); });
    countries->setCheckable(true);
    countries->setChecked(true);
    QAction *list = add("showListAction", tr("&Article list"), tr("Show or hide the list of articles"),
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_2) }, [this](bool on) { setListShown(on); });
    list->setCheckable(true);
    list->setChecked(true);
    QAction *fullScreen = add("fullScreenAction", tr("&Full screen"), tr("Use the whole screen for Vigil"),
        keys(QKeySequence::FullScreen, QKeySequence(Qt::Key_F11)),
        [this](bool on) { on ? showFullScreen() : showNormal(); });
    fullScreen->setCheckable(true);
    auto *themes = new QActionGroup(this);
    const QString theme = Config::get(Config::Key::ViewTheme).toString();
    for (const auto &[name, text, key] : { std::tuple { "system", tr("&System colours"), "themeSystemAction" },
             std::tuple { "light", tr("&Light"), "themeLightAction" },
             std::tuple { "dark", tr("&Dark"), "themeDarkAction" } }) {
        QAction *a = add(key, text, tr("Colours of the window and the reading pane"), {},
            [this, value = QString::fromLatin1(name)]() { setTheme(value); });
        a->setCheckable(true);
        a->setChecked(theme == QLatin1String(name));
        themes->addAction(a);
    }
    auto *languages = new QActionGroup(this);
    const QString language = Config::get(Config::Key::ViewLanguage).toString();
    QAction *systemLanguage = add("languageSystemAction", tr("&System language"),
        tr("The language of your desktop, when Vigil speaks it; English otherwise"), {},
        [this]() { setLanguage(QString()); });
    systemLanguage->setCheckable(true);
    systemLanguage->setChecked(language.isEmpty());
    languages->addAction(systemLanguage);
    for (const UiLanguage::Language &l : UiLanguage::available()) {
        // Each language by its own name, so that a reader finds it whatever the
        // window speaks now.
        QAction *a = add(qPrintable(QStringLiteral("language_%1_Action").arg(l.code)), l.menuText,
            tr("Speak %1").arg(l.nativeName), {}, [this, code = l.code]() { setLanguage(code); });
        a->setCheckable(true);
        a->setChecked(language == l.code);
        languages->addAction(a);
    }
    QAction *discreet = add("discreetModeAction", tr("D&iscreet mode"),
        tr("The window title shows only “Vigil”, and the next start does not reopen what you read"), {},
        [this](bool on) { setDiscreetMode(on); });
    discreet->setCheckable(true);
    discreet->setChecked(DiscreetMode::isOn());

    // Go
    add(
        "backAction", tr("&Back"), tr("Show what the reading pane showed before"), keys(QKeySequence::Back),
        [this]() { goBack(); }, QStringLiteral("go-previous"));
    add(
        "forwardAction", tr("&Forward"), tr("Show again what Back left"), keys(QKeySequence::Forward),
        [this]() { goForward(); }, QStringLiteral("go-next"));
    add("countriesAction", tr("&Countries"), tr("Move the keyboard to the countries"),
        { QKeySequence(Qt::CTRL | Qt::Key_1) }, [this]() {
            if (!m_countryPane->isVisible())
                setCountriesShown(true);
            m_tree->setFocus(Qt::ShortcutFocusReason);
        });
    add("articlesAction", tr("&Articles"), tr("Move the keyboard to the list of articles"),
        { QKeySequence(Qt::CTRL | Qt::Key_2) }, [this]() {
            if (!m_browsePane->isVisible())
                setListShown(true);
            m_list->setFocus(Qt::ShortcutFocusReason);
        });
    add("readingPaneAction", tr("&Reading pane"), tr("Move the keyboard into the article, to scroll and follow links"),
        { QKeySequence(Qt::CTRL | Qt::Key_3) }, [this]() { focusReadingPane(); });
    add("allHotlinesAction", tr("All &hotlines"), tr("Every hotline in the library, by country"),
        { QKeySequence(Qt::CTRL | Qt::Key_H) }, &MainWindow::showAllHotlines, QStringLiteral("call-start"));
    add("myHotlinesAction", tr("&My hotlines…"), tr("Add, change or remove hotlines you know, for any country"), {},
        [this]() { openMyHotlines(m_currentCountry); });

    // Help
    add(
        "helpAction", tr("&Help"), tr("How to use Vigil, and how to search"), keys(QKeySequence::HelpContents),
        [this]() { HelpDialog(this).exec(); }, QStringLiteral("help-contents"));
    add("shortcutsAction", tr("&Keyboard shortcuts"), tr("Every key Vigil answers to"),
        { QKeySequence(Qt::CTRL | Qt::Key_Slash) }, [this]() { showKeyboardShortcuts(); });
    add("aboutAction", tr("&About Vigil"), tr("Version, licence and where the articles come from"), {}, [this]() {
        const auto page = m_catalogue && !m_catalogue->pageKeys().isEmpty()
            ? m_catalogue->page(m_catalogue->pageKeys().first())
            : std::nullopt;
        AboutDialog(page ? page->fairUse : QString(), page ? page->citation : QString(), this).exec();
    });
    add("clearMyDataAction", tr("&Clear my data…"), tr("Remove your settings and saved data from this computer"), {},
        &MainWindow::clearMyData);

    buildToolBar();
    buildReadingListButton();
    buildMenus();
    buildContextMenus();
    updateHistoryActions();
}

void MainWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->setIconSize(QSize(20, 20));
    bar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    bar->setContextMenuPolicy(Qt::PreventContextMenu);
    bar->addAction(m_quickExitAction);
    bar->addSeparator();
    bar->addAction(action(QStringLiteral("backAction")));
    bar->addAction(action(QStringLiteral("forwardAction")));
    bar->addSeparator();
    bar->addAction(action(QStringLiteral("allHotlinesAction")));
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addAction(action(QStringLiteral("helpAction")));
    for (QAction *a : bar->actions()) {
        auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(a));
        if (!button)
            continue;
        // Tool buttons take no focus by default: a keyboard user could not reach them.
        button->setFocusPolicy(Qt::TabFocus);
        button->setAccessibleName(plainText(a->text()));
        button->setAccessibleDescription(a->toolTip());
    }
    // The two that matter most in a hurry keep their words.
    for (QAction *a : { m_quickExitAction, action(QStringLiteral("allHotlinesAction")) }) {
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(a)))
            button->setToolButtonStyle(a->icon().isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonTextBesideIcon);
    }
    if (QWidget *button = bar->widgetForAction(m_quickExitAction)) {
        button->setObjectName(QStringLiteral("quickExitButton"));
        button->setStyleSheet(quickExitStyleSheet());
    }
}

void MainWindow::buildMenus()
{
    auto menu = [this](QMenu *parent, const QString &title, const QList<const char *> &names) {
        QMenu *m = parent ? parent->addMenu(title) : menuBar()->addMenu(title);
        for (const char *name : names) {
            if (!name)
                m->addSeparator();
            else if (qstrcmp(name, "quickExitAction") == 0)
                m->addAction(m_quickExitAction);
            else
                m->addAction(action(QString::fromLatin1(name)));
        }
        return m;
    };
    menu(nullptr, tr("&File"),
        { "openLibraryAction", "openBundledLibraryAction", "importPagesAction", nullptr, "openPackAction",
            "trustedPublishersAction", nullptr, "exportListsAction", "importListsAction", nullptr, "savePdfAction",
            "exportCitationsAction", "copyBibliographyAction", "saveBibliographyAction", nullptr, "printPreviewAction",
            "printAction", nullptr, "quickExitAction", "quitAction" });
    QMenu *edit = menu(nullptr, tr("&Edit"),
        { "copyAction", "copyCitationAction", nullptr, "addToReadingListAction", "newReadingListAction", nullptr,
            "searchAction", "clearFiltersAction" });
    connect(edit, &QMenu::aboutToShow, this, &MainWindow::updateReadingListAction);
    QMenu *view = menu(nullptr, tr("&View"), { "showCountriesAction", "showListAction", nullptr });
    view->setObjectName(QStringLiteral("viewMenu"));
    menu(view, tr("&Text size"), { "zoomInAction", "zoomOutAction", "normalSizeAction" });
    menu(view, tr("T&heme"), { "themeSystemAction", "themeLightAction", "themeDarkAction" });
    QMenu *languageMenu = menu(view, tr("&Language"), { "languageSystemAction", nullptr });
    for (const UiLanguage::Language &l : UiLanguage::available())
        languageMenu->addAction(action(QStringLiteral("language_%1_Action").arg(l.code)));
    view->addSeparator();
    view->addAction(action(QStringLiteral("fullScreenAction")));
    view->addAction(action(QStringLiteral("discreetModeAction")));
    menu(nullptr, tr("&Go"),
        { "backAction", "forwardAction", nullptr, "countriesAction", "articlesAction", "readingPaneAction", nullptr,
            "allHotlinesAction", "myHotlinesAction" });
    menu(nullptr, tr("&Help"), { "helpAction", "shortcutsAction", "aboutAction", nullptr, "clearMyDataAction" });
}

void MainWindow::buildContextMenus()
{
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_list->indexAt(at);
        if (!index.isValid() || !m_listModel)
            return;
        const qint64 id = m_listModel->idAt(index.row());
        const Core::ArticleSummary row = m_listModel->summaryAt(index.row());
        QMenu menu(this);
        menu.addAction(tr("&Open"), this, [this, id]() { openArticle(id); });
        menu.addAction(
            tr("Copy &title"), this, [this, title = row.title]() { copyToClipboard(title, tr("Title copied")); });
        menu.addAction(tr("Copy ci&tation"), this, [this, id]() { copyCitation(id); });
        menu.addAction(tr("E&xport citation…"), this, [this, id]() { exportCitation(id); });
        menu.addAction(action(QStringLiteral("copyBibliographyAction")));
        menu.addAction(action(QStringLiteral("saveBibliographyAction")));
        menu.addSeparator();
        addReadingListItems(&menu, id);
        menu.addSeparator();
        for (const QString &code : row.countries) {
            menu.addAction(tr("Show &country: %1").arg(QString(countryName(code)).replace(u'&', QStringLiteral("&&"))),
                this, [this, code]() { selectCountry(code); });
        }
        menu.exec(m_list->viewport()->mapToGlobal(at));
    });

    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        if (!m_treeProxy)
            return;
        const QModelIndex index = m_tree->indexAt(at);
        QMenu menu(this);
        if (index.isValid())
            addTreeListItems(&menu, m_treeProxy->mapToSource(index));
        if (index.isValid()) {
            const auto kind
                = static_cast<Core::CountryTreeModel::NodeKind>(index.data(Core::CountryTreeModel::KindRole).toInt());
            if (kind == Core::CountryTreeModel::NodeKind::Country)
                menu.addAction(
                    tr("Show &profile and articles"), this, [this, index]() { m_tree->setCurrentIndex(index); });
            if (kind == Core::CountryTreeModel::NodeKind::Page) {
                const QString key = index.data(Core::CountryTreeModel::CodeRole).toString();
                QAction *remove
                    = menu.addAction(tr("&Remove this page…"), this, [this, key]() { removeImportedPage(key); });
                if (!isReaderPage(key)) {
                    remove->setEnabled(false);
                    remove->setText(tr("Remove this page… (only pages you imported)"));
                }
            }
            if (m_tree->model()->hasChildren(index)) {
                menu.addAction(m_tree->isExpanded(index) ? tr("Co&llapse") : tr("&Expand"), this,
                    [this, index]() { m_tree->setExpanded(index, !m_tree->isExpanded(index)); });
            }
        }
        menu.addAction(tr("Expand &all"), m_tree, &QTreeView::expandAll);
        menu.addAction(tr("Collapse a&ll"), this, [this]() {
            m_tree->collapseAll();
            m_tree->expand(m_treeProxy->mapFromSource(m_treeModel->allIndex()));
        });
        menu.addSeparator();
        menu.addAction(m_showAll->text(), m_showAll, &QCheckBox::toggle)->setCheckable(true);
        menu.actions().constLast()->setChecked(m_showAll->isChecked());
        menu.exec(m_tree->viewport()->mapToGlobal(at));
    });

    connect(m_detail, &DetailPane::contextMenuRequested, this, [this](const QPoint &globalPos) {
        QMenu menu(this);
        QAction *copy = menu.addAction(tr("&Copy"), m_detail, &DetailPane::copySelection);
        copy->setEnabled(m_detail->hasSelection());
        menu.addAction(tr("Select &all"), m_detail, &DetailPane::selectAll);
        menu.addSeparator();
        for (const char *name : std::initializer_list<const char *> { "backAction", "forwardAction", nullptr,
                 "copyCitationAction", "addToReadingListAction", nullptr, "zoomInAction", "zoomOutAction",
                 "normalSizeAction", nullptr, "savePdfAction", "printAction" }) {
            if (name)
                menu.addAction(action(QString::fromLatin1(name)));
            else
                menu.addSeparator();
        }
        updateReadingListAction();
        menu.exec(globalPos);
    });
}

void MainWindow::showKeyboardShortcuts()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("shortcutsDialog"));
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *table = new QTableWidget(&dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({ tr("Command"), tr("Keys") });
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false);
    QList<QPair<QString, QString>> rows;
    rows.append({ plainText(m_quickExitAction->text()), tr("F12, Ctrl+Shift+Q, or Shift three times") });
    for (QAction *menu : menuBar()->actions()) {
        const QList<QAction *> actions = menu->menu()->actions();
        QList<QAction *> all;
        for (QAction *a : actions)
            all += a->menu() ? a->menu()->actions() : QList<QAction *> { a };
        for (QAction *a : std::as_const(all)) {
            if (a == m_quickExitAction || a->isSeparator() || a->shortcuts().isEmpty())
                continue;
            QStringList keys;
            for (const QKeySequence &k : a->shortcuts())
                keys << k.toString(QKeySequence::NativeText);
            rows.append({ plainText(a->text()).remove(QStringLiteral("…")), keys.join(QStringLiteral(", ")) });
        }
    }
    rows.append({ tr("Open the chosen article"), tr("Enter") });
    rows.append({ tr("Move between panes"), tr("Tab, Shift+Tab") });
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        table->setItem(r, 0, new QTableWidgetItem(rows.at(r).first));
        table->setItem(r, 1, new QTableWidgetItem(rows.at(r).second));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    addQuickExitButton(buttons, this);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(520, 560);
    dialog.exec();
}

void MainWindow::copyCurrent()
{
    if (m_detail->hasSelection()) {
        m_detail->copySelection();
        statusBar()->showMessage(tr("Copied the selected text"), 4000);
        return;
    }
    const QModelIndex row = m_list->currentIndex();
    copyCitation(row.isValid() && m_list->hasFocus() ? m_listModel->idAt(row.row()) : m_currentArticle);
}

void MainWindow::setLibraryPaths(const QString &current, const QString &bundled, const QString &shownByDefault)
{
    m_libraryPath = current;
    m_bundledLibraryPath = bundled;
    m_defaultLibraryPath = shownByDefault.isEmpty() ? bundled : shownByDefault;
    action(QStringLiteral("openBundledLibraryAction"))
        ->setEnabled(QFileInfo(current).canonicalFilePath() != QFileInfo(m_defaultLibraryPath).canonicalFilePath());
    // Pages go into the reader's library, which is made from the bundled one.
    action(QStringLiteral("importPagesAction"))->setEnabled(QFileInfo(bundled).isFile());
}

QString MainWindow::chosenLibrary()
{
    const QString path = Config::get(Config::Key::LibraryPath).toString();
    return !path.isEmpty() && QFileInfo(path).isFile() ? path : QString();
}

void MainWindow::openLibrary()
{
    const QString folder = m_libraryPath.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                   : QFileInfo(m_libraryPath).absolutePath();
    const QString path = m_dialogs->chooseFileToOpen(
        this, tr("Open library"), folder, tr("Vigil libraries (*.sqlite *.vigil *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    // Tried before the window is given up: a file that is not a library leaves
    // everything as it was.
    Core::LibraryConnection trial;
    QString problem;
    if (!trial.open(path, Core::LibraryConnection::OpenMode::ReadOnly, &problem)) {
        m_dialogs->showError(this, tr("Open library"),
            tr("%1 cannot be shown.\n\n%2\n\nThe library shown now stays open.")
                .arg(QDir::toNativeSeparators(path), problem));
        return;
    }
    trial.close();
    Config::set(Config::Key::LibraryPath, QFileInfo(path).absoluteFilePath());
    emit libraryChosen(QFileInfo(path).absoluteFilePath());
}

void MainWindow::setLanguage(const QString &code)
{
    if (Config::get(Config::Key::ViewLanguage).toString() == code)
        return;
    Config::set(Config::Key::ViewLanguage, code);
    const UiLanguage::Language next = UiLanguage::choose(code, QLocale::system().uiLanguages());
    if (next.code == UiLanguage::current().code)
        return;
    // The words of every window are set when it is made: the language changes
    // with the next start.
    QString text
        = tr("Vigil will speak %1 the next time it starts. Close Vigil and start it again.").arg(next.nativeName);
    if (next.code != QLatin1String("en"))
        text += QStringLiteral("\n\n") + DialogSeam::publishedInEnglish();
    m_dialogs->showInformation(this, tr("Language"), text);
}

void MainWindow::setTheme(const QString &name)
{
    Theme::apply(name);
    Config::set(Config::Key::ViewTheme, name);
    // Widgets with a style sheet keep the colours they were polished with.
    const QString sheet = styleSheet();
    setStyleSheet(QString());
    setStyleSheet(sheet);
    for (QAction *a : std::as_const(m_actions)) {
        const QString icon = a->property("vigilIconName").toString();
        if (!icon.isEmpty())
            a->setIcon(Icons::themed(icon));
    }
    if (m_listButton)
        m_listButton->setIcon(Icons::themed(QStringLiteral("bookmark-new")));
    // The reading pane's colours follow: show the document again.
    if (m_currentArticle > 0)
        openArticle(m_currentArticle);
    else if (const ReadingPlace *here = m_history.current())
        showPlace(*here);
}

} // namespace Vigil::Ui
