#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>

class QKeyEvent;

namespace Vigil::Ui {

// The quick-exit keys, watched on the whole application: F12, Ctrl+Shift+Q, and
// Shift pressed three times within two seconds (the gesture survivor-support
// websites offer: it needs no aim). A shortcut on a QAction is not enough: Qt
// does not fire a window's shortcuts while a modal dialog blocks it, so the
// keys would do nothing with Help, a message box or a file dialog open. A key
// press reaches the native window that has the keyboard before any widget, so
// watching there works from every window of the app, whatever has focus.
// Only Shift on its own counts, and any other key starts the count again, so
// typing capitals ("I Am OK") never sets it off.
class QuickExitKeys final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickExitKeys)

public:
    static constexpr int pressesNeeded = 3;
    static constexpr qint64 withinMs = 2000;

    explicit QuickExitKeys(QObject *parent = nullptr);

    // F12 (with any modifier: a hurried hand may hold one) or Ctrl+Shift+Q.
    static bool isQuickExitKey(const QKeyEvent &key);
    // The rule alone, with the time given (milliseconds on any steady clock), so
    // tests need not wait: true when this press completes the gesture.
    bool shiftPressed(qint64 atMs);
    void otherKeyPressed();

signals:
    void triggered();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QElapsedTimer m_clock;
    QList<qint64> m_presses;
};

} // namespace Vigil::Ui
