#pragma once

#include "packs/packplan.h"
#include "pageimportpreview.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Vigil::Ui {

// What opening a data pack would do, shown before anything is written: who
// signed it, the pages it adds or replaces, and every hotline it changes.
struct PackImportPreview
{
    enum class Signer { Trusted, Unknown, Unsigned };

    QString fileName;
    Signer signer = Signer::Unsigned;
    QString publisher; // the name in the pack (Unknown), or the one the reader gave (Trusted)
    QString fingerprint;
    PageImportPreview pages;
    QList<Core::HotlineChange> hotlines; // unchanged ones included
    QHash<QString, QString> countryNames;
};

// The reader's answer.
struct PackImportDecision
{
    bool import = false;
    bool trustSigner = false; // add the signer to the trusted publishers
};

} // namespace Vigil::Ui
