#pragma once

#include "cslengine.h"

#include <QJsonObject>
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

public slots:
    void format(quint64 token, const QString &styleId, qint64 articleId, const QJsonObject &item);

signals:
    void formatted(quint64 token, const QString &styleId, qint64 articleId, const Vigil::Csl::CslEntry &entry);
    void failed(quint64 token, const QString &styleId, qint64 articleId, const QString &message);

private:
    QString m_stylesDir;
    QString m_localesDir;
    std::unique_ptr<CslEngine> m_engine;
};

} // namespace Vigil::Csl
