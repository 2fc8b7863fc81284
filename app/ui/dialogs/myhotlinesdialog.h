#pragma once

#include <QDialog>
#include <QHash>

class QPushButton;
class QTableWidget;

namespace Vigil::Core {
class UserDataStore;
}

namespace Vigil::Ui {

class DialogSeam;

// "My hotlines": the hotlines the reader added, for every country, in a table
// with Add, Edit and Remove. The form and the question before a removal go
// through the dialog seam; every change is saved at once.
class MyHotlinesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyHotlinesDialog)

public:
    // country: the one a new hotline starts with (the country being read), or empty.
    MyHotlinesDialog(Core::UserDataStore *store, const QHash<QString, QString> &countryNames, DialogSeam *dialogs,
        const QString &country, QWidget *parent = nullptr);

    int rowCount() const;
    // For the buttons, and for tests.
    void addHotline();
    void editSelected();
    void removeSelected();

signals:
    void hotlinesChanged();

private:
    void reload(qint64 selectId);
    qint64 selectedId() const;
    void updateButtons();

    Core::UserDataStore *m_store = nullptr;
    QHash<QString, QString> m_countryNames;
    DialogSeam *m_dialogs = nullptr;
    QString m_country;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace Vigil::Ui
