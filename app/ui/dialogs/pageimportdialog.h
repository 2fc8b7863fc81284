#pragma once

#include "pageimportpreview.h"

#include <QDialog>

namespace Vigil::Ui {

// What an import of saved pages found (pages, countries, entries, warnings with
// their lines, files that cannot be imported), with Import and Cancel; nothing
// has been written while it shows.
class PageImportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PageImportDialog(const PageImportPreview &preview, QWidget *parent = nullptr);
};

} // namespace Vigil::Ui
