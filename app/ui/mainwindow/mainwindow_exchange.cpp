// The MainWindow's File ▸ Export my lists and notes and Import lists and notes:
// the reader's own data to one file and back, for another computer. The file is
// export/listsandnotesfile.h; the merge is UserDataStore's.
#include "detail/notepanel.h"
#include "dialogs/dialogseam.h"
#include "export/listsandnotesfile.h"
#include "mainwindow.h"
#include "storage/articlequeries.h"
#include "storage/userdatastore.h"

#include <QDir>
#include <QHash>
#include <QStandardPaths>

namespace Vigil::Ui {

using Core::ListsAndNotes;
using Core::ListsAndNotesFile;

namespace {

// How many of the missing articles the summary names; the rest are counted.
constexpr int namedMissing = 5;

QString fileFilter()
{
    return MainWindow::tr("Vigil lists and notes (*.json);;All files (*)");
}

QString describeMissing(const Core::ArticleRecord &a)
{
    QStringList parts;
    if (!a.date.isEmpty())
        parts << a.date;
    if (!a.page.isEmpty())
        parts << MainWindow::tr("page %1").arg(a.page);
    const QString title
        = a.title.isEmpty() ? MainWindow::tr("article %1").arg(a.id) : QStringLiteral("“%1”").arg(a.title);
    return parts.isEmpty() ? title : QStringLiteral("%1 (%2)").arg(title, parts.join(QStringLiteral(", ")));
}

} // namespace

void MainWindow::exportListsAndNotes()
{
    const QString title = tr("Export my lists and notes");
    if (!hasUserData()) {
        m_dialogs->showError(this, title, tr("Your lists and notes are not available in this session."));
        return;
    }
    m_notes->saveNow(); // what was typed a moment ago goes too
    ListsAndNotes mine = m_userData->exportData();
    if (mine.isEmpty()) {
        m_dialogs->showInformation(this, title,
            tr("There is nothing to export yet: you have no articles on a reading list, no lists of your own, "
               "no notes and no hotlines of your own."));
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = m_dialogs->chooseFileToSave(
        this, title, QDir(folder).filePath(QStringLiteral("vigil-lists-and-notes.json")), fileFilter());
    if (path.isEmpty())
        return;
    // Each article with what recognises it where a library lacks it.
    for (const qint64 id : mine.articleIds()) {
        Core::ArticleRecord record;
        record.id = id;
        if (const auto article = m_articles ? m_articles->article(id) : std::nullopt) {
            record.title = article->title;
            record.date = article->date.toIso();
            record.page = article->pageKey;
        }
        mine.articles.append(record);
    }
    QString error;
    if (!ListsAndNotesFile::write(path, mine, &error)) {
        m_dialogs->showError(this, title, error);
        return;
    }
    int entries = 0;
    for (const Core::ListRecord &l : std::as_const(mine.lists))
        entries += int(l.entries.size());
    showStatus(tr("Exported %1, %2, %3 and %4 to %5")
                   .arg(tr("%n list(s)", nullptr, int(mine.lists.size())), tr("%n entry(s)", nullptr, entries),
                       tr("%n note(s)", nullptr, int(mine.notes.size())),
                       tr("%n hotline(s)", nullptr, int(mine.hotlines.size())), QDir::toNativeSeparators(path)));
}

void MainWindow::importListsAndNotes()
{
    const QString title = tr("Import lists and notes");
    if (!hasUserData()) {
        m_dialogs->showError(this, title, tr("Your lists and notes are not available in this session."));
        return;
    }
    const QString path = m_dialogs->chooseFileToOpen(
        this, title, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), fileFilter());
    if (path.isEmpty())
        return;
    const ListsAndNotesFile::Result file = ListsAndNotesFile::read(path);
    if (!file.ok) {
        m_dialogs->showError(this, title, file.error);
        return;
    }
    m_notes->saveNow(); // the note on screen is compared as it stands
    const Core::UserDataStore::ImportCounts counts = m_userData->planImport(file.data);
    if (!counts.changesSomething()) {
        m_dialogs->showInformation(this, title, tr("Everything in this file is already in your lists and notes."));
        return;
    }
    QHash<qint64, Core::ArticleRecord> records;
    for (const Core::ArticleRecord &a : file.data.articles)
        records.insert(a.id, a);
    QStringList missing;
    int missingCount = 0;
    for (const qint64 id : file.data.articleIds()) {
        if (m_articles && m_articles->article(id))
            continue;
        if (++missingCount <= namedMissing) {
            Core::ArticleRecord record = records.value(id);
            record.id = id;
            missing << describeMissing(record);
        }
    }
    QStringList lines;
    lines << tr("Importing adds %1, %2 and %3.")
                 .arg(tr("%n new list(s)", nullptr, counts.listsAdded),
                     tr("%n entry(s) to your lists", nullptr, counts.entriesAdded),
                     tr("%n note(s)", nullptr, counts.notesAdded));
    if (counts.notesMerged > 0) {
        lines << tr("%n note(s) differ from yours: each keeps your text, with the imported text under it.", nullptr,
            counts.notesMerged);
    }
    if (counts.hotlinesAdded + counts.hotlinesChanged > 0) {
        lines << tr("My hotlines: %1 and %2.")
                     .arg(tr("%n added", nullptr, counts.hotlinesAdded),
                         tr("%n of yours changed to the file's (the same country and service)", nullptr,
                             counts.hotlinesChanged));
    }
    if (counts.notesSkipped > 0) {
        lines << tr("%n note(s) already here, left as they are.", nullptr, counts.notesSkipped);
    }
    if (missingCount > 0) {
        QString line = tr("%n article(s) not in this library; their entries and notes are kept, and show when a "
                          "library has them:",
                           nullptr, missingCount)
            + u' ' + missing.join(QStringLiteral("; "));
        if (missingCount > namedMissing)
            line += tr("; and %1 more").arg(missingCount - namedMissing);
        lines << line + u'.';
    }
    if (!m_dialogs->confirmImport(this, lines.join(QStringLiteral("\n\n"))))
        return;
    QString error;
    Core::UserDataStore::ImportCounts done;
    if (!m_userData->importData(file.data, &done, &error)) {
        m_dialogs->showError(this, title, tr("Nothing was imported: %1").arg(error));
        return;
    }
    refreshReadingLists();
    updateReadingListAction();
    if (m_notes->articleId() > 0)
        m_notes->showArticle(m_notes->articleId(), m_userData->note(m_notes->articleId()));
    refreshHotlines();
    showStatus(tr("Imported %1, %2, %3 and %4; %5 merged with yours")
                   .arg(tr("%n list(s)", nullptr, done.listsAdded), tr("%n entry(s)", nullptr, done.entriesAdded),
                       tr("%n note(s)", nullptr, done.notesAdded),
                       tr("%n hotline(s)", nullptr, done.hotlinesAdded + done.hotlinesChanged),
                       QString::number(done.notesMerged)));
}

} // namespace Vigil::Ui
