// What the filter bar shows of names from the library: a chip shows a name as it
// is written ("Serbia, Montenegro & Kosovo"), and the topic and source boxes show
// whole words, or say with "…" that they cut, with the whole text a hover away.
#include "browse/filterbar.h"
#include "testsupport.h"
#include "widgets/elidedcombobox.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeySequence>
#include <QLineEdit>
#include <QToolButton>
#include <QToolTip>
#include <QtTest>

using namespace Vigil;

namespace {

// A button's text as it is drawn: "&&" is an "&", a single "&" underlines the
// letter after it and is not drawn.
QString drawnText(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i;
        out += text.at(i);
    }
    return out;
}

QStringList drawnChips(const Ui::FilterBar &bar)
{
    QStringList out;
    for (const QToolButton *chip : bar.findChildren<QToolButton *>(QStringLiteral("filterChip"))) {
        // A shortcut made by a name would steal Alt+letter from the window's own.
        if (!QKeySequence::mnemonic(chip->text()).isEmpty())
            out << QStringLiteral("(makes a shortcut) ") + chip->text();
        out << drawnText(chip->text());
    }
    return out;
}

bool showsOne(const QStringList &chips, const QString &text)
{
    for (const QString &chip : chips) {
        if (chip.contains(text))
            return true;
    }
    return false;
}

QList<Core::FacetCount> topicChoices()
{
    QList<Core::FacetCount> topics;
    int n = 3;
    for (const Core::Topic &t : Test::referenceData().topics())
        topics.append({ t.id, t.label, n++ });
    return topics;
}

} // namespace

class FilterBarTest : public QObject
{
    Q_OBJECT

private slots:
    void chips_showAmpersandsOfNames_andMakeNoShortcut();
    void topicAndSourceBoxes_showWholeWordsOrSayTheyCut();
};

void FilterBarTest::chips_showAmpersandsOfNames_andMakeNoShortcut()
{
    Ui::FilterBar bar;
    const QString page = QStringLiteral("Serbia, Montenegro & Kosovo");
    const QString publisher = QStringLiteral("Stability Pact & UNICEF");
    bar.setPublisherChoices({ { publisher, publisher, 2 } });
    bar.setScope({}, {}, QStringLiteral("000_e4693ba91c0c7f19"), page);
    Core::ArticleFilter f = bar.filter();
    f.text = QStringLiteral("R&D");
    f.publisher = publisher;
    bar.setFilter(f);

    const QStringList chips = drawnChips(bar);
    QVERIFY2(!chips.join(u'|').contains(QStringLiteral("(makes a shortcut)")), qPrintable(chips.join(u'|')));
    for (const QString &name : { page, publisher, QStringLiteral("R&D") })
        QVERIFY2(showsOne(chips, name), qPrintable(name + u" not in " + chips.join(u'|')));
}

void FilterBarTest::topicAndSourceBoxes_showWholeWordsOrSayTheyCut()
{
    Ui::FilterBar bar;
    bar.setTopicChoices(topicChoices());
    bar.setPublisherChoices(
        { { QStringLiteral("Organization for Security and Co-operation in Europe (OSCE) Mission"), QString(), 4 } });
    auto *topic = bar.findChild<Ui::ElidedComboBox *>(QStringLiteral("topicComboBox"));
    auto *source = bar.findChild<Ui::ElidedComboBox *>(QStringLiteral("publisherComboBox"));
    QVERIFY(topic && source);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));

    // As narrow as the bar goes, as wide as a list pane on a small laptop, and
    // each box at the least width it accepts (0 below).
    for (const int width : { bar.minimumSizeHint().width(), 480, 0 }) {
        for (QComboBox *box : { static_cast<QComboBox *>(topic), static_cast<QComboBox *>(source) }) {
            if (width == 0)
                box->setFixedWidth(box->minimumSizeHint().width());
        }
        bar.resize(std::max(width, bar.minimumSizeHint().width()), bar.sizeHint().height());
        QCoreApplication::processEvents();
        for (Ui::ElidedComboBox *box : { topic, source }) {
            for (int i = 0; i < box->count(); ++i) {
                box->setCurrentIndex(i);
                const QString whole = box->currentText();
                const QString shown = box->shownText();
                const QString context
                    = QStringLiteral("%1 px, %2: \"%3\" shows \"%4\"").arg(width).arg(box->objectName(), whole, shown);
                if (shown == whole)
                    continue;
                // Cut, and saying so; never so short that not even a word is left.
                QVERIFY2(shown.endsWith(u'…') && whole.startsWith(shown.chopped(1)), qPrintable(context));
                QVERIFY2(shown.chopped(1).trimmed().size() >= whole.section(u' ', 0, 0).size(), qPrintable(context));
                // Resting the pointer on it gives the whole text.
                QHelpEvent help(QEvent::ToolTip, QPoint(5, 5), box->mapToGlobal(QPoint(5, 5)));
                QCoreApplication::sendEvent(box, &help);
                QTRY_COMPARE(QToolTip::text(), whole);
                QToolTip::hideText();
            }
        }
    }
    // Where there is room, the topics read whole ("Victim protection (13)", not "Victim prc").
    for (QComboBox *box : { static_cast<QComboBox *>(topic), static_cast<QComboBox *>(source) }) {
        box->setMinimumWidth(0);
        box->setMaximumWidth(QWIDGETSIZE_MAX);
    }
    bar.resize(480, bar.sizeHint().height());
    QCoreApplication::processEvents();
    for (int i = 0; i < topic->count(); ++i) {
        topic->setCurrentIndex(i);
        if (topic->currentText().size() <= 24)
            QCOMPARE(topic->shownText(), topic->currentText());
    }
}

QTEST_MAIN(FilterBarTest)
#include "filterbar_test.moc"
