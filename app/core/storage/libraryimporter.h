#pragma once

#include "domain/page.h"
#include "reference/curatedhotlines.h"
#include "reference/referencedata.h"

#include <QList>
#include <QString>

namespace Vigil::Core {

class LibraryConnection;

// Writes into a library opened for writing: reference data, pages and hotlines.
// Each call is one transaction; a failure rolls it back and leaves the library
// as it was.
class LibraryImporter final
{
public:
    // The connection must outlive the importer.
    explicit LibraryImporter(LibraryConnection &connection);

    // Replaces regions, countries and topics with the given tables.
    bool writeReferenceData(const ReferenceData &data, QString *error);
    // Imports a page: its articles replace those the page had (same ids), its
    // hotlines replace the page's hotlines.
    bool importPage(const Page &page, QString *error);
    // Removes a page with its articles, profiles and hotlines, in one transaction;
    // an unknown key is an error that says how to list the pages.
    bool removePage(const QString &key, int *removedArticles, QString *error);
    // Hotlines from data/hotlines.json (no page); replaces earlier curated hotlines.
    bool importCuratedHotlines(const QList<Hotline> &hotlines, QString *error);
    // The same, for hotlines checked against a page: their source names the page
    // by its title in this library ("From the page “…” (section …)"). Refused,
    // with nothing changed, when a page is not in the library.
    bool importCuratedEntries(const QList<CuratedHotline> &entries, QString *error);

private:
    LibraryConnection &m_connection;
};

} // namespace Vigil::Core
