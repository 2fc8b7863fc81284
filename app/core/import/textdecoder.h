#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Vigil::Core {

// Turns the bytes of a saved page into text, or says plainly why it cannot.
// Pages come from anywhere: they may be empty, binary, huge, or in a legacy
// Windows code page, and none of that may crash the importer.
class TextDecoder final
{
public:
    static constexpr qint64 maxPageBytes = 16 * 1024 * 1024;

    struct Result
    {
        bool ok = false;
        QString text; // line endings normalised to \n
        QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1250" or "windows-1252"
        QString error; // one sentence: what is wrong and what to do
        // UTF-8 pages with a few bytes that are not UTF-8 (a copy-paste from a
        // legacy program): those bytes read as U+FFFD on these lines (1-based),
        // and the rest of the page keeps its letters.
        QList<int> replacedLines;
    };

    static Result decode(const QByteArray &bytes);
    // Reads at most maxPageBytes + 1 bytes, so a 50 MB file is refused without
    // being loaded whole.
    static Result decodeFile(const QString &path);
    // The bytes of a page file, or false and a sentence saying why not.
    static bool readFile(const QString &path, QByteArray *bytes, QString *error);
};

} // namespace Vigil::Core
