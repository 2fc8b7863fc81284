#pragma once

#include "import/pageparser.h"
#include "testlibrary.h"
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
    Test::TestLibrary store;
    QString error;
    if (!store.connection.open(path, Core::LibraryConnection::OpenMode::Create, &error)
        || !store.importer.writeReferenceData(referenceData(), &error)
        || !store.importer.importPage(parsed.page, &error))
        qFatal("seed library: %s", qPrintable(error));
    return path;
}

} // namespace Vigil::Test
