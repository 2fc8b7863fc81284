#include "aboutdialog.h"

#include "safety/quickexitbutton.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Vigil::Ui {

namespace {
// A screen reader names the text by the dialog's title.
QTextBrowser *textView(const QString &html, QWidget *parent, const QString &name)
{
    auto *view = new QTextBrowser(parent);
    view->setAccessibleName(name);
    view->setOpenLinks(false); // nothing in these texts leaves the app
    view->setHtml(html);
    return view;
}

// Close, and Quick exit: the window's button cannot be reached past a modal dialog.
QDialogButtonBox *closeButtons(QDialog *dialog, const QWidget *parent)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    addQuickExitButton(buttons, parent);
    return buttons;
}
} // namespace

AboutDialog::AboutDialog(const QString &fairUse, const QString &citation, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Vigil"));
    const QString html = tr("<h2>Vigil %1</h2>"
                            "<p>An offline reader of reports and articles on human trafficking and modern-day "
                            "slavery, organised by country. Vigil makes no network request.</p>"
                            "<p>Licensed under the GNU General Public License, version 3 or later.</p>"
                            "<h3>Content</h3>"
                            "<p>The bundled content comes from Prof. Martin Patt's website <i>Human Trafficking "
                            "&amp; Modern-day Slavery</i>, saved as text.</p>"
                            "<p>%2</p><p><b>Cite this webpage as:</b> %3</p>")
                             .arg(QStringLiteral(VIGIL_VERSION), fairUse.toHtmlEscaped(), citation.toHtmlEscaped());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(textView(html, this, windowTitle()));
    layout->addWidget(closeButtons(this, parent));
    resize(560, 460);
}

HelpDialog::HelpDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("helpDialog"));
    setWindowTitle(tr("Vigil Help"));
    const QString html
        = tr("<h2>Reading with Vigil</h2>"
             "<p><b>Left:</b> countries by region, with their article counts; “All articles”; the source pages. "
             "Choosing a country filters the list and shows its profile. “Show all countries” also lists countries "
             "without articles.</p>"
             "<p><b>Middle:</b> the search field, filters and the article list. Every active filter shows as a chip; "
             "click a chip to remove it, or “Clear filters”.</p>"
             "<p><b>Right:</b> the article or country profile, and under it the citation in the style you choose. "
             "Topic "
             "and country links filter the list.</p>"
             "<p><b>Top:</b> the hotline of the selected country. It is always there.</p>"
             "<p><b>A smaller window</b> keeps the article readable: the countries give way first, then the list moves "
             "above the article. View ▸ Countries pane and View ▸ Article list hide or show them; so does dragging "
             "the line between two panes shut.</p>")
        + searchingSection()
        + tr(
            "<h3>Keyboard</h3><table cellpadding='3'>"
            "<tr><td>Ctrl+F</td><td>Search</td></tr>"
            "<tr><td>Esc (in the search field)</td><td>Clear the search</td></tr>"
            "<tr><td>Ctrl+Shift+Backspace</td><td>Clear all filters</td></tr>"
            "<tr><td>Ctrl+1, Ctrl+2, Ctrl+3</td><td>Go to countries, articles, reading pane</td></tr>"
            "<tr><td>Tab, Shift+Tab</td><td>Next, previous control; in the reading pane, next and previous "
            "link</td></tr>"
            "<tr><td>Up, Down, Enter</td><td>Move in the article list; open the article</td></tr>"
            "<tr><td>Page Down, Space, Home, End</td><td>Scroll the reading pane</td></tr>"
            "<tr><td>Alt+Left, Alt+Right</td><td>Back, Forward: what the reading pane showed before (the mouse's "
            "back and forward buttons too)</td></tr>"
            "<tr><td>Alt</td><td>The menus: File, Edit, View, Go, Help. Every command is there with its key; "
            "Help ▸ Keyboard shortcuts (Ctrl+/) lists them all</td></tr>"
            "<tr><td>Ctrl++, Ctrl+-, Ctrl+0</td><td>Larger, smaller, normal text in the reading pane</td></tr>"
            "<tr><td>Ctrl+Shift+1, Ctrl+Shift+2</td><td>Hide or show the countries, the article list</td></tr>"
            "<tr><td>Ctrl+Shift+C</td><td>Copy the citation of the article being read</td></tr>"
            "<tr><td>Ctrl+Shift+P, Ctrl+P, Ctrl+Shift+S</td><td>Print preview, print, save as PDF a handout of "
            "the article read, or of the reading list or country chosen</td></tr>"
            "<tr><td>Ctrl+H</td><td>All hotlines</td></tr>"
            "<tr><td>F12, Ctrl+Shift+Q, or Shift three times within two seconds</td><td><b>Quick exit</b>: hides every "
            "window of Vigil at once, blanks the reading pane, clears the clipboard if it holds what you copied from "
            "Vigil, "
            "and quits without a question. It works from every window and dialog, and the red Quick exit button is in "
            "each of them. The next start shows the start view, not what you were reading.</td></tr>"
            "<tr><td>F1</td><td>This help</td></tr></table>"
            "<h3>Discreet mode</h3>"
            "<p>On unless you turn it off (View ▸ Discreet mode). The window title, which the taskbar and window lists "
            "show, is only “Vigil”, never the article or country; and Vigil does not reopen the last country, article "
            "or filters at the next start. Vigil keeps no list of recent files, makes no thumbnails and leaves no "
            "browser history or cache: its reading pane keeps nothing on disk.</p>"
            "<h3>One Vigil at a time</h3>"
            "<p>Starting Vigil again brings the open window to the front, so quick exit always closes everything.</p>");
    auto *layout = new QVBoxLayout(this);
    QTextBrowser *text = textView(html, this, windowTitle());
    text->setObjectName(QStringLiteral("helpText"));
    layout->addWidget(text);
    layout->addWidget(closeButtons(this, parent));
    resize(600, 560);
}

