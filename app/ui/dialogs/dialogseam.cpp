#include "dialogseam.h"

#include "cslstylecatalog.h"
#include "i18n/uilanguage.h"
#include "myhotlineeditor.h"
#include "packimportdialog.h"
#include "pageimportdialog.h"
#include "safety/quickexitbutton.h"
#include "stylechooserdialog.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>

namespace Vigil::Ui {

namespace {

// The context translators see these words under.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::Ui::DialogSeam)
};

} // namespace

bool DialogSeam::confirmExternalLink(QWidget *parent, const QUrl &url)
{
    QMessageBox box(QMessageBox::Question, Words::tr("Open in your web browser?"),
        Words::tr("This link leads out of Vigil to the internet:\n\n%1\n\n"
                  "Opening it contacts that website and may be seen on your network. "
                  "Open it in your web browser?")
            .arg(url.toDisplayString()),
        QMessageBox::Open | QMessageBox::Cancel, parent);
    box.setDefaultButton(QMessageBox::Cancel);
    addQuickExitButton(box, parent);
    box.exec();
    return box.clickedButton() == box.button(QMessageBox::Open);
}

QString DialogSeam::publishedInEnglish()
{
    return Words::tr("The reports and articles are shown in English, as they were published: only Vigil's own "
                     "words are translated.");
}

bool DialogSeam::showContentWarning(QWidget *parent)
{
    QString text = Words::tr("The reports and articles in Vigil describe human trafficking: violence, sexual "
                             "abuse and exploitation of adults and children. Some passages are distressing.\n\n"
                             "The yellow bar at the top always shows a hotline for the selected country, and "
                             "Quick exit (the red button, F12, Ctrl+Shift+Q, or Shift pressed three times) "
                             "closes Vigil at once, from any window, this one included.");
    // Said once, where every reader starts: in another language than English the
    // window's words are translated and the sources are not.
    if (UiLanguage::current().code != QLatin1String("en"))
        text += QStringLiteral("\n\n") + publishedInEnglish();
    QMessageBox box(QMessageBox::Information, Words::tr("Before you read"), text, QMessageBox::Ok, parent);
    auto *dontShow = new QCheckBox(Words::tr("Don't show this again"), &box);
    box.setCheckBox(dontShow);
    QPushButton *quickExit = addQuickExitButton(box, parent);
    box.exec();
    if (quickExit && box.clickedButton() == quickExit)
        return false;
    return dontShow->isChecked();
}

