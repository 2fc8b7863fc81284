#pragma once

#include <QDialog>

namespace Vigil::Ui {

// Version, licence and the source site's attribution, fair-use notice and citation.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    AboutDialog(const QString &fairUse, const QString &citation, QWidget *parent = nullptr);
};

// Panes, shortcuts and search syntax.
class HelpDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpDialog)

public:
    explicit HelpDialog(QWidget *parent = nullptr);

private:
    static QString searchingSection();
};

} // namespace Vigil::Ui
