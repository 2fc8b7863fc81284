#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>

namespace Vigil::Ui {

// Quick exit by pressing Shift three times within two seconds, the gesture
// survivor-support websites offer: it needs no aim and works from any window of
// the app, whatever has focus. Installed on the application. Only Shift on its
// own counts, and any other key starts the count again, so typing capitals
// ("I Am OK") never sets it off.
class TripleShiftDetector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TripleShiftDetector)

public:
    static constexpr int pressesNeeded = 3;
    static constexpr qint64 withinMs = 2000;

    explicit TripleShiftDetector(QObject *parent = nullptr);

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