QString DialogSeam::askListName(QWidget *parent, const QString &title, const QString &current)
{
    // A dialog of our own rather than QInputDialog: it has room for the quick-exit button.
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *layout = new QFormLayout(&dialog);
    auto *name = new QLineEdit(current, &dialog);
    name->setObjectName(QStringLiteral("listNameEdit"));
    name->setMaxLength(200);
    layout->addRow(Words::tr("&Name:"), name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    addQuickExitButton(buttons, parent);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(name, &QLineEdit::textChanged, buttons->button(QDialogButtonBox::Ok),
        [ok = buttons->button(QDialogButtonBox::Ok)](
            const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!current.trimmed().isEmpty());
    layout->addRow(buttons);
    name->selectAll();
    return dialog.exec() == QDialog::Accepted ? name->text().trimmed() : QString();
}

bool DialogSeam::confirmDeleteList(QWidget *parent, const QString &name, int articles)
{
    QMessageBox box(QMessageBox::Question, Words::tr("Delete the list?"),
        Words::tr(
            "Delete the list “%1”, which holds %Ln article(s)? The articles stay in the library.", nullptr, articles)
            .arg(name),
        QMessageBox::Cancel, parent);
    QPushButton *remove = box.addButton(Words::tr("Delete list"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    addQuickExitButton(box, parent);
    box.exec();
    return box.clickedButton() == remove;
}

bool DialogSeam::confirmClearData(QWidget *parent, const QStringList &locations)
{
    QMessageBox box(QMessageBox::Warning, Words::tr("Clear my data?"),
        Words::tr("This removes everything Vigil keeps about you on this computer: settings, window "
                  "layout, remembered filters and caches, any reading lists, notes and hotlines you added, and "
                  "the pages you imported. The library Vigil comes with stays.\n\n%1\n\nThis cannot be undone.")
            .arg(locations.join(QStringLiteral("\n"))),
        QMessageBox::Cancel, parent);
    QPushButton *clear = box.addButton(Words::tr("Clear my data"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    addQuickExitButton(box, parent);
    box.exec();
    return box.clickedButton() == clear;
}

bool DialogSeam::confirmImport(QWidget *parent, const QString &summary)
{
    QMessageBox box(QMessageBox::Question, Words::tr("Import lists and notes?"), summary, QMessageBox::Cancel, parent);
    QPushButton *import = box.addButton(Words::tr("&Import"), QMessageBox::AcceptRole);
    box.setDefaultButton(import);
    addQuickExitButton(box, parent);
    box.exec();
    return box.clickedButton() == import;
}

QStringList DialogSeam::choosePagesToImport(QWidget *parent, const QString &folder)
{
    return QFileDialog::getOpenFileNames(parent, Words::tr("Import pages"), folder,
        Words::tr("Saved pages (*.txt *.html *.htm);;All files (*)"), nullptr, QFileDialog::DontUseNativeDialog);
}

bool DialogSeam::confirmPageImport(QWidget *parent, const PageImportPreview &preview)
{
    PageImportDialog dialog(preview, parent);
    return dialog.exec() == QDialog::Accepted && preview.importable() > 0;
}

bool DialogSeam::confirmRemovePage(QWidget *parent, const QString &title, int articles)
{
    QMessageBox box(QMessageBox::Question, Words::tr("Remove the page?"),
        Words::tr("Remove the page “%1” and its %Ln article(s) from your library?", nullptr, articles).arg(title)
            + QStringLiteral("\n\n")
            + Words::tr("Your reading lists and notes stay; an article of the page that is in a list comes back "
                        "when you import the page again."),
        QMessageBox::Cancel, parent);
    QPushButton *remove = box.addButton(Words::tr("Remove page"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    addQuickExitButton(box, parent);
    box.exec();
    return box.clickedButton() == remove;
}

void DialogSeam::showInformation(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    addQuickExitButton(box, parent);
    box.exec();
}

void DialogSeam::showError(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    addQuickExitButton(box, parent);
    box.exec();
}

QString DialogSeam::chooseFileToOpen(
    QWidget *parent, const QString &title, const QString &folder, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, folder, filter, nullptr, QFileDialog::DontUseNativeDialog);
}

QString DialogSeam::chooseFileToSave(
    QWidget *parent, const QString &title, const QString &suggestion, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestion, filter, nullptr, QFileDialog::DontUseNativeDialog);
}

QString DialogSeam::chooseFileToExport(
    QWidget *parent, const QString &title, const QString &suggestion, const QStringList &filters, int *chosenFilter)
{
    QString selected = filters.value(0);
    const QString path = QFileDialog::getSaveFileName(
        parent, title, suggestion, filters.join(QStringLiteral(";;")), &selected, QFileDialog::DontUseNativeDialog);
    *chosenFilter = std::max(0, int(filters.indexOf(selected)));
    return path;
}

Csl::CslStyle DialogSeam::chooseCitationStyle(QWidget *parent, const QString &current)
{
    // Reads the titles of the installed styles (about 2,500 small files): a moment,
    // once, when the reader asks for the list.
    StyleChooserDialog dialog(Csl::CslStyleCatalog().styles(), current, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.chosenStyle() : Csl::CslStyle();
}

bool DialogSeam::editHotline(QWidget *parent, Core::UserHotline *hotline, const QHash<QString, QString> &countryNames)
{
    MyHotlineEditor editor(*hotline, countryNames, parent);
    if (editor.exec() != QDialog::Accepted)
        return false;
    *hotline = editor.hotline();
    return true;
}

bool DialogSeam::confirmRemoveHotline(QWidget *parent, const QString &label)
{
    QMessageBox box(QMessageBox::Question, Words::tr("Remove the hotline?"),
        Words::tr("Remove “%1” from your hotlines? Hotlines from the library's pages stay.").arg(label),
        QMessageBox::Cancel, parent);
    QPushButton *remove = box.addButton(Words::tr("Remove hotline"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    addQuickExitButton(box, parent);
    box.exec();
    return box.clickedButton() == remove;
}

void DialogSeam::showMyHotlines(QDialog *dialog)
{
    dialog->exec();
}

QString DialogSeam::choosePackToOpen(QWidget *parent, const QString &folder)
{
    return QFileDialog::getOpenFileName(parent, Words::tr("Open data pack"), folder,
        Words::tr("Data packs (*.vigilpack);;All files (*)"), nullptr, QFileDialog::DontUseNativeDialog);
}

PackImportDecision DialogSeam::confirmPackImport(QWidget *parent, const PackImportPreview &preview)
{
    PackImportDialog dialog(preview, parent);
    dialog.exec();
    return dialog.decision();
}

void DialogSeam::showTrustedPublishers(QDialog *dialog)
{
    dialog->exec();
}

} // namespace Vigil::Ui
