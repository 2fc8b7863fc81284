#include "sqlfile.h"
#include "storage/articlebody.h"
#include "testlibrary.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Vigil::Core;
using Vigil::Core::Storage::BodyCodec;
using Vigil::Test::TestLibrary;

namespace {

// Bodies that share their vocabulary the way real articles do, no two alike.
QList<QList<Paragraph>> makeBodies(int n)
{
    static const QStringList words = {
        QStringLiteral("trafficking"),
        QStringLiteral("victims"),
        QStringLiteral("police"),
        QStringLiteral("border"),
        QStringLiteral("shelter"),
        QStringLiteral("forced"),
        QStringLiteral("labour"),
        QStringLiteral("children"),
        QStringLiteral("report"),
        QStringLiteral("government"),
        QStringLiteral("prosecution"),
        QStringLiteral("women"),
        QStringLiteral("Beograd"),
        QStringLiteral("Priština"),
        QStringLiteral("the"),
        QStringLiteral("of"),
    };
    QList<QList<Paragraph>> bodies;
    quint32 state = 7;
    for (int i = 0; i < n; ++i) {
        QList<Paragraph> body;
        for (int p = 0; p < 3; ++p) {
            QStringList text;
            for (int w = 0; w < 60; ++w) {
                state = state * 1103515245u + 12345u;
                text << words.at(int((state >> 16) % quint32(words.size())));
            }
            text << QString::number(i);
            Paragraph para;
            para.text = text.join(u' ');
            para.page = p;
            body << para;
        }
        bodies << body;
    }
    return bodies;
}

QList<const QList<Paragraph> *> pointersTo(const QList<QList<Paragraph>> &bodies)
{
    QList<const QList<Paragraph> *> out;
    for (const auto &b : bodies)
        out << &b;
    return out;
}

int dictionaryCount(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT count(*) FROM body_dictionaries")) && q.next() ? q.value(0).toInt() : -1;
}

bool sameBody(const QList<Paragraph> &a, const QList<Paragraph> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].text != b[i].text || a[i].page != b[i].page || a[i].section != b[i].section
            || a[i].sectionLabel != b[i].sectionLabel)
            return false;
    }
    return true;
}

} // namespace

