#pragma once

#include <QByteArray>
#include <QString>

namespace Vigil::Core {

// Turns a page saved by a browser as HTML ("Web page, HTML only", or the .html
// of "Web page, complete", whose _files folder holds only pictures and styles)
// into the same lines the text form of the page has, so that one entry parser
// serves both. The markup is read by libxml2's HTML parser, never by patterns:
// block elements, table cells and <br> end lines, scripts and styles are
// dropped, an image leaves its alternative text on a line of its own.
class HtmlPageReader final
{
public:
    struct Result
    {
        bool ok = false;
        QString text; // lines separated by \n
        QString encoding; // the character set the bytes were read in
        // The charset the page declares when its bytes say otherwise (UTF-8
        // declared as windows-1252), or empty.
        QString wrongDeclaration;
        QString error; // one sentence: what is wrong and what to do
    };

    // The character set comes from a byte-order mark, else from the page's
    // <meta charset> or http-equiv Content-Type, else from the evidence of the
    // bytes (UTF-8 when they are valid UTF-8, else a Windows code page).
    static Result read(const QByteArray &bytes);
    // By the file name, or by the first markup of its bytes.
    static bool isHtml(const QString &path, const QByteArray &start);
};

} // namespace Vigil::Core
