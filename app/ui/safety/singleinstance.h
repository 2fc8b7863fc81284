#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QLocalServer;
class QLockFile;

namespace Vigil::Ui {

// One Vigil per user session. A second Vigil would be a second set of windows
// that quick exit does not reach, and whose settings, written when it closes,
// would undo "Clear my data". The first Vigil holds a lock file and listens on a
// local socket beside it, in a folder only the user can enter (the session's
// runtime folder where there is one); a later launch hands its arguments over
// that socket and ends, and the first raises its window and acts on them.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    enum class Role {
        Primary, // this is the first Vigil: it listens for the later ones
        Secondary, // another Vigil runs: hand the arguments over and end
        Alone, // neither could be set up (say, the folder is read-only): run on
               // its own rather than not at all
    };

    explicit SingleInstance(const QString &folder, QObject *parent = nullptr);
    ~SingleInstance() override;

    // $XDG_RUNTIME_DIR/vigil where the session has a runtime folder (private, on
    // a RAM disk, emptied at logout), else Vigil's data folder.
    static QString defaultFolder();

    Role claim();
    // For a Secondary: true when the running Vigil took the arguments.
    bool handOver(const QStringList &arguments, int timeoutMs = 5000);
    QString problem() const { return m_problem; }

signals:
    void argumentsReceived(const QStringList &arguments);

private:
    void readArguments();
    QString socketName() const;

    QString m_folder;
    QString m_problem;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
};

} // namespace Vigil::Ui
