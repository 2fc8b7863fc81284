#pragma once

#include "cslengine.h"
#include "cslentry.h"
#include "cslstylecatalog.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPair>
#include <QString>
#include <QThread>

#include <optional>

namespace Vigil::Csl {

class CitationWorker;

// Citations for the window, formatted off its thread: a worker thread owns the
// CslEngine. Each request gets a token; only the answer to the latest request is
// announced (formatted/failed), so a reader moving quickly through the list never
// sees an older article's citation arrive last. Every answer is cached per
// (style, article), so returning to an article shows its citation at once.
class CitationFormatter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CitationFormatter)

public:
    explicit CitationFormatter(QString stylesDir = CslStyleCatalog::installedStylesDir(),
        QString localesDir = CslStyleCatalog::installedLocalesDir(), QObject *parent = nullptr);
    ~CitationFormatter() override;

    // The entry already formatted, if it was.
    std::optional<CslEntry> cached(const QString &styleId, qint64 articleId) const;
    // Formats item (the article's CSL-JSON) in the style; returns the request's token.
    quint64 request(const QString &styleId, qint64 articleId, const QJsonObject &item);
    quint64 latestToken() const { return m_latest; }
    // Formats many items at once, as one bibliography in the style's order (a
    // list's bibliography, a handout's citations). Every request is answered, with
    // bibliographyFormatted and its token; the tokens are not the ones above.
    quint64 requestBibliography(const QString &styleId, const QList<QJsonObject> &items);

signals:
    void formatted(quint64 token, const QString &styleId, qint64 articleId, const Vigil::Csl::CslEntry &entry);
    void failed(quint64 token, const QString &styleId, qint64 articleId, const QString &message);
    void bibliographyFormatted(quint64 token, const Vigil::Csl::CslResult &result);

private:
    void onFormatted(quint64 token, const QString &styleId, qint64 articleId, const CslEntry &entry);
    void onFailed(quint64 token, const QString &styleId, qint64 articleId, const QString &message);

    QThread m_thread;
    CitationWorker *m_worker = nullptr; // lives on m_thread, deleted when it finishes
    QHash<QPair<QString, qint64>, CslEntry> m_cache;
    quint64 m_latest = 0;
    quint64 m_latestBibliography = 0;
};

} // namespace Vigil::Csl
