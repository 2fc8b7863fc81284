#pragma once

#include <QByteArray>
#include <QString>

namespace Vigil::Core {

// The Ed25519 keys that sign data packs (libsodium). A team makes one key pair
// (`vigil-library keygen`), keeps the secret key to itself and gives the public
// key, or only its fingerprint, to the readers who are to trust its packs.
//
// Key files are text, so that they can be read and sent by hand:
//   VIGIL-SECRET-KEY 1 / VIGIL-PUBLIC-KEY 1
//   name <the publisher's name, one line>
//   key <the key in lower-case hex>
namespace PackKeys {

constexpr int publicKeyBytes = 32;
constexpr int secretKeyBytes = 64; // libsodium's: the seed, then the public key
constexpr int signatureBytes = 64;

struct KeyPair
{
    QString name;
    QByteArray publicKey;
    QByteArray secretKey;
};

struct PublicKey
{
    QString name;
    QByteArray key;
};

// A publisher's name, as readers will see it beside every pack it signs: one
// line of at most maxNameLength characters, without control characters.
constexpr int maxNameLength = 200;
bool isUsableName(const QString &name);

// False only when libsodium cannot start (no source of randomness).
bool available();
KeyPair generate(const QString &name);

QByteArray sign(const QByteArray &message, const QByteArray &secretKey);
bool verify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey);

// What a reader compares: the first 20 bytes of the key's SHA-256, as ten groups
// of four hex digits ("3f9a 07c2 …"). Typed with or without spaces, in any case.
QString fingerprint(const QByteArray &publicKey);
// The fingerprint in its written form, or empty when text is not one.
QString normalizedFingerprint(const QString &text);

// The secret key file is written readable by its owner only.
bool writeSecretKeyFile(const QString &path, const KeyPair &pair, QString *error);
bool writePublicKeyFile(const QString &path, const PublicKey &key, QString *error);
bool readSecretKeyFile(const QString &path, KeyPair *pair, QString *error);
bool readPublicKeyFile(const QString &path, PublicKey *key, QString *error);

} // namespace PackKeys

} // namespace Vigil::Core
