// The citation under the reading pane: it follows the article without holding
// it up, in the style the reader chose and Vigil remembers; "More styles…"
// finds any installed style by name; Copy citation puts it on the clipboard as
// text, HTML and RTF, so it pastes formatted into a word processor.
#include "citationformatter.h"
#include "detail/citationstrip.h"
#include "detail/detailpane.h"
#include "dialogs/stylechooserdialog.h"
#include "mainwindow/mainwindow.h"
#include "scripteddialogs.h"
#include "seedlibrary.h"
#include "settings/config.h"
#include "storage/cataloguequeries.h"
#include "storage/libraryconnection.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Vigil;

namespace {

QJsonObject reportItem()
{
    return QJsonObject { { QStringLiteral("id"), QStringLiteral("5") },
        { QStringLiteral("type"), QStringLiteral("report") },
        { QStringLiteral("title"), QStringLiteral("Trafficking in Persons Report") },
        { QStringLiteral("author"),
            QJsonArray { QJsonObject { { QStringLiteral("literal"), QStringLiteral("U.S. Department of State") } } } },
        { QStringLiteral("issued"),
            QJsonObject { { QStringLiteral("date-parts"), QJsonArray { QJsonArray { 2005 } } } } } };
}

// The combo box's row of a style.
int rowOf(QComboBox *combo, const QString &styleId)
{
    return combo->findData(styleId);
}

} // namespace

class CitationStripTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void article_showsItsCitationInTheChosenStyle();
    void style_isRememberedAndOffersTheDefaults();
    void moreStyles_asksAndKeepsTheStyleUntilOneIsChosen();
    void chooser_findsStylesByEveryWord();
    void window_showsTheCitationAndCopiesItFormatted();
    void sourcePage_isCitedItself();

private:
    QTemporaryDir m_dir;
    Core::LibraryConnection m_store;
};

void CitationStripTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Ui::DetailPane::setWebViewEnabled(false);
    QCoreApplication::setOrganizationName(QStringLiteral("VigilTest"));
    QCoreApplication::setApplicationName(QStringLiteral("citationstrip_test"));
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_store.open(Test::buildSeedLibrary(m_dir.path()), Core::LibraryConnection::OpenMode::ReadOnly, &error),
        qPrintable(error));
}

void CitationStripTest::init()
{
    QSettings().clear();
}

void CitationStripTest::article_showsItsCitationInTheChosenStyle()
{
    Csl::CitationFormatter formatter;
    Ui::CitationStrip strip(&formatter);
    QCOMPARE(strip.styleId(), QStringLiteral("apa"));
    strip.showArticle(5, reportItem());
    QCOMPARE(strip.citationLabel()->text(), QStringLiteral("Formatting the citation…"));
    QTRY_COMPARE_WITH_TIMEOUT(strip.citationLabel()->text(),
        QStringLiteral("U.S. Department of State. (2005). <i>Trafficking in Persons Report</i>."), 30000);
    QVERIFY(strip.currentEntry());
    QVERIFY(strip.findChild<QPushButton *>(QStringLiteral("citationCopyButton"))->isEnabled());

    // Another style: the reader picks it in the combo box.
    QComboBox *combo = strip.styleCombo();
    combo->setCurrentIndex(rowOf(combo, QStringLiteral("modern-language-association")));
    emit combo->activated(combo->currentIndex());
    QCOMPARE(strip.styleId(), QStringLiteral("modern-language-association"));
    QTRY_COMPARE_WITH_TIMEOUT(strip.citationLabel()->text(),
        QStringLiteral("U.S. Department of State. <i>Trafficking in Persons Report</i>. 2005."), 30000);

    // Back to APA: at once, from the cache.
    combo->setCurrentIndex(rowOf(combo, QStringLiteral("apa")));
    emit combo->activated(combo->currentIndex());
    QVERIFY(strip.citationLabel()->text().startsWith(QStringLiteral("U.S. Department of State. (2005).")));

    strip.showArticle(0, {});
    QVERIFY(strip.citationLabel()->text().isEmpty());
    QVERIFY(!strip.currentEntry());
}

void CitationStripTest::style_isRememberedAndOffersTheDefaults()
{
    Csl::CitationFormatter formatter;
    {
        Ui::CitationStrip strip(&formatter);
        QComboBox *combo = strip.styleCombo();
        for (const QString &id : Csl::CslStyleCatalog::defaultStyleIds())
            QVERIFY2(rowOf(combo, id) >= 0, qPrintable(id));
        QCOMPARE(combo->accessibleName(), QStringLiteral("Citation style"));
        strip.setStyleId(QStringLiteral("chicago-note-bibliography"));
    }
    QCOMPARE(Ui::Config::get(Ui::Config::Key::CitationStyle).toString(), QStringLiteral("chicago-note-bibliography"));
    Ui::CitationStrip again(&formatter);
    QCOMPARE(again.styleId(), QStringLiteral("chicago-note-bibliography"));
    QCOMPARE(again.styleCombo()->currentData().toString(), QStringLiteral("chicago-note-bibliography"));

    // A remembered style that is no longer installed falls back to APA.
    Ui::Config::set(Ui::Config::Key::CitationStyle, QStringLiteral("uninstalled-style"));
    Ui::CitationStrip fallback(&formatter);
    QCOMPARE(fallback.styleId(), QStringLiteral("apa"));
}

