#pragma once

#include <QStyledItemDelegate>

namespace Vigil::Ui {

// The cells of the article list. The title's: the title, with small markers at its right
// for a PDF and for an article from the page's archive, and under it, while a
// search is shown, the snippet with the matched words in bold. Matches arrive
// between Core::listSnippetMarks, which no text holds, so brackets of the text
// stay text. The title is cut with "…" where the column is too narrow; the
// model's tooltip has it whole. The other columns: their one line of text.
class ArticleDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Row height for one line (no search) or two (title and snippet).
    static int rowHeight(const QFont &font, bool withSnippet);

    // The markers of a row ("PDF", "archive"), and where they are drawn at the
    // right end of the title's line; the title takes what is left.
    static QStringList markers(const QModelIndex &index);
    static QRect titleLine(const QStyleOptionViewItem &option, bool withSnippet);
    static QList<QRect> markerRects(const QRect &titleLine, const QFont &font, const QStringList &markers);
};

} // namespace Vigil::Ui
