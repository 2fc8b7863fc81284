#pragma once

#include "content/handout.h"
#include "cslentry.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Vigil::Core {
class CatalogueQueries;
}

namespace Vigil::Csl {
class CslEngine;
}

namespace Vigil::Ui {

// A handout's citations and bibliography, from the CSL engine in the reader's
// style: core gathers the handout (storage/handoutcontent.h) but runs no
// JavaScript, so they are formatted here and handed to it as the engine's HTML,
// which HandoutRenderer keeps only the formatting of.
class HandoutCitations final
{
    Q_DECLARE_TR_FUNCTIONS(HandoutCitations)

public:
    // The CSL-JSON of the handout's articles, as the export and the citation strip
    // make it (with the page each was excerpted in), cut as the handout cuts a
    // huge field; each item's id is its entry's index.
    static QList<QJsonObject> items(const Core::Handout &handout, const Core::CatalogueQueries &catalogue);
    // Puts the engine's entries for items() into the handout: each article's
    // citation, and the bibliography in the style's order, headed with styleName.
    static void apply(Core::Handout *handout, const QList<Csl::CslEntry> &entries, const QString &styleName);
    // Both at once, for the command line: false, with *error for the reader,
    // when the engine could not format them.
    static bool format(Core::Handout *handout, const Core::CatalogueQueries &catalogue, Csl::CslEngine *engine,
        const QString &styleId, const QString &styleName, QString *error);
};

} // namespace Vigil::Ui
