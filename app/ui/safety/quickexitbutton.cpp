#include "quickexitbutton.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>

namespace Vigil::Ui {

namespace {
QPushButton *makeButton(QAction *action, QWidget *parent)
{
    auto *button = new QPushButton(action->text(), parent);
    button->setObjectName(QStringLiteral("quickExitButton"));
    button->setStyleSheet(quickExitStyleSheet());
    button->setToolTip(action->toolTip());
    button->setAccessibleDescription(action->toolTip());
    // Enter answers the dialog's question; it never leaves the app by mistake.
    button->setAutoDefault(false);
    button->setDefault(false);
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    return button;
}
} // namespace

QAction *findQuickExitAction(const QWidget *widget)
{
    // A dialog's parent may itself be a dialog: go up window by window.
    for (const QWidget *w = widget ? widget->window() : nullptr; w;
         w = w->parentWidget() ? w->parentWidget()->window() : nullptr) {
        if (auto *action = w->findChild<QAction *>(QStringLiteral("quickExitAction"), Qt::FindDirectChildrenOnly))
            return action;
    }
    return nullptr;
}

QString quickExitStyleSheet()
{
    // White on #b00020: 7.0:1 (tests/ui/contrast_test.cpp).
    return QStringLiteral("QPushButton, QToolButton { font-weight: bold; color: #ffffff; background: #b00020;"
                          " border: 2px solid #b00020; border-radius: 3px; padding: 4px 12px; }"
                          "QPushButton:focus, QToolButton:focus { border: 2px solid palette(highlighted-text);"
                          " outline: 2px solid palette(highlight); }");
}

QPushButton *addQuickExitButton(QMessageBox &box, const QWidget *parent)
{
    QAction *action = findQuickExitAction(parent);
    if (!action)
        return nullptr;
    QPushButton *button = makeButton(action, &box);
    box.addButton(button, QMessageBox::ResetRole);
    // Esc and the first focus belong to the box's own answer, never to this
    // button. With a second button Qt no longer finds the Esc button of a box
    // that has OK alone (Esc did nothing), and the focus started on the first
    // button of the row, this one, where Space would have left the app.
    QList<QAbstractButton *> own = box.buttons();
    own.removeOne(button);
    const auto withRole = [&box, &own](std::initializer_list<QMessageBox::ButtonRole> roles) -> QAbstractButton * {
        for (QAbstractButton *b : std::as_const(own)) {
            if (std::find(roles.begin(), roles.end(), box.buttonRole(b)) != roles.end())
                return b;
        }
        return own.size() == 1 ? own.constFirst() : nullptr;
    };
    if (!box.escapeButton()) {
        if (QAbstractButton *escape = withRole({ QMessageBox::RejectRole, QMessageBox::NoRole }))
            box.setEscapeButton(escape);
    }
    if (!box.defaultButton()) {
        if (auto *answer = qobject_cast<QPushButton *>(withRole({ QMessageBox::AcceptRole, QMessageBox::YesRole })))
            box.setDefaultButton(answer);
    }
    return button;
}

QPushButton *addQuickExitButton(QDialogButtonBox *buttons, const QWidget *parent)
{
    QAction *action = findQuickExitAction(parent);
    if (!action)
        return nullptr;
    QPushButton *button = makeButton(action, buttons);
    buttons->addButton(button, QDialogButtonBox::ResetRole);
    return button;
}

} // namespace Vigil::Ui
