#pragma once

#include "storage/articlequeries.h"
#include "storage/cataloguequeries.h"
#include "storage/libraryconnection.h"
#include "storage/libraryimporter.h"

namespace Vigil::Test {

// A connection with everything that works on it, for tests that write a
// library and read it back through the same connection.
struct TestLibrary
{
    Core::LibraryConnection connection;
    Core::LibraryImporter importer { connection };
    Core::ArticleQueries articles { connection };
    Core::CatalogueQueries catalogue { connection };
};

} // namespace Vigil::Test
