#pragma once

#include "cslitem.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Vigil::Core {

class ArticleQueries;
class CatalogueQueries;

enum class ExportFormat { Bibtex, Ris, CslJson };

// Citations of many articles to a file, in the formats reference managers
// import. A formatted bibliography needs a CSL engine, which Vigil does not
// have yet: it is not one of the formats.
namespace CitationExport {
QList<ExportFormat> formats();
QString formatName(ExportFormat format); // "bibtex", "ris", "csl-json": the command line's words
std::optional<ExportFormat> formatFromName(const QString &name);
QString fileSuffix(ExportFormat format); // "bib", "ris", "json"
// The whole file, UTF-8. CSL-JSON is an array, its ids the BibTeX keys.
QByteArray write(ExportFormat format, const QList<CslItem> &items);

// The items of these articles, in this order, each noting the page its excerpt
// was read on. An id the library does not hold is left out and goes to missing.
// A read that fails gives what was read; see the connection's readFailure().
QList<CslItem> itemsFor(const ArticleQueries &articles, const CatalogueQueries &catalogue, const QList<qint64> &ids,
    QList<qint64> *missing = nullptr);
} // namespace CitationExport

} // namespace Vigil::Core
