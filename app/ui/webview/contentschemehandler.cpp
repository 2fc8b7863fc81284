#include "contentschemehandler.h"

#include "contentscheme.h"

#include <QBuffer>
#include <QUrl>
#include <QWebEngineUrlRequestJob>

namespace Vigil::Ui {

QUrl ContentSchemeHandler::publish(const QString &html)
{
    const QString name = QString::number(++m_next);
    m_documents.insert(name, html.toUtf8());
    m_documents.remove(QString::number(m_next - 4));
    QUrl url;
    url.setScheme(QString::fromLatin1(contentScheme.toByteArray()));
    url.setHost(QStringLiteral("content"));
    url.setPath(u'/' + name);
    return url;
}

void ContentSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    if (job->requestMethod() != "GET" || url.host() != u"content") {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    const auto it = m_documents.constFind(url.path().mid(1));
    if (it == m_documents.constEnd()) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    auto *buffer = new QBuffer(job);
    buffer->setData(*it);
    buffer->open(QIODevice::ReadOnly);
    job->reply("text/html;charset=utf-8", buffer);
}

} // namespace Vigil::Ui
