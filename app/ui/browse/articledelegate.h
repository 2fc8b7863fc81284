#pragma once

#include <QStyledItemDelegate>

namespace Vigil::Ui {

// The title cell of the article list: the title, and under it, while a search
// is shown, the snippet with the matched words in bold. Matches arrive between
// Core::listSnippetMarks, which no text holds, so brackets of the text stay text.
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
};

} // namespace Vigil::Ui
