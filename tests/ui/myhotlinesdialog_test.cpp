// "My hotlines" in the window: Kosovo, which has no hotline in the library, gets
// one the reader adds from the bar, shown there marked as theirs; the dialog
// adds, edits and removes; the form refuses a number that is not a number of the
// chosen country, saying why; "Clear my data" takes the reader's hotlines away.
#include "detail/detailpane.h"
#include "dialogs/myhotlineeditor.h"
#include "dialogs/myhotlinesdialog.h"
#include "examplehotline.h"
#include "mainwindow/mainwindow.h"
#include "reference/phonenumbers.h"
#include "scripteddialogs.h"
#include "seedlibrary.h"
#include "storage/libraryconnection.h"
#include "storage/userdatastore.h"
#include "widgets/hotlinepanel.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

using namespace Vigil;
using Core::UserDataStore;
using Core::UserHotline;

namespace {

QString seenText(const Ui::HotlinePanel &panel)
{
    QTextDocument doc;
    doc.setHtml(panel.displayedText());
    return doc.toPlainText();
}

} // namespace

class MyHotlinesDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { m_user.close(); }
    void kosovo_addedFromTheBar_showsMarkedAsAddedByTheReader();
    void dialog_addsEditsAndRemoves();
    void editor_refusesAnInvalidNumber_sayingWhy();
    void editor_everyFieldHasAnAccessibleName();

private:
    QTemporaryDir m_dir;
    Core::LibraryConnection m_library;
    UserDataStore m_user;
    QHash<QString, QString> m_names { { QStringLiteral("XK"), QStringLiteral("Kosovo") },
        { QStringLiteral("RS"), QStringLiteral("Serbia") }, { QStringLiteral("ME"), QStringLiteral("Montenegro") } };
};

void MyHotlinesDialogTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Ui::DetailPane::setWebViewEnabled(false);
    QCoreApplication::setOrganizationName(QStringLiteral("VigilTest"));
    QCoreApplication::setApplicationName(QStringLiteral("myhotlinesdialog_test"));
    QString error;
    QVERIFY2(m_library.open(Test::buildSeedLibrary(m_dir.path()), Core::LibraryConnection::OpenMode::ReadOnly, &error),
        qPrintable(error));
}

void MyHotlinesDialogTest::init()
{
    QSettings().clear();
    QString error;
    QVERIFY2(UserDataStore::removeAll(UserDataStore::defaultPath(), &error), qPrintable(error));
    QVERIFY2(
        m_user.open(UserDataStore::defaultPath(), &error, UserDataStore::Creation::OnFirstWrite), qPrintable(error));
}

void MyHotlinesDialogTest::kosovo_addedFromTheBar_showsMarkedAsAddedByTheReader()
{
    Test::ScriptedDialogs dialogs;
    dialogs.agreeToClear = true;
    Ui::MainWindow window(&m_library, {}, &dialogs);
    window.setUserData(&m_user);
    window.show();
    QVERIFY(window.selectCountry(QStringLiteral("XK")));
    Ui::HotlinePanel *bar = window.hotlinePanel();
    QTRY_VERIFY(seenText(*bar).contains(QStringLiteral("no hotline is known for Kosovo")));
    QVERIFY(seenText(*bar).contains(QStringLiteral("Add a hotline you know…")));

    // Cancelled: nothing is saved, and the bar stays honest.
    auto *text = bar->findChild<QLabel *>(QStringLiteral("hotlineText"));
    emit text->linkActivated(QStringLiteral("vigil-add-hotline"));
    QCOMPARE(dialogs.editedHotlines.size(), 1);
    QCOMPARE(dialogs.editedHotlines.first().country, QStringLiteral("XK")); // the form starts on Kosovo
    QVERIFY(m_user.myHotlines().isEmpty());

    dialogs.hotlineToEnter = Test::exampleKosovoHotline();
    emit text->linkActivated(QStringLiteral("vigil-add-hotline"));
    QCOMPARE(m_user.myHotlines(QStringLiteral("XK")).size(), 1);
    const Core::Hotline shown = m_user.myHotlines().first().toHotline();
    QVERIFY(shown.isVerified());
    const QString seen = seenText(*bar);
    QVERIFY2(seen.contains(QStringLiteral("Example line %1 (added by you)").arg(shown.display)), qPrintable(seen));
    QVERIFY2(seen.contains(QStringLiteral("your source: a test, not a real service")), qPrintable(seen));
    QVERIFY(bar->displayedText().contains(QStringLiteral("tel:%1").arg(shown.e164)));
    QVERIFY(bar->accessibleName().contains(QStringLiteral("(added by you)")));

    // Montenegro has none of its own: the reader's Kosovo line is not shown for it.
    QVERIFY(window.selectCountry(QStringLiteral("ME")));
    QTRY_VERIFY(seenText(*bar).contains(QStringLiteral("no hotline is known for Montenegro")));
    // Serbia keeps its page's hotline, with its source.
    QVERIFY(window.selectCountry(QStringLiteral("RS")));
    QTRY_VERIFY(seenText(*bar).contains(QStringLiteral("+381 11 3347817")));
    QVERIFY(!seenText(*bar).contains(QStringLiteral("added by you")));

    // The menu entry opens the dialog through the seam.
    window.action(QStringLiteral("myHotlinesAction"))->trigger();
    QCOMPARE(dialogs.shownHotlineDialogs, QStringList { QStringLiteral("myHotlinesDialog") });

    // "Clear my data" takes them: Kosovo is back to no hotline, and says so.
    window.clearMyData();
    QVERIFY(dialogs.errors.isEmpty());
    QVERIFY(!QFileInfo::exists(UserDataStore::defaultPath()));
    QVERIFY(window.selectCountry(QStringLiteral("XK")));
    QTRY_VERIFY2(seenText(*bar).contains(QStringLiteral("no hotline is known for Kosovo")), qPrintable(seenText(*bar)));
    QVERIFY(!seenText(*bar).contains(QStringLiteral("added by you")));
}