// Every operator of the query parser (core/search/queryparser.h), each in an
// example set in <code>; a test holds Help to QueryParser::operators().
QString HelpDialog::searchingSection()
{
    return tr(
        "<h3>Searching</h3>"
        "<p>Type words: articles containing all of them are listed, best match first. Capitals, accents and script do "
        "not matter: <code>pristina</code> finds PRIŠTINA, <code>dakovica</code> finds Đakovica, and "
        "<code>Приштина</code> finds Priština. British and American spellings find each other: "
        "<code>labour</code> finds labor, <code>organisation</code> finds organization, <code>centre</code> "
        "finds center. While you type, the last word also finds the words it begins (<code>traff</code> finds "
        "trafficking); a space after it searches for the whole word.</p>"
        "<table cellpadding='3'>"
        "<tr><td><code>forced labour</code></td><td>Every word, in any order; the same as "
        "<code>forced AND labour</code></td></tr>"
        "<tr><td><code>\"debt bondage\"</code></td><td>The words side by side, in this order</td></tr>"
        "<tr><td><code>begging OR beggars</code></td><td>Either word</td></tr>"
        "<tr><td><code>trafficking -sexual</code></td><td>Leaves out the articles with a word; also "
        "<code>trafficking NOT sexual</code>, or a phrase: <code>-\"sex work\"</code></td></tr>"
        "<tr><td><code>exploit*</code></td><td>Every word that begins so: exploitation, exploited</td></tr>"
        "<tr><td><code>country:serbia</code> <code>country:XK</code></td><td>Articles about a country, by "
        "name or two-letter code</td></tr>"
        "<tr><td><code>topic:child-labour</code> <code>topic:\"debt bondage\"</code></td><td>Articles on "
        "a topic, by its name</td></tr>"
        "<tr><td><code>publisher:amnesty</code></td><td>Part of the publisher's name</td></tr>"
        "<tr><td><code>author:smith</code></td><td>Part of an author's name</td></tr>"
        "<tr><td><code>year:2004</code> <code>year:2004..2008</code></td><td>A year, or the years from one "
        "to another; <code>year:2010..</code> from 2010 on</td></tr>"
        "<tr><td><code>is:pdf</code></td><td>PDF documents</td></tr>"
        "<tr><td><code>is:featured</code> <code>is:archive</code></td><td>The articles above the source "
        "page's archive, or those in it</td></tr>"
        "<tr><td><code>note:interview</code> <code>note:\"border crossing\"</code></td><td>The articles "
        "whose note (yours, under the article) holds these words; plain words find your notes too</td></tr>"
        "</table>"
        "<p>They combine: <code>labour topic:child-labour year:2010..</code>. A field cannot be left out "
        "with a minus. What the search cannot follow is searched as words, and a note under the article "
        "count says so.</p>");
}

} // namespace Vigil::Ui
