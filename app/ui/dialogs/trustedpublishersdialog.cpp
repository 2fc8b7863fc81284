#include "trustedpublishersdialog.h"

#include "dialogseam.h"
#include "packs/packkeys.h"
#include "safety/quickexitbutton.h"
#include "settings/trustedpublishers.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Vigil::Ui {

TrustedPublishersDialog::TrustedPublishersDialog(DialogSeam *dialogs, QWidget *parent)
    : QDialog(parent)
    , m_dialogs(dialogs)
    , m_table(new QTableWidget(0, 2, this))
    , m_empty(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_name(new QLineEdit(this))
    , m_fingerprint(new QLineEdit(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    setWindowTitle(tr("Trusted publishers"));
    setObjectName(QStringLiteral("trustedPublishersDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Data packs signed by these publishers open without asking whether you know who "
                                "sent them. Add a publisher only with a key file or a fingerprint you had from "
                                "them in person, by phone or through someone you trust."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table->setObjectName(QStringLiteral("trustedPublishersTable"));
    m_table->setAccessibleName(tr("Trusted publishers"));
    m_table->setHorizontalHeaderLabels({ tr("Name"), tr("Fingerprint") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    // With no publisher yet, the list's place says what that means.
    m_empty->setObjectName(QStringLiteral("noTrustedPublishersLabel"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setFrameShape(QFrame::StyledPanel);
    m_empty->setText(tr("No publisher is trusted yet: every data pack asks before it is imported, and shows who "
                        "signed it."));
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    auto *row = new QHBoxLayout;
    auto *fromFile = new QPushButton(tr("Add from a &key file…"), this);
    fromFile->setObjectName(QStringLiteral("addKeyFileButton"));
    m_remove->setObjectName(QStringLiteral("removePublisherButton"));
    row->addWidget(fromFile);
    row->addStretch(1);
    row->addWidget(m_remove);
    layout->addLayout(row);

    auto *form = new QFormLayout;
    m_name->setObjectName(QStringLiteral("publisherNameEdit"));
    m_fingerprint->setObjectName(QStringLiteral("publisherFingerprintEdit"));
    m_fingerprint->setPlaceholderText(tr("40 hexadecimal digits, as vigil-library keygen prints them"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Fingerprint:"), m_fingerprint);
    auto *add = new QPushButton(tr("&Add by fingerprint"), this);
    add->setObjectName(QStringLiteral("addFingerprintButton"));
    form->addRow(QString(), add);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    addQuickExitButton(buttons, parent);

    connect(fromFile, &QPushButton::clicked, this, &TrustedPublishersDialog::addKeyFile);
    connect(add, &QPushButton::clicked, this, &TrustedPublishersDialog::addFingerprint);
    connect(m_fingerprint, &QLineEdit::returnPressed, this, &TrustedPublishersDialog::addFingerprint);
    connect(m_remove, &QPushButton::clicked, this, &TrustedPublishersDialog::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
        [this]() { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
    refresh();
    resize(620, 380);
}

void TrustedPublishersDialog::refresh()
{
    const QList<TrustedPublishers::Publisher> publishers = TrustedPublishers::all();
    m_table->setRowCount(int(publishers.size()));
    for (int i = 0; i < publishers.size(); ++i) {
        auto *name = new QTableWidgetItem(publishers.at(i).name);
        name->setData(Qt::UserRole, publishers.at(i).fingerprint);
        m_table->setItem(i, 0, name);
        m_table->setItem(i, 1, new QTableWidgetItem(publishers.at(i).fingerprint));
    }
    m_remove->setEnabled(!m_table->selectedItems().isEmpty());
    m_stack->setCurrentWidget(publishers.isEmpty() ? static_cast<QWidget *>(m_empty) : m_table);
}

bool TrustedPublishersDialog::addFromKeyFile(const QString &path)
{
    Core::PackKeys::PublicKey key;
    QString error;
    if (!Core::PackKeys::readPublicKeyFile(path, &key, &error)) {
        m_dialogs->showError(this, tr("Add a publisher"),
            tr("The publisher was not added: %1. A publisher's key file ends in .public.").arg(error));
        return false;
    }
    TrustedPublishers::add(Core::PackKeys::fingerprint(key.key), key.name);
    refresh();
    return true;
}

void TrustedPublishersDialog::addKeyFile()
{
    const QString path = m_dialogs->chooseFileToOpen(
        this, tr("Add a publisher from a key file"), QDir::homePath(), tr("Public keys (*.public)"));
    if (!path.isEmpty())
        addFromKeyFile(path);
}

void TrustedPublishersDialog::addFingerprint()
{
    const QString fingerprint = Core::PackKeys::normalizedFingerprint(m_fingerprint->text());
    if (fingerprint.isEmpty()) {
        m_dialogs->showError(this, tr("Add a publisher"),
            tr("That is not a fingerprint: it has 40 hexadecimal digits (0-9 and a-f), with or without spaces."));
        m_fingerprint->setFocus();
        return;
    }
    if (m_name->text().trimmed().isEmpty()) {
        m_dialogs->showError(this, tr("Add a publisher"), tr("Give the publisher a name, so that you know it again."));
        m_name->setFocus();
        return;
    }
    TrustedPublishers::add(fingerprint, m_name->text());
    m_name->clear();
    m_fingerprint->clear();
    refresh();
}

void TrustedPublishersDialog::removeSelected()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    const int row = selected.first()->row();
    TrustedPublishers::remove(m_table->item(row, 0)->data(Qt::UserRole).toString());
    refresh();
}

} // namespace Vigil::Ui
