#pragma once

#include "content/profilerenderer.h"

namespace Vigil::Core {

class ArticleQueries;
class CatalogueQueries;

// What the reading pane shows for a country and for a source page, read from a
// library: the one place these views are put together (the window, the tour
// and the tests all use it).
CountryProfileView countryProfileView(
    const CatalogueQueries &catalogue, const ArticleQueries &articles, const QString &code, const QString &name);
CountryProfileView pageProfileView(const ArticleQueries &articles, const Page &page);

} // namespace Vigil::Core
