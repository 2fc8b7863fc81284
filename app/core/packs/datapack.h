#pragma once

#include "domain/userhotline.h"
#include "packkeys.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Vigil::Core {

// A saved page as it travels in a pack: its file name and its bytes, unchanged.
struct PackPage
{
    QString fileName; // "kosovo.html"; no folder
    QByteArray data;
};

// A data pack: saved pages and hotlines a field team shares between laptops
// without internet, in one file, signed by the team's key or not signed at all.
//
// The file (format 1) is text, five lines or three:
//   VIGIL-PACK 1
//   {"signed":…,"publisher":…,"created":…,"pages":[{"file":…,"sha256":…,"data":<base64>}],"hotlines":[…]}
//   sha256 <the SHA-256 of the second line, lower-case hex>
//   signed-by <the publisher's Ed25519 public key, hex>
//   signature <Ed25519 over every byte before this line, hex>
// Nothing may follow the last line. Every byte of a signed pack is covered by its
// signature, and every byte of an unsigned one by its checksum, the checksum
// line itself by the comparison: a pack changed anywhere is refused whole, and
// nothing of it is written. The README ("Data packs") documents the fields.
struct DataPack
{
    static constexpr int formatVersion = 1;
    // Far above what pages and hotlines take: a file larger is not a pack.
    static constexpr qint64 sizeLimit = 64 * 1024 * 1024;

    QString publisher; // the signer's name as the key file gives it; may be empty
    QDateTime created; // UTC
    QList<PackPage> pages;
    QList<UserHotline> hotlines; // id and updated are not carried

    // The pack's file; signed when signer is given.
    QByteArray toBytes(const PackKeys::KeyPair *signer = nullptr) const;
};

// A pack that was read whole and checked, with who signed it.
struct OpenedPack
{
    DataPack pack;
    QByteArray signerKey; // empty: not signed
    bool isSigned() const { return !signerKey.isEmpty(); }
    QString fingerprint() const { return isSigned() ? PackKeys::fingerprint(signerKey) : QString(); }
};

namespace DataPackReader {

// Checks the format, the checksums and the signature. On failure *problem is one
// sentence on what is wrong and what to do, without the file's name.
bool read(const QByteArray &bytes, OpenedPack *opened, QString *problem);
bool readFile(const QString &path, OpenedPack *opened, QString *problem);

// Whether a page may be carried under this name: a plain file name of a saved
// page (.txt, .html, .htm), which unpacking writes into a folder of its own.
bool isSafePageFileName(const QString &name);

} // namespace DataPackReader

} // namespace Vigil::Core
