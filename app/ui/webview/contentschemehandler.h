#pragma once

#include <QHash>
#include <QWebEngineUrlSchemeHandler>

namespace Vigil::Ui {

// Serves the HTML the detail pane shows. Documents are put in by the pane and
// served from memory; nothing is read from disk or network.
class ContentSchemeHandler final : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContentSchemeHandler)

public:
    using QWebEngineUrlSchemeHandler::QWebEngineUrlSchemeHandler;
    // Stores html and returns the URL that serves it. Only the newest few are
    // kept: back and forward are not offered, so older ones are never asked for.
    QUrl publish(const QString &html);
    void forgetAll() { m_documents.clear(); }
    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    QHash<QString, QByteArray> m_documents;
    quint64 m_next = 0;
};

} // namespace Vigil::Ui
