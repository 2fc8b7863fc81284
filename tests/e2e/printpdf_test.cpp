// `vigil --print-pdf` on the bundled library, as a teacher runs it: a fresh home,
// no display, the real program. The PDF is read back with poppler-utils: its
// text (title, Serbia's hotline number as the library holds it, the citations,
// page numbers), its fonts (every one embedded) and its page count.
#include "programrun.h"
#include "storage/articlequeries.h"
#include "storage/cataloguequeries.h"
#include "storage/libraryconnection.h"
#include "storage/userdatastore.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace Vigil::Core;

namespace {

using Run = Vigil::Test::ProgramRun;
using Vigil::Test::runProgram;

// pdftotext joins a line broken in the layout with a space or a line break:
// compare text with the runs of white space made one space.
QString flat(const QString &text)
{
    return text.simplified();
}

} // namespace

class PrintPdfTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void countryDossier_hasProfileHotlineCitationsAndPageNumbers();
    void article_isOneArticleWithItsCitation();
    void readingList_hasItsArticlesAndTheReadersNote();
    void harvard_citesAsTheEngineDoes();
    void unknownRequests_exitWithTwoAndOneSentence();
    void unwritableFile_exitsWithTwoAndLeavesNothing();

private:
    Run vigil(const QStringList &arguments) const;
    // The bibliography the CSL engine writes for these articles, an entry a
    // string: what the handout's citations must read.
    QStringList engineBibliography(const QString &style, const QStringList &which) const;
    QString pdfText(const QString &pdf) const;
    int pdfPages(const QString &pdf) const;
    void verifyFontsEmbedded(const QString &pdf) const;
    void verifyNoLineOnTwoPages(const QString &pdf) const;

    QTemporaryDir m_home;
    QProcessEnvironment m_env;
    LibraryConnection m_library;
    int m_articlePages = 0;
};

void PrintPdfTest::initTestCase()
{
    QVERIFY(m_home.isValid());
    for (const char *tool : { "pdftotext", "pdffonts", "pdfinfo" })
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
            "poppler-utils is missing; packaging/install-deps.sh installs it");
    // A home of its own, and no display at all: --print-pdf must not need one.
    m_env.insert(QStringLiteral("HOME"), m_home.path());
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    m_env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
    const QString runtime = m_home.filePath(QStringLiteral("runtime"));
    QVERIFY(QDir().mkpath(runtime));
    QVERIFY(QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    m_env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
    m_env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    // The sanitizer build's settings, when it runs this.
    for (const char *name : { "ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS" }) {
        if (qEnvironmentVariableIsSet(name))
            m_env.insert(QString::fromLatin1(name), qEnvironmentVariable(name));
    }
    QString error;
    QVERIFY2(m_library.open(QStringLiteral(VIGIL_LIBRARY_FILE), LibraryConnection::OpenMode::ReadOnly, &error),
        qPrintable(error));
}

Run PrintPdfTest::vigil(const QStringList &arguments) const
{
    return runProgram(QStringLiteral(VIGIL_PROGRAM),
        QStringList { QStringLiteral("--library"), QStringLiteral(VIGIL_LIBRARY_FILE) } + arguments, m_env);
}

QStringList PrintPdfTest::engineBibliography(const QString &style, const QStringList &which) const
{
    const QString file = m_home.filePath(QStringLiteral("bibliography.txt"));
    const Run run = runProgram(QStringLiteral(VIGIL_LIBRARY_TOOL),
        QStringList { QStringLiteral("export"), QStringLiteral("--library"), QStringLiteral(VIGIL_LIBRARY_FILE),
            QStringLiteral("--format"), QStringLiteral("bibliography"), QStringLiteral("--style"), style,
            QStringLiteral("-o"), file }
            + which,
        m_env);
    if (run.exitCode != 0)
        qWarning() << "vigil-library export:" << run.err;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QStringList entries = QString::fromUtf8(in.readAll()).split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (QString &entry : entries)
        entry = flat(entry);
    return entries;
}

