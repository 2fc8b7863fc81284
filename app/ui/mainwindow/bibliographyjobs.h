#pragma once

#include "cslengine.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QProgressBar;
class QStatusBar;

namespace Vigil::Csl {
class CitationFormatter;
}

namespace Vigil::Ui {

// Bibliographies the window asks the CitationFormatter's worker for (a list's
// bibliography to copy or save, a handout's citations): the window stays
// responsive while the engine works, which the first time a style is used can
// take a second or more, and the status bar shows a busy bar meanwhile.
class BibliographyJobs final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BibliographyJobs)

public:
    using Done = std::function<void(const Csl::CslResult &result)>;

    BibliographyJobs(Csl::CitationFormatter *formatter, QStatusBar *statusBar, QObject *parent = nullptr);

    // Formats items (CSL-JSON, distinct ids) in the style; done is called here,
    // on the window's thread, with the entries in the style's order. busyText
    // is shown until then.
    void start(const QString &styleId, const QList<QJsonObject> &items, const QString &busyText, Done done);
    bool isBusy() const { return !m_pending.isEmpty(); }

signals:
    void finished();

private:
    void onFormatted(quint64 token, const Csl::CslResult &result);

    Csl::CitationFormatter *m_formatter;
    QStatusBar *m_statusBar;
    QProgressBar *m_busy;
    QHash<quint64, Done> m_pending;
};

} // namespace Vigil::Ui
