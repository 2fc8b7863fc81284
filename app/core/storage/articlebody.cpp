#include "articlebody.h"

#include "libraryconnection.h"
#include "sqlsupport.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>
#include <vector>
#include <zdict.h>
#include <zstd.h>

namespace Vigil::Core::Storage {

namespace {

// zstd's level 9: within 3% of its best on these bodies, at import speed.
constexpr int compressionLevel = 9;
constexpr size_t dictionaryBytes = 64 * 1024;
constexpr qsizetype maxTrainingBytes = 8 * 1024 * 1024;
// No page holds a body this large (pages are refused above 16 MB): a frame that
// says so is damage, and is not allocated for.
constexpr unsigned long long maxBodyBytes = 32ull * 1024 * 1024;

// [[text, page, section, label], ...], with the trailing defaults left out: most
// paragraphs are just [text].
QByteArray serialize(const QList<Paragraph> &paragraphs)
{
    QJsonArray array;
    for (const Paragraph &p : paragraphs) {
        QJsonArray row { p.text };
        if (p.page > 0 || !p.section.isEmpty() || !p.sectionLabel.isEmpty())
            row.append(p.page);
        if (!p.section.isEmpty() || !p.sectionLabel.isEmpty()) {
            row.append(p.section);
            row.append(p.sectionLabel);
        }
        array.append(row);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<Paragraph> deserialize(const QByteArray &json)
{
    QList<Paragraph> out;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    out.reserve(array.size());
    for (const QJsonValue &v : array) {
        const QJsonArray row = v.toArray();
        Paragraph p;
        p.text = row.at(0).toString();
        p.page = row.at(1).toInt();
        p.section = row.at(2).toString();
        p.sectionLabel = row.at(3).toString();
        out.append(p);
    }
    return out;
}

bool isZstdFrame(const QByteArray &blob)
{
    static const char magic[] = { '\x28', '\xB5', '\x2F', '\xFD' };
    return blob.size() >= 4 && std::equal(magic, magic + 4, blob.constData());
}

} // namespace

struct BodyCodec::Dictionaries
{
    bool loaded = false;
    bool hasTable = false; // early schema-3 files have no body_dictionaries
    QString failure; // why load() failed; empty when it did not
    QHash<unsigned, ZSTD_DDict *> decoders; // by dictionary id
    ZSTD_CDict *encoder = nullptr; // the newest dictionary
    ZSTD_CCtx *cctx = nullptr;
    ZSTD_DCtx *dctx = nullptr;

    void clear()
    {
        for (ZSTD_DDict *d : std::as_const(decoders))
            ZSTD_freeDDict(d);
        decoders.clear();
        ZSTD_freeCDict(encoder);
        encoder = nullptr;
        loaded = false;
        hasTable = false;
        failure.clear();
    }
    ~Dictionaries()
    {
        clear();
        ZSTD_freeCCtx(cctx);
        ZSTD_freeDCtx(dctx);
    }
};

BodyCodec::BodyCodec(const LibraryConnection &connection)
    : m_db(connection.database())
    , m_connection(&connection)
    , m_d(std::make_unique<Dictionaries>())
{
}

BodyCodec::BodyCodec(const QSqlDatabase &db)
    : m_db(db)
    , m_d(std::make_unique<Dictionaries>())
{
}

BodyCodec::~BodyCodec() = default;

bool BodyCodec::load(QString *error)
{
    if (!m_d->loaded) {
        m_d->loaded = true;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        QString reason;
        if (!readDictionaries(q, &reason)) {
            m_d->failure
                = QStringLiteral("the dictionaries that article bodies are compressed with cannot be read (%1)")
                      .arg(reason);
            if (m_connection)
                m_connection->noteReadFailure(q, reason);
        }
    }
    if (m_d->failure.isEmpty())
        return true;
    setError(error, m_d->failure);
    return false;
}

bool BodyCodec::readDictionaries(QSqlQuery &q, QString *reason)
{
    QString sqlReason;
    const auto failed = [&] {
        *reason = QStringLiteral("SQLite: %1").arg(sqlReason);
        return false;
    };
    if (!run(q,
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'body_dictionaries'"),
            &sqlReason)
        || !q.next()) {
        return failed();
    }
    m_d->hasTable = q.value(0).toInt() > 0;
    if (!m_d->hasTable)
        return true;
    if (!run(q, QStringLiteral("SELECT id, dictionary FROM body_dictionaries ORDER BY id"), &sqlReason))
        return failed();
    while (q.next()) {
        const QByteArray dict = q.value(1).toByteArray();
        const unsigned id = ZDICT_getDictID(dict.constData(), size_t(dict.size()));
        ZSTD_DDict *decoder = id ? ZSTD_createDDict(dict.constData(), size_t(dict.size())) : nullptr;
        if (!decoder) {
            // Every body compressed with it would read as empty.
            *reason = QStringLiteral("body dictionary %1 is damaged").arg(q.value(0).toLongLong());
            return false;
        }
        if (ZSTD_DDict *old = m_d->decoders.value(id))
            ZSTD_freeDDict(old);
        m_d->decoders.insert(id, decoder);
        ZSTD_freeCDict(m_d->encoder);
        m_d->encoder = ZSTD_createCDict(dict.constData(), size_t(dict.size()), compressionLevel);
    }
    return readToEnd(q, &sqlReason) || failed();
}

QByteArray BodyCodec::pack(const QList<Paragraph> &paragraphs)
{
    load();
    const QByteArray json = serialize(paragraphs);
    if (!m_d->cctx)
        m_d->cctx = ZSTD_createCCtx();
    QByteArray out(qsizetype(ZSTD_compressBound(size_t(json.size()))), Qt::Uninitialized);
    const size_t n = m_d->encoder ? ZSTD_compress_usingCDict(
                         m_d->cctx, out.data(), size_t(out.size()), json.constData(), size_t(json.size()), m_d->encoder)
                                  : ZSTD_compressCCtx(m_d->cctx, out.data(), size_t(out.size()), json.constData(),
                                      size_t(json.size()), compressionLevel);
    if (ZSTD_isError(n))
        return qCompress(json, 9); // not expected; still a body unpack() reads
    out.resize(qsizetype(n));
    return out;
}

QList<Paragraph> BodyCodec::unpack(const QByteArray &blob)
{
    if (blob.isEmpty())
        return {};
    if (!isZstdFrame(blob))
        return blob.size() > 4 ? deserialize(qUncompress(blob)) : QList<Paragraph>();
    load();
    const unsigned long long size = ZSTD_getFrameContentSize(blob.constData(), size_t(blob.size()));
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > maxBodyBytes)
        return {};
    const unsigned id = ZSTD_getDictID_fromFrame(blob.constData(), size_t(blob.size()));
    ZSTD_DDict *decoder = id ? m_d->decoders.value(id) : nullptr;
    if (id && !decoder)
        return {};
    if (!m_d->dctx)
        m_d->dctx = ZSTD_createDCtx();
    QByteArray json(qsizetype(size), Qt::Uninitialized);
    const size_t n = decoder
        ? ZSTD_decompress_usingDDict(
            m_d->dctx, json.data(), size_t(json.size()), blob.constData(), size_t(blob.size()), decoder)
        : ZSTD_decompressDCtx(m_d->dctx, json.data(), size_t(json.size()), blob.constData(), size_t(blob.size()));
    if (ZSTD_isError(n) || n != size)
        return {};
    return deserialize(json);
}

bool BodyCodec::trainIfWorthIt(const QList<const QList<Paragraph> *> &bodies, QString *error)
{
    if (bodies.size() < minTrainingBodies)
        return true;
    if (!load(error))
        return false;
    if (m_d->encoder || !m_d->hasTable)
        return true;
    QByteArray samples;
    std::vector<size_t> sizes;
    for (const QList<Paragraph> *body : bodies) {
        const QByteArray json = serialize(*body);
        if (samples.size() + json.size() > maxTrainingBytes)
            break;
        samples += json;
        sizes.push_back(size_t(json.size()));
    }
    QByteArray dict(qsizetype(dictionaryBytes), Qt::Uninitialized);
    const size_t n = ZDICT_trainFromBuffer(
        dict.data(), size_t(dict.size()), samples.constData(), sizes.data(), unsigned(sizes.size()));
    if (ZDICT_isError(n))
        return true;
    dict.resize(qsizetype(n));
    QSqlQuery insert(m_db);
    if (!Storage::prepare(insert, QStringLiteral("INSERT INTO body_dictionaries (dictionary) VALUES (?)"), error))
        return false;
    insert.addBindValue(dict);
    if (!execPrepared(insert, error))
        return false;
    m_d->clear();
    return load(error);
}

qint64 searchKeyFor(int dateSort, qint64 id)
{
    if (dateSort <= 0)
        return 1 + (id & (firstDatedSearchKey / 2 - 1));
    const int year = dateSort / 10000;
    const int month = dateSort / 100 % 100;
    const int day = dateSort % 100;
    const QDate firstOfMonth(year, std::clamp(month, 1, 12), 1);
    qint64 slot = 0;
    if (firstOfMonth.isValid()) {
        static const qint64 epoch = QDate(1800, 1, 1).toJulianDay();
        const QDate date = firstOfMonth.addDays(std::clamp(day, 1, firstOfMonth.daysInMonth()) - 1);
        const int precision = month == 0 ? 0 : (day == 0 ? 1 : 2);
        slot = std::max<qint64>(0, date.toJulianDay() - epoch) * 4 + precision;
    }
    return firstDatedSearchKey + (slot << 6) + (id & 63);
}

} // namespace Vigil::Core::Storage
