#pragma once

#include "domain/page.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Vigil::Core {

// The JSON shapes of `vigil-library list/show --json` and of the golden files.
// Dates are ISO strings with their precision beside them.
namespace Json {
QJsonObject article(const Article &article);
QJsonObject paragraph(const Paragraph &paragraph);
QJsonObject hotline(const Hotline &hotline);
QJsonObject profile(const CountryProfile &profile);
// The page with its head fields; with withArticles, every entry too.
QJsonObject page(const Page &page, bool withArticles);
QJsonArray warnings(const QList<ParseWarning> &warnings);
} // namespace Json

} // namespace Vigil::Core
