#pragma once

#include "cslstyle.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Vigil::Csl {

// The citation styles Vigil can format with: the five bundled defaults, and every
// independent style in the installed CSL style folder (Debian's
// citation-style-language-styles puts about 2,500 there). Locales likewise: the
// bundled English ones, then the installed folder.
//
// For the bundled styles and locales the bundled copy wins over an installed one:
// it is the file the tests check against pandoc, so every machine formats the
// default styles alike. Titles are read from the files on first need (the
// listing, a search, a look-up by title), not when the catalogue is made, so that
// formatting with a known style id never reads 2,500 files.
//
// Not thread-safe; each thread makes its own (it is cheap).
class CslStyleCatalog final
{
public:
    // The installed folders, "<datadir>/citation-style-language/{styles,locales}".
    static QString installedStylesDir();
    static QString installedLocalesDir();
    // The bundled styles, in the order the style chooser offers them.
    static QStringList defaultStyleIds();
    static QString defaultStyleId(); // "apa"

    // Folders that do not exist are simply empty (Windows, macOS, a minimal system).
    explicit CslStyleCatalog(QString stylesDir = installedStylesDir(), QString localesDir = installedLocalesDir());

    // Every style: the defaults first, then the others by title.
    QList<CslStyle> styles() const;
    // The styles whose title or id contains every word of query (case and accents ignored).
    QList<CslStyle> search(const QString &query) const;
    // A style by id ("apa"), file name ("apa.csl"), short name ("mla", "chicago"
    // for author-date, "harvard"), exact title (case ignored), or the path of a .csl file.
    std::optional<CslStyle> find(const QString &name) const;

    // The style's XML; empty with *error set when it cannot be read.
    QString styleXml(const QString &id, QString *error = nullptr) const;
    // A locale's XML ("en-US", "fr-FR", or "fr" for its primary dialect); empty
    // when there is none (citeproc-js then falls back to en-US).
    QString localeXml(const QString &lang) const;

private:
    std::optional<CslStyle> byId(const QString &id) const;
    void loadTitles() const;

    QString m_stylesDir;
    QString m_localesDir;
    mutable QList<CslStyle> m_styles; // filled by loadTitles()
    mutable bool m_titlesLoaded = false;
};

} // namespace Vigil::Csl
