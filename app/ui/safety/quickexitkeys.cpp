#include "quickexitkeys.h"

#include <QKeyEvent>
#include <QWindow>

namespace Vigil::Ui {

QuickExitKeys::QuickExitKeys(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
}

bool QuickExitKeys::isQuickExitKey(const QKeyEvent &key)
{
    if (key.key() == Qt::Key_F12)
        return true;
    const Qt::KeyboardModifiers modifiers = key.modifiers() & ~Qt::KeypadModifier;
    return key.key() == Qt::Key_Q && modifiers == (Qt::ControlModifier | Qt::ShiftModifier);
}

bool QuickExitKeys::shiftPressed(qint64 atMs)
{
    m_presses.append(atMs);
    while (!m_presses.isEmpty() && atMs - m_presses.first() > withinMs)
        m_presses.removeFirst();
    if (m_presses.size() < pressesNeeded)
        return false;
    m_presses.clear(); // a fourth press starts a new count
    return true;
}

void QuickExitKeys::otherKeyPressed()
{
    m_presses.clear();
}

bool QuickExitKeys::eventFilter(QObject *watched, QEvent *event)
{
    // A key press reaches the native window of a top-level widget first, then is
    // passed from widget to widget (and into the reading pane's own scene) until
    // one takes it. Watching it at that window sees each press once, wherever
    // the focus is, and before any widget can keep it.
    if (event->type() != QEvent::KeyPress || !watched->isWindowType() || !watched->inherits("QWidgetWindow"))
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<const QKeyEvent *>(event);
    if (isQuickExitKey(*key)) {
        otherKeyPressed();
        emit triggered();
        return true; // taken: no widget sees it
    }
    // Whether a Shift press carries the Shift modifier itself differs by platform.
    const Qt::KeyboardModifiers others = key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    if (key->key() != Qt::Key_Shift || others != Qt::NoModifier)
        otherKeyPressed();
    else if (!key->isAutoRepeat() && shiftPressed(m_clock.elapsed()))
        emit triggered();
    return QObject::eventFilter(watched, event);
}

} // namespace Vigil::Ui