void CitationStripTest::moreStyles_asksAndKeepsTheStyleUntilOneIsChosen()
{
    Csl::CitationFormatter formatter;
    Ui::CitationStrip strip(&formatter);
    QSignalSpy asked(&strip, &Ui::CitationStrip::moreStylesRequested);
    QComboBox *combo = strip.styleCombo();
    const int more = combo->count() - 1;
    QCOMPARE(combo->itemText(more), QStringLiteral("More styles…"));
    combo->setCurrentIndex(more);
    emit combo->activated(more);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("apa"));

    // The chosen style joins the combo box, before "More styles…".
    strip.setStyleId(QStringLiteral("zz-test"), QStringLiteral("A Test Style"));
    QCOMPARE(combo->currentText(), QStringLiteral("A Test Style"));
    QCOMPARE(combo->itemText(combo->count() - 1), QStringLiteral("More styles…"));
}

void CitationStripTest::chooser_findsStylesByEveryWord()
{
    const QList<Csl::CslStyle> styles = Csl::CslStyleCatalog(m_dir.filePath(QStringLiteral("none"))).styles();
    Ui::StyleChooserDialog dialog(styles, QStringLiteral("apa"));
    QCOMPARE(dialog.chosenStyle().id, QStringLiteral("apa"));
    QTest::keyClicks(dialog.searchEdit(), QStringLiteral("chicago note"));
    QCOMPARE(dialog.proxy()->rowCount(), 1);
    dialog.listView()->setCurrentIndex(dialog.proxy()->index(0, 0));
    QCOMPARE(dialog.chosenStyle().id, QStringLiteral("chicago-note-bibliography"));
    dialog.searchEdit()->setText(QStringLiteral("no such style"));
    QCOMPARE(dialog.proxy()->rowCount(), 0);
}

void CitationStripTest::window_showsTheCitationAndCopiesItFormatted()
{
    Test::ScriptedDialogs dialogs;
    Ui::MainWindow window(&m_store, {}, &dialogs);
    window.show();
    QVERIFY(window.openFirstArticle());
    Ui::CitationStrip *strip = window.citationStrip();
    QTRY_VERIFY(strip->isVisible()); // asked for once the article is drawn
    QTRY_VERIFY_WITH_TIMEOUT(strip->currentEntry().has_value(), 30000);
    const Csl::CslEntry entry = *strip->currentEntry();
    QVERIFY(!entry.text.isEmpty());
    QCOMPARE(strip->citationLabel()->text(), entry.html);

    window.action(QStringLiteral("copyCitationAction"))->trigger();
    const QMimeData *copied = QGuiApplication::clipboard()->mimeData();
    QVERIFY(copied);
    QCOMPARE(copied->text(), entry.text);
    QVERIFY2(copied->html().contains(entry.html), qPrintable(copied->html()));
    QVERIFY(copied->data(QStringLiteral("text/rtf")).startsWith("{\\rtf1"));

    // "More styles…": the reader chooses a style in the dialog; it is shown and remembered.
    dialogs.citationStyle = { QStringLiteral("harvard-cite-them-right"), QStringLiteral("Harvard"), {}, true };
    QComboBox *combo = strip->styleCombo();
    emit combo->activated(combo->count() - 1);
    QCOMPARE(dialogs.askedStyles, QStringList { QStringLiteral("apa") });
    QCOMPARE(strip->styleId(), QStringLiteral("harvard-cite-them-right"));
    QTRY_VERIFY_WITH_TIMEOUT(strip->currentEntry().has_value(), 30000);
    QVERIFY(strip->currentEntry()->text != entry.text);
}

// A source page chosen in the tree is cited as a whole under its summary, and
// copied like an article's citation; a country's profile has none.
void CitationStripTest::sourcePage_isCitedItself()
{
    Test::ScriptedDialogs dialogs;
    Ui::MainWindow window(&m_store, {}, &dialogs);
    window.show();
    const QStringList keys = Core::CatalogueQueries(m_store).pageKeys();
    QCOMPARE(keys.size(), 1);
    const std::optional<Core::Page> page = Core::CatalogueQueries(m_store).page(keys.first());
    QVERIFY(page);
    QVERIFY(window.selectPage(page->key));
    Ui::CitationStrip *strip = window.citationStrip();
    QTRY_VERIFY(strip->isVisible());
    QVERIFY(strip->articleId() < 0); // not an article's
    QTRY_VERIFY_WITH_TIMEOUT(strip->currentEntry().has_value(), 30000);
    const Csl::CslEntry entry = *strip->currentEntry();
    QVERIFY2(entry.text.startsWith(QStringLiteral("Patt, M.")), qPrintable(entry.text));
    QVERIFY2(entry.text.contains(page->title), qPrintable(entry.text));
    window.action(QStringLiteral("copyCitationAction"))->trigger();
    QCOMPARE(QGuiApplication::clipboard()->mimeData()->text(), entry.text);

    QVERIFY(window.selectCountry(QStringLiteral("RS")));
    QTRY_VERIFY(!strip->isVisible());
}

QTEST_MAIN(CitationStripTest)
#include "citationstrip_test.moc"
