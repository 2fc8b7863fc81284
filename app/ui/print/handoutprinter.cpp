#include "handoutprinter.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QLocale>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <cmath>

namespace Vigil::Ui {

namespace {

// The page a point of the laid-out document falls on.
int pageOf(qreal y, qreal pageHeight)
{
    return int(std::floor(y / pageHeight));
}

// Qt draws, for a paragraph it meets at a page's top, the paragraph's line just
// above the page too, hidden by the clip. In a PDF hidden text is still text: a
// search, a copy or a screen reader met the line at every page break twice. A
// paragraph that runs over a break is made two, one on each page, so that no
// paragraph has a line on the page before.
void splitParagraphsAtPageBreaks(QTextDocument *document, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    // Splitting takes a little room (a paragraph's margins), which can move a
    // later break: measure again until none is left, a few rounds at most.
    for (int round = 0; round < 4; ++round) {
        document->pageCount(); // the whole document laid out
        QList<int> breaks; // positions where a line opens a new page
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            const QTextLayout *lines = block.layout();
            const qreal top = layout->blockBoundingRect(block).top();
            for (int i = 1; lines && i < lines->lineCount(); ++i) {
                if (pageOf(top + lines->lineAt(i).y(), pageHeight)
                    != pageOf(top + lines->lineAt(i - 1).y(), pageHeight))
                    breaks.append(block.position() + lines->lineAt(i).textStart());
            }
        }
        if (breaks.isEmpty())
            return;
        // From the end, so that the positions still to split stay where they were.
        for (auto at = breaks.crbegin(); at != breaks.crend(); ++at) {
            QTextCursor cursor(document);
            cursor.setPosition(*at);
            const QTextBlock block = cursor.block();
            // The two halves read as one paragraph: no space between, no indent.
            QTextBlockFormat first = block.blockFormat();
            QTextBlockFormat rest = first;
            first.setBottomMargin(0);
            rest.setTopMargin(0);
            rest.setTextIndent(0);
            rest.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
            cursor.insertBlock(rest);
            QTextCursor(block).setBlockFormat(first);
        }
        document->markContentsDirty(0, document->characterCount());
    }
}

} // namespace

HandoutPrinter::HandoutPrinter(QString html, QString title, QString footerNotice)
    : m_html(std::move(html))
    , m_title(std::move(title))
    , m_footerNotice(std::move(footerNotice))
{
}

bool HandoutPrinter::print(QPagedPaintDevice *device, QString *error, const Progress &progress) const
{
    m_pages = 0;
    QPainter painter;
    if (!painter.begin(device)) {
        *error = tr("The printer could not be started.");
        return false;
    }
    // Point sizes are laid out at the device's resolution, as QTextDocument::print does.
    QTextDocument document;
    document.documentLayout()->setPaintDevice(device);
    document.setDocumentMargin(0);
    // Latin text without ligatures: "ﬀ" in "trafficking" would reach the PDF's
    // text as one character, and a search for the word would not find it.
    QFont font = document.defaultFont();
    font.setStyleStrategy(QFont::PreferNoShaping);
    document.setDefaultFont(font);
    document.setHtml(m_html);

    QFont footerFont = document.defaultFont();
    footerFont.setPointSizeF(8);
    const QFontMetricsF metrics(footerFont, device);
    const qreal footerHeight = metrics.height() * 3;
    const QSizeF body(device->width(), device->height() - footerHeight);
    document.setPageSize(body);
    splitParagraphsAtPageBreaks(&document, body.height());
    const int pages = document.pageCount();

    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device->newPage()) {
            *error = tr("The printer did not take page %1.").arg(page + 1);
            return false;
        }
        painter.save();
        painter.translate(0, -page * body.height());
        const QRectF sheet(QPointF(0, page * body.height()), body);
        painter.setClipRect(sheet);
        // A line that opens the next page starts exactly at this one's bottom,
        // and a clip that only touches it draws it: a hair inside the page.
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = sheet.adjusted(0, 0, 0, -0.5);
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        // The foot: a rule, the notice on the left, the page number on the right.
        const qreal top = device->height() - footerHeight + metrics.height();
        painter.setFont(footerFont);
        painter.setPen(QPen(Qt::black, 0));
        painter.drawLine(QPointF(0, top), QPointF(body.width(), top));
        const QRectF line(0, top + metrics.height() * 0.4, body.width(), metrics.height());
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(m_footerNotice, Qt::ElideRight, body.width() * 0.7));
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(page + 1).arg(pages));
        if (progress && !progress(page + 1, pages)) {
            *error = tr("Printing was stopped.");
            return false;
        }
    }
    m_pages = pages;
    if (!painter.end()) {
        *error = tr("The printer could not finish the document.");
        return false;
    }
    return true;
}

bool HandoutPrinter::writePdf(const QString &path, QString *error, const Progress &progress) const
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Vigil could not write %1 (%2). Choose a folder you can write to and try again.")
                     .arg(shown, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(m_title);
        writer.setCreator(QStringLiteral("Vigil"));
        writer.setResolution(300);
        setUsualPage(&writer);
        QString problem;
        if (!print(&writer, &problem, progress)) {
            file.cancelWriting();
            *error = tr("Vigil could not write %1: %2").arg(shown, problem);
            return false;
        }
    }
    if (!file.commit()) {
        *error = tr("Vigil could not write %1 (%2). Choose a folder you can write to, with some free space, and "
                    "try again.")
                     .arg(shown, file.errorString());
        return false;
    }
    return true;
}

void HandoutPrinter::setUsualPage(QPdfWriter *writer)
{
    const bool inches = QLocale().measurementSystem() == QLocale::ImperialUSSystem;
    writer->setPageLayout(QPageLayout(QPageSize(inches ? QPageSize::Letter : QPageSize::A4), QPageLayout::Portrait,
        QMarginsF(18, 18, 18, 16), QPageLayout::Millimeter));
}

} // namespace Vigil::Ui
