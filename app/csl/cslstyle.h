#pragma once

#include <QString>

namespace Vigil::Csl {

// One citation style: a .csl file, bundled or installed.
struct CslStyle
{
    QString id; // the file name without ".csl" ("apa"); a path for a file given by path
    QString title; // its <info><title>, "American Psychological Association 7th edition"
    QString path; // where its XML is read from (":/vigil/csl/styles/apa.csl" when bundled)
    bool bundled = false;
};

} // namespace Vigil::Csl
