#include "pageimportdialog.h"

#include "safety/quickexitbutton.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Vigil::Ui {

namespace {

// The context translators see these words under.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::Ui::PageImportDialog)
};

QString fileSummary(const PageImportPreview::File &file)
{
    if (!file.problem.isEmpty())
        return Words::tr("Cannot be imported");
    QString kind = file.topic ? Words::tr("Topic page") : Words::tr("Country page");
    if (!file.countries.isEmpty())
        kind += Words::tr(": %1").arg(file.countries.join(QStringLiteral(", ")));
    if (file.replaces)
        kind += u' ' + Words::tr("(replaces the page of the same name)");
    return kind;
}

QString warningLine(const PageImportPreview::Warning &warning)
{
    return warning.line > 0 ? Words::tr("Line %1: %2").arg(warning.line).arg(warning.message) : warning.message;
}

} // namespace

PageImportDialog::PageImportDialog(const PageImportPreview &preview, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import pages"));
    setObjectName(QStringLiteral("pageImportDialog"));
    auto *layout = new QVBoxLayout(this);

    auto *headline = new QLabel(preview.headline(), this);
    headline->setObjectName(QStringLiteral("importHeadline"));
    headline->setWordWrap(true);
    headline->setTextFormat(Qt::PlainText);
    layout->addWidget(headline);
    auto *note = new QLabel(tr("Nothing is written until you choose Import. The pages go into your own library; "
                               "the library Vigil comes with is not changed."),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto *tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("importFiles"));
    tree->setAccessibleName(tr("Files to import"));
    tree->setColumnCount(3);
    tree->setHeaderLabels({ tr("File"), tr("Page"), tr("Entries") });
    tree->setRootIsDecorated(true);
    tree->setUniformRowHeights(true);
    tree->setWordWrap(false);
    for (const PageImportPreview::File &file : preview.files) {
        auto *item = new QTreeWidgetItem(tree,
            { file.fileName, file.problem.isEmpty() ? file.title : fileSummary(file),
                file.problem.isEmpty() ? QString::number(file.entries) : QString() });
        item->setToolTip(1, fileSummary(file));
        if (!file.problem.isEmpty()) {
            auto *why = new QTreeWidgetItem(item, { QString(), file.problem });
            why->setToolTip(1, file.problem);
            item->setExpanded(true);
            continue;
        }
        new QTreeWidgetItem(item, { QString(), fileSummary(file) });
        for (const PageImportPreview::Warning &warning : file.warnings) {
            auto *line = new QTreeWidgetItem(item, { QString(), warningLine(warning) });
            line->setToolTip(1, warningLine(warning));
        }
        item->setExpanded(file.warnings.size() <= 8);
    }
    for (const QString &folder : preview.skipped)
        new QTreeWidgetItem(tree, { folder, tr("The pictures and styles of a page saved as “complete”; left out") });
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(false);
    layout->addWidget(tree, 1);

    auto *buttons = new QDialogButtonBox(this);
    if (preview.importable() > 0) {
        QPushButton *import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
        import->setObjectName(QStringLiteral("importButton"));
        import->setDefault(true);
        buttons->addButton(QDialogButtonBox::Cancel);
    } else {
        buttons->addButton(QDialogButtonBox::Close);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    addQuickExitButton(buttons, parent);
    resize(720, 420);
}

} // namespace Vigil::Ui
