#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;
class QLabel;
class QStackedWidget;
class QTableWidget;

namespace Vigil::Ui {

class DialogSeam;

// The publishers whose data packs the reader trusts: added from their public key
// file or by the fingerprint they read out, and removed.
class TrustedPublishersDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TrustedPublishersDialog(DialogSeam *dialogs, QWidget *parent = nullptr);

    // Adds the publisher of a public key file; false (with a message shown) when it is not one.
    bool addFromKeyFile(const QString &path);

private:
    void refresh();
    void addKeyFile();
    void addFingerprint();
    void removeSelected();

    DialogSeam *m_dialogs;
    QTableWidget *m_table;
    QLabel *m_empty;
    QStackedWidget *m_stack;
    QLineEdit *m_name;
    QLineEdit *m_fingerprint;
    QPushButton *m_remove;
};

} // namespace Vigil::Ui
