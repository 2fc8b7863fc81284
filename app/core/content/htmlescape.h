#pragma once

#include <QString>
#include <QStringView>

class QUrl;

namespace Vigil::Core {

// The one place where text becomes HTML. Every string that reaches a rendered
// page from a source, a user or the library goes through one of these; markup
// is only ever written by the renderers themselves.

// For element content: & < > " ' become entities. Control characters that HTML
// forbids are dropped and broken UTF-16 becomes U+FFFD, so a damaged source
// cannot produce a document the view parses differently from what we meant.
QString escapeText(QStringView text);

// For a value inside a double- or single-quoted attribute: as escapeText, and
// line breaks, tabs and backticks too, so the value stays one opaque token.
QString escapeAttribute(QStringView text);

// The href for a link, or an empty string when the link must not be made. Only
// the app's own "vigil:" scheme and http/https (with a host) are allowed: the
// view runs no script, and it must not be able to reach a file, a data: payload,
// a tel: or mailto: handler or anything else outside the reader. The result is
// percent-encoded but not yet attribute-escaped.
QString safeHref(const QUrl &url);

} // namespace Vigil::Core
