#include "datapack.h"

#include "import/pagebatch.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <utility>

namespace Vigil::Core {

namespace {

constexpr char magic[] = "VIGIL-PACK ";

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// Lower-case hex of exactly the given number of bytes; anything else (upper
// case included) is not: a changed letter must not pass as the same value.
bool readHex(const QByteArray &text, int bytes, QByteArray *out)
{
    if (text.size() != bytes * 2)
        return false;
    for (const char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    *out = QByteArray::fromHex(text);
    return true;
}

QJsonObject hotlineJson(const UserHotline &h)
{
    return QJsonObject {
        { QStringLiteral("country"), h.country },
        { QStringLiteral("service"), h.label },
        { QStringLiteral("number"), h.number },
        { QStringLiteral("hours"), h.hours },
        { QStringLiteral("languages"), h.languages },
        { QStringLiteral("notes"), h.notes },
        { QStringLiteral("source"), h.source },
    };
}

QString damaged(const QString &what)
{
    return QStringLiteral("The pack is damaged (%1). Nothing was imported; ask whoever sent it for a new copy.")
        .arg(what);
}

bool breaksTheLine(QChar c)
{
    const QChar::Category category = c.category();
    return category == QChar::Other_Control || category == QChar::Separator_Line
        || category == QChar::Separator_Paragraph;
}

// A name from the pack as a message quotes it: one line, and short.
QString shownName(QString name)
{
    for (QChar &c : name) {
        if (breaksTheLine(c))
            c = QChar::ReplacementCharacter;
    }
    return name.size() > 80 ? name.left(80) + QStringLiteral("…") : name;
}

bool readBody(const QJsonObject &body, DataPack *pack, QString *problem)
{
    pack->publisher = body.value(QStringLiteral("publisher")).toString();
    if (!PackKeys::isUsableName(pack->publisher)) {
        *problem = damaged(QStringLiteral("its publisher's name is not one line of at most %1 characters")
                               .arg(PackKeys::maxNameLength));
        return false;
    }
    pack->created = QDateTime::fromString(body.value(QStringLiteral("created")).toString(), Qt::ISODate);
    QSet<QString> names;
    for (const QJsonValue &value : body.value(QStringLiteral("pages")).toArray()) {
        const QJsonObject o = value.toObject();
        PackPage page;
        page.fileName = o.value(QStringLiteral("file")).toString();
        if (!DataPackReader::isSafePageFileName(page.fileName)) {
            *problem = damaged(QStringLiteral("a page is named “%1”, which is not the name of a saved page")
                                   .arg(shownName(page.fileName)));
            return false;
        }
        if (names.contains(page.fileName.toLower())) {
            *problem = damaged(QStringLiteral("it holds two pages named “%1”").arg(shownName(page.fileName)));
            return false;
        }
        names.insert(page.fileName.toLower());
        const auto decoded = QByteArray::fromBase64Encoding(
            o.value(QStringLiteral("data")).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || sha256Hex(*decoded) != o.value(QStringLiteral("sha256")).toString().toLatin1()) {
            *problem = damaged(
                QStringLiteral("the checksum of the page “%1” does not match it").arg(shownName(page.fileName)));
            return false;
        }
        page.data = *decoded;
        pack->pages << page;
    }
    for (const QJsonValue &value : body.value(QStringLiteral("hotlines")).toArray()) {
        const QJsonObject o = value.toObject();
        UserHotline h;
        h.country = o.value(QStringLiteral("country")).toString();
        h.label = o.value(QStringLiteral("service")).toString().trimmed();
        h.number = o.value(QStringLiteral("number")).toString().trimmed();
        h.hours = o.value(QStringLiteral("hours")).toString();
        h.languages = o.value(QStringLiteral("languages")).toString();
        h.notes = o.value(QStringLiteral("notes")).toString();
        h.source = o.value(QStringLiteral("source")).toString().trimmed();
        static const QRegularExpression code(QStringLiteral("^[A-Z]{2}$"));
        if (!code.match(h.country).hasMatch() || h.label.isEmpty() || h.number.isEmpty() || h.source.isEmpty()) {
            *problem = damaged(QStringLiteral("a hotline lacks its country, service, number or source"));
            return false;
        }
        // What My hotlines would refuse is refused here, before any page is written.
        for (const QString *field : { &h.label, &h.number, &h.hours, &h.languages, &h.notes, &h.source }) {
            if (field->size() > UserHotline::maxFieldLength) {
                *problem = damaged(
                    QStringLiteral("a hotline has a field longer than %1 characters").arg(UserHotline::maxFieldLength));
                return false;
            }
        }
        pack->hotlines << h;
    }
    if (pack->pages.isEmpty() && pack->hotlines.isEmpty()) {
        *problem = QStringLiteral("The pack holds no page and no hotline: there is nothing to import.");
        return false;
    }
    return true;
}

} // namespace

QByteArray DataPack::toBytes(const PackKeys::KeyPair *signer) const
{
    QJsonArray pageArray;
    for (const PackPage &page : pages) {
        pageArray.append(QJsonObject {
            { QStringLiteral("file"), page.fileName },
            { QStringLiteral("sha256"), QString::fromLatin1(sha256Hex(page.data)) },
            { QStringLiteral("data"), QString::fromLatin1(page.data.toBase64()) },
        });
    }
    QJsonArray hotlineArray;
    for (const UserHotline &h : hotlines)
        hotlineArray.append(hotlineJson(h));
    const QJsonObject body {
        // Inside what the checksum covers: a signed pack cut after its checksum
        // line does not pass for an unsigned one.
        { QStringLiteral("signed"), signer != nullptr },
        { QStringLiteral("publisher"), signer ? signer->name : publisher },
        { QStringLiteral("created"), created.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("pages"), pageArray },
        { QStringLiteral("hotlines"), hotlineArray },
    };
    const QByteArray bodyLine = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QByteArray out = QByteArray(magic) + QByteArray::number(formatVersion) + '\n' + bodyLine + '\n' + "sha256 "
        + sha256Hex(bodyLine) + '\n';
    if (signer) {
        out += "signed-by " + signer->publicKey.toHex() + '\n';
        out += "signature " + PackKeys::sign(out, signer->secretKey).toHex() + '\n';
    }
    return out;
}

namespace DataPackReader {

bool isSafePageFileName(const QString &name)
{
    if (name.isEmpty() || name.size() > 200 || name.startsWith(QLatin1Char('.')))
        return false;
    for (const QChar c : name) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c == QLatin1Char(':') || breaksTheLine(c))
            return false;
    }
    return PageBatch::hasPageSuffix(name);
}

bool read(const QByteArray &bytes, OpenedPack *opened, QString *problem)
{
    *opened = {};
    OpenedPack result;
    if (bytes.size() > DataPack::sizeLimit) {
        *problem = QStringLiteral("The file is larger than any data pack (at most %1 MB): it is not one.")
                       .arg(DataPack::sizeLimit / (1024 * 1024));
        return false;
    }
    const int headerEnd = bytes.indexOf('\n');
    const QByteArray header = bytes.left(headerEnd);
    if (!header.startsWith(magic)) {
        *problem = QStringLiteral("The file is not a Vigil data pack.");
        return false;
    }
    bool numeric = false;
    const int version = header.mid(int(sizeof(magic)) - 1).toInt(&numeric);
    const auto headerOf = [](int v) -> QByteArray { return QByteArray(magic) + QByteArray::number(v); };
    if (numeric && version > DataPack::formatVersion && header == headerOf(version)) {
        *problem = QStringLiteral("The pack was made by a newer Vigil (pack format %1; this one reads format %2). "
                                  "Update Vigil to open it.")
                       .arg(version)
                       .arg(DataPack::formatVersion);
        return false;
    }
    if (header != headerOf(DataPack::formatVersion)) {
        *problem = damaged(QStringLiteral("its first line is not a pack format Vigil knows"));
        return false;
    }
    if (!bytes.endsWith('\n')) {
        *problem = damaged(QStringLiteral("it ends in the middle of a line: it may have been cut short"));
        return false;
    }
    const QList<QByteArray> lines = bytes.chopped(1).split('\n');
    if (lines.size() != 3 && lines.size() != 5) {
        *problem = damaged(QStringLiteral("it does not have the lines a pack has"));
        return false;
    }
    const QByteArray &body = lines.at(1);
    QByteArray checksum;
    if (!lines.at(2).startsWith("sha256 ") || !readHex(lines.at(2).mid(7), 32, &checksum)
        || checksum != QCryptographicHash::hash(body, QCryptographicHash::Sha256)) {
        *problem = damaged(QStringLiteral("its checksum does not match its contents"));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *problem = damaged(QStringLiteral("its contents are not readable"));
        return false;
    }
    const bool saysSigned = document.object().value(QStringLiteral("signed")).toBool();
    if (saysSigned != (lines.size() == 5)) {
        *problem = saysSigned
            ? damaged(QStringLiteral("it was signed, and its signature is missing"))
            : damaged(QStringLiteral("it has lines after its checksum that an unsigned pack does not have"));
        return false;
    }
    if (lines.size() == 5) {
        QByteArray key;
        QByteArray signature;
        if (!lines.at(3).startsWith("signed-by ") || !readHex(lines.at(3).mid(10), PackKeys::publicKeyBytes, &key)
            || !lines.at(4).startsWith("signature ")
            || !readHex(lines.at(4).mid(10), PackKeys::signatureBytes, &signature)) {
            *problem = damaged(QStringLiteral("its signature lines are not readable"));
            return false;
        }
        const qsizetype signedLength = bytes.size() - (lines.at(4).size() + 1);
        if (!PackKeys::verify(bytes.left(signedLength), signature, key)) {
            *problem = QStringLiteral("The pack's signature does not match: it was changed after it was signed, or "
                                      "it was not signed by the key it names. Nothing was imported; do not use "
                                      "it, and ask whoever sent it for a new copy.");
            return false;
        }
        result.signerKey = key;
    }
    // Nothing of a refused pack is handed out, not even what was read before
    // the problem.
    if (!readBody(document.object(), &result.pack, problem))
        return false;
    *opened = std::move(result);
    return true;
}

bool readFile(const QString &path, OpenedPack *opened, QString *problem)
{
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        *problem = QStringLiteral("The file cannot be read: %1.").arg(file.errorString());
        return false;
    }
    return read(file.read(DataPack::sizeLimit + 1), opened, problem);
}

} // namespace DataPackReader

} // namespace Vigil::Core
