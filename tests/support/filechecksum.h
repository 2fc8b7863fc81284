#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>

namespace Vigil::Test {

// SHA-256 of a file's bytes; empty when it cannot be read. Tests use it to prove
// that a file was left byte-for-byte as it was.
inline QByteArray fileChecksum(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace Vigil::Test
