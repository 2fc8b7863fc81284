#include "citationformatter.h"

#include "citationworker.h"

namespace Vigil::Csl {

namespace {
// Enough for every article a reader opens in a long session; a bound all the same.
constexpr qsizetype maxCached = 4096;
} // namespace

CitationFormatter::CitationFormatter(QString stylesDir, QString localesDir, QObject *parent)
    : QObject(parent)
    , m_worker(new CitationWorker(std::move(stylesDir), std::move(localesDir)))
{
    qRegisterMetaType<Vigil::Csl::CslEntry>();
    qRegisterMetaType<Vigil::Csl::CslResult>();
    m_thread.setObjectName(QStringLiteral("vigil-citations"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &CitationWorker::formatted, this, &CitationFormatter::onFormatted);
    connect(m_worker, &CitationWorker::failed, this, &CitationFormatter::onFailed);
    connect(m_worker, &CitationWorker::bibliographyFormatted, this, &CitationFormatter::bibliographyFormatted);
    m_thread.start(QThread::LowPriority);
}

CitationFormatter::~CitationFormatter()
{
    // A style may take a second to load the first time: the window closing does not wait for it.
    m_worker->cancel();
    m_thread.quit();
    m_thread.wait();
}

std::optional<CslEntry> CitationFormatter::cached(const QString &styleId, qint64 articleId) const
{
    const auto found = m_cache.constFind({ styleId, articleId });
    if (found == m_cache.cend())
        return std::nullopt;
    return *found;
}

quint64 CitationFormatter::request(const QString &styleId, qint64 articleId, const QJsonObject &item)
{
    const quint64 token = ++m_latest;
    QMetaObject::invokeMethod(m_worker,
        [worker = m_worker, token, styleId, articleId, item] { worker->format(token, styleId, articleId, item); });
    return token;
}

quint64 CitationFormatter::requestBibliography(const QString &styleId, const QList<QJsonObject> &items)
{
    const quint64 token = ++m_latestBibliography;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, token, styleId, items] { worker->formatBibliography(token, styleId, items); });
    return token;
}

void CitationFormatter::onFormatted(quint64 token, const QString &styleId, qint64 articleId, const CslEntry &entry)
{
    if (m_cache.size() >= maxCached)
        m_cache.clear();
    m_cache.insert({ styleId, articleId }, entry);
    if (token == m_latest)
        emit formatted(token, styleId, articleId, entry);
}

void CitationFormatter::onFailed(quint64 token, const QString &styleId, qint64 articleId, const QString &message)
{
    if (token == m_latest)
        emit failed(token, styleId, articleId, message);
}

} // namespace Vigil::Csl
