#include "icons.h"

#include "theme.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <cmath>

namespace Vigil::Ui::Icons {

namespace {

// Draws at the size asked, in the colour of the palette at paint time, so a
// theme change needs no new icons.
class DrawnIconEngine final : public QIconEngine
{
public:
    explicit DrawnIconEngine(QString name)
        : m_name(std::move(name))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QApplication::palette();
        QColor colour
            = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Normal, QPalette::WindowText);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal s = std::min(rect.width(), rect.height());
        painter->translate(rect.x() + (rect.width() - s) / 2, rect.y() + (rect.height() - s) / 2);
        painter->scale(s / 16.0, s / 16.0);
        QPen pen(colour, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        draw(painter, colour);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new DrawnIconEngine(m_name); }
    QString key() const override { return QStringLiteral("VigilDrawn"); }
    QString iconName() override { return m_name; }
    bool isNull() override { return !knows(m_name); }

    static bool knows(const QString &name)
    {
        static const QStringList names { QStringLiteral("go-previous"), QStringLiteral("go-next"),
            QStringLiteral("call-start"), QStringLiteral("help-contents"), QStringLiteral("zoom-in"),
            QStringLiteral("zoom-out"), QStringLiteral("zoom-original"), QStringLiteral("edit-copy"),
            QStringLiteral("edit-find"), QStringLiteral("document-print"), QStringLiteral("document-save-as"),
            QStringLiteral("bookmark-new") };
        return names.contains(name);
    }

private:
    void draw(QPainter *p, const QColor &colour) const
    {
        if (m_name == u"go-previous" || m_name == u"go-next") {
            if (m_name == u"go-next") {
                p->translate(16, 0);
                p->scale(-1, 1);
            }
            p->drawLine(QPointF(3, 8), QPointF(13, 8));
            p->drawPolyline(QPolygonF({ QPointF(8, 3), QPointF(3, 8), QPointF(8, 13) }));
        } else if (m_name == u"call-start") {
            QPainterPath handset;
            handset.moveTo(3, 2.5);
            handset.lineTo(6, 2.5);
            handset.lineTo(7, 5.5);
            handset.lineTo(5.5, 7);
            handset.cubicTo(6.5, 9, 7, 9.5, 9, 10.5);
            handset.lineTo(10.5, 9);
            handset.lineTo(13.5, 10);
            handset.lineTo(13.5, 13);
            handset.cubicTo(7, 13.5, 2.5, 9, 3, 2.5);
            p->setBrush(colour);
            p->drawPath(handset);
        } else if (m_name == u"help-contents") {
            p->drawEllipse(QPointF(8, 8), 6.5, 6.5);
            QPainterPath mark;
            mark.moveTo(5.8, 6.2);
            mark.cubicTo(5.8, 3.8, 10.2, 3.8, 10.2, 6.2);
            mark.cubicTo(10.2, 7.8, 8, 7.8, 8, 9.6);
            p->drawPath(mark);
            p->drawPoint(QPointF(8, 11.8));
        } else if (m_name.startsWith(u"zoom-") || m_name == u"edit-find") {
            p->drawEllipse(QPointF(6.5, 6.5), 4.5, 4.5);
            p->drawLine(QPointF(10, 10), QPointF(14, 14));
            if (m_name != u"edit-find" && m_name != u"zoom-original")
                p->drawLine(QPointF(4.5, 6.5), QPointF(8.5, 6.5));
            if (m_name == u"zoom-in")
                p->drawLine(QPointF(6.5, 4.5), QPointF(6.5, 8.5));
        } else if (m_name == u"edit-copy") {
            p->drawRect(QRectF(2.5, 2.5, 8, 9));
            p->drawRect(QRectF(5.5, 5, 8, 9));
        } else if (m_name == u"document-print") {
            p->drawRect(QRectF(4.5, 2, 7, 4));
            p->drawRect(QRectF(2, 6, 12, 6));
            p->drawRect(QRectF(4.5, 10, 7, 4.5));
        } else if (m_name == u"document-save-as") {
            p->drawPolyline(QPolygonF(
                { QPointF(10, 2), QPointF(3, 2), QPointF(3, 14), QPointF(13, 14), QPointF(13, 5), QPointF(10, 2) }));
            p->drawLine(QPointF(8, 6), QPointF(8, 11));
            p->drawPolyline(QPolygonF({ QPointF(5.5, 8.5), QPointF(8, 11), QPointF(10.5, 8.5) }));
        } else if (m_name == u"bookmark-new") {
            // A five-pointed star: its points at radius 6.5, its inner corners at 2.7.
            QPolygonF star;
            for (int i = 0; i < 10; ++i) {
                const qreal radius = i % 2 == 0 ? 6.5 : 2.7;
                const qreal angle = -M_PI / 2 + i * M_PI / 5;
                star << QPointF(8 + radius * std::cos(angle), 8.5 + radius * std::sin(angle));
            }
            p->drawPolygon(star);
        }
    }

    QString m_name;
};

} // namespace

QIcon themed(const QString &name)
{
    // Themes' icons are drawn for light backgrounds unless the theme is a dark
    // one itself; on a palette Vigil made dark, its own icons are drawn light.
    const bool ownDark = Theme::current() == u"dark";
    if (!ownDark && QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    if (DrawnIconEngine::knows(name))
        return QIcon(new DrawnIconEngine(name));
    return {};
}

} // namespace Vigil::Ui::Icons
