#pragma once

#include <QProxyStyle>

namespace Vigil::Ui {

// Header arrows as desktop file managers draw them: pointing down for a
// descending order (newest first, Z to A), up for an ascending one. Qt's
// header maps Qt::DescendingOrder to an upward arrow; readers took the list,
// newest first, for oldest first.
class SortArrowStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;
    void drawPrimitive(
        PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const override;
};

} // namespace Vigil::Ui
