#pragma once

#include "import/pageparser.h"
#include "storage/librarystore.h"
#include "testsupport.h"

#include <QDir>

namespace Vigil::Test {

// Builds a library from the real seed page into dir and returns its path.
inline QString buildSeedLibrary(const QString &dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("library.sqlite"));
    const Core::PageParser parser(referenceData());
    const Core::PageParser::Result parsed = parser.parseFile(seedPagePath());
    if (!parsed.ok)
        qFatal("seed: %s", qPrintable(parsed.error));
    Core::LibraryStore store;
    QString error;
    if (!store.open(path, Core::LibraryStore::OpenMode::Create, &error)
        || !store.writeReferenceData(referenceData(), &error) || !store.importPage(parsed.page, &error))
        qFatal("seed library: %s", qPrintable(error));
    return path;
}

} // namespace Vigil::Test
