// The MainWindow's user data: the reader's own lists of articles, kept in the
// user's database, shown as a branch of the country tree and chosen like a
// country, and the note on the article read. The window reads and writes them
// through UserDataStore alone.
#include "browse/filterbar.h"
#include "detail/citationstrip.h"
#include "detail/notepanel.h"
#include "dialogs/dialogseam.h"
#include "mainwindow.h"
#include "models/countrytreefiltermodel.h"
#include "models/countrytreemodel.h"
#include "search/notematcher.h"
#include "storage/userdatastore.h"
#include "widgets/hotlinepanel.h"
#include "widgets/icons.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>
#include <QToolButton>
#include <QTreeView>

namespace Vigil::Ui {

using Core::CountryTreeModel;
using Core::UserDataStore;

namespace {

QString menuText(QString name)
{
    return name.replace(u'&', QStringLiteral("&&"));
}

} // namespace

void MainWindow::setUserData(Core::UserDataStore *store)
{
    m_userData = store;
    m_notes->setSaver([this](qint64 articleId, const QString &text, QString *error) {
        if (hasUserData())
            return m_userData->setNote(articleId, text, error);
        *error = tr("Your notes are not available in this session.");
        return false;
    });
    refreshReadingLists();
    if (m_treeProxy) {
        // Open from the start: the lists are what a reader comes back to.
        const QModelIndex first = m_treeModel->indexForList(UserDataStore::defaultListId);
        if (first.isValid())
            m_tree->expand(m_treeProxy->mapFromSource(first.parent()));
    }
    articleChanged();
}

void MainWindow::articleChanged()
{
    m_citedPage.clear(); // showPage names it again, after this
    updateReadingListAction();
    // Without the user's data there is nowhere to keep a note: no panel.
    m_notes->setVisible(hasUserData());
    const qint64 id = hasUserData() ? m_currentArticle : 0;
    if (m_notes->articleId() != id)
        m_notes->showArticle(id, id > 0 ? m_userData->note(id) : QString());
    // Queued: the article is drawn first, its citation is asked for after.
    QMetaObject::invokeMethod(this, &MainWindow::updateCitation, Qt::QueuedConnection);
}

bool MainWindow::hasUserData() const
{
    return m_userData && m_userData->isOpen();
}

void MainWindow::refreshReadingLists()
{
    if (!m_treeModel)
        return;
    m_treeModel->setReadingLists(hasUserData() ? m_userData->readingLists() : QList<Core::ReadingList> {});
    const qint64 shown = m_filterBar->filter().readingList;
    if (shown == 0)
        return;
    // The list shown follows what was added, removed or renamed; a list that is
    // gone gives way to the whole library.
    const QModelIndex list = m_treeModel->indexForList(shown);
    if (list.isValid()) {
        showReadingList(shown, list.data(CountryTreeModel::NameRole).toString());
        return;
    }
    m_tree->setCurrentIndex(m_treeProxy->mapFromSource(m_treeModel->allIndex()));
    m_filterBar->setScope({}, {}, {}, {});
}

void MainWindow::showReadingList(qint64 listId, const QString &name)
{
    m_filterBar->setListScope(listId, hasUserData() ? m_userData->listArticleIds(listId) : QList<qint64> {}, name);
    m_hotlines->showNoCountry();
}

// Under the article, beside Copy: a click puts the article on the reading list
// (or takes it off, as Ctrl+D does); the arrow offers every list and a new one.
void MainWindow::buildReadingListButton()
{
    m_listButton = new QToolButton(this);
    m_listButton->setObjectName(QStringLiteral("readingListButton"));
    m_listButton->setIcon(Icons::themed(QStringLiteral("bookmark-new")));
    m_listButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_listButton->setCheckable(true);
    m_listButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_listButton->setFocusPolicy(Qt::StrongFocus);
    m_listButton->setToolTip(tr("Add this article to your reading list, or take it out (Ctrl+D); "
                                "the arrow chooses another list"));
    auto *lists = new QMenu(m_listButton);
    lists->setObjectName(QStringLiteral("readingListButtonMenu"));
    connect(lists, &QMenu::aboutToShow, this, [this, lists]() {
        lists->clear();
        addReadingListItems(lists, m_currentArticle);
    });
    m_listButton->setMenu(lists);
    connect(m_listButton, &QToolButton::clicked, this,
        [this]() { toggleInReadingList(UserDataStore::defaultListId, m_currentArticle); });
    m_citations->addControl(m_listButton);
}

void MainWindow::updateReadingListAction()
{
    QAction *add = action(QStringLiteral("addToReadingListAction"));
    if (!add)
        return;
    add->setEnabled(hasUserData());
    const bool inList
        = hasUserData() && m_currentArticle > 0 && m_userData->isInList(UserDataStore::defaultListId, m_currentArticle);
    add->setChecked(inList);
    if (!m_listButton)
        return;
    // Without the user's data there is no list to add to: no button.
    m_listButton->setVisible(hasUserData() && m_currentArticle > 0);
    m_listButton->setChecked(inList);
    m_listButton->setText(inList ? tr("On your list") : tr("Add to list"));
    m_listButton->setAccessibleName(m_listButton->text()); // what is seen is what is heard
    m_listButton->setAccessibleDescription(inList ? tr("This article is on your reading list; press to take it off")
                                                  : tr("Press to add this article to your reading list"));
}

void MainWindow::toggleInReadingList(qint64 listId, qint64 articleId)
{
    if (!hasUserData()) {
        showStatus(tr("Your reading lists are not available in this session."));
        updateReadingListAction();
        return;
    }
    if (articleId <= 0) {
        showStatus(tr("Open an article first, then add it to a reading list."));
        updateReadingListAction();
        return;
    }
    // The store says what the article is in, not the action's check mark, which
    // a key press has already flipped.
    const bool adding = !m_userData->isInList(listId, articleId);
    QString error;
    const bool ok = adding ? m_userData->addToList(listId, articleId, &error)
                           : m_userData->removeFromList(listId, articleId, &error);
    if (!ok)
        m_dialogs->showError(this, tr("Reading lists"), error);
    refreshReadingLists();
    updateReadingListAction();
    if (!ok)
        return;
    const QString name
        = m_treeModel ? m_treeModel->indexForList(listId).data(CountryTreeModel::NameRole).toString() : QString();
    showStatus(adding ? tr("Added to “%1”").arg(name) : tr("Removed from “%1”").arg(name));
}

void MainWindow::newReadingList(qint64 articleId)
{
    if (!hasUserData())
        return;
    const QString name = m_dialogs->askListName(this, tr("New reading list"), QString());
    if (name.isEmpty())
        return;
    QString error;
    const qint64 id = m_userData->createList(name, &error);
    if (id == 0 || (articleId > 0 && !m_userData->addToList(id, articleId, &error)))
        m_dialogs->showError(this, tr("New reading list"), error);
    refreshReadingLists();
    if (id != 0)
        showStatus(articleId > 0 ? tr("Added to the new list “%1”").arg(name) : tr("Made the list “%1”").arg(name));
}

void MainWindow::renameReadingList(qint64 listId)
{
    const QModelIndex list = m_treeModel ? m_treeModel->indexForList(listId) : QModelIndex();
    if (!hasUserData() || !list.isValid())
        return;
    const QString name
        = m_dialogs->askListName(this, tr("Rename reading list"), list.data(CountryTreeModel::NameRole).toString());
    QString error;
    if (!name.isEmpty() && !m_userData->renameList(listId, name, &error))
        m_dialogs->showError(this, tr("Rename reading list"), error);
    refreshReadingLists();
}

void MainWindow::deleteReadingList(qint64 listId)
{
    const QModelIndex list = m_treeModel ? m_treeModel->indexForList(listId) : QModelIndex();
    if (!hasUserData() || !list.isValid()
        || !m_dialogs->confirmDeleteList(
            this, list.data(CountryTreeModel::NameRole).toString(), list.data(CountryTreeModel::CountRole).toInt()))
        return;
    QString error;
    if (!m_userData->deleteList(listId, &error))
        m_dialogs->showError(this, tr("Delete reading list"), error);
    refreshReadingLists();
}

Core::ArticleFilter MainWindow::withNoteMatches(Core::ArticleFilter filter)
{
    filter.noteArticles.clear();
    filter.noteWordArticles.clear();
    if (!hasUserData() || filter.text.trimmed().isEmpty())
        return filter;
    // Without the library's name lookups: only the words and note: fields count here.
    const Core::ParsedQuery query = Core::QueryParser().parse(filter.text);
    if (query.noteTerms.isEmpty() && !query.hasPositive())
        return filter;
    m_notes->saveNow(); // the note being typed counts, before its pause
    const Core::NoteMatches found = Core::matchNotes(query, m_userData->notes());
    filter.noteArticles = found.byField;
    filter.noteWordArticles = found.byWords;
    return filter;
}

void MainWindow::addReadingListItems(QMenu *menu, qint64 articleId)
{
    if (!hasUserData() || articleId <= 0)
        return;
    const QList<qint64> holding = m_userData->listsHolding(articleId);
    const auto addItem = [&](QMenu *to, const QString &text, qint64 listId) {
        QAction *item
            = to->addAction(text, this, [this, listId, articleId]() { toggleInReadingList(listId, articleId); });
        item->setCheckable(true);
        item->setChecked(holding.contains(listId));
    };
    addItem(menu, tr("Add to &reading list"), UserDataStore::defaultListId);
    QMenu *others = menu->addMenu(tr("Add to &list"));
    for (const Core::ReadingList &list : m_userData->readingLists()) {
        if (!list.isDefault)
            addItem(others, menuText(list.name), list.id);
    }
    if (!others->isEmpty())
        others->addSeparator();
    others->addAction(tr("&New list…"), this, [this, articleId]() { newReadingList(articleId); });
}

void MainWindow::addTreeListItems(QMenu *menu, const QModelIndex &sourceIndex)
{
    const auto kind = static_cast<CountryTreeModel::NodeKind>(sourceIndex.data(CountryTreeModel::KindRole).toInt());
    if (!hasUserData() || (kind != CountryTreeModel::NodeKind::List && kind != CountryTreeModel::NodeKind::ListsHeader))
        return;
    const qint64 id = sourceIndex.data(CountryTreeModel::CodeRole).toLongLong();
    if (kind == CountryTreeModel::NodeKind::List && id != UserDataStore::defaultListId) {
        menu->addAction(tr("Re&name list…"), this, [this, id]() { renameReadingList(id); });
        menu->addAction(tr("&Delete list…"), this, [this, id]() { deleteReadingList(id); });
    }
    menu->addAction(tr("&New list…"), this, [this]() { newReadingList(0); });
    menu->addSeparator();
}

} // namespace Vigil::Ui
