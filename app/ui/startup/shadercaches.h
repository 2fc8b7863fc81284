#pragma once

#include <QString>

namespace Vigil::Ui {

// Compiled shaders are cached by Qt (in ~/.cache/qtshadercache-*) and by the GL
// driver (Mesa in ~/.cache/mesa_shader_cache, NVIDIA in ~/.nv) outside Vigil's
// folders, where they would outlive "Clear my data" and tell that Vigil ran.

// Before the QApplication exists: Qt keeps no shader cache on disk.
void disableQtShaderDiskCache();

// Points the drivers' caches into folder (Vigil's own cache folder), unless the
// user has already pointed them somewhere.
void moveDriverShaderCaches(const QString &folder);

} // namespace Vigil::Ui
