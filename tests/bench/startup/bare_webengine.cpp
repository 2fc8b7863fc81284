// The yardstick for the first article: a bare Qt WebEngine window that loads one
// page of the same size from memory; prints first-article-ms when it has loaded.
// With --no-shader-disk-caches it keeps no compiled shaders on disk, as Vigil
// keeps none (startup/shadercaches.h): under a software GL driver, a warm cache
// saves the bare app the compiling Vigil does at every start.
#include "startup/shadercaches.h"
#include "startup/startupprobe.h"

#include <QApplication>
#include <QFile>
#include <QTimer>
#include <QWebEngineView>

int main(int argc, char *argv[])
{
    Vigil::Ui::StartupProbe::msSinceProcessStart();
    if (argc > 1 && qstrcmp(argv[1], "--no-shader-disk-caches") == 0) {
        Vigil::Ui::disableQtShaderDiskCache();
        Vigil::Ui::disableDriverShaderCaches();
    }
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QWebEngineView view;
    view.resize(1280, 800);
    QObject::connect(&view, &QWebEngineView::loadFinished, [](bool) {
        Vigil::Ui::StartupProbe::report("first-article-ms");
        QTimer::singleShot(0, []() { QCoreApplication::exit(0); });
    });
    QString html = QStringLiteral("<html><body><h1>Article</h1>");
    for (int i = 0; i < 12; ++i)
        html += QStringLiteral("<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
                               "incididunt ut labore et dolore magna aliqua.</p>");
    html += QStringLiteral("</body></html>");
    view.setHtml(html);
    view.show();
    return QApplication::exec();
}
