#pragma once

// What the web tests ask of a page in the reading pane, waiting for the answer.
#include <QString>
#include <QVariant>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QtTest>

namespace Vigil::Test {

inline QString plainText(QWebEnginePage *page)
{
    QString text;
    bool done = false;
    page->toPlainText([&](const QString &t) {
        text = t;
        done = true;
    });
    if (!QTest::qWaitFor([&]() { return done; }, 10000))
        qWarning("timed out waiting for the page");
    return text;
}

// Runs in Qt's own script world: the page's content may run no script, but the
// test may look at it.
inline QVariant runInAppWorld(QWebEnginePage *page, const QString &script)
{
    QVariant result;
    bool done = false;
    page->runJavaScript(script, QWebEngineScript::ApplicationWorld, [&](const QVariant &v) {
        result = v;
        done = true;
    });
    if (!QTest::qWaitFor([&]() { return done; }, 10000))
        qWarning("timed out waiting for the page");
    return result;
}

} // namespace Vigil::Test
