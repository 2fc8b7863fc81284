#pragma once

#include "import/pageparser.h"
#include "testsupport.h"

namespace Vigil::Test {

// The seed page (data/sources), parsed once per test process.
inline const Core::Page &seedPage()
{
    static const Core::Page page = [] {
        const Core::PageParser::Result result = Core::PageParser(referenceData()).parseFile(seedPagePath());
        if (!result.ok)
            qFatal("seed page: %s", qPrintable(result.error));
        return result.page;
    }();
    return page;
}

} // namespace Vigil::Test
