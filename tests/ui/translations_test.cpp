// The translations (resources/translations, i18n/uilanguage.h): every message of
// every language translated, with its placeholders and its plural forms; no
// string of the sources missing from them; the language chosen from the reader's
// setting and the system's; and the window in each language, with a mnemonic
// that reaches one item in each menu.
#include "i18n/uilanguage.h"
#include "mainwindow/mainwindow.h"
#include "scripteddialogs.h"
#include "seedlibrary.h"
#include "storage/libraryconnection.h"

#include <QDomDocument>
#include <QFile>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Vigil;

namespace {

const QString translations = QStringLiteral(VIGIL_TRANSLATIONS_DIR);

QString tsPath(const QString &code)
{
    return translations + QStringLiteral("/vigil_%1.ts").arg(code);
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

QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) == u'&') {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
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
    void everyMessageIsTranslated_withItsPlaceholders_data()
    {
        QTest::addColumn<QString>("code");
        for (const char *code : { "en", "sr", "sr_Latn", "sq" })
            QTest::newRow(code) << QString::fromLatin1(code);
    }

    void everyMessageIsTranslated_withItsPlaceholders()
    {
        QFETCH(QString, code);
        QFile file(tsPath(code));
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
                else if (!source.contains(u'<') && !mnemonic(source).isNull() && mnemonic(text).isNull())
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
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/vigil_%1.qm").arg(code)));
        QCoreApplication::installTranslator(&translator);
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
            QMap<QChar, QStringList> barLetters;
            for (QAction *menuAction : top) {
                barLetters[mnemonic(menuAction->text())] << menuAction->text();
                QList<QMenu *> menus { menuAction->menu() };
                while (!menus.isEmpty()) {
                    QMenu *menu = menus.takeFirst();
                    QMap<QChar, QStringList> letters;
                    for (QAction *a : menu->actions()) {
                        if (a->isSeparator())
                            continue;
                        if (a->menu())
                            menus << a->menu();
                        letters[mnemonic(a->text())] << a->text();
                    }
                    for (auto it = letters.cbegin(); it != letters.cend(); ++it)
                        QVERIFY2(it.value().size() == 1 && !it.key().isNull(), qPrintable(it.value().join(u'|')));
                }
            }
            for (auto it = barLetters.cbegin(); it != barLetters.cend(); ++it)
                QVERIFY2(it.value().size() == 1, qPrintable(it.value().join(u'|')));
        }
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TranslationsTest)
#include "translations_test.moc"
