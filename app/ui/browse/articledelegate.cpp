#include "articledelegate.h"

#include "models/articlelistmodel.h"
#include "search/snippet.h"

#include <QApplication>
#include <QPainter>

namespace Vigil::Ui {

namespace {

constexpr int padding = 3;

QFont snippetFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 0.9 : base.pointSizeF());
    return f;
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
        const QFontMetrics fm(f);
        painter->setFont(f);
        const int room = rect.right() - x;
        const int width = fm.horizontalAdvance(run);
        if (width > room) {
            painter->drawText(QRect(x, rect.top(), room, rect.height()), Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(run, Qt::ElideRight, room));
            return false;
        }
        painter->drawText(QRect(x, rect.top(), width + 1, rect.height()), Qt::AlignLeft | Qt::AlignVCenter, run);
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
    return size;
}

void ArticleDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString snippet = index.data(Core::ArticleListModel::SnippetRole).toString();
    if (snippet.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect area = opt.rect.adjusted(padding + 2, padding, -padding, -padding);
    const int titleHeight = QFontMetrics(opt.font).height();
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    painter->save();
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(opt.font);
    painter->drawText(QRect(area.left(), area.top(), area.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(opt.font).elidedText(title, Qt::ElideRight, area.width()));
    if (!selected)
        painter->setPen(opt.palette.color(group, QPalette::PlaceholderText));
    const QFont small = snippetFont(opt.font);
    drawMarked(painter, QRect(area.left(), area.top() + titleHeight + 1, area.width(), QFontMetrics(small).height()),
        snippet, small);
    painter->restore();
}

} // namespace Vigil::Ui
