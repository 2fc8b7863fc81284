#pragma once

#include <QSqlDatabase>
#include <QString>

// The library's schema history. PRAGMA user_version is the schema version; each
// step takes the file from version N-1 to N inside its own transaction, so a step
// that fails leaves the file at the last version that was complete.
//
// Rules for adding a step: never edit a step that has shipped (files made by it
// exist), append a new one instead, raise latestVersion and
// LibraryConnection::currentSchemaVersion together, and make the step work on a file
// that already holds articles.
namespace Vigil::Core::Migrations {

inline constexpr int latestVersion = 4;

// vigil_meta holds key 'format' = formatValue() in every library: what tells a
// Vigil library apart from any other SQLite file.
QString formatKey();
QString formatValue();

// Reads PRAGMA user_version. Also the first read of the file, so it is where a
// file that is not SQLite at all is found out: returns false and sets *error to
// SQLite's reason.
bool readUserVersion(const QSqlDatabase &db, int *version, QString *error);

// Runs the steps after fromVersion up to and including targetVersion.
bool migrate(QSqlDatabase &db, int fromVersion, int targetVersion, QString *error);

// Rebuilds the schema-2 search index from the articles and paragraphs tables.
// Step 2 uses it to make an older library searchable.
bool fillSearchIndex(QSqlDatabase &db, QString *error);

// Schema 3: rewrites search_terms, the index's vocabulary with the number of
// articles each word is in, which the prefix expansion reads.
bool refreshSearchTerms(QSqlDatabase &db, QString *error);

} // namespace Vigil::Core::Migrations
