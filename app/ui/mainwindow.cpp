#include "mainwindow.h"

#include "storage/librarystore.h"

#include <QLabel>

namespace Vigil::Ui {

MainWindow::MainWindow(Core::LibraryStore *store, const QString &problem, QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Vigil"));
    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("librarySummaryLabel"));
    summary->setAlignment(Qt::AlignCenter);
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::PlainText);
    if (store) {
        const Core::LibraryStats stats = store->stats();
        summary->setText(tr("%n article(s) on %1 country page(s), about %2 countries.", nullptr, stats.articles)
                             .arg(stats.pages)
                             .arg(stats.countriesWithArticles));
    } else {
        summary->setText(problem);
    }
    setCentralWidget(summary);
    resize(1000, 680);
}

} // namespace Vigil::Ui
