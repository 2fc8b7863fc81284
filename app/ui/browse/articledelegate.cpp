#include "articledelegate.h"

#include "models/articlelistmodel.h"
#include "search/snippet.h"

#include <QApplication>
#include <QCache>
#include <QPainter>
#include <QTextLayout>

#include <limits>

namespace Vigil::Ui {

namespace {

constexpr int padding = 3;

QFont snippetFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 0.9 : base.pointSizeF());
    return f;
}

// Text laid out once and kept: a row is painted several times as its list
// fills in (first rows, ranked rows, snippets, selection), and shaping the same
// words again was most of the list's painting at 100,000 articles (README,
// Performance). Only the window's thread paints.
struct Shaped
{
    QTextLayout layout;
    qreal width = 0; // the advance, as QFontMetrics gives it (not the ink: bold is wider)
    qreal height = 0;
};

const Shaped &shaped(const QString &text, const QFont &font)
{
    static QCache<QString, Shaped> cache(600);
    const QString key = font.key() + u'\x1f' + text;
    if (const Shaped *hit = cache.object(key))
        return *hit;
    auto *s = new Shaped;
    s->layout.setText(text);
    s->layout.setFont(font);
    s->layout.setCacheEnabled(true);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    s->layout.setTextOption(option);
    s->layout.beginLayout();
    QTextLine line = s->layout.createLine();
    if (line.isValid())
        line.setLineWidth(std::numeric_limits<int>::max() / 256.0);
    s->layout.endLayout();
    if (line.isValid()) {
        s->width = line.horizontalAdvance();
        s->height = line.height();
    }
    cache.insert(key, s);
    return *cache.object(key);
}

// The text as it fits in width: whole, or cut with an ellipsis.
QString elided(const QString &text, const QFont &font, int width)
{
    static QCache<QString, QString> cache(400);
    const QString key = font.key() + u'\x1f' + QString::number(width) + u'\x1f' + text;
    if (const QString *hit = cache.object(key))
        return *hit;
    const QString cut = QFontMetrics(font).elidedText(text, Qt::ElideRight, width);
    cache.insert(key, new QString(cut));
    return cut;
}

int shapedWidth(const QString &text, const QFont &font)
{
    return qRound(shaped(text, font).width);
}

// Draws one line of text at the left of rect, centred in its height.
void drawLine(QPainter *painter, const QRect &rect, const QString &text, const QFont &font)
{
    if (text.isEmpty())
        return;
    const Shaped &t = shaped(text, font);
    t.layout.draw(painter, QPointF(rect.left(), rect.top() + (rect.height() - t.height) / 2));
}

// Draws text from left to right, bold where the marks say, and stops with an
// ellipsis at the right edge.
void drawMarked(QPainter *painter, const QRect &rect, const QString &text, const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    int x = rect.left();
    bool inMatch = false;
    QString run;
    const auto flush = [&]() -> bool {
        if (run.isEmpty())
            return true;
        const QFont &f = inMatch ? bold : font;
        const int room = rect.right() - x;
        const int width = shapedWidth(run, f);
        if (width > room) {
            drawLine(painter, QRect(x, rect.top(), room, rect.height()), elided(run, f, room), f);
            return false;
        }
        drawLine(painter, QRect(x, rect.top(), width + 1, rect.height()), run, f);
        x += width;
        run.clear();
        return true;
    };
    for (const QChar c : text) {
        if (c == Core::listSnippetMarks.open || c == Core::listSnippetMarks.close) {
            if (!flush())
                return;
            inMatch = c == Core::listSnippetMarks.open;
        } else {
            run += c == u'\n' ? u' ' : c;
        }
    }
    flush();
}

QFont markerFont(const QFont &base)
{
    QFont f = base;
    if (base.pointSizeF() > 0)
        f.setPointSizeF(base.pointSizeF() * 0.8);
    else
        f.setPixelSize(std::max(8, base.pixelSize() * 4 / 5));
    return f;
}

constexpr int markerPadding = 4; // inside a marker, left and right
constexpr int markerGap = 4; // between markers, and between the title and the first

// The width the markers take at the right of the title line, gaps included.
int markersWidth(const QStringList &markers, const QFont &font)
{
    const QFont small = markerFont(font);
    int width = 0;
    for (const QString &m : markers)
        width += markerGap + shapedWidth(m, small) + 2 * markerPadding;
    return width;
}

} // namespace

