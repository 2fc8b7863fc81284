#include "packimportdialog.h"

#include "safety/quickexitbutton.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Vigil::Ui {

using Core::HotlineChange;

QString PackImportDialog::signerText(const PackImportPreview &preview)
{
    switch (preview.signer) {
    case PackImportPreview::Signer::Trusted:
        return tr("Signed by %1, a publisher you trust (fingerprint %2).").arg(preview.publisher, preview.fingerprint);
    case PackImportPreview::Signer::Unknown:
        return tr("Signed by a key you do not trust yet, which calls itself “%1” (fingerprint %2). Anyone can give "
                  "a key any name: compare the fingerprint with the one its publisher gave you in person or by phone.")
            .arg(preview.publisher, preview.fingerprint);
    case PackImportPreview::Signer::Unsigned:
        break;
    }
    return tr("Not signed: anyone could have made or changed this pack. Import it only if you know where it comes "
              "from.");
}

QString PackImportDialog::changeText(const HotlineChange &change, const QHash<QString, QString> &countryNames)
{
    const QString what = tr("%1, %2").arg(countryNames.value(change.country, change.country), change.service);
    switch (change.kind) {
    case HotlineChange::Kind::Added:
        return tr("New hotline: %1: %2").arg(what, change.newNumber);
    case HotlineChange::Kind::Changed:
        return tr("Changed hotline: %1: %2 → %3").arg(what, change.oldNumber, change.newNumber);
    case HotlineChange::Kind::Removed:
        return tr("Removed hotline: %1: %2").arg(what, change.oldNumber);
    case HotlineChange::Kind::Unchanged:
        break;
    }
    return tr("Unchanged hotline: %1: %2").arg(what, change.newNumber);
}

PackImportDialog::PackImportDialog(const PackImportPreview &preview, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Open data pack"));
    setObjectName(QStringLiteral("packImportDialog"));
    auto *layout = new QVBoxLayout(this);

    auto *signer = new QLabel(signerText(preview), this);
    signer->setObjectName(QStringLiteral("packSigner"));
    signer->setWordWrap(true);
    signer->setTextFormat(Qt::PlainText);
    layout->addWidget(signer);
    auto *note = new QLabel(tr("Nothing is written until you choose Import. Pages go into your own library and "
                               "hotlines into My hotlines; the library Vigil comes with is not changed."),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto *tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("packChanges"));
    tree->setAccessibleName(tr("What the pack changes"));
    tree->setHeaderHidden(true);
    tree->setRootIsDecorated(true);
    tree->setUniformRowHeights(true);
    auto *pages = new QTreeWidgetItem(tree, { tr("Pages") });
    for (const PageImportPreview::File &file : preview.pages.files) {
        const QString line = file.replaces
            ? tr("Replaces the page “%1” (%n entries)", nullptr, file.entries).arg(file.title)
            : tr("Adds the page “%1” (%n entries)", nullptr, file.entries).arg(file.title);
        auto *item = new QTreeWidgetItem(pages, { line });
        item->setToolTip(0, file.fileName);
    }
    if (preview.pages.files.isEmpty())
        new QTreeWidgetItem(pages, { tr("None") });
    auto *hotlines = new QTreeWidgetItem(tree, { tr("Hotlines") });
    int shown = 0;
    for (const HotlineChange &change : preview.hotlines) {
        if (change.kind == HotlineChange::Kind::Unchanged)
            continue;
        auto *item = new QTreeWidgetItem(hotlines, { changeText(change, preview.countryNames) });
        item->setToolTip(0, change.where);
        ++shown;
    }
    if (shown == 0)
        new QTreeWidgetItem(hotlines, { tr("No hotline changes") });
    tree->expandAll();
    layout->addWidget(tree, 1);

    const bool trusted = preview.signer == PackImportPreview::Signer::Trusted;
    if (!trusted) {
        m_knowSender = new QCheckBox(tr("I &know who sent this pack, and I want to import it"), this);
        m_knowSender->setObjectName(QStringLiteral("knowSenderCheckBox"));
        layout->addWidget(m_knowSender);
    }
    if (preview.signer == PackImportPreview::Signer::Unknown) {
        m_trust = new QCheckBox(tr("&Trust this key for the packs it signs from now on"), this);
        m_trust->setObjectName(QStringLiteral("trustSignerCheckBox"));
        layout->addWidget(m_trust);
    }

    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    if (m_knowSender) {
        m_import->setEnabled(false);
        buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
        connect(m_knowSender, &QCheckBox::toggled, m_import, &QPushButton::setEnabled);
    } else {
        m_import->setDefault(true);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    addQuickExitButton(buttons, parent);
    resize(680, 440);
}

PackImportDecision PackImportDialog::decision() const
{
    PackImportDecision d;
    d.import = result() == QDialog::Accepted && m_import->isEnabled();
    d.trustSigner = d.import && m_trust && m_trust->isChecked();
    return d;
}

} // namespace Vigil::Ui
