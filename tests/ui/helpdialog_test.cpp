#include "dialogs/aboutdialog.h"
#include "search/queryparser.h"
#include "seedlibrary.h"

#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QtTest>

using namespace Vigil;

// Help's "Searching" section tells the truth about the search field: it shows
// an example of every operator the query parser reads, and every example is
// one the search follows without a note.
class HelpDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void searching_hasAnExampleOfEveryOperator();
    void searching_examplesAreFollowedAsWritten();

private:
    // The examples as the reader sees them: the text Help sets in a fixed-pitch font.
    static QStringList examples();

    QTemporaryDir m_dir;
    Test::TestLibrary m_store;
};

void HelpDialogTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_store.connection.open(
                 Test::buildSeedLibrary(m_dir.path()), Core::LibraryConnection::OpenMode::ReadOnly, &error),
        qPrintable(error));
    QVERIFY(examples().size() >= 10);
}

QStringList HelpDialogTest::examples()
{
    Ui::HelpDialog help;
    const auto *text = help.findChild<QTextBrowser *>(QStringLiteral("helpText"));
    if (!text)
        return {};
    QStringList out;
    for (QTextBlock block = text->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            // <code> is set in the "monospace" family.
            if (fragment.isValid()
                && fragment.charFormat().fontFamilies().toStringList().contains(QStringLiteral("monospace")))
                out.append(fragment.text());
        }
    }
    return out;
}

void HelpDialogTest::searching_hasAnExampleOfEveryOperator()
{
    using Place = Core::QueryOperator::Place;
    const QStringList shown = examples();
    const QList<Core::QueryOperator> operators = Core::QueryParser::operators();
    QVERIFY(!operators.isEmpty());
    for (const Core::QueryOperator &op : operators) {
        const bool found = std::any_of(shown.cbegin(), shown.cend(), [&op](const QString &example) {
            const QStringList words = example.split(u' ', Qt::SkipEmptyParts);
            return std::any_of(words.cbegin(), words.cend(), [&op](const QString &w) {
                switch (op.place) {
                case Place::Alone:
                    return w == op.text;
                case Place::Before:
                    return w.startsWith(op.text) && w.size() > op.text.size();
                case Place::After:
                    return w.endsWith(op.text) && w.size() > op.text.size();
                case Place::Inside:
                    return w.contains(op.text) && !w.startsWith(op.text);
                }
                return false;
            });
        });
        QVERIFY2(found, qPrintable(QStringLiteral("no example of %1 in: %2").arg(op.text, shown.join(u" | "))));
    }
}

void HelpDialogTest::searching_examplesAreFollowedAsWritten()
{
    for (const QString &example : examples()) {
        const Core::ParsedQuery q = m_store.articles.parseQuery(example);
        QVERIFY2(!q.isEmpty(), qPrintable(example));
        QVERIFY2(q.hints.isEmpty(), qPrintable(example + u": " + q.hints.join(u' ')));
    }
}

QTEST_MAIN(HelpDialogTest)
#include "helpdialog_test.moc"
