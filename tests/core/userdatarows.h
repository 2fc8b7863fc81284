#pragma once

// What userdata_writer writes for an article id, shared with userdata_test so that
// the test knows every byte a note should have. Each note ends in the SHA-1 of
// the text before it: a note cut short or mixed with another fails that check
// even where the test does not know the id.

#include <QCryptographicHash>
#include <QString>

namespace Vigil::Test::UserDataRows {

inline QString checksumOf(const QString &body)
{
    return QString::fromLatin1(QCryptographicHash::hash(body.toUtf8(), QCryptographicHash::Sha1).toHex());
}

// From a few bytes to three pages long, so that some notes spill onto overflow
// pages and a torn write would show.
inline QString noteFor(qint64 id)
{
    quint32 x = static_cast<quint32>(id) * 2654435761u;
    const int length = 16 + static_cast<int>(x % 12000);
    QString body = QStringLiteral("note %1:").arg(id);
    while (body.size() < length) {
        x = x * 1664525u + 1013904223u;
        body += QStringLiteral(" %1").arg(x, 8, 16, QLatin1Char('0'));
    }
    return body + QStringLiteral(" sha1=") + checksumOf(body);
}

// The named list a writer started at this id makes and fills.
inline QString listNameFor(qint64 firstId)
{
    return QStringLiteral("Run %1").arg(firstId);
}

inline bool isWhole(const QString &note)
{
    const qsizetype at = note.lastIndexOf(QStringLiteral(" sha1="));
    return at > 0 && note.mid(at + 6) == checksumOf(note.left(at));
}

} // namespace Vigil::Test::UserDataRows
