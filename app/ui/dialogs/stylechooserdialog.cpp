#include "stylechooserdialog.h"

#include "safety/quickexitbutton.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace Vigil::Ui {

namespace {
enum Role { IdRole = Qt::UserRole + 1, PathRole };
}

StyleChooserDialog::StyleChooserDialog(const QList<Csl::CslStyle> &styles, const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("styleChooserDialog"));
    setWindowTitle(tr("Citation styles"));
    for (const Csl::CslStyle &style : styles) {
        auto *item = new QStandardItem(style.title);
        item->setData(style.id, IdRole);
        item->setData(style.path, PathRole);
        item->setToolTip(style.bundled ? tr("%1 (bundled with Vigil)").arg(style.id) : style.id);
        item->setEditable(false);
        m_model->appendRow(item);
    }
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_search->setObjectName(QStringLiteral("styleSearchEdit"));
    m_search->setAccessibleName(tr("Search the citation styles"));
    m_search->setPlaceholderText(tr("Search %n style(s) by name", nullptr, int(styles.size())));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("styleListView"));
    m_list->setAccessibleName(tr("Citation styles"));
    m_list->setModel(m_proxy);
    m_list->setUniformItemSizes(true);

    auto *label = new QLabel(tr("&Find a style:"), this);
    label->setBuddy(m_search);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Use this style"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    // Every dialog of Vigil carries the way out (safety/quickexitbutton.h).
    addQuickExitButton(buttons, parent);

    auto updateOk = [this, ok]() { ok->setEnabled(m_list->currentIndex().isValid()); };
    connect(m_search, &QLineEdit::textChanged, this, [this, updateOk](const QString &text) {
        // Every word, in any order: "chicago notes" finds "Chicago ... (note)".
        QString pattern;
        for (const QString &word : text.split(u' ', Qt::SkipEmptyParts))
            pattern += QStringLiteral("(?=.*%1)").arg(QRegularExpression::escape(word));
        m_proxy->setFilterRegularExpression(QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption));
        if (!m_list->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_list->setCurrentIndex(m_proxy->index(0, 0));
        updateOk();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, updateOk);
    connect(m_list, &QListView::activated, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Down from the search field goes to the list, as in a search box's results.
    setTabOrder(m_search, m_list);

    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row)->data(IdRole).toString() == current)
            m_list->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    }
    updateOk();
    resize(520, 560);
}

Csl::CslStyle StyleChooserDialog::chosenStyle() const
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid())
        return {};
    return { index.data(IdRole).toString(), index.data(Qt::DisplayRole).toString(), index.data(PathRole).toString(),
        false };
}

} // namespace Vigil::Ui
