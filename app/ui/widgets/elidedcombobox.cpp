#include "elidedcombobox.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QScreen>
#include <QScrollBar>
#include <QStyleOptionComboBox>
#include <QStylePainter>
#include <QToolTip>

#include <algorithm>

namespace Vigil::Ui {

ElidedComboBox::ElidedComboBox(QWidget *parent)
    : QComboBox(parent)
{
    view()->setTextElideMode(Qt::ElideRight);
}

int ElidedComboBox::textWidth() const
{
    QStyleOptionComboBox opt;
    initStyleOption(&opt);
    const QRect field = style()->subControlRect(QStyle::CC_ComboBox, &opt, QStyle::SC_ComboBoxEditField, this);
    // The style draws the label one pixel in from each side of the field.
    int width = field.width() - 2;
    if (!opt.currentIcon.isNull())
        width -= opt.iconSize.width() + 4;
    return std::max(0, width);
}

QString ElidedComboBox::shownText() const
{
    return fontMetrics().elidedText(currentText(), Qt::ElideRight, textWidth());
}

bool ElidedComboBox::event(QEvent *event)
{
    // Asked when the pointer rests on the box, so it is right whatever changed
    // the text or the width.
    if (event->type() == QEvent::ToolTip && toolTip().isEmpty()) {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (shownText() != currentText())
            QToolTip::showText(help->globalPos(), currentText(), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QComboBox::event(event);
}

void ElidedComboBox::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    // QComboBox::paintEvent, with the label elided.
    QStylePainter painter(this);
    painter.setPen(palette().color(QPalette::Text));
    QStyleOptionComboBox opt;
    initStyleOption(&opt);
    painter.drawComplexControl(QStyle::CC_ComboBox, opt);
    if (currentIndex() < 0 && !placeholderText().isEmpty()) {
        opt.palette.setBrush(QPalette::ButtonText, opt.palette.placeholderText());
        opt.currentText = placeholderText();
    }
    opt.currentText = fontMetrics().elidedText(opt.currentText, Qt::ElideRight, textWidth());
    painter.drawControl(QStyle::CE_ComboBoxLabel, opt);
}

void ElidedComboBox::showPopup()
{
    // The choices in full where the screen has room: the list may be wider than the box.
    QAbstractItemView *list = view();
    int wanted = list->sizeHintForColumn(0) + 2 * list->frameWidth();
    if (count() > maxVisibleItems())
        wanted += list->verticalScrollBar()->sizeHint().width();
    if (const QScreen *s = screen())
        wanted = std::min(wanted, s->availableGeometry().width() - 20);
    list->setMinimumWidth(std::max(width(), wanted));
    QComboBox::showPopup();
}

} // namespace Vigil::Ui
