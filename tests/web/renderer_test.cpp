// How the reading pane draws, in a process set up as Vigil's: Qt WebEngine is
// not linked, only loaded with the pane's module after the QApplication exists
// (a test that links it gets Qt WebEngine's own choice of renderer before main).
#include "detail/detailpane.h"

#include <QApplication>
#include <QOpenGLContext>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QtTest>

using namespace Vigil;

class RendererTest : public QObject
{
    Q_OBJECT

private slots:
    void readingPane_drawsInSoftware_unlessTheUserChoseARenderer();
};

// By default no OpenGL context is made: no GPU process, no shader compiled or
// cached, no driver fault that blanks the pane. A user who sets
// QT_QUICK_BACKEND (the README says how) gets Qt's GPU renderer instead.
void RendererTest::readingPane_drawsInSoftware_unlessTheUserChoseARenderer()
{
    const bool userChoseGpu = qEnvironmentVariable("QT_QUICK_BACKEND") == QLatin1String("rhi");
    Ui::DetailPane pane;
    pane.resize(800, 600);
    pane.show();
    QSignalSpy loaded(&pane, &Ui::DetailPane::documentLoaded);
    pane.showHtml(QStringLiteral("<!DOCTYPE html><html><body><p>Help for victims</p></body></html>"));
    QVERIFY(loaded.wait(30000));
    QCOMPARE(loaded.first().first().toBool(), true);
    QVERIFY(pane.hasWebView());
    if (userChoseGpu) {
        QCOMPARE(QQuickWindow::sceneGraphBackend(), QString());
        QVERIFY(QOpenGLContext::globalShareContext() && QOpenGLContext::globalShareContext()->isValid());
    } else {
        QCOMPARE(QQuickWindow::sceneGraphBackend(), QStringLiteral("software"));
        // Qt WebEngine wants a shared context to exist; none is made.
        QVERIFY(!QOpenGLContext::globalShareContext() || !QOpenGLContext::globalShareContext()->isValid());
    }
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Vigil::Ui::DetailPane::setModulePath(QStringLiteral(VIGIL_WEBVIEW_MODULE));
    RendererTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "renderer_test.moc"
