#pragma once

#include "domain/userhotline.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Vigil::Ui {

// The form for one of the reader's own hotlines: country, service, number, hours,
// languages, notes and where the number comes from. OK keeps the dialog open,
// saying why, while a field is missing or the number is not a valid number of
// the country chosen (libphonenumber's rules): Vigil stores no number it cannot
// tell apart from a typing slip.
class MyHotlineEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyHotlineEditor)

public:
    // countryNames: ISO alpha-2 code -> name, offered in the order of their names.
    MyHotlineEditor(
        const Core::UserHotline &hotline, const QHash<QString, QString> &countryNames, QWidget *parent = nullptr);

    // What the form holds, with the hotline's id.
    Core::UserHotline hotline() const;
    // Why the form cannot be saved, in a sentence that says what to do; empty when it can.
    QString problem() const;
    QString shownProblem() const;

    void accept() override;

private:
    qint64 m_id = 0;
    QComboBox *m_country = nullptr;
    QLineEdit *m_label = nullptr;
    QLineEdit *m_number = nullptr;
    QLineEdit *m_hours = nullptr;
    QLineEdit *m_languages = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLineEdit *m_source = nullptr;
    QLabel *m_problem = nullptr;
    QHash<QString, QString> m_countryNames;
};

} // namespace Vigil::Ui
