#pragma once

#include "domain/article.h"
#include "renderoptions.h"

#include <QString>

namespace Vigil::Core {

// One article as a complete, static HTML document for the reader view: no
// script, no event handler, no resource from outside the document. Links use
// the vigil: scheme (vigil://filter/country/RS, vigil://copy-citation/apa/<id>)
// and the UI acts on them.
class ArticleRenderer final
{
public:
    static QString render(const Article &a, const RenderOptions &o);
};

} // namespace Vigil::Core
