#include "textdecoder.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>
#include <optional>

namespace Vigil::Core {

namespace {

bool looksBinary(const QByteArray &bytes)
{
    // Text never holds NUL; a few other C0 controls in a row mean an image or archive.
    int controls = 0;
    const qsizetype probe = qMin<qsizetype>(bytes.size(), 64 * 1024);
    for (qsizetype i = 0; i < probe; ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
            ++controls;
    }
    return controls > probe / 100 + 4;
}

QString decodeWith(const char *name, const QByteArray &bytes, bool *ok)
{
    auto encoding = QStringConverter::encodingForName(name);
    if (encoding) {
        QStringDecoder decoder(*encoding, QStringConverter::Flag::Stateless);
        QString text = decoder.decode(bytes);
        *ok = !decoder.hasError();
        return text;
    }
    QStringDecoder decoder(name, QStringConverter::Flag::Stateless);
    if (!decoder.isValid()) {
        *ok = false;
        return {};
    }
    QString text = decoder.decode(bytes);
    *ok = !decoder.hasError();
    return text;
}

// Letters that Windows-1252 produces from the bytes Central European text uses
// for č, ć, đ, ř, ą (0xE8, 0xE6, 0xF0, 0xF8, 0xB9 ...) and that English or Western
// European prose almost never contains.
int centralEuropeanEvidence(const QString &asWindows1252)
{
    static const QString telltale = QStringLiteral("ðÐæÆ¹¾¥ºªŸŒœ");
    int score = 0;
    for (const QChar c : asWindows1252) {
        if (telltale.contains(c))
            ++score;
    }
    return score;
}

// A page saved as UTF-16 ("Unicode" in Windows' Notepad): by its byte-order mark,
// or, without one, by the zero bytes every ASCII letter brings in one of the two
// halves of its code unit.
std::optional<QStringConverter::Encoding> utf16Encoding(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xFE"))
        return QStringConverter::Utf16LE;
    if (bytes.startsWith("\xFE\xFF"))
        return QStringConverter::Utf16BE;
    const qsizetype probe = qMin<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (probe < 16)
        return std::nullopt;
    int zeroEven = 0, zeroOdd = 0;
    for (qsizetype i = 0; i < probe; i += 2) {
        zeroEven += bytes.at(i) == 0;
        zeroOdd += bytes.at(i + 1) == 0;
    }
    const int units = int(probe / 2);
    if (zeroOdd > units * 8 / 10 && zeroEven < units / 10)
        return QStringConverter::Utf16LE;
    if (zeroEven > units * 8 / 10 && zeroOdd < units / 10)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

// Whether a page that is not valid UTF-8 as a whole is still UTF-8 with a few
// stray bytes: its other lines hold UTF-8 letters, and the bad lines are few.
// Then the page is read line by line, each bad byte replaced, so that one stray
// byte does not turn "PRIŠTINA" into "PRIĹ TINA" everywhere.
bool decodeMostlyUtf8(const QByteArray &body, QString *text, QList<int> *badLines)
{
    const char separator = body.contains('\n') ? '\n' : '\r';
    const QList<QByteArray> lines = body.split(separator);
    bool utf8Letters = false;
    QStringList decoded;
    decoded.reserve(lines.size());
    QList<int> bad;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        decoded.append(decoder.decode(lines.at(i)));
        if (decoder.hasError())
            bad.append(int(i + 1));
        else if (!utf8Letters)
            utf8Letters = std::any_of(lines.at(i).cbegin(), lines.at(i).cend(), [](char c) { return (c & 0x80) != 0; });
    }
    if (!utf8Letters || bad.size() > std::max<qsizetype>(3, lines.size() / 100))
        return false;
    *text = decoded.join(QChar::fromLatin1(separator));
    *badLines = bad;
    return true;
}

QString normaliseLineEndings(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    return text;
}

} // namespace

TextDecoder::Result TextDecoder::decode(const QByteArray &bytes)
{
    Result result;
    if (bytes.size() > maxPageBytes) {
        result.error = QStringLiteral("The file is %1 MB; a page can be at most %2 MB. "
                                      "Split it into one file per country page.")
                           .arg(bytes.size() / (1024 * 1024))
                           .arg(maxPageBytes / (1024 * 1024));
        return result;
    }
    if (const auto utf16 = utf16Encoding(bytes)) {
        QStringDecoder decoder(*utf16, QStringConverter::Flag::Stateless);
        QString text = decoder.decode(bytes);
        if (text.startsWith(QChar::ByteOrderMark))
            text.remove(0, 1);
        if (!decoder.hasError() && !text.trimmed().isEmpty()) {
            result.text = normaliseLineEndings(std::move(text));
            result.encoding
                = *utf16 == QStringConverter::Utf16LE ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
            result.ok = true;
            return result;
        }
    }
    QByteArray body = bytes;
    if (body.startsWith("\xEF\xBB\xBF"))
        body.remove(0, 3);
    if (body.trimmed().isEmpty()) {
        result.error = QStringLiteral("The file is empty. Save the country page as text and import that file.");
        return result;
    }
    if (looksBinary(body)) {
        result.error = QStringLiteral("The file is not text (it holds binary data). "
                                      "Save the country page as plain text and import that file.");
        return result;
    }

    bool ok = false;
    QString text = decodeWith("UTF-8", body, &ok);
    result.encoding = QStringLiteral("UTF-8");
    if (!ok && decodeMostlyUtf8(body, &text, &result.replacedLines))
        ok = true;
    if (!ok) {
        bool ok1252 = false;
        const QString as1252 = decodeWith("windows-1252", body, &ok1252);
        bool ok1250 = false;
        const QString as1250 = decodeWith("windows-1250", body, &ok1250);
        if (ok1250 && (!ok1252 || centralEuropeanEvidence(as1252) > 0)) {
            text = as1250;
            result.encoding = QStringLiteral("windows-1250");
        } else if (ok1252) {
            text = as1252;
            result.encoding = QStringLiteral("windows-1252");
        } else {
            // Without a converter for the Windows code pages, Latin-1 still keeps
            // every byte readable rather than refusing the page.
            text = QString::fromLatin1(body);
            result.encoding = QStringLiteral("ISO-8859-1");
        }
    }
    result.text = normaliseLineEndings(std::move(text));
    result.ok = true;
    return result;
}

bool TextDecoder::readFile(const QString &path, QByteArray *bytes, QString *error)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = QStringLiteral("%1: no such file.").arg(path);
        return false;
    }
    if (info.isDir()) {
        *error = QStringLiteral("%1 is a folder; give the page's text file.").arg(path);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1 cannot be read: %2.").arg(path, file.errorString());
        return false;
    }
    if (info.size() > maxPageBytes) {
        // Said from the size, not from what was read: a 50 MB file is 50 MB.
        *error = QStringLiteral("%1: the file is %2 MB; a page can be at most %3 MB. "
                                "Split it into one file per country page.")
                     .arg(path)
                     .arg(QString::number(double(info.size()) / (1024 * 1024), 'f', 1))
                     .arg(maxPageBytes / (1024 * 1024));
        return false;
    }
    *bytes = file.read(maxPageBytes + 1);
    return true;
}

TextDecoder::Result TextDecoder::decodeFile(const QString &path)
{
    Result result;
    QByteArray bytes;
    if (!readFile(path, &bytes, &result.error))
        return result;
    result = decode(bytes);
    if (!result.ok)
        result.error = path + QStringLiteral(": ") + result.error;
    return result;
}

} // namespace Vigil::Core
