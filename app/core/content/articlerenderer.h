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
    // A title, a name or a note longer than this is cut for the reading pane
    // (with "…" and a note in the document); the library keeps it whole.
    static constexpr qsizetype maxFieldLength = 1000;
    static QString render(const Article &a, const RenderOptions &o);
    // The article with each field cut to what one document may hold (a title to
    // maxFieldLength, the excerpt to about 120 printed pages); *wasCut says
    // whether anything was. The printed handout cuts as the pane does.
    static Article boundedForDisplay(const Article &a, bool *wasCut);
};

} // namespace Vigil::Core