QStringList ArticleDelegate::markers(const QModelIndex &index)
{
    QStringList list;
    if (index.data(Core::ArticleListModel::IsPdfRole).toBool())
        list << tr("PDF");
    if (index.data(Core::ArticleListModel::IdRole).toLongLong() != 0
        && !index.data(Core::ArticleListModel::FeaturedRole).toBool())
        list << tr("archive");
    return list;
}

QList<QRect> ArticleDelegate::markerRects(const QRect &titleLine, const QFont &font, const QStringList &markers)
{
    const QFont small = markerFont(font);
    const int height = std::min(titleLine.height(), QFontMetrics(small).height() + 2);
    const int top = titleLine.top() + (titleLine.height() - height) / 2;
    QList<QRect> rects;
    int right = titleLine.right();
    for (qsizetype i = markers.size() - 1; i >= 0; --i) {
        const int width = shapedWidth(markers.at(i), small) + 2 * markerPadding;
        rects.prepend(QRect(right - width + 1, top, width, height));
        right -= width + markerGap;
    }
    return rects;
}

namespace {

void drawMarkers(
    QPainter *painter, const QList<QRect> &rects, const QStringList &markers, const QFont &font, const QColor &colour)
{
    const QFont small = markerFont(font);
    QPen pen(colour);
    pen.setWidthF(1.0);
    for (qsizetype i = 0; i < markers.size(); ++i) {
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        const QRect &r = rects.at(i);
        painter->drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        drawLine(
            painter, r.adjusted((r.width() - shapedWidth(markers.at(i), small)) / 2, 0, 0, 0), markers.at(i), small);
    }
}

} // namespace

int ArticleDelegate::rowHeight(const QFont &font, bool withSnippet)
{
    const int title = QFontMetrics(font).height();
    return 2 * padding + title + (withSnippet ? QFontMetrics(snippetFont(font)).height() + 1 : 0);
}

QSize ArticleDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const bool snippet = !index.data(Core::ArticleListModel::SnippetRole).toString().isEmpty();
    size.setHeight(std::max(size.height(), rowHeight(option.font, snippet)));
    size.rwidth() += markersWidth(markers(index), option.font);
    return size;
}

QRect ArticleDelegate::titleLine(const QStyleOptionViewItem &option, bool withSnippet)
{
    const QRect area = option.rect.adjusted(padding + 2, padding, -padding, -padding);
    const int titleHeight = QFontMetrics(option.font).height();
    // Alone, the title is centred in the row; above a snippet, it is its first line.
    const int top = withSnippet ? area.top() : area.top() + std::max(0, (area.height() - titleHeight) / 2);
    return QRect(area.left(), top, area.width(), titleHeight);
}

void ArticleDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    if (index.column() != Core::ArticleListModel::TitleColumn) {
        // The other columns are one line each, drawn as the style would, with
        // the same kept layouts (the style lays the text out anew each time).
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        const QRect cell = opt.rect.adjusted(margin, 0, -margin, 0);
        painter->save();
        painter->setPen(text);
        drawLine(painter, cell, elided(title, opt.font, cell.width()), opt.font);
        painter->restore();
        return;
    }
    const QString snippet = index.data(Core::ArticleListModel::SnippetRole).toString();

    const QRect line = titleLine(opt, !snippet.isEmpty());
    const QStringList list = markers(index);
    const QList<QRect> rects = markerRects(line, opt.font, list);
    const int titleWidth
        = std::max(0, (rects.isEmpty() ? line.right() : rects.first().left() - markerGap) - line.left());
    const QColor muted = selected ? text : opt.palette.color(group, QPalette::PlaceholderText);
    painter->save();
    painter->setPen(text);
    drawLine(painter, QRect(line.left(), line.top(), titleWidth, line.height()), elided(title, opt.font, titleWidth),
        opt.font);
    drawMarkers(painter, rects, list, opt.font, muted);
    if (!snippet.isEmpty()) {
        painter->setPen(muted);
        const QFont small = snippetFont(opt.font);
        drawMarked(painter,
            QRect(
                line.left(), line.bottom() + 2, opt.rect.right() - padding - line.left(), QFontMetrics(small).height()),
            snippet, small);
    }
    painter->restore();
}

} // namespace Vigil::Ui
