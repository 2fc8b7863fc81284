#include "singleinstance.h"

#include "storage/datafolders.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QThread>

#include <algorithm>

namespace Vigil::Ui {

namespace {
Q_LOGGING_CATEGORY(lcInstance, "vigil.ui.instance")

constexpr char acknowledgement[] = "ok";
// Arguments are a few short strings; anything larger is not another Vigil.
constexpr qint64 maxMessageBytes = 64 * 1024;
} // namespace

SingleInstance::SingleInstance(const QString &folder, QObject *parent)
    : QObject(parent)
    , m_folder(folder)
{
}

SingleInstance::~SingleInstance()
{
    // The socket goes before the lock, so that no later Vigil finds the lock
    // free while the socket is still there.
    delete m_server;
    m_server = nullptr;
    if (m_lock && m_lock->isLocked()) {
        m_lock->unlock();
        // Nothing of Vigil stays in the session's folder (rmdir keeps a folder
        // that is not empty).
        QDir().rmdir(m_folder);
    }
}

QString SingleInstance::defaultFolder()
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir())
        return QDir(runtime).filePath(QStringLiteral("vigil"));
    // Vigil's own data folder: on a USB stick, the stick's (storage/datafolders.h).
    return Core::DataFolders::appData();
}

QString SingleInstance::socketName() const
{
#ifdef Q_OS_UNIX
    return QDir(m_folder).filePath(QStringLiteral("instance.socket"));
#else
    // Elsewhere local sockets are named pipes, with names and not paths.
    return QStringLiteral("org.vigilreader.Vigil-")
        + QString::fromLatin1(QCryptographicHash::hash(m_folder.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
#endif
}

SingleInstance::Role SingleInstance::claim()
{
    if (m_folder.isEmpty() || !QDir().mkpath(m_folder)) {
        m_problem = QStringLiteral("cannot make the folder %1").arg(m_folder);
        return Role::Alone;
    }
    QFile::setPermissions(m_folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_lock = std::make_unique<QLockFile>(QDir(m_folder).filePath(QStringLiteral("instance.lock")));
    // Only a lock whose process has died is stale: a Vigil open for a day keeps it.
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        if (m_lock->error() == QLockFile::LockFailedError)
            return Role::Secondary;
        m_problem = QStringLiteral("cannot write the lock file in %1").arg(m_folder);
        return Role::Alone;
    }
    // A socket left by a Vigil that crashed would stop listen().
    QLocalServer::removeServer(socketName());
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(socketName())) {
        m_problem = m_server->errorString();
        qCWarning(lcInstance) << "cannot listen for other launches:" << m_problem;
        delete m_server;
        m_server = nullptr;
        return Role::Alone;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::readArguments);
    return Role::Primary;
}

void SingleInstance::readArguments()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket]() {
            if (socket->bytesAvailable() > maxMessageBytes) {
                socket->abort();
                return;
            }
            QDataStream in(socket);
            in.startTransaction();
            QStringList arguments;
            in >> arguments;
            if (!in.commitTransaction())
                return; // more to come
            socket->write(acknowledgement);
            socket->flush();
            socket->disconnectFromServer();
            emit argumentsReceived(arguments);
        });
    }
}

bool SingleInstance::handOver(const QStringList &arguments, int timeoutMs)
{
    // The first Vigil may hold the lock a moment before it listens.
    QElapsedTimer clock;
    clock.start();
    QLocalSocket socket;
    while (true) {
        socket.connectToServer(socketName());
        if (socket.waitForConnected(std::max(1, int(timeoutMs - clock.elapsed()))))
            break;
        if (clock.elapsed() >= timeoutMs) {
            m_problem = socket.errorString();
            return false;
        }
        QThread::msleep(50);
    }
    QByteArray message;
    {
        QDataStream out(&message, QIODevice::WriteOnly);
        out << arguments;
    }
    socket.write(message);
    if (!socket.waitForBytesWritten(timeoutMs)) {
        m_problem = socket.errorString();
        return false;
    }
    while (socket.bytesAvailable() < qint64(sizeof acknowledgement - 1)) {
        const qint64 left = timeoutMs - clock.elapsed();
        if (left <= 0 || !socket.waitForReadyRead(int(left))) {
            m_problem = QStringLiteral("the running Vigil did not answer");
            return false;
        }
    }
    return socket.readAll().startsWith(acknowledgement);
}

} // namespace Vigil::Ui
