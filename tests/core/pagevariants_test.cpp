#include "import/pageparser.h"
#include "testsupport.h"
#include "variants/pagevariants.h"

#include <QMap>
#include <QtTest>

using namespace Vigil::Core;
using namespace Vigil::Test;

namespace {

struct Tally
{
    int variants = 0;
    int right = 0;
    int total = 0;
    QStringList wrong; // the first few wrong fields, for the report
};

QStringList isoDates(const QList<PartialDate> &dates)
{
    QStringList out;
    for (const PartialDate &d : dates)
        out << d.toIso();
    return out;
}

// Counts one field, keeping a note of what was expected when it is wrong.
template<typename T> void check(Tally &tally, const QString &where, const T &expected, const T &actual)
{
    ++tally.total;
    if (expected == actual) {
        ++tally.right;
        return;
    }
    if (tally.wrong.size() < 12) {
        QString e;
        QString a;
        QDebug(&e) << expected;
        QDebug(&a) << actual;
        tally.wrong << QStringLiteral("%1: expected %2, got %3").arg(where, e.left(140), a.left(140));
    }
}

void compare(const PageVariant &v, const Page &page, Tally &tally)
{
    const ExpectedPage &x = v.expected;
    const QString at = v.name.left(50) + QStringLiteral(" | ");
    check(tally, at + QStringLiteral("page title"), x.title, page.title);
    check(tally, at + QStringLiteral("profiles"), x.profiles.size(), page.profiles.size());
    for (qsizetype k = 0; k < qMin(x.profiles.size(), page.profiles.size()); ++k) {
        const ExpectedProfile &e = x.profiles[k];
        const CountryProfile &p = page.profiles[k];
        const QString where = at + QStringLiteral("profile %1 ").arg(k);
        check(tally, where + QStringLiteral("country"), e.country, p.country);
        check(tally, where + QStringLiteral("official name"), e.officialName, p.officialName);
        check(tally, where + QStringLiteral("background"), e.background, int(p.background.size()));
        check(tally, where + QStringLiteral("background citation"), e.backgroundCitation, p.backgroundCitation);
        check(tally, where + QStringLiteral("TIP citation"), e.tipCitation, p.tipCitation);
    }
    check(tally, at + QStringLiteral("entries"), x.articles.size(), page.articles.size());
    for (qsizetype i = 0; i < qMin(x.articles.size(), page.articles.size()); ++i) {
        const ExpectedArticle &e = x.articles[i];
        const Article &a = page.articles[i];
        const QString where = at + QStringLiteral("entry %1 ").arg(i);
        check(tally, where + QStringLiteral("title"), e.title, a.title);
        check(tally, where + QStringLiteral("date"), e.date, a.date.isValid() ? a.date.toIso() : QString());
        check(tally, where + QStringLiteral("publishers"), e.publishers, a.publishers);
        check(tally, where + QStringLiteral("authors"), e.authors, a.authors);
        check(tally, where + QStringLiteral("accessed"), e.accessed, isoDates(a.accessed));
        check(tally, where + QStringLiteral("paragraphs"), e.paragraphs, int(a.paragraphs.size()));
    }
}

} // namespace

class PageVariantsTest : public QObject
{
    Q_OBJECT

private slots:
    void variants_parseAsTheSeedDoes();
};

void PageVariantsTest::variants_parseAsTheSeedDoes()
{
    QString error;
    SeedModel seed = SeedModel::load(seedPagePath(), testDataPath(QStringLiteral("seed_expected.json")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<PageVariant> variants = PageVariantGenerator(seed).generate();
    QVERIFY2(variants.size() >= 200, qPrintable(QStringLiteral("only %1 variants").arg(variants.size())));

    const PageParser parser(referenceData());
    QMap<QString, Tally> tallies;
    for (const PageVariant &v : variants) {
        const PageParser::Result r = parser.parseText(v.text, QStringLiteral("variant"));
        Tally &tally = tallies[v.variantClass];
        ++tally.variants;
        if (!r.ok) {
            ++tally.total;
            tally.wrong << v.name + QStringLiteral(": not parsed: ") + r.error;
            continue;
        }
        compare(v, r.page, tally);
    }

    QString table = QStringLiteral("\n%1 %2 %3\n")
                        .arg(QStringLiteral("variant class"), -24)
                        .arg(QStringLiteral("variants"), 9)
                        .arg(QStringLiteral("fields right / total"), 22);
    int wrong = 0;
    int all = 0;
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
        table += QStringLiteral("%1 %2 %3\n")
                     .arg(it.key(), -24)
                     .arg(it->variants, 9)
                     .arg(QStringLiteral("%1 / %2").arg(it->right).arg(it->total), 22);
        wrong += it->total - it->right;
        all += it->total;
        for (const QString &w : it->wrong)
            table += QStringLiteral("    wrong: ") + w + u'\n';
    }
    table += QStringLiteral("%1 %2 %3\n")
                 .arg(QStringLiteral("all"), -24)
                 .arg(variants.size(), 9)
                 .arg(QStringLiteral("%1 / %2").arg(all - wrong).arg(all), 22);
    qInfo().noquote() << table;
    QVERIFY2(wrong == 0, qPrintable(QStringLiteral("%1 field(s) wrong").arg(wrong)));
}

QTEST_GUILESS_MAIN(PageVariantsTest)
#include "pagevariants_test.moc"
