#include "handoutprinter.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QLocale>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace Vigil::Ui {

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
    const int pages = document.pageCount();

    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device->newPage()) {
            *error = tr("The printer did not take page %1.").arg(page + 1);
            return false;
        }
        painter.save();
        painter.translate(0, -page * body.height());
        document.drawContents(&painter, QRectF(QPointF(0, page * body.height()), body));
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
