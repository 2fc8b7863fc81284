// The MainWindow's hotlines: those of the library's pages and those the reader
// added ("My hotlines"), side by side in the bar and in All hotlines, and the
// dialogs that add, change and remove the reader's own.
#include "dialogs/dialogseam.h"
#include "dialogs/myhotlinesdialog.h"
#include "mainwindow.h"
#include "storage/cataloguequeries.h"
#include "storage/userdatastore.h"
#include "widgets/hotlinepanel.h"

namespace Vigil::Ui {

QList<Core::Hotline> MainWindow::hotlinesFor(const QString &country) const
{
    QList<Core::Hotline> hotlines = m_catalogue ? m_catalogue->hotlines(country) : QList<Core::Hotline> {};
    if (hasUserData()) {
        for (const Core::UserHotline &mine : m_userData->myHotlines(country))
            hotlines.append(mine.toHotline());
    }
    return hotlines;
}

void MainWindow::showCountryHotlines(const QString &code, const QString &name)
{
    m_hotlines->showCountry(name, hotlinesFor(code), code);
}

void MainWindow::refreshHotlines()
{
    if (!m_currentCountry.isEmpty())
        showCountryHotlines(m_currentCountry, countryName(m_currentCountry));
}

bool MainWindow::canKeepHotlines()
{
    if (hasUserData())
        return true;
    m_dialogs->showError(this, tr("Hotlines cannot be saved"),
        tr("Vigil could not open the file where it keeps your own data, so a hotline you add would be lost. "
           "Restart Vigil; if this stays, check that your home folder has free space."));
    return false;
}

void MainWindow::openMyHotlines(const QString &country)
{
    if (!canKeepHotlines())
        return;
    MyHotlinesDialog dialog(m_userData, m_countryNames, m_dialogs, country, this);
    connect(&dialog, &MyHotlinesDialog::hotlinesChanged, this, &MainWindow::refreshHotlines);
    m_dialogs->showMyHotlines(&dialog);
}

void MainWindow::addMyHotline(const QString &country)
{
    if (!canKeepHotlines())
        return;
    MyHotlinesDialog dialog(m_userData, m_countryNames, m_dialogs, country, this);
    connect(&dialog, &MyHotlinesDialog::hotlinesChanged, this, &MainWindow::refreshHotlines);
    dialog.addHotline();
}

} // namespace Vigil::Ui
