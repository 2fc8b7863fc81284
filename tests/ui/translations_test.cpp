// The translations (resources/translations, i18n/uilanguage.h): every message of
// every language translated, with its placeholders and its plural forms; no
// string of the sources missing from them; the language chosen from the reader's
// setting and the system's; the window in each language, with a mnemonic that
// reaches one item in each menu and no word cut short; Qt's own dialogs; the
// reading pane; and country names in the language, in its alphabet's order.
#include "content/articlerenderer.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/myhotlineeditor.h"
#include "dialogs/myhotlinesdialog.h"
#include "dialogs/packimportdialog.h"
#include "dialogs/pageimportdialog.h"
#include "dialogs/trustedpublishersdialog.h"
#include "i18n/uilanguage.h"
#include "mainwindow/mainwindow.h"
#include "menumnemonics.h"
#include "reference/localnames.h"
#include "scripteddialogs.h"
#include "seedlibrary.h"
#include "storage/articlequeries.h"
#include "storage/cataloguequeries.h"
#include "storage/libraryconnection.h"
#include "storage/profileviews.h"
#include "storage/userdatastore.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QDomDocument>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace Vigil;

namespace {

const QString translations = QStringLiteral(VIGIL_TRANSLATIONS_DIR);

QString tsPath(const QString &code, const QString &name = QStringLiteral("vigil"))
{
    return translations + QStringLiteral("/%1_%2.ts").arg(name, code);
}

Ui::UiLanguage::Language language(const QString &code)
{
    return Ui::UiLanguage::choose(code, {});
}

// Words a label or button shows cut off: narrower than it asks to be, on one line.
QStringList clipped(const QWidget *top)
{
    QStringList found;
    for (const QWidget *w : top->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(top) || w->width() <= 0)
            continue;
        QString text;
        if (const auto *label = qobject_cast<const QLabel *>(w); label && !label->wordWrap())
            text = label->text();
        else if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            text = button->text();
        if (text.isEmpty() || text.contains(u'<'))
            continue;
        if (w->width() < w->minimumSizeHint().width() || w->width() + 2 < w->sizeHint().width())
            found << QStringLiteral("%1 “%2”: %3 px of %4")
                         .arg(QString::fromLatin1(w->metaObject()->className()), text)
                         .arg(w->width())
                         .arg(w->sizeHint().width());
    }
    return found;
}

// The placeholders of a text, sorted: %1 … %99, %n and %Ln.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    return found;
}

