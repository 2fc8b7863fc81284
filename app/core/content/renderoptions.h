#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Vigil::Core {

// What a rendered page needs besides the record itself. The renderers know no
// database and no reference tables: the UI passes names and labels in.
struct RenderOptions
{
    bool dark = false;
    QStringList highlightTerms; // as typed in the search box
    QHash<QString, QString> countryNames; // ISO alpha-2 -> "Serbia"
    QHash<QString, QString> topicLabels; // "forced-labour" -> "Forced labour"
    // The source page whose content is shown: its attribution goes at the bottom.
    QString pageTitle;
    QString fairUse;
    QString pageCitation;
};

} // namespace Vigil::Core
