#include "shadercaches.h"

#include <QCoreApplication>

namespace Vigil::Ui {

void disableQtShaderDiskCache()
{
    QCoreApplication::setAttribute(Qt::AA_DisableShaderDiskCache);
}

void disableDriverShaderCaches()
{
    // Mesa 22 and later, Mesa before 22, the NVIDIA driver.
    const std::pair<const char *, const char *> switches[] = {
        { "MESA_SHADER_CACHE_DISABLE", "true" },
        { "MESA_GLSL_CACHE_DISABLE", "true" },
        { "__GL_SHADER_DISK_CACHE", "0" },
    };
    for (const auto &[variable, value] : switches) {
        if (!qEnvironmentVariableIsSet(variable))
            qputenv(variable, value);
    }
}

} // namespace Vigil::Ui