void MyHotlinesDialogTest::dialog_addsEditsAndRemoves()
{
    Test::ScriptedDialogs dialogs;
    Ui::MyHotlinesDialog dialog(&m_user, m_names, &dialogs, QStringLiteral("XK"));
    QSignalSpy changed(&dialog, &Ui::MyHotlinesDialog::hotlinesChanged);
    QCOMPARE(dialog.rowCount(), 0);
    auto *edit = dialog.findChild<QPushButton *>(QStringLiteral("editHotlineButton"));
    auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("removeHotlineButton"));
    QVERIFY(!edit->isEnabled() && !remove->isEnabled()); // nothing chosen

    dialogs.hotlineToEnter = Test::exampleKosovoHotline();
    dialog.findChild<QPushButton *>(QStringLiteral("addHotlineButton"))->click();
    QCOMPARE(dialog.rowCount(), 1);
    QCOMPARE(changed.size(), 1);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("myHotlinesTable"));
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Kosovo"));
    QVERIFY(edit->isEnabled() && remove->isEnabled()); // the new one is chosen

    UserHotline renamed = Test::exampleKosovoHotline();
    renamed.label = QStringLiteral("Renamed line");
    dialogs.hotlineToEnter = renamed;
    edit->click();
    QCOMPARE(dialogs.editedHotlines.last().label, QStringLiteral("Example line")); // the form started filled
    QCOMPARE(m_user.myHotlines().size(), 1);
    QCOMPARE(m_user.myHotlines().first().label, QStringLiteral("Renamed line"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Renamed line"));

    dialogs.agreeToRemoveHotline = false;
    table->selectRow(0);
    remove->click();
    QCOMPARE(m_user.myHotlines().size(), 1);
    dialogs.agreeToRemoveHotline = true;
    remove->click();
    QCOMPARE(dialogs.hotlinesToRemove, QStringList(2, QStringLiteral("Renamed line")));
    QVERIFY(m_user.myHotlines().isEmpty());
    QCOMPARE(dialog.rowCount(), 0);
    QCOMPARE(changed.size(), 3);
}

void MyHotlinesDialogTest::editor_refusesAnInvalidNumber_sayingWhy()
{
    UserHotline h;
    h.country = QStringLiteral("XK");
    Ui::MyHotlineEditor editor(h, m_names);
    QSignalSpy accepted(&editor, &QDialog::accepted);
    auto *save = editor.findChild<QPushButton *>(QStringLiteral("saveHotlineButton"));
    auto *number = editor.findChild<QLineEdit *>(QStringLiteral("hotlineNumberEdit"));
    editor.findChild<QLineEdit *>(QStringLiteral("hotlineLabelEdit"))->setText(QStringLiteral("Example line"));
    editor.findChild<QLineEdit *>(QStringLiteral("hotlineSourceEdit"))->setText(QStringLiteral("a test"));

    number->setText(QStringLiteral("call 555"));
    save->click();
    QCOMPARE(accepted.size(), 0);
    QVERIFY2(editor.shownProblem().contains(QStringLiteral("not a valid telephone number for Kosovo")),
        qPrintable(editor.shownProblem()));
    QVERIFY(editor.shownProblem().contains(QStringLiteral("+383")));

    // The seed's Serbian number is a number of Serbia, not of Kosovo.
    number->setText(QStringLiteral("+381 11 33 47 817"));
    save->click();
    QCOMPARE(accepted.size(), 0);
    QVERIFY2(editor.shownProblem().contains(QStringLiteral("is a number of Serbia, not of Kosovo")),
        qPrintable(editor.shownProblem()));

    number->setText(Core::PhoneNumbers::exampleNumber(QStringLiteral("XK")));
    editor.findChild<QLineEdit *>(QStringLiteral("hotlineSourceEdit"))->clear();
    save->click();
    QCOMPARE(accepted.size(), 0);
    QVERIFY(editor.shownProblem().contains(QStringLiteral("where the number comes from")));

    editor.findChild<QLineEdit *>(QStringLiteral("hotlineSourceEdit"))->setText(QStringLiteral("a test"));
    save->click();
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(editor.hotline().country, QStringLiteral("XK"));
    QCOMPARE(editor.hotline().source, QStringLiteral("a test"));
}

void MyHotlinesDialogTest::editor_everyFieldHasAnAccessibleName()
{
    Ui::MyHotlineEditor editor(UserHotline {}, m_names);
    QList<QWidget *> fields { editor.findChild<QComboBox *>(), editor.findChild<QPlainTextEdit *>() };
    const QList<QLineEdit *> lines = editor.findChildren<QLineEdit *>();
    QCOMPARE(lines.size(), 5);
    for (QLineEdit *line : lines)
        fields << line;
    for (QWidget *field : std::as_const(fields)) {
        QVERIFY(field);
        QVERIFY2(!field->accessibleName().isEmpty(), qPrintable(field->objectName()));
        QVERIFY(field->focusPolicy() & Qt::TabFocus); // reached with the keyboard
    }
    // The countries in the order of their names, none chosen for a new hotline.
    auto *country = editor.findChild<QComboBox *>(QStringLiteral("hotlineCountryCombo"));
    QCOMPARE(country->itemText(0), QStringLiteral("Kosovo"));
    QCOMPARE(country->currentIndex(), -1);
}

QTEST_MAIN(MyHotlinesDialogTest)
#include "myhotlinesdialog_test.moc"
