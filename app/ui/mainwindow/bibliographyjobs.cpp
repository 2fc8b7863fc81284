#include "bibliographyjobs.h"

#include "citationformatter.h"

#include <QProgressBar>
#include <QStatusBar>

namespace Vigil::Ui {

BibliographyJobs::BibliographyJobs(Csl::CitationFormatter *formatter, QStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , m_formatter(formatter)
    , m_statusBar(statusBar)
    , m_busy(new QProgressBar(statusBar))
{
    // No count to show: citeproc-js formats a bibliography in one call.
    m_busy->setObjectName(QStringLiteral("bibliographyBusyBar"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(14);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Formatting citations"));
    m_statusBar->addPermanentWidget(m_busy);
    m_busy->hide();
    connect(m_formatter, &Csl::CitationFormatter::bibliographyFormatted, this, &BibliographyJobs::onFormatted);
}

void BibliographyJobs::start(
    const QString &styleId, const QList<QJsonObject> &items, const QString &busyText, Done done)
{
    m_pending.insert(m_formatter->requestBibliography(styleId, items), std::move(done));
    m_statusBar->showMessage(busyText);
    m_busy->show();
}

void BibliographyJobs::onFormatted(quint64 token, const Csl::CslResult &result)
{
    const Done done = m_pending.take(token);
    if (!done)
        return;
    if (m_pending.isEmpty()) {
        m_busy->hide();
        m_statusBar->clearMessage();
    }
    done(result);
    emit finished();
}

} // namespace Vigil::Ui
