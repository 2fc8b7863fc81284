#pragma once

#include "cslengine.h"

#include <QJsonObject>
#include <QMutex>
#include <QObject>
#include <QString>

#include <memory>

namespace Vigil::Csl {

// CitationFormatter's worker: lives on the formatter's thread and makes its
// CslEngine there, on the first request, so that starting citeproc-js never
// holds up the thread that asked.
class CitationWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CitationWorker)

public:
    CitationWorker(QString stylesDir, QString localesDir);
    ~CitationWorker() override;

    // From the formatter's thread, as it closes: the request being formatted stops
    // (with an error nobody hears) and no later one starts.
    void cancel();

public slots:
    void format(quint64 token, const QString &styleId, qint64 articleId, const QJsonObject &item);
    void formatBibliography(quint64 token, const QString &styleId, const QList<QJsonObject> &items);

signals:
    void formatted(quint64 token, const QString &styleId, qint64 articleId, const Vigil::Csl::CslEntry &entry);
    void failed(quint64 token, const QString &styleId, qint64 articleId, const QString &message);
    void bibliographyFormatted(quint64 token, const Vigil::Csl::CslResult &result);

private:
    // The engine, made and loaded on first need; null when the formatter closes.
    CslEngine *engine();

    QString m_stylesDir;
    QString m_localesDir;
    std::unique_ptr<CslEngine> m_engine;
    QMutex m_mutex; // guards m_cancelled and m_engine's creation against cancel()
    bool m_cancelled = false;
};

} // namespace Vigil::Csl