class ArticleBodyTest : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        // A schema-3 library gives the codec its dictionary table.
        m_path = m_dir.filePath(QStringLiteral("l%1.sqlite").arg(++m_count));
        QString error;
        TestLibrary store;
        QVERIFY2(store.connection.open(m_path, LibraryConnection::OpenMode::Create, &error), qPrintable(error));
        store.connection.close();
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("body"));
        m_db.setDatabaseName(m_path);
        QVERIFY(m_db.open());
    }

    void cleanup()
    {
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("body"));
    }

    void bodies_roundTripWithAndWithoutDictionary()
    {
        const QList<QList<Paragraph>> bodies = makeBodies(400);
        BodyCodec plain(m_db);
        QList<QByteArray> alone;
        for (const auto &b : bodies)
            alone << plain.pack(b);

        BodyCodec codec(m_db);
        const auto samples = pointersTo(bodies);
        QString error;
        QVERIFY2(codec.trainIfWorthIt(samples, &error), qPrintable(error));
        QCOMPARE(dictionaryCount(m_db), 1);

        qsizetype withDict = 0;
        qsizetype without = 0;
        for (qsizetype i = 0; i < bodies.size(); ++i) {
            const QByteArray packed = codec.pack(bodies[i]);
            withDict += packed.size();
            without += alone[i].size();
            // A fresh codec reads both kinds: it finds the dictionary in the library.
            BodyCodec reader(m_db);
            QVERIFY(sameBody(reader.unpack(packed), bodies[i]));
            QVERIFY(sameBody(reader.unpack(alone[i]), bodies[i]));
        }
        QVERIFY2(withDict * 10 < without * 9, qPrintable(QStringLiteral("%1 vs %2").arg(withDict).arg(without)));

        // A second large import keeps the first dictionary: old bodies stay readable.
        QVERIFY(codec.trainIfWorthIt(samples, &error));
        QCOMPARE(dictionaryCount(m_db), 1);
    }

    void fewBodies_trainNothing()
    {
        const QList<QList<Paragraph>> bodies = makeBodies(BodyCodec::minTrainingBodies - 1);
        BodyCodec codec(m_db);
        QString error;
        QVERIFY(codec.trainIfWorthIt(pointersTo(bodies), &error));
        QCOMPARE(dictionaryCount(m_db), 0);
    }

    // A library file is input like any other: a damaged body reads as no text.
    void damagedBlobs_readAsEmpty()
    {
        const QList<QList<Paragraph>> bodies = makeBodies(300);
        BodyCodec codec(m_db);
        QString error;
        QVERIFY(codec.trainIfWorthIt(pointersTo(bodies), &error));
        QCOMPARE(dictionaryCount(m_db), 1);
        const QByteArray good = codec.pack(bodies.first());
        QVERIFY(sameBody(codec.unpack(good), bodies.first()));

        QList<QByteArray> bad;
        bad << good.left(good.size() / 2) << good.left(4) << QByteArray("\x28\xB5\x2F\xFD", 4)
            << QByteArray(1000, '\xFF') << QByteArray("\x00\x00\x00\x10xyz", 7);
        // A frame that names a dictionary this library does not have (the id
        // follows the frame header's descriptor byte).
        QByteArray otherDict = good;
        otherDict[5] = char(otherDict[5] ^ 0x01);
        bad << otherDict;
        // A frame that claims a body of 1 TB.
        bad << QByteArray("\x28\xB5\x2F\xFD\xE0\x00\x00\x00\x00\x00\x01\x00\x00", 13);
        for (const QByteArray &b : std::as_const(bad))
            QVERIFY2(codec.unpack(b).isEmpty(), b.left(16).toHex().constData());
        // Flipped bits inside the compressed data: whatever comes out, nothing breaks
        // (this is what the sanitizer builds run).
        for (qsizetype i = 6; i < good.size(); ++i) {
            QByteArray flipped = good;
            flipped[i] = char(flipped[i] ^ 0x5A);
            codec.unpack(flipped);
        }
    }

    // Bodies compressed with a dictionary the library cannot read would show as
    // articles without text. The reader is told the library could not be read,
    // as for any other failed read, and an import refuses to go on.
    void unreadableDictionary_isALibraryProblem_notEmptyBodies()
    {
        const QString path = m_dir.filePath(QStringLiteral("dictionary.sqlite"));
        const QList<QList<Paragraph>> bodies = makeBodies(BodyCodec::minTrainingBodies);
        Page page;
        page.key = QStringLiteral("bodies");
        page.title = QStringLiteral("Bodies");
        for (qsizetype i = 0; i < bodies.size(); ++i) {
            Article a;
            a.id = 1000 + i;
            a.pageKey = page.key;
            a.ordinal = int(i);
            a.title = QStringLiteral("Article %1").arg(i);
            a.paragraphs = bodies.at(i);
            page.articles.append(a);
        }
        QString error;
        {
            TestLibrary store;
            QVERIFY2(store.connection.open(path, LibraryConnection::OpenMode::Create, &error)
                    && store.importer.importPage(page, &error),
                qPrintable(error));
            QCOMPARE(dictionaryCount(store.connection.database()), 1);
            const std::optional<Article> read = store.articles.article(1000);
            QVERIFY(read && sameBody(read->paragraphs, bodies.first()));
        }
        QVERIFY2(Vigil::Test::damageTable(path, "body_dictionaries", &error), qPrintable(error));

        {
            TestLibrary store;
            QVERIFY2(store.connection.open(path, LibraryConnection::OpenMode::ReadOnly, &error), qPrintable(error));
            QString said;
            store.connection.setReadFailureHandler([&said](const QString &message) { said = message; });
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("query failed")));
            QVERIFY(!store.articles.article(1000));
            QVERIFY2(said.contains(QStringLiteral("could not be read")), qPrintable(said));
            QVERIFY2(said.contains(QStringLiteral("vigil-library check")), qPrintable(said));
            QCOMPARE(store.connection.readFailure(), said);
        }

        // Re-importing must take the old bodies' words out of the index, which
        // needs the dictionary too.
        TestLibrary store;
        QVERIFY2(store.connection.open(path, LibraryConnection::OpenMode::ReadWrite, &error), qPrintable(error));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("rolled back")));
        QVERIFY(!store.importer.importPage(page, &error));
        QVERIFY2(error.contains(QStringLiteral("dictionaries")) && error.contains(QStringLiteral("malformed")),
            qPrintable(error));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QSqlDatabase m_db;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(ArticleBodyTest)
#include "articlebody_test.moc"
