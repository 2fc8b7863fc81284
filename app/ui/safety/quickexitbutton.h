#pragma once

class QAction;
class QDialogButtonBox;
class QMessageBox;
class QPushButton;
class QString;
class QWidget;

namespace Vigil::Ui {

// The red "Quick exit" button. The window's own button cannot be reached while a
// modal dialog is open, so every dialog of Vigil carries one too; each triggers
// the window's quick-exit action (object name "quickExitAction"), found from the
// dialog's parent. With no such action (a dialog made without the window) no
// button is added.
QAction *findQuickExitAction(const QWidget *widget);
QString quickExitStyleSheet();
QPushButton *addQuickExitButton(QMessageBox &box, const QWidget *parent);
QPushButton *addQuickExitButton(QDialogButtonBox *buttons, const QWidget *parent);

} // namespace Vigil::Ui
