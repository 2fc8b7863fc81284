// BibTeX and RIS of one article: the entries the export writes (core/export/),
// so that a copied entry and an exported one are the same.
#include "citation.h"
#include "export/bibtexwriter.h"
#include "export/citationkeys.h"
#include "export/riswriter.h"

namespace Vigil::Core {

QString Citation::bibtex(const Article &a)
{
    const CslItem item = CslItem::fromArticle(a);
    return Bibtex::entry(item, CitationKeys::base(item));
}

QString Citation::ris(const Article &a)
{
    return Ris::record(CslItem::fromArticle(a));
}

} // namespace Vigil::Core