int pluralForms(const QString &code)
{
    return code == QLatin1String("sr") || code == QLatin1String("sr_Latn") ? 3 : 2;
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Ui::UiLanguage::use(language(QStringLiteral("en"))); }

    void everyMessageIsTranslated_withItsPlaceholders_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        for (const char *code : { "en", "sr", "sr_Latn", "sq" })
            QTest::newRow(code) << QString::fromLatin1(code) << QStringLiteral("vigil");
        // Qt's own words in its dialogs, which Qt 6.4 does not have in these languages.
        for (const char *code : { "sr", "sr_Latn", "sq" })
            QTest::newRow(qPrintable(QStringLiteral("qtbase_%1").arg(QLatin1String(code))))
                << QString::fromLatin1(code) << QStringLiteral("qtbase");
    }

    void everyMessageIsTranslated_withItsPlaceholders()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QFile file(tsPath(code, name));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QDomDocument document;
        QVERIFY(document.setContent(&file));
        const QDomNodeList messages = document.elementsByTagName(QStringLiteral("message"));
        QVERIFY(messages.size() > 0);
        QStringList problems;
        for (int i = 0; i < messages.size(); ++i) {
            const QDomElement message = messages.at(i).toElement();
            const QString source = message.firstChildElement(QStringLiteral("source")).text();
            const QDomElement translation = message.firstChildElement(QStringLiteral("translation"));
            const QString type = translation.attribute(QStringLiteral("type"));
            if (!type.isEmpty()) {
                problems << QStringLiteral("%1: “%2”").arg(type, source.left(60));
                continue;
            }
            QStringList texts;
            if (message.attribute(QStringLiteral("numerus")) == QLatin1String("yes")) {
                const QDomNodeList forms = translation.elementsByTagName(QStringLiteral("numerusform"));
                if (forms.size() != pluralForms(code))
                    problems << QStringLiteral("%1 plural forms: “%2”").arg(forms.size()).arg(source.left(60));
                for (int f = 0; f < forms.size(); ++f)
                    texts << forms.at(f).toElement().text();
            } else {
                texts << translation.text();
            }
            for (const QString &text : std::as_const(texts)) {
                if (text.trimmed().isEmpty())
                    problems << QStringLiteral("empty: “%1”").arg(source.left(60));
                else if (placeholders(text) != placeholders(source))
                    problems << QStringLiteral("placeholders: “%1” -> “%2”").arg(source.left(60), text.left(60));
                // Rich text (a label's HTML) has entities, not mnemonics.
                else if (!source.contains(u'<') && !Test::mnemonic(source).isNull() && Test::mnemonic(text).isNull())
                    problems << QStringLiteral("no mnemonic: “%1” -> “%2”").arg(source.left(60), text.left(60));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
    }

    // A new tr() string in the sources that no translation has yet fails here:
    // lupdate, run on a copy, must find nothing new.
    void noStringOfTheSourcesIsMissing()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("vigil_sr.ts"));
        QVERIFY(QFile::copy(tsPath(QStringLiteral("sr")), copy));
        QProcess lupdate;
        lupdate.start(QStringLiteral(VIGIL_LUPDATE),
            { QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                QStringLiteral(VIGIL_SOURCE_DIR "/app"), QStringLiteral("-ts"), copy });
        QVERIFY(lupdate.waitForFinished(120000));
        const QString output = QString::fromLocal8Bit(lupdate.readAllStandardOutput());
        QCOMPARE(lupdate.exitCode(), 0);
        static const QRegularExpression counts(QStringLiteral("\\((\\d+) new and (\\d+) already existing\\)"));
        const QRegularExpressionMatch m = counts.match(output);
        QVERIFY2(m.hasMatch(), qPrintable(output));
        QVERIFY2(m.captured(1) == QLatin1String("0"),
            qPrintable(QStringLiteral("%1 string(s) of the sources are not in the translations: run the "
                                      "vigil_lupdate target and translate them.\n%2")
                           .arg(m.captured(1), output)));
    }

    void theLanguageIsTheReadersOrTheSystems()
    {
        using L = Ui::UiLanguage;
        QCOMPARE(L::choose({}, { QStringLiteral("sr-RS") }).code, QStringLiteral("sr"));
        QCOMPARE(L::choose({}, { QStringLiteral("sr-Cyrl-RS") }).code, QStringLiteral("sr"));
        QCOMPARE(L::choose({}, { QStringLiteral("sr-Latn-RS") }).code, QStringLiteral("sr_Latn"));
        QCOMPARE(L::choose({}, { QStringLiteral("sr_ME@latin") }).code, QStringLiteral("sr_Latn"));
        QCOMPARE(L::choose({}, { QStringLiteral("sq-AL") }).code, QStringLiteral("sq"));
        QCOMPARE(L::choose({}, { QStringLiteral("sq-XK") }).code, QStringLiteral("sq"));
        QCOMPARE(L::choose({}, { QStringLiteral("de-DE"), QStringLiteral("sq-MK") }).code, QStringLiteral("sq"));
        QCOMPARE(L::choose({}, { QStringLiteral("de-DE") }).code, QStringLiteral("en"));
        QCOMPARE(L::choose({}, {}).code, QStringLiteral("en"));
        // The reader's choice first.
        QCOMPARE(L::choose(QStringLiteral("sq"), { QStringLiteral("sr-RS") }).code, QStringLiteral("sq"));
        QCOMPARE(L::choose(QStringLiteral("en"), { QStringLiteral("sr-RS") }).code, QStringLiteral("en"));
    }

    void theWindowSpeaksEachLanguage_oneMnemonicPerItem_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("file");
        QTest::newRow("sr") << QStringLiteral("sr") << QStringLiteral("&Датотека");
        QTest::newRow("sr_Latn") << QStringLiteral("sr_Latn") << QStringLiteral("&Datoteka");
        QTest::newRow("sq") << QStringLiteral("sq") << QString();
    }

    void theWindowSpeaksEachLanguage_oneMnemonicPerItem()
    {
        QFETCH(QString, code);
        Ui::UiLanguage::use(language(code));
        QCOMPARE(Ui::UiLanguage::current().code, code);
        QTemporaryDir dir;
        const QString path = Test::buildSeedLibrary(dir.path());
        Core::LibraryConnection store;
        QString error;
        QVERIFY2(store.open(path, Core::LibraryConnection::OpenMode::ReadOnly, &error), qPrintable(error));
        Test::ScriptedDialogs dialogs;
        {
            Ui::MainWindow window(&store, {}, &dialogs);
            const QList<QAction *> top = window.menuBar()->actions();
            QCOMPARE(top.size(), 5);
            QVERIFY2(top.first()->text() != QLatin1String("&File"), qPrintable(top.first()->text()));
            QFETCH(QString, file);
            if (!file.isEmpty())
                QCOMPARE(top.first()->text(), file);
            const QStringList mnemonics = Test::mnemonicProblems(window.menuBar());
            QVERIFY2(mnemonics.isEmpty(), qPrintable(mnemonics.join(u'\n')));

            // On a laptop's screen and on a large one, no word is cut short.
            for (const QSize size : { QSize(1024, 700), QSize(1920, 1080) }) {
                window.resize(size);
                window.show();
                QVERIFY(QTest::qWaitForWindowExposed(&window));
                QCoreApplication::processEvents();
                // A layout whose words need more room makes the window wider than the screen.
                QVERIFY2(window.width() <= size.width() && window.height() <= size.height(),
                    qPrintable(QStringLiteral("%1×%2 for %3×%4")
                                   .arg(window.width())
                                   .arg(window.height())
                                   .arg(size.width())
                                   .arg(size.height())));
                const QStringList cut = clipped(&window);
                QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
            }
        }
    }

    // Qt's own buttons and dialogs speak the language too.
    void qtsOwnWordsAreTranslated_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("cancel");
        QTest::newRow("sr") << QStringLiteral("sr") << QStringLiteral("Откажи");
        QTest::newRow("sr_Latn") << QStringLiteral("sr_Latn") << QStringLiteral("Otkaži");
        QTest::newRow("sq") << QStringLiteral("sq") << QStringLiteral("Anulo");
    }

    void qtsOwnWordsAreTranslated()
    {
        QFETCH(QString, code);
        QFETCH(QString, cancel);
        Ui::UiLanguage::use(language(code));
        QMessageBox box(
            QMessageBox::Question, QStringLiteral("?"), QStringLiteral("?"), QMessageBox::Ok | QMessageBox::Cancel);
        QCOMPARE(box.button(QMessageBox::Cancel)->text().remove(u'&'), cancel);
        QVERIFY(box.button(QMessageBox::Ok)->text() != QLatin1String("&OK"));
        QDialogButtonBox buttons(QDialogButtonBox::Close);
        QVERIFY2(buttons.button(QDialogButtonBox::Close)->text() != QLatin1String("&Close"),
            qPrintable(buttons.button(QDialogButtonBox::Close)->text()));
    }

    // Every dialog of Vigil's own in each language, none cut short.
    void dialogsSpeakEachLanguage_data()
    {
        QTest::addColumn<QString>("code");
        for (const char *code : { "sr", "sr_Latn", "sq" })
            QTest::newRow(code) << QString::fromLatin1(code);
    }

    void dialogsSpeakEachLanguage()
    {
        QFETCH(QString, code);
        QTemporaryDir dir;
        Core::UserDataStore store;
        QString error;
        QVERIFY2(store.open(
                     dir.filePath(QStringLiteral("user.sqlite")), &error, Core::UserDataStore::Creation::OnFirstWrite),
            qPrintable(error));
        Test::ScriptedDialogs seam;
        const QHash<QString, QString> names { { QStringLiteral("RS"), QStringLiteral("Serbia") } };
        Ui::PageImportPreview pages;
        pages.files << Ui::PageImportPreview::File { QStringLiteral("serbia.html"), QStringLiteral("Serbia"), false,
            { QStringLiteral("Serbia") }, 12, true, {}, {} };
        pages.files << Ui::PageImportPreview::File { QStringLiteral("notes.txt"), {}, false, {}, 0, false, {},
            QStringLiteral("x") };
        Ui::PackImportPreview pack;
        pack.fileName = QStringLiteral("pack.vigilpack");
        pack.signer = Ui::PackImportPreview::Signer::Unknown;
        pack.publisher = QStringLiteral("NGO");
        pack.fingerprint = QStringLiteral("AB12");
        pack.pages = pages;

        // Each dialog as it is made in a language: its title and the words on its
        // labels and buttons.
        using Dialogs = std::vector<std::unique_ptr<QDialog>>;
        const auto make = [&]() {
            Dialogs d;
            d.push_back(std::make_unique<Ui::HelpDialog>());
            d.push_back(std::make_unique<Ui::AboutDialog>(QStringLiteral("Fair use."), QStringLiteral("Citation.")));
            d.push_back(std::make_unique<Ui::TrustedPublishersDialog>(&seam));
            d.push_back(std::make_unique<Ui::PageImportDialog>(pages));
            d.push_back(std::make_unique<Ui::PackImportDialog>(pack));
            d.push_back(std::make_unique<Ui::MyHotlinesDialog>(&store, names, &seam, QStringLiteral("RS")));
            d.push_back(std::make_unique<Ui::MyHotlineEditor>(Core::UserHotline {}, names));
            return d;
        };
        const auto words = [](const QDialog *dialog) {
            QStringList found { dialog->windowTitle() };
            for (const QLabel *l : dialog->findChildren<QLabel *>())
                found << l->text();
            for (const QAbstractButton *b : dialog->findChildren<QAbstractButton *>())
                found << b->text();
            return found;
        };
        Ui::UiLanguage::use(language(QStringLiteral("en")));
        QList<QStringList> english;
        for (const auto &dialog : make())
            english << words(dialog.get());

        Ui::UiLanguage::use(language(code));
        const Dialogs dialogs = make();
        for (size_t i = 0; i < dialogs.size(); ++i) {
            QDialog *dialog = dialogs.at(i).get();
            // Words of more than one letter that stayed as they were in English,
            // but for names, which are the same in every language.
            static const QRegularExpression name(QStringLiteral("^(&?Vigil|PDF|BibTeX|RIS|CSL-JSON|serbia\\.html|"
                                                                "notes\\.txt|pack\\.vigilpack|NGO|AB12|Serbia|.)$"));
            QStringList same;
            for (const QString &text : words(dialog)) {
                if (!text.isEmpty() && english.at(qsizetype(i)).contains(text) && !name.match(text).hasMatch())
                    same << text;
            }
            QVERIFY2(same.isEmpty(),
                qPrintable(QStringLiteral("%1: %2").arg(
                    QString::fromLatin1(dialog->metaObject()->className()), same.join(QStringLiteral(" | ")))));
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            const QStringList cut = clipped(dialog);
            QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
        }
    }

    // The pane's own words in the language, the page marked as in it; what the
    // sources say stays as published, marked English.
    void theReadingPaneSpeaksTheLanguage_theSourcesStayEnglish()
    {
        Ui::UiLanguage::use(language(QStringLiteral("sr")));
        QTemporaryDir dir;
        const QString path = Test::buildSeedLibrary(dir.path());
        Core::LibraryConnection store;
        QString error;
        QVERIFY2(store.open(path, Core::LibraryConnection::OpenMode::ReadOnly, &error), qPrintable(error));
        const Core::ArticleQueries articles(store);
        const Core::CatalogueQueries catalogue(store);

        const Core::CountryProfileView view = Core::countryProfileView(
            catalogue, articles, QStringLiteral("RS"), Core::LocalNames::name(QStringLiteral("RS"), {}));
        QCOMPARE(view.name, QStringLiteral("Србија"));
        Core::RenderOptions options;
        const QString profile = Core::ProfileRenderer::render(view, options);
        QVERIFY(profile.contains(QStringLiteral("<html lang=\"sr")));
        QVERIFY(profile.contains(QStringLiteral("Профил земље")));
        QVERIFY(profile.contains(QStringLiteral("Помоћ жртвама")));
        QVERIFY(!profile.contains(QStringLiteral(">Country profile<")));
        QVERIFY(profile.contains(QStringLiteral("lang=\"en\"")));

        const QList<Core::ArticleSummary> list = articles.findArticles({}, Core::ArticleSort::DateNewest, 0, 1);
        QVERIFY(!list.isEmpty());
        const std::optional<Core::Article> a = articles.article(list.first().id);
        QVERIFY(a);
        const QString html = Core::ArticleRenderer::render(*a, options);
        QVERIFY(html.contains(QStringLiteral("<html lang=\"sr")));
        QVERIFY2(!html.contains(QStringLiteral("Cite this article")), "the pane's heading is English");
        QVERIFY(html.contains(QStringLiteral("<h1 class=\"title\" lang=\"en\">")));
        if (!a->paragraphs.isEmpty())
            QVERIFY(html.contains(QStringLiteral("<p lang=\"en\">")));
    }

    void placeNamesAreTheLanguages_inItsAlphabetsOrder()
    {
        using Core::LocalNames;
        const QString rs = QStringLiteral("RS");
        const QString serbia = QStringLiteral("Serbia");
        QCOMPARE(LocalNames::name(rs, serbia), serbia); // English until a language is set
        Ui::UiLanguage::use(language(QStringLiteral("sr")));
        QCOMPARE(LocalNames::name(rs, serbia), QStringLiteral("Србија"));
        QCOMPARE(LocalNames::name(QStringLiteral("XK"), {}), QStringLiteral("Косово"));
        QCOMPARE(LocalNames::name(QStringLiteral("039"), {}), QStringLiteral("Јужна Европа"));
        QCOMPARE(LocalNames::name(QStringLiteral("forced-labour"), {}), QStringLiteral("Принудни рад"));
        Ui::UiLanguage::use(language(QStringLiteral("sr_Latn")));
        QCOMPARE(LocalNames::name(rs, serbia), QStringLiteral("Srbija"));
        QCOMPARE(LocalNames::name(QStringLiteral("ME"), {}), QStringLiteral("Crna Gora"));
        Ui::UiLanguage::use(language(QStringLiteral("sq")));
        QCOMPARE(LocalNames::name(QStringLiteral("XK"), {}), QStringLiteral("Kosovë"));
        QCOMPARE(LocalNames::name(QStringLiteral("AL"), {}), QStringLiteral("Shqipëri"));
        QCOMPARE(LocalNames::name(rs, serbia), QStringLiteral("Serbi"));
        Ui::UiLanguage::use(language(QStringLiteral("en")));
        QCOMPARE(LocalNames::name(rs, serbia), serbia);

        QTemporaryDir dir;
        const QString path = Test::buildSeedLibrary(dir.path());
        Core::LibraryConnection store;
        QString error;
        QVERIFY2(store.open(path, Core::LibraryConnection::OpenMode::ReadOnly, &error), qPrintable(error));
        const auto names = [&store]() {
            QStringList list;
            for (const Core::CountryCount &c : Core::CatalogueQueries(store).countryCounts())
                list << c.name;
            return list;
        };
        // Serbian Cyrillic: Ј after И, not before А as in Unicode.
        Ui::UiLanguage::use(language(QStringLiteral("sr")));
        QStringList sr = names();
        QVERIFY(sr.indexOf(QStringLiteral("Италија")) < sr.indexOf(QStringLiteral("Јапан")));
        QVERIFY(sr.indexOf(QStringLiteral("Јапан")) < sr.indexOf(QStringLiteral("Камерун")));
        // Serbian Latin: Č between C and Ć, not after Z.
        Ui::UiLanguage::use(language(QStringLiteral("sr_Latn")));
        const QStringList latn = names();
        QVERIFY(latn.indexOf(QStringLiteral("Crna Gora")) < latn.indexOf(QStringLiteral("Čile")));
        QVERIFY(latn.indexOf(QStringLiteral("Čile")) < latn.indexOf(QStringLiteral("Danska")));
        // A search finds a country by its name in any of the languages.
        const Core::ArticleQueries articles(store);
        QCOMPARE(articles.parseQuery(QStringLiteral("country:Србија")).fields.country, rs);
        QCOMPARE(articles.parseQuery(QStringLiteral("country:Kosovë")).fields.country, QStringLiteral("XK"));
        QVERIFY(articles.parseQuery(QStringLiteral("topic:\"Принудни рад\"")).fields.topic
            == QStringLiteral("forced-labour"));
    }
};

QTEST_MAIN(TranslationsTest)
#include "translations_test.moc"
