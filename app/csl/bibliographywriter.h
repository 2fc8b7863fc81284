#pragma once

#include "cslentry.h"

#include <QList>
#include <QString>

namespace Vigil::Csl {

// A formatted bibliography as a file or as the clipboard's three flavours, so
// that it pastes formatted into a word processor and plain into a text field.
namespace BibliographyWriter {
// One entry a paragraph, a blank line between them, a newline at the end.
QString plainText(const QList<CslEntry> &entries);
// An HTML fragment: one <div class="csl-entry"> an entry inside a <div class="csl-bib-body">.
QString htmlFragment(const QList<CslEntry> &entries);
// A whole HTML document around the fragment, for a file.
QString htmlDocument(const QList<CslEntry> &entries, const QString &title);
// RTF: one paragraph an entry, with the italics, bold, small capitals and
// superscripts of the HTML; other characters as RTF's Unicode escapes.
QString rtf(const QList<CslEntry> &entries);
// One entry's HTML as RTF text (no document around it).
QString rtfFromHtml(const QString &html);
} // namespace BibliographyWriter

} // namespace Vigil::Csl
