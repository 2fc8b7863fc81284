#pragma once

#include "content/handout.h"
#include "content/renderoptions.h"

#include <QString>

namespace Vigil::Core {

// A handout (an article, a reading list, a country dossier) as simple HTML for
// print: headings, paragraphs and tables that Qt's rich-text layout reads, a
// page break before each article, and nothing to click (no links, no chips, no
// buttons), since paper cannot follow them. Every value is escaped as in the
// reading pane. Page numbers are drawn by the printer, which knows the pages.
class HandoutRenderer final
{
public:
    static QString render(const Handout &h, const RenderOptions &o);
    // The notice printed at the top of every handout.
    static QString contentNotice();
    // The short form for the foot of each page.
    static QString footerNotice();
};

} // namespace Vigil::Core
