#pragma once

namespace Vigil::Ui {

// Compiled shaders are cached by Qt (in ~/.cache/qtshadercache-*) and by the GL
// driver (Mesa in ~/.cache/mesa_shader_cache, NVIDIA in ~/.nv). Such a cache
// tells that Vigil ran and outlives a quick exit, so none is kept: compiling
// Vigil's few shaders again at each start costs less than a frame.

// Before the QApplication exists: Qt keeps no shader cache on disk.
void disableQtShaderDiskCache();

// Before the GL driver loads: Mesa's and NVIDIA's caches are off, unless the
// user has set them up explicitly.
void disableDriverShaderCaches();

} // namespace Vigil::Ui
