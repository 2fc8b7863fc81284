// Vigil's bibliography beside pandoc's (its own citeproc, a separate implementation
// of CSL) for every seed article, in the same .csl file: APA, MLA and Chicago.
// A difference is either fixed or listed, with its reason, in
// tests/data/csl/pandoc-differences.tsv; an unlisted difference fails, and so
// does a listed one that no longer happens (the list must stay true).
//
// Normalised, because it is markup and not the citation: runs of white space
// (pandoc wraps HTML lines), and HTML entities. Nothing else: quotes, dashes and
// punctuation are compared as they are.
#include "cslengine.h"
#include "export/citationexport.h"
#include "seedlibrary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Vigil::Core;
using namespace Vigil::Csl;

namespace {

const QStringList checkedStyles { QStringLiteral("apa"), QStringLiteral("modern-language-association"),
    QStringLiteral("chicago-author-date"), QStringLiteral("chicago-note-bibliography") };

QString decodeEntities(QString text)
{
    static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9A-Fa-f]+);"));
    QString out;
    qsizetype last = 0;
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        const char32_t c = m.captured(2).toUInt(nullptr, m.captured(1).isEmpty() ? 10 : 16);
        out += QString::fromUcs4(&c, 1);
        last = m.capturedEnd();
    }
    out += text.mid(last);
    out.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    out.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    out.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    out.replace(QStringLiteral("&nbsp;"), QString(QChar(0x00A0)));
    out.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return out;
}

// An HTML entry as the text a reader sees, white space tidied.
QString visibleText(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QString text = html;
    text.remove(tag);
    return decodeEntities(text).simplified();
}

struct Difference
{
    QString reason;
    bool seen = false;
};

} // namespace

class PandocCrosscheckTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bibliography_matchesPandoc_data();
    void bibliography_matchesPandoc();
    void cleanupTestCase();

private:
    QMap<QString, QString> pandocEntries(const QString &styleId);

    QTemporaryDir m_dir;
    QString m_pandoc;
    QString m_itemsPath;
    QList<QJsonObject> m_items;
    QHash<QString, Difference> m_known; // "style\tkey"
};

void PandocCrosscheckTest::initTestCase()
{
    m_pandoc = QStandardPaths::findExecutable(QStringLiteral("pandoc"));
    QVERIFY2(!m_pandoc.isEmpty(), "pandoc is not installed (packaging/install-deps.sh installs it)");
    QVERIFY(m_dir.isValid());
    Vigil::Test::TestLibrary library;
    QString error;
    const QString path = Vigil::Test::buildSeedLibrary(m_dir.path());
    QVERIFY2(library.connection.open(path, LibraryConnection::OpenMode::ReadOnly, &error), qPrintable(error));
    QList<qint64> ids;
    for (const Article &a : library.articles.articles())
        ids << a.id;
    const QByteArray json = CitationExport::write(
        ExportFormat::CslJson, CitationExport::itemsFor(library.articles, library.catalogue, ids));
    for (const QJsonValue &item : QJsonDocument::fromJson(json).array())
        m_items << item.toObject();
    QCOMPARE(m_items.size(), 32);
    m_itemsPath = m_dir.filePath(QStringLiteral("items.json"));
    QFile items(m_itemsPath);
    QVERIFY(items.open(QIODevice::WriteOnly));
    items.write(json);
    items.close();

    QFile known(QStringLiteral(VIGIL_TEST_DATA_DIR "/csl/pandoc-differences.tsv"));
    QVERIFY2(known.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(known.fileName()));
    for (const QString &line : QString::fromUtf8(known.readAll()).split(u'\n')) {
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u'\t');
        QVERIFY2(fields.size() == 3 && !fields.at(2).trimmed().isEmpty(),
            qPrintable(QStringLiteral("needs style, key and reason: ") + line));
        m_known.insert(fields.at(0) + u'\t' + fields.at(1), { fields.at(2), false });
    }
}

QMap<QString, QString> PandocCrosscheckTest::pandocEntries(const QString &styleId)
{
    // The bundled file, the one Vigil formats with.
    const QString cslPath = m_dir.filePath(styleId + QStringLiteral(".csl"));
    QFile::remove(cslPath);
    if (!QFile::copy(QStringLiteral(":/vigil/csl/styles/%1.csl").arg(styleId), cslPath))
        qFatal("cannot copy the style %s", qPrintable(styleId));
    QProcess pandoc;
    pandoc.start(m_pandoc,
        { QStringLiteral("--citeproc"), QStringLiteral("--csl"), cslPath, QStringLiteral("--bibliography"), m_itemsPath,
            QStringLiteral("--from"), QStringLiteral("markdown"), QStringLiteral("--to"), QStringLiteral("html") });
    // Every item, cited nowhere: the document is front matter alone (a --metadata
    // value would be a plain string, not a citation).
    pandoc.write("---\nnocite: '@*'\n---\n");
    pandoc.closeWriteChannel();
    if (!pandoc.waitForFinished(120000) || pandoc.exitCode() != 0)
        qFatal("pandoc failed: %s", pandoc.readAllStandardError().constData());
    const QString html = QString::fromUtf8(pandoc.readAllStandardOutput());
    static const QRegularExpression entry(
        QStringLiteral("<div id=\"ref-([^\"]+)\" class=\"csl-entry\"[^>]*>(.*?)</div>"),
        QRegularExpression::DotMatchesEverythingOption);
    QMap<QString, QString> entries;
    for (auto it = entry.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        entries.insert(m.captured(1), visibleText(m.captured(2)));
    }
    return entries;
}

void PandocCrosscheckTest::bibliography_matchesPandoc_data()
{
    QTest::addColumn<QString>("style");
    for (const QString &style : checkedStyles)
        QTest::newRow(qPrintable(style)) << style;
}

void PandocCrosscheckTest::bibliography_matchesPandoc()
{
    QFETCH(QString, style);
    const QMap<QString, QString> theirs = pandocEntries(style);
    QCOMPARE(theirs.size(), m_items.size());
    CslEngine engine(CslStyleCatalog(m_dir.filePath(QStringLiteral("none")), m_dir.filePath(QStringLiteral("none"))));
    const CslResult ours = engine.bibliography(style, m_items);
    QVERIFY2(ours.ok(), qPrintable(ours.error));
    QCOMPARE(ours.entries.size(), m_items.size());
    QStringList unlisted;
    for (const CslEntry &entry : ours.entries) {
        const QString mine = visibleText(entry.html);
        const QString pandocs = theirs.value(entry.id);
        if (mine == pandocs)
            continue;
        const auto known = m_known.find(style + u'\t' + entry.id);
        if (known != m_known.end()) {
            known->seen = true;
            continue;
        }
        unlisted << QStringLiteral("%1\t%2\n  vigil:  %3\n  pandoc: %4").arg(style, entry.id, mine, pandocs);
    }
    if (!unlisted.isEmpty())
        QFAIL(qPrintable(QStringLiteral("%1 unlisted difference(s):\n").arg(unlisted.size()) + unlisted.join(u'\n')));
}

void PandocCrosscheckTest::cleanupTestCase()
{
    QStringList stale;
    for (auto it = m_known.cbegin(); it != m_known.cend(); ++it)
        if (!it->seen)
            stale << it.key();
    QVERIFY2(stale.isEmpty(),
        qPrintable(QStringLiteral("listed differences that no longer happen; remove them: ") + stale.join(u", ")));
}

QTEST_GUILESS_MAIN(PandocCrosscheckTest)
#include "pandoc_crosscheck_test.moc"
