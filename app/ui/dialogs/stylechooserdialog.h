#pragma once

#include "cslstyle.h"

#include <QDialog>
#include <QList>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace Vigil::Ui {

// Every citation style Vigil can format with, searchable by name: the bundled
// defaults first, then the installed CSL styles by title.
class StyleChooserDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StyleChooserDialog)

public:
    StyleChooserDialog(const QList<Csl::CslStyle> &styles, const QString &current, QWidget *parent = nullptr);

    // The style chosen; empty when none is.
    Csl::CslStyle chosenStyle() const;
    QLineEdit *searchEdit() const { return m_search; }
    QListView *listView() const { return m_list; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

private:
    QLineEdit *m_search = nullptr;
    QListView *m_list = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
};

} // namespace Vigil::Ui
