#include "textdecoder.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

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

TextDecoder::Result TextDecoder::decodeFile(const QString &path)
{
    Result result;
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = QStringLiteral("%1: no such file.").arg(path);
        return result;
    }
    if (info.isDir()) {
        result.error = QStringLiteral("%1 is a folder; give the page's text file.").arg(path);
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("%1 cannot be read: %2.").arg(path, file.errorString());
        return result;
    }
    const QByteArray bytes = file.read(maxPageBytes + 1);
    result = decode(bytes);
    if (!result.ok)
        result.error = path + QStringLiteral(": ") + result.error;
    return result;
}

} // namespace Vigil::Core
