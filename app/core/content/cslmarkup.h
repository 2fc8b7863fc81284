#pragma once

#include "htmltemplate.h"

#include <QStringView>

namespace Vigil::Core {

// A citation as a CSL engine writes it (citeproc-js's HTML: <i>, <b>, <sup>,
// <sub>, small-capitals spans and entities) made into a fragment for a page
// Vigil renders. Its text is decoded and escaped again; of its tags only those
// formatting ones are kept, written by Vigil, balanced (the spans as classes
// the stylesheets define: small-caps, upright, normal-weight); any other tag is
// dropped. So an article whose title holds markup prints that markup as text,
// whatever the engine did with it.
namespace CslMarkup {
HtmlFragment toFragment(QStringView html);
} // namespace CslMarkup

} // namespace Vigil::Core
