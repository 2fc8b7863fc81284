#include "packkeys.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileDevice>
#include <QSaveFile>
#include <QStringList>

#include <algorithm>
#include <sodium.h>

namespace Vigil::Core::PackKeys {

namespace {

constexpr char secretHeader[] = "VIGIL-SECRET-KEY 1";
constexpr char publicHeader[] = "VIGIL-PUBLIC-KEY 1";
constexpr qint64 keyFileLimit = 4096;

QByteArray keyFileText(const char *header, const QString &name, const QByteArray &key)
{
    QString oneLine = name;
    oneLine.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    return QByteArray(header) + "\nname " + oneLine.trimmed().toUtf8() + "\nkey " + key.toHex() + '\n';
}

bool writeKeyFile(const QString &path, const QByteArray &text, bool secret, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (secret)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(text);
    if (!file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

// Reads "name" and "key" from a key file of the given kind; the key must be
// lower-case hex of exactly the given length.
bool readKeyFile(const QString &path, const char *header, int keyBytes, QString *name, QByteArray *key, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = file.read(keyFileLimit + 1);
    const QString kind = QByteArray(header) == secretHeader ? QStringLiteral("secret") : QStringLiteral("public");
    const QString wrong
        = QStringLiteral("%1 is not a Vigil %2 key file (vigil-library keygen makes them)").arg(path, kind);
    if (bytes.size() > keyFileLimit) {
        *error = wrong;
        return false;
    }
    const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    if (lines.value(0).trimmed() != QLatin1String(header)) {
        *error = wrong;
        return false;
    }
    QString hex;
    for (const QString &line : lines.mid(1)) {
        if (line.startsWith(QLatin1String("name ")))
            *name = line.mid(5).trimmed();
        else if (line.startsWith(QLatin1String("key ")))
            hex = line.mid(4).trimmed();
    }
    const QByteArray raw = QByteArray::fromHex(hex.toLatin1());
    if (raw.size() != keyBytes || raw.toHex() != hex.toLatin1()) {
        *error = wrong;
        return false;
    }
    *key = raw;
    return true;
}

const unsigned char *bytesOf(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}

} // namespace

bool isUsableName(const QString &name)
{
    if (name.size() > maxNameLength)
        return false;
    return std::none_of(name.cbegin(), name.cend(), [](QChar c) {
        const QChar::Category category = c.category();
        return category == QChar::Other_Control || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph;
    });
}

bool available()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

KeyPair generate(const QString &name)
{
    KeyPair pair;
    pair.name = name;
    if (!available())
        return pair;
    pair.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    pair.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.data()),
        reinterpret_cast<unsigned char *>(pair.secretKey.data()));
    return pair;
}

QByteArray sign(const QByteArray &message, const QByteArray &secretKey)
{
    if (!available() || secretKey.size() != secretKeyBytes)
        return {};
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr, bytesOf(message),
        static_cast<unsigned long long>(message.size()), bytesOf(secretKey));
    return signature;
}

bool verify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey)
{
    if (!available() || signature.size() != signatureBytes || publicKey.size() != publicKeyBytes)
        return false;
    return crypto_sign_verify_detached(bytesOf(signature), bytesOf(message),
               static_cast<unsigned long long>(message.size()), bytesOf(publicKey))
        == 0;
}

QString fingerprint(const QByteArray &publicKey)
{
    const QByteArray hex = QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(20).toHex();
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << QString::fromLatin1(hex.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

QString normalizedFingerprint(const QString &text)
{
    QString hex;
    for (const QChar c : text) {
        if (c.isSpace() || c == QLatin1Char(':') || c == QLatin1Char('-'))
            continue;
        const QChar lower = c.toLower();
        if (!(lower >= QLatin1Char('0') && lower <= QLatin1Char('9'))
            && !(lower >= QLatin1Char('a') && lower <= QLatin1Char('f')))
            return {};
        hex += lower;
    }
    if (hex.size() != 40)
        return {};
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

bool writeSecretKeyFile(const QString &path, const KeyPair &pair, QString *error)
{
    return writeKeyFile(path, keyFileText(secretHeader, pair.name, pair.secretKey), true, error);
}

bool writePublicKeyFile(const QString &path, const PublicKey &key, QString *error)
{
    return writeKeyFile(path, keyFileText(publicHeader, key.name, key.key), false, error);
}

bool readSecretKeyFile(const QString &path, KeyPair *pair, QString *error)
{
    if (!readKeyFile(path, secretHeader, secretKeyBytes, &pair->name, &pair->secretKey, error))
        return false;
    pair->publicKey = pair->secretKey.right(publicKeyBytes);
    return true;
}

bool readPublicKeyFile(const QString &path, PublicKey *key, QString *error)
{
    return readKeyFile(path, publicHeader, publicKeyBytes, &key->name, &key->key, error);
}

} // namespace Vigil::Core::PackKeys
