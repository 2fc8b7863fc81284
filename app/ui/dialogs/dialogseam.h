#pragma once

#include "cslstyle.h"
#include "domain/userhotline.h"
#include "packimportpreview.h"
#include "pageimportpreview.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>

class QDialog;
class QWidget;

namespace Vigil::Ui {

// Every question the app asks the user goes through here, so tests can answer
// them without a modal dialog blocking the event loop.
class DialogSeam
{
public:
    virtual ~DialogSeam() = default;
    // Asks before a web address leaves the app for the system browser.
    virtual bool confirmExternalLink(QWidget *parent, const QUrl &url);
    // The first-run notice about distressing content; returns "don't show again".
    // "The reports and articles are shown in English…", for a reader of a translation.
    static QString publishedInEnglish();
    virtual bool showContentWarning(QWidget *parent);
    virtual void showError(QWidget *parent, const QString &title, const QString &text);
    // Asks before "Clear my data" removes the listed locations.
    virtual bool confirmClearData(QWidget *parent, const QStringList &locations);
    // A name for a reading list, new or renamed; empty when the reader cancels.
    virtual QString askListName(QWidget *parent, const QString &title, const QString &current);
    // Asks before a reading list goes; the articles stay in the library.
    virtual bool confirmDeleteList(QWidget *parent, const QString &name, int articles);
    // What an import of lists and notes would add, before anything is written:
    // true to import, false to cancel.
    virtual bool confirmImport(QWidget *parent, const QString &summary);
    // Saved pages of the site to import (text or HTML, several at once); empty
    // when the reader cancels.
    virtual QStringList choosePagesToImport(QWidget *parent, const QString &folder);
    // What an import of pages found, before anything is written: true to import.
    virtual bool confirmPageImport(QWidget *parent, const PageImportPreview &preview);
    // Asks before one of the reader's pages goes, with its articles.
    virtual bool confirmRemovePage(QWidget *parent, const QString &title, int articles);
    virtual void showInformation(QWidget *parent, const QString &title, const QString &text);
    // A file to open or to write (Qt's own dialog, the same on every desktop and
    // in reach of the quick-exit keys); empty when the reader cancels.
    virtual QString chooseFileToOpen(
        QWidget *parent, const QString &title, const QString &folder, const QString &filter);
    virtual QString chooseFileToSave(
        QWidget *parent, const QString &title, const QString &suggestion, const QString &filter);
    // A file to write in one of several formats, one filter each ("BibTeX (*.bib)");
    // chosenFilter gets the index of the filter the reader left chosen.
    virtual QString chooseFileToExport(QWidget *parent, const QString &title, const QString &suggestion,
        const QStringList &filters, int *chosenFilter);
    // A citation style from every one Vigil has (a searchable list); an empty id
    // when the reader cancels.
    virtual Csl::CslStyle chooseCitationStyle(QWidget *parent, const QString &current);
    // The form for one of the reader's own hotlines (MyHotlineEditor), filled from
    // and into *hotline; false when the reader cancels.
    virtual bool editHotline(QWidget *parent, Core::UserHotline *hotline, const QHash<QString, QString> &countryNames);
    // Asks before one of the reader's own hotlines goes.
    virtual bool confirmRemoveHotline(QWidget *parent, const QString &label);
    // Shows "My hotlines" until the reader closes it.
    virtual void showMyHotlines(QDialog *dialog);
    // A data pack to open; empty when the reader cancels.
    virtual QString choosePackToOpen(QWidget *parent, const QString &folder);
    // What opening a data pack would do, with Import and Cancel (PackImportDialog).
    virtual PackImportDecision confirmPackImport(QWidget *parent, const PackImportPreview &preview);
    // The trusted publishers (TrustedPublishersDialog), shown until closed.
    virtual void showTrustedPublishers(QDialog *dialog);
};

} // namespace Vigil::Ui
