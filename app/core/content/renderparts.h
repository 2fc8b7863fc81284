#pragma once

#include "domain/page.h"
#include "domain/partialdate.h"
#include "htmltemplate.h"
#include "renderoptions.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace Vigil::Core::RenderParts {

// Pieces the article, profile and hotline pages share.

// vigil://filter/country/RS, or an invalid URL when the code is not alpha-2.
QUrl countryFilterUrl(const QString &code);
// vigil://filter/topic/forced-labour, or an invalid URL when the id is malformed.
QUrl topicFilterUrl(const QString &id);
QUrl vigilUrl(const QString &host, const QStringList &pathSegments);

QString countryName(const QString &code, const RenderOptions &o);
HtmlFragment countryTag(const QString &code, const RenderOptions &o);
HtmlFragment topicTag(const QString &id, const RenderOptions &o);

// <p class="cssClass">text</p>, the text escaped.
HtmlFragment paragraph(const QString &text, QStringView cssClass = {});
// A translated sentence with fragments in place of %1, %2, …: the words around
// them are escaped, so a translation can move a link but never add markup.
HtmlFragment filled(const QString &pattern, const QList<HtmlFragment> &fragments);
// The same for a source's own words, marked lang="en": the pane speaks the
// reader's language, the articles stay as published.
HtmlFragment sourceParagraph(const QString &text, QStringView cssClass = {});
// "Source: <cite>The World Factbook ...</cite>" under a profile's text; nothing
// without a citation.
HtmlFragment sourceLine(const QString &citation);

// A country profile's background and Trafficking in Persons excerpt, each
// under its heading and with its source.
HtmlFragment profileExcerpts(const CountryProfile &p);

// "26 February 2015; 16 June 2017", empty for no dates.
QString dateList(const QList<PartialDate> &dates);
// <time datetime="2007-10" title="Known to the month">October 2007</time>
HtmlFragment timeElement(const PartialDate &date);

// The source page's title, citation and fair-use notice: shown wherever the
// page's content is, because that is the condition on which it was reproduced.
HtmlFragment attribution(const RenderOptions &o);

// The window's language, for the page's lang attribute ("sr-Cyrl", "en-GB").
QString pageLanguage();
// Fills the shared placeholders (style, theme, document title) and renders.
QString finish(HtmlTemplate &page, const QString &documentTitle, const RenderOptions &o);

} // namespace Vigil::Core::RenderParts
