#pragma once

#include "reference/referencedata.h"

#include <QString>

namespace Vigil::Test {

// The reference tables built into vigil_core, loaded once per test process.
inline const Core::ReferenceData &referenceData()
{
    static const Core::ReferenceData data = [] {
        Core::ReferenceData d;
        QString error;
        if (!d.load({}, &error))
            qFatal("reference data: %s", qPrintable(error));
        return d;
    }();
    return data;
}

inline QString seedPagePath()
{
    return QStringLiteral(VIGIL_SOURCE_DATA_DIR "/sources/000_e4693ba91c0c7f19.txt");
}

inline QString testDataPath(const QString &name)
{
    return QStringLiteral(VIGIL_TEST_DATA_DIR "/") + name;
}

} // namespace Vigil::Test
