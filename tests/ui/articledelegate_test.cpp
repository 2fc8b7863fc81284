// The article list's title cell: the title alone, with small markers for a PDF
// and for an article from the page's archive drawn at its right, inside the
// cell, never over the title; a title too long for the column is cut with "…"
// and its tooltip has it whole.
#include "browse/articledelegate.h"
#include "models/articlelistmodel.h"
#include "seedlibrary.h"

#include <QHeaderView>
#include <QImage>
#include <QTableView>
#include <QtTest>

using namespace Vigil;
using Core::ArticleListModel;

namespace {

// Whether anything but the row's background was drawn in rect.
bool somethingDrawnIn(const QImage &image, const QRect &rect)
{
    const QRgb background = image.pixel(rect.topLeft() - QPoint(1, 0));
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            if (image.pixel(x, y) != background)
                return true;
        }
    }
    return false;
}

} // namespace

class ArticleDelegateTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void markers_areDrawnBesideTheTitle_neverOverIt();

private:
    QTemporaryDir m_dir;
    Test::TestLibrary m_store;
};

void ArticleDelegateTest::initTestCase()
{
    const QString path = Test::buildSeedLibrary(m_dir.path());
    QString error;
    QVERIFY2(m_store.connection.open(path, Core::LibraryConnection::OpenMode::ReadOnly, &error), qPrintable(error));
}

void ArticleDelegateTest::markers_areDrawnBesideTheTitle_neverOverIt()
{
    ArticleListModel model(m_store.articles, m_store.catalogue);
    model.setQuery({}, Core::ArticleSort::DateNewest);
    QTableView view;
    view.setModel(&model);
    auto *delegate = new Ui::ArticleDelegate(&view);
    view.setItemDelegateForColumn(ArticleListModel::TitleColumn, delegate);
    view.verticalHeader()->setDefaultSectionSize(Ui::ArticleDelegate::rowHeight(view.font(), false));
    view.resize(700, 500);
    view.setColumnWidth(ArticleListModel::TitleColumn, 260);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    bool sawPdf = false, sawArchive = false, sawFeatured = false;
    while (model.canFetchMore({}))
        model.fetchMore({});
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, ArticleListModel::TitleColumn);
        view.scrollTo(index);
        QCoreApplication::processEvents();
        const bool pdf = index.data(ArticleListModel::IsPdfRole).toBool();
        const bool archive = !index.data(ArticleListModel::FeaturedRole).toBool();
        sawPdf |= pdf;
        sawArchive |= archive;
        sawFeatured |= !archive;
        const QStringList markers = Ui::ArticleDelegate::markers(index);
        QCOMPARE(markers.size(), int(pdf) + int(archive));

        QStyleOptionViewItem option;
        option.initFrom(view.viewport());
        option.rect = view.visualRect(index);
        option.font = view.font();
        const QRect line = Ui::ArticleDelegate::titleLine(option, false);
        const QList<QRect> rects = Ui::ArticleDelegate::markerRects(line, view.font(), markers);
        QCOMPARE(rects.size(), markers.size());
        const QImage image = view.viewport()->grab().toImage();
        int left = line.left() + 40; // the title keeps room of its own
        for (const QRect &r : rects) {
            QVERIFY2(option.rect.contains(r), qPrintable(index.data().toString()));
            QVERIFY2(r.left() > left, qPrintable(index.data().toString()));
            left = r.right();
            QVERIFY2(somethingDrawnIn(image, r), qPrintable(index.data().toString()));
        }
        // The title is the title alone; the tooltip has it whole.
        QVERIFY(index.data(Qt::ToolTipRole).toString().startsWith(index.data().toString()));
    }
    // The seed page has all three kinds.
    QVERIFY(sawPdf && sawArchive && sawFeatured);
}

QTEST_MAIN(ArticleDelegateTest)
#include "articledelegate_test.moc"
