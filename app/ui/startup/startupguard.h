#pragma once

#include <QProcessEnvironment>
#include <QStringList>

namespace Vigil::Ui {

// Vigil refuses to run with Chromium's remote debugging on: it would let any
// local process read what is on screen. Returns the reason, or an empty string.
QString remoteDebuggingProblem(const QStringList &arguments, const QProcessEnvironment &environment);

} // namespace Vigil::Ui
