#include "myhotlinesdialog.h"

#include "dialogseam.h"
#include "safety/quickexitbutton.h"
#include "storage/userdatastore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Vigil::Ui {

namespace {

enum Column { CountryColumn, ServiceColumn, NumberColumn, SourceColumn, ColumnCount };

} // namespace

MyHotlinesDialog::MyHotlinesDialog(Core::UserDataStore *store, const QHash<QString, QString> &countryNames,
    DialogSeam *dialogs, const QString &country, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_countryNames(countryNames)
    , m_dialogs(dialogs)
    , m_country(country)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    setObjectName(QStringLiteral("myHotlinesDialog"));
    setWindowTitle(tr("My hotlines"));
    resize(720, 360);
    auto *intro = new QLabel(tr("Hotlines you added. They are kept on this computer only, shown in the yellow bar "
                                "marked “added by you”, and removed by “Clear my data”."),
        this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("myHotlinesTable"));
    m_table->setAccessibleName(tr("My hotlines"));
    m_table->setHorizontalHeaderLabels({ tr("Country"), tr("Service"), tr("Number"), tr("Source") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab moves on to the buttons
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_add->setObjectName(QStringLiteral("addHotlineButton"));
    m_edit->setObjectName(QStringLiteral("editHotlineButton"));
    m_remove->setObjectName(QStringLiteral("removeHotlineButton"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    addQuickExitButton(buttons, parent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &MyHotlinesDialog::addHotline);
    connect(m_edit, &QPushButton::clicked, this, &MyHotlinesDialog::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &MyHotlinesDialog::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MyHotlinesDialog::updateButtons);
    connect(m_table, &QTableWidget::itemActivated, this, &MyHotlinesDialog::editSelected);

    auto *row = new QHBoxLayout;
    row->addWidget(m_add);
    row->addWidget(m_edit);
    row->addWidget(m_remove);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(buttons);
    reload(0);
}

int MyHotlinesDialog::rowCount() const
{
    return m_table->rowCount();
}

void MyHotlinesDialog::reload(qint64 selectId)
{
    const QList<Core::UserHotline> hotlines = m_store ? m_store->myHotlines() : QList<Core::UserHotline> {};
    m_table->setRowCount(int(hotlines.size()));
    for (int row = 0; row < hotlines.size(); ++row) {
        const Core::UserHotline &u = hotlines.at(row);
        const Core::Hotline h = u.toHotline();
        const QString number = h.isVerified() ? h.display : tr("%1 (not verified)").arg(h.display);
        const QStringList cells { m_countryNames.value(u.country, u.country), u.label, number, u.source };
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, u.id);
            m_table->setItem(row, column, item);
        }
        if (u.id == selectId)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

qint64 MyHotlinesDialog::selectedId() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(Qt::UserRole).toLongLong();
}

void MyHotlinesDialog::updateButtons()
{
    const bool selected = selectedId() > 0;
    m_add->setEnabled(m_store != nullptr);
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

void MyHotlinesDialog::addHotline()
{
    if (!m_store)
        return;
    Core::UserHotline h;
    h.country = m_country;
    if (!m_dialogs->editHotline(this, &h, m_countryNames))
        return;
    QString error;
    const qint64 id = m_store->addHotline(h, &error);
    if (id == 0) {
        m_dialogs->showError(this, tr("Hotline not saved"), tr("The hotline could not be saved: %1").arg(error));
        return;
    }
    reload(id);
    emit hotlinesChanged();
}

void MyHotlinesDialog::editSelected()
{
    const qint64 id = selectedId();
    if (!m_store || id <= 0)
        return;
    Core::UserHotline h;
    for (const Core::UserHotline &u : m_store->myHotlines()) {
        if (u.id == id)
            h = u;
    }
    if (h.id == 0 || !m_dialogs->editHotline(this, &h, m_countryNames))
        return;
    QString error;
    if (!m_store->updateHotline(h, &error)) {
        m_dialogs->showError(this, tr("Hotline not saved"), tr("The change could not be saved: %1").arg(error));
        return;
    }
    reload(id);
    emit hotlinesChanged();
}

void MyHotlinesDialog::removeSelected()
{
    const qint64 id = selectedId();
    if (!m_store || id <= 0)
        return;
    const QString label = m_table->item(m_table->selectedItems().first()->row(), ServiceColumn)->text();
    if (!m_dialogs->confirmRemoveHotline(this, label))
        return;
    QString error;
    if (!m_store->removeHotline(id, &error)) {
        m_dialogs->showError(this, tr("Hotline not removed"), tr("The hotline could not be removed: %1").arg(error));
        return;
    }
    reload(0);
    emit hotlinesChanged();
}

} // namespace Vigil::Ui
