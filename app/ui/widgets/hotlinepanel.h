#pragma once

#include "domain/page.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace Vigil::Ui {

// The strip at the top of the window that is always there: the hotline(s) of the
// selected country in international form, a Copy button, the source and as-of
// date; with no country or no known hotline it says so plainly.
class HotlinePanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HotlinePanel)

public:
    explicit HotlinePanel(QWidget *parent = nullptr);

    void showCountry(const QString &countryName, const QList<Core::Hotline> &hotlines);
    void showNoCountry();
    QString displayedText() const;

signals:
    void allHotlinesRequested();
    void copyRequested(const QString &number);

private:
    QLabel *m_text = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_all = nullptr;
    QString m_number;
};

} // namespace Vigil::Ui
