#include "shadercaches.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace Vigil::Ui {

void disableQtShaderDiskCache()
{
    QCoreApplication::setAttribute(Qt::AA_DisableShaderDiskCache);
}

void moveDriverShaderCaches(const QString &folder)
{
    if (folder.isEmpty())
        return;
    const QString shaders = QDir(folder).filePath(QStringLiteral("shaders"));
    // The drivers make only the last folder of the path, and keep no cache at all
    // when they cannot.
    if (!QDir().mkpath(shaders))
        return;
    const QByteArray path = QFile::encodeName(shaders);
    // Mesa 22 and later, Mesa before 22, the NVIDIA driver.
    for (const char *variable : {"MESA_SHADER_CACHE_DIR", "MESA_GLSL_CACHE_DIR", "__GL_SHADER_DISK_CACHE_PATH"}) {
        if (!qEnvironmentVariableIsSet(variable))
            qputenv(variable, path);
    }
}

} // namespace Vigil::Ui
