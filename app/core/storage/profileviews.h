#pragma once

#include "content/profilerenderer.h"

namespace Vigil::Core {

class LibraryStore;

// What the reading pane shows for a country and for a source page, read from a
// library: the one place these views are put together (the window, the tour
// and the tests all use it).
CountryProfileView countryProfileView(const LibraryStore &store, const QString &code, const QString &name);
CountryProfileView pageProfileView(const LibraryStore &store, const Page &page);

} // namespace Vigil::Core
