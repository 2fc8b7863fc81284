#pragma once

#include "dialogs/dialogseam.h"

#include <QDialog>
#include <QList>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Vigil::Test {

// Answers the app's questions without showing a dialog, and remembers them.
class ScriptedDialogs final : public Ui::DialogSeam
{
public:
    bool confirmExternalLink(QWidget *, const QUrl &url) override
    {
        askedLinks << url;
        return false;
    }
    bool showContentWarning(QWidget *) override
    {
        ++warningsShown;
        return dismissWarning;
    }
    void showError(QWidget *, const QString &, const QString &text) override { errors << text; }
    bool confirmClearData(QWidget *, const QStringList &locations) override
    {
        clearLocations = locations;
        return agreeToClear;
    }

    QString askListName(QWidget *, const QString &, const QString &current) override
    {
        askedNames << current;
        return listName;
    }
    bool confirmDeleteList(QWidget *, const QString &name, int) override
    {
        listsToDelete << name;
        return agreeToDelete;
    }

    bool confirmImport(QWidget *, const QString &summary) override
    {
        importSummaries << summary;
        return agreeToImport;
    }
    void showInformation(QWidget *, const QString &, const QString &text) override { informations << text; }

    QStringList choosePagesToImport(QWidget *, const QString &) override { return pagesToImport; }
    bool confirmPageImport(QWidget *, const Ui::PageImportPreview &preview) override
    {
        pageImports << preview;
        return agreeToImport;
    }
    bool confirmRemovePage(QWidget *, const QString &title, int) override
    {
        pagesToRemove << title;
        return agreeToRemovePage;
    }

    QString chooseFileToOpen(QWidget *, const QString &, const QString &, const QString &) override
    {
        return fileToOpen;
    }
    QString chooseFileToSave(QWidget *, const QString &, const QString &suggestion, const QString &) override
    {
        suggestedSave = suggestion;
        return fileToSave;
    }

    QString chooseFileToExport(
        QWidget *, const QString &, const QString &suggestion, const QStringList &filters, int *chosen) override
    {
        suggestedSave = suggestion;
        exportFilters = filters;
        *chosen = exportFilter;
        return fileToSave;
    }

    Csl::CslStyle chooseCitationStyle(QWidget *, const QString &current) override
    {
        askedStyles << current;
        return citationStyle;
    }

    // The form for one of the reader's hotlines: filled with hotlineToEnter (its
    // country kept when that has none), or cancelled when there is none.
    bool editHotline(QWidget *, Core::UserHotline *hotline, const QHash<QString, QString> &) override
    {
        editedHotlines << *hotline;
        if (!hotlineToEnter)
            return false;
        const Core::UserHotline before = *hotline;
        *hotline = *hotlineToEnter;
        hotline->id = before.id;
        if (hotline->country.isEmpty())
            hotline->country = before.country;
        return true;
    }
    bool confirmRemoveHotline(QWidget *, const QString &label) override
    {
        hotlinesToRemove << label;
        return agreeToRemoveHotline;
    }
    void showMyHotlines(QDialog *dialog) override { shownHotlineDialogs << dialog->objectName(); }

    QString choosePackToOpen(QWidget *, const QString &) override { return packToOpen; }
    Ui::PackImportDecision confirmPackImport(QWidget *, const Ui::PackImportPreview &preview) override
    {
        packImports << preview;
        return packDecision;
    }
    void showTrustedPublishers(QDialog *dialog) override { shownPublisherDialogs << dialog->objectName(); }

    QString packToOpen;
    QList<Ui::PackImportPreview> packImports; // what each pack showed before it wrote
    Ui::PackImportDecision packDecision;
    QStringList shownPublisherDialogs;

    std::optional<Core::UserHotline> hotlineToEnter;
    QList<Core::UserHotline> editedHotlines; // what each form started with
    QStringList hotlinesToRemove;
    bool agreeToRemoveHotline = true;
    QStringList shownHotlineDialogs;

    QList<QUrl> askedLinks;
    QStringList pagesToImport; // what the reader chooses in File ▸ Import pages
    QList<Ui::PageImportPreview> pageImports; // what each import showed before it wrote
    QStringList pagesToRemove;
    bool agreeToRemovePage = true;
    QStringList askedStyles; // the style the chooser started with, each time
    Csl::CslStyle citationStyle; // the reader's choice; no id: cancelled
    QString fileToOpen;
    QString fileToSave;
    QString suggestedSave;
    QStringList exportFilters; // the formats the export offered
    int exportFilter = 0; // the one the reader chooses
    int warningsShown = 0;
    bool dismissWarning = true;
    QStringList errors;
    QStringList clearLocations;
    bool agreeToClear = false;
    QString listName; // what the reader types for a list's name; empty: cancelled
    QStringList askedNames; // the names the dialog started with
    QStringList listsToDelete;
    bool agreeToDelete = false;
    QStringList importSummaries; // what each import said it would do
    bool agreeToImport = false;
    QStringList informations;
};

} // namespace Vigil::Test
