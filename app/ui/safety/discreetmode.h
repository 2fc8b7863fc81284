#pragma once

namespace Vigil::Ui {

// Discreet mode: Vigil leaves as little as it can for someone who looks at the
// screen or the computer after the reader. The window title is only "Vigil"
// (the taskbar, the window switcher and screen-sharing lists show nothing of
// what is read), and the session is not restored: the next start shows the
// neutral start view, not the last country, article or filters.
// On by default: those who most need it are the least likely to look for a
// setting, and what it costs the others is one click on the next start.
namespace DiscreetMode {
bool isOn();
void setOn(bool on);
} // namespace DiscreetMode

} // namespace Vigil::Ui