QString PrintPdfTest::pdfText(const QString &pdf) const
{
    const Run run = runProgram(
        QStringLiteral("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") });
    if (run.exitCode != 0)
        qWarning() << "pdftotext:" << run.err;
    return run.text();
}

int PrintPdfTest::pdfPages(const QString &pdf) const
{
    const Run run = runProgram(QStringLiteral("pdfinfo"), { pdf });
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"), QRegularExpression::MultilineOption)
              .match(run.text());
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

void PrintPdfTest::verifyFontsEmbedded(const QString &pdf) const
{
    // name type encoding emb sub uni object ID: the "emb" column of every font says yes.
    const Run run = runProgram(QStringLiteral("pdffonts"), { pdf });
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.text().split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() > 2, qPrintable(u"no fonts listed: " + run.text()));
    const qsizetype emb = lines.first().indexOf(QStringLiteral("emb"));
    QVERIFY(emb > 0);
    for (const QString &line : lines.mid(2))
        QVERIFY2(line.mid(emb, 3) == u"yes", qPrintable(u"a font is not embedded: " + line));
}

// A line at a page break belongs to one page: in the text a search or a screen
// reader reads, the line that opens a page is not also among the last lines of
// the page before (hidden there by the clip, it once was).
void PrintPdfTest::verifyNoLineOnTwoPages(const QString &pdf) const
{
    const QStringList pages = pdfText(pdf).split(u'\f');
    QVERIFY(pages.size() > 2);
    const auto bodyLines = [](const QString &page) {
        QStringList lines;
        for (const QString &line : page.split(u'\n')) {
            // Long enough to be a line of text, not a heading repeated on purpose.
            if (line.simplified().size() >= 25 && !line.contains(QStringLiteral("Content notice")))
                lines << line.simplified();
        }
        return lines;
    };
    int checked = 0;
    for (qsizetype p = 1; p < pages.size(); ++p) {
        const QStringList before = bodyLines(pages.at(p - 1));
        const QStringList here = bodyLines(pages.at(p));
        if (here.isEmpty() || before.isEmpty())
            continue;
        ++checked;
        QVERIFY2(!before.mid(std::max<qsizetype>(0, before.size() - 3)).contains(here.first()),
            qPrintable(QStringLiteral("page %1 opens with a line page %2 also ends with: %3")
                           .arg(p + 1)
                           .arg(p)
                           .arg(here.first())));
        QVERIFY2(!here.mid(0, 3).contains(before.last()),
            qPrintable(QStringLiteral("page %1 ends with a line page %2 also opens with: %3")
                           .arg(p)
                           .arg(p + 1)
                           .arg(before.last())));
    }
    QVERIFY(checked > 0);
}

