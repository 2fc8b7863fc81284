#pragma once

#include "packimportpreview.h"

#include <QDialog>

class QCheckBox;
class QPushButton;

namespace Vigil::Ui {

// Opening a data pack: who signed it (a publisher the reader trusts, an unknown
// key, or no one), what it adds and replaces, and each hotline change as old →
// new, with Import and Cancel. A pack not signed by a trusted publisher is
// imported only after the reader says they know who sent it.
class PackImportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PackImportDialog(const PackImportPreview &preview, QWidget *parent = nullptr);
    PackImportDecision decision() const;

    static QString signerText(const PackImportPreview &preview);
    static QString changeText(const Core::HotlineChange &change, const QHash<QString, QString> &countryNames);

private:
    QCheckBox *m_knowSender = nullptr;
    QCheckBox *m_trust = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace Vigil::Ui
