#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Vigil::Ui {

// What an import of saved pages found, shown before anything is written.
struct PageImportPreview
{
    struct Warning
    {
        int line = 0; // 0: about the whole file
        QString message;
    };
    struct File
    {
        QString fileName;
        QString title; // the page's title; empty when it cannot be imported
        bool topic = false; // a topic page (a theme, no country profiles)
        QStringList countries; // names, in the page's order
        int entries = 0;
        bool replaces = false; // a page of the same name is in the library
        QList<Warning> warnings;
        QString problem; // why it cannot be imported; empty when it can
    };

    QList<File> files;
    QStringList skipped; // "_files" folders of pages saved "complete"

    int importable() const;
    int entries() const;
    int warnings() const;
    QStringList countries() const; // every page's, once each
    // One sentence: what would be imported, or that nothing can be.
    QString headline() const;
};

} // namespace Vigil::Ui