void PrintPdfTest::countryDossier_hasProfileHotlineCitationsAndPageNumbers()
{
    const QString pdf = m_home.filePath(QStringLiteral("serbia.pdf"));
    // Without QT_QPA_PLATFORM: vigil picks the offscreen platform itself.
    const Run run = vigil({ QStringLiteral("--print-pdf"), pdf, QStringLiteral("--country"), QStringLiteral("RS") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString text = flat(pdfText(pdf));
    QVERIFY(text.startsWith(QStringLiteral("Country dossier Serbia Handout made with Vigil on ")));
    QVERIFY(text.contains(QStringLiteral("Serbia")));
    QVERIFY(text.contains(QStringLiteral("Help for victims")));

    // The number as the library holds it, with its source.
    const QList<Hotline> hotlines = CatalogueQueries(m_library).hotlines(QStringLiteral("RS"));
    QVERIFY(!hotlines.isEmpty());
    for (const Hotline &h : hotlines)
        QVERIFY2(text.contains(flat(h.display.isEmpty() ? h.e164 : h.display)), qPrintable(h.display));

    // Every article of Serbia with its citation in APA, the default, as the CSL
    // engine writes it (its first words: a long one breaks over lines), under
    // the article and in the bibliography.
    const QList<Article> articles = ArticleQueries(m_library).articles(QStringLiteral("RS"));
    QVERIFY(articles.size() > 1);
    const QStringList apa
        = engineBibliography(QStringLiteral("apa"), { QStringLiteral("--country"), QStringLiteral("RS") });
    QCOMPARE(apa.size(), articles.size());
    for (const QString &citation : apa)
        QVERIFY2(text.count(citation.left(40)) >= 2, qPrintable(citation));
    QVERIFY(text.contains(QStringLiteral("Bibliography (American Psychological Association 7th edition)")));
    // In the style's order: by author.
    QVERIFY(text.indexOf(apa.first().left(40), text.indexOf(QStringLiteral("Bibliography ("))) > 0);
    QVERIFY(text.indexOf(apa.first().left(40), text.indexOf(QStringLiteral("Bibliography (")))
        < text.indexOf(apa.last().left(40), text.indexOf(QStringLiteral("Bibliography ("))));
    QVERIFY(text.contains(QStringLiteral("Content notice")));

    const int pages = pdfPages(pdf);
    // Each article on a page of its own, after the profile.
    QVERIFY2(pages > articles.size(), qPrintable(QString::number(pages)));
    QVERIFY(pages < 40 * articles.size());
    QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    verifyFontsEmbedded(pdf);
    QVERIFY(run.text().contains(QStringLiteral("%1 pages").arg(pages)));
    verifyNoLineOnTwoPages(pdf);
}

void PrintPdfTest::article_isOneArticleWithItsCitation()
{
    const QList<Article> articles = ArticleQueries(m_library).articles(QStringLiteral("RS"));
    QVERIFY(!articles.isEmpty());
    const Article &a = articles.first();
    const QString pdf = m_home.filePath(QStringLiteral("article.pdf"));
    const Run run = vigil({ QStringLiteral("--print-pdf"), pdf, QStringLiteral("--open"), QString::number(a.id) });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString text = flat(pdfText(pdf));
    QVERIFY(text.contains(flat(a.title).left(40)));
    const QStringList apa
        = engineBibliography(QStringLiteral("apa"), { QStringLiteral("--ids"), QString::number(a.id) });
    QCOMPARE(apa.size(), 1);
    QVERIFY2(text.contains(apa.first().left(40)), qPrintable(apa.first()));
    QVERIFY(text.contains(QStringLiteral("Excerpted in")));
    QVERIFY(!text.contains(QStringLiteral("Bibliography")));
    const int pages = pdfPages(pdf);
    QVERIFY(pages >= 1);
    QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    verifyFontsEmbedded(pdf);

    // The dossier, which holds this article and more, is longer.
    const QString dossier = m_home.filePath(QStringLiteral("serbia.pdf"));
    if (QFile::exists(dossier))
        QVERIFY(pdfPages(dossier) > pages);
}

void PrintPdfTest::readingList_hasItsArticlesAndTheReadersNote()
{
    const QList<Article> articles = ArticleQueries(m_library).articles(QStringLiteral("XK"));
    QVERIFY(articles.size() >= 2);
    {
        // The reader's list, where vigil looks for it in this home.
        QCoreApplication::setOrganizationName(QStringLiteral("Vigil"));
        QCoreApplication::setApplicationName(QStringLiteral("Vigil"));
        qputenv("XDG_DATA_HOME", m_env.value(QStringLiteral("XDG_DATA_HOME")).toLocal8Bit());
        UserDataStore store;
        QString error;
        QVERIFY2(store.open(UserDataStore::defaultPath(), &error), qPrintable(error));
        const qint64 list = store.createList(QStringLiteral("Week 3: Kosovo"), &error);
        QVERIFY2(list > 0, qPrintable(error));
        QVERIFY(store.addToList(list, articles.at(0).id, &error));
        QVERIFY(store.addToList(list, articles.at(1).id, &error));
        QVERIFY(store.setNote(articles.at(1).id, QStringLiteral("Ask the class about shelters."), &error));
    }
    const QString pdf = m_home.filePath(QStringLiteral("week3.pdf"));
    const Run run = vigil({ QStringLiteral("--print-pdf"), pdf, QStringLiteral("--reading-list"),
        QStringLiteral("week 3: kosovo"), QStringLiteral("--citation-style"), QStringLiteral("mla") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString text = flat(pdfText(pdf));
    QVERIFY(text.contains(QStringLiteral("Week 3: Kosovo")));
    QVERIFY(text.contains(QStringLiteral("Reader’s note")));
    QVERIFY(text.contains(QStringLiteral("Ask the class about shelters.")));
    QVERIFY(text.contains(QStringLiteral("Bibliography (Modern Language Association 9th edition)")));
    const QStringList mla = engineBibliography(QStringLiteral("modern-language-association"),
        { QStringLiteral("--ids"), QString::number(articles.at(0).id) + u',' + QString::number(articles.at(1).id) });
    QCOMPARE(mla.size(), 2);
    for (const QString &citation : mla)
        QVERIFY2(text.count(citation.left(40)) >= 2, qPrintable(citation));
    // Two articles, each starting a page, and the bibliography on its own.
    const int pages = pdfPages(pdf);
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    verifyFontsEmbedded(pdf);
}

void PrintPdfTest::harvard_citesAsTheEngineDoes()
{
    qint64 id = 0;
    for (const Article &a : ArticleQueries(m_library).articles()) {
        if (a.title == u"The route to hell")
            id = a.id;
    }
    QVERIFY(id > 0);
    const QString pdf = m_home.filePath(QStringLiteral("route.pdf"));
    const Run run = vigil({ QStringLiteral("--print-pdf"), pdf, QStringLiteral("--open"), QString::number(id),
        QStringLiteral("--citation-style"), QStringLiteral("harvard-cite-them-right") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString text = flat(pdfText(pdf));
    // As citeproc-js writes it (vigil-library export --format bibliography
    // --style harvard-cite-them-right).
    QVERIFY2(text.contains(QStringLiteral("Cite as (Cite Them Right 12th edition - Harvard): Waugh, L. (2006) ‘The "
                                          "route to hell’, The Scotsman, 22 August.")),
        qPrintable(text));
}

void PrintPdfTest::unknownRequests_exitWithTwoAndOneSentence()
{
    const QString pdf = m_home.filePath(QStringLiteral("none.pdf"));
    for (const QStringList &request : { QStringList { QStringLiteral("--open"), QStringLiteral("12345") },
             QStringList { QStringLiteral("--open"), QStringLiteral("not-a-number") },
             QStringList { QStringLiteral("--country"), QStringLiteral("QQ") },
             QStringList { QStringLiteral("--reading-list"), QStringLiteral("No such list") }, QStringList {},
             QStringList { QStringLiteral("--country"), QStringLiteral("RS"), QStringLiteral("--citation-style"),
                 QStringLiteral("no-such-style") } }) {
        const Run run = vigil(QStringList { QStringLiteral("--print-pdf"), pdf } + request);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.startsWith(QStringLiteral("vigil: ")), qPrintable(run.err));
        QVERIFY(!QFile::exists(pdf));
    }
}

void PrintPdfTest::unwritableFile_exitsWithTwoAndLeavesNothing()
{
    const QString pdf = m_home.filePath(QStringLiteral("no-such-folder/serbia.pdf"));
    const Run run = vigil({ QStringLiteral("--print-pdf"), pdf, QStringLiteral("--country"), QStringLiteral("RS") });
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(run.err.contains(QStringLiteral("could not write")), qPrintable(run.err));
    QVERIFY(!QFile::exists(pdf));
}

QTEST_GUILESS_MAIN(PrintPdfTest)
#include "printpdf_test.moc"
