// `vigil --print-pdf` on the bundled library, as a teacher runs it: a fresh home,
// no display, the real program. The PDF is read back with poppler-utils: its
// text (title, Serbia's hotline number as the library holds it, the citations,
// page numbers), its fonts (every one embedded) and its page count.
#include "content/citation.h"
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

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

Run runProgram(const QString &program, const QStringList &arguments, const QProcessEnvironment &env = {})
{
    QProcess process;
    if (!env.isEmpty())
        process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        process.kill();
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

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
    void unknownRequests_exitWithTwoAndOneSentence();
    void unwritableFile_exitsWithTwoAndLeavesNothing();

private:
    Run vigil(const QStringList &arguments) const;
    QString pdfText(const QString &pdf) const;
    int pdfPages(const QString &pdf) const;
    void verifyFontsEmbedded(const QString &pdf) const;

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

QString PrintPdfTest::pdfText(const QString &pdf) const
{
    const Run run = runProgram(
        QStringLiteral("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") });
    if (run.status != 0)
        qWarning() << "pdftotext:" << run.err;
    return run.out;
}

int PrintPdfTest::pdfPages(const QString &pdf) const
{
    const Run run = runProgram(QStringLiteral("pdfinfo"), { pdf });
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"), QRegularExpression::MultilineOption).match(run.out);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

void PrintPdfTest::verifyFontsEmbedded(const QString &pdf) const
{
    // name type encoding emb sub uni object ID: the "emb" column of every font says yes.
    const Run run = runProgram(QStringLiteral("pdffonts"), { pdf });
    QCOMPARE(run.status, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() > 2, qPrintable(u"no fonts listed: " + run.out));
    const qsizetype emb = lines.first().indexOf(QStringLiteral("emb"));
    QVERIFY(emb > 0);
    for (const QString &line : lines.mid(2))
        QVERIFY2(line.mid(emb, 3) == u"yes", qPrintable(u"a font is not embedded: " + line));
}

void PrintPdfTest::countryDossier_hasProfileHotlineCitationsAndPageNumbers()
{
    const QString pdf = m_home.filePath(QStringLiteral("serbia.pdf"));
    // Without QT_QPA_PLATFORM: vigil picks the offscreen platform itself.
    const Run run = vigil({ QStringLiteral("--print-pdf"), pdf, QStringLiteral("--country"), QStringLiteral("RS") });
    QVERIFY2(run.status == 0, qPrintable(run.err));
    const QString text = flat(pdfText(pdf));
    QVERIFY(text.startsWith(QStringLiteral("Country dossier Serbia Handout made with Vigil on ")));
    QVERIFY(text.contains(QStringLiteral("Serbia")));
    QVERIFY(text.contains(QStringLiteral("Help for victims")));

    // The number as the library holds it, with its source.
    const QList<Hotline> hotlines = CatalogueQueries(m_library).hotlines(QStringLiteral("RS"));
    QVERIFY(!hotlines.isEmpty());
    for (const Hotline &h : hotlines)
        QVERIFY2(text.contains(flat(h.display.isEmpty() ? h.e164 : h.display)), qPrintable(h.display));

    // Every article of Serbia with its citation (its first words: a long one
    // breaks over lines), and the bibliography.
    const QList<Article> articles = ArticleQueries(m_library).articles(QStringLiteral("RS"));
    QVERIFY(articles.size() > 1);
    for (const Article &a : articles) {
        const QString citation = flat(Citation::text(Citation::Style::Apa, a));
        QVERIFY2(text.count(citation.left(40)) >= 2, qPrintable(citation));
    }
    QVERIFY(text.contains(QStringLiteral("Bibliography (APA 7)")));
    QVERIFY(text.contains(QStringLiteral("Content notice")));

    const int pages = pdfPages(pdf);
    // Each article on a page of its own, after the profile.
    QVERIFY2(pages > articles.size(), qPrintable(QString::number(pages)));
    QVERIFY(pages < 40 * articles.size());
    QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    verifyFontsEmbedded(pdf);
    QVERIFY(run.out.contains(QStringLiteral("%1 pages").arg(pages)));
}

void PrintPdfTest::article_isOneArticleWithItsCitation()
{
    const QList<Article> articles = ArticleQueries(m_library).articles(QStringLiteral("RS"));
    QVERIFY(!articles.isEmpty());
    const Article &a = articles.first();
    const QString pdf = m_home.filePath(QStringLiteral("article.pdf"));
    const Run run = vigil({ QStringLiteral("--print-pdf"), pdf, QStringLiteral("--open"), QString::number(a.id) });
    QVERIFY2(run.status == 0, qPrintable(run.err));
    const QString text = flat(pdfText(pdf));
    QVERIFY(text.contains(flat(a.title).left(40)));
    QVERIFY(text.contains(flat(Citation::text(Citation::Style::Apa, a)).left(40)));
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
    QVERIFY2(run.status == 0, qPrintable(run.err));
    const QString text = flat(pdfText(pdf));
    QVERIFY(text.contains(QStringLiteral("Week 3: Kosovo")));
    QVERIFY(text.contains(QStringLiteral("Reader’s note")));
    QVERIFY(text.contains(QStringLiteral("Ask the class about shelters.")));
    QVERIFY(text.contains(QStringLiteral("Bibliography (MLA 9)")));
    for (int i = 0; i < 2; ++i)
        QVERIFY(text.contains(flat(Citation::text(Citation::Style::Mla, articles.at(i))).left(40)));
    // Two articles, each starting a page, and the bibliography on its own.
    const int pages = pdfPages(pdf);
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    verifyFontsEmbedded(pdf);
}

void PrintPdfTest::unknownRequests_exitWithTwoAndOneSentence()
{
    const QString pdf = m_home.filePath(QStringLiteral("none.pdf"));
    for (const QStringList &request : { QStringList { QStringLiteral("--open"), QStringLiteral("12345") },
             QStringList { QStringLiteral("--open"), QStringLiteral("not-a-number") },
             QStringList { QStringLiteral("--country"), QStringLiteral("QQ") },
             QStringList { QStringLiteral("--reading-list"), QStringLiteral("No such list") }, QStringList {},
             QStringList { QStringLiteral("--country"), QStringLiteral("RS"), QStringLiteral("--citation-style"),
                 QStringLiteral("harvard") } }) {
        const Run run = vigil(QStringList { QStringLiteral("--print-pdf"), pdf } + request);
        QCOMPARE(run.status, 2);
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.startsWith(QStringLiteral("vigil: ")), qPrintable(run.err));
        QVERIFY(!QFile::exists(pdf));
    }
}

void PrintPdfTest::unwritableFile_exitsWithTwoAndLeavesNothing()
{
    const QString pdf = m_home.filePath(QStringLiteral("no-such-folder/serbia.pdf"));
    const Run run = vigil({ QStringLiteral("--print-pdf"), pdf, QStringLiteral("--country"), QStringLiteral("RS") });
    QCOMPARE(run.status, 2);
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(run.err.contains(QStringLiteral("could not write")), qPrintable(run.err));
    QVERIFY(!QFile::exists(pdf));
}

QTEST_GUILESS_MAIN(PrintPdfTest)
#include "printpdf_test.moc"
