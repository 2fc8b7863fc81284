#include "citationworker.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

namespace Vigil::Csl {

namespace {
Q_LOGGING_CATEGORY(lcFormatter, "vigil.csl.formatter")
}

CitationWorker::CitationWorker(QString stylesDir, QString localesDir)
    : m_stylesDir(std::move(stylesDir))
    , m_localesDir(std::move(localesDir))
{
}

CitationWorker::~CitationWorker() = default;

void CitationWorker::cancel()
{
    const QMutexLocker lock(&m_mutex);
    m_cancelled = true;
    if (m_engine)
        m_engine->interrupt();
}

CslEngine *CitationWorker::engine()
{
    bool starting = false;
    {
        // Made under the lock, loaded outside it: cancel() can interrupt the loading.
        const QMutexLocker lock(&m_mutex);
        if (m_cancelled)
            return nullptr;
        starting = !m_engine;
        if (starting)
            m_engine = std::make_unique<CslEngine>(CslStyleCatalog(m_stylesDir, m_localesDir));
    }
    QElapsedTimer timer;
    timer.start();
    if (starting && m_engine->load())
        qCInfo(lcFormatter) << "citeproc-js started in" << timer.elapsed() << "ms";
    return m_engine.get();
}

void CitationWorker::format(quint64 token, const QString &styleId, qint64 articleId, const QJsonObject &item)
{
    if (!engine())
        return;
    QElapsedTimer timer;
    timer.start();
    const CslResult result = m_engine->bibliography(styleId, { item });
    qCDebug(lcFormatter) << styleId << "entry for" << articleId << "in" << timer.elapsed() << "ms";
    if (!result.ok())
        emit failed(token, styleId, articleId, result.error);
    else if (result.entries.isEmpty())
        emit failed(token, styleId, articleId, tr("The style \"%1\" wrote nothing for this article.").arg(styleId));
    else
        emit formatted(token, styleId, articleId, result.entries.constFirst());
}

void CitationWorker::formatBibliography(quint64 token, const QString &styleId, const QList<QJsonObject> &items)
{
    if (!engine())
        return;
    QElapsedTimer timer;
    timer.start();
    const CslResult result = m_engine->bibliography(styleId, items);
    qCDebug(lcFormatter) << styleId << "bibliography of" << items.size() << "in" << timer.elapsed() << "ms";
    emit bibliographyFormatted(token, result);
}

} // namespace Vigil::Csl
