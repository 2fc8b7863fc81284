#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPdfWriter;

namespace Vigil::Ui {

// Prints a handout's HTML (core/content/handoutrenderer.h) on pages: Qt's
// rich-text layout fills each page, and the foot of every page gets a short
// content notice and "Page 3 of 12". Qt WebEngine is not used: its PDFs have no
// page numbers, and it cannot run on the offscreen platform that
// `vigil --print-pdf` uses. The same drawing goes to a printer, to the print
// preview and to a PDF file (whose fonts QPdfWriter embeds).
class HandoutPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(HandoutPrinter)

public:
    // Called after each page is drawn with its number and the count; false stops.
    using Progress = std::function<bool(int page, int pages)>;

    HandoutPrinter(QString html, QString title, QString footerNotice);

    // Draws every page on the device (a QPrinter, a QPdfWriter). False, with
    // *error saying why, when the device cannot be painted on or progress stopped.
    bool print(QPagedPaintDevice *device, QString *error, const Progress &progress = {}) const;
    // Writes the handout to a PDF file, all or nothing: a failed write leaves any
    // file that was at the path as it was.
    bool writePdf(const QString &path, QString *error, const Progress &progress = {}) const;
    const QString &title() const { return m_title; }
    // Pages of the last print().
    int pageCount() const { return m_pages; }

    // A4, or US Letter where the reader's locale measures in inches.
    static void setUsualPage(QPdfWriter *writer);

private:
    QString m_html;
    QString m_title;
    QString m_footerNotice;
    mutable int m_pages = 0;
};

} // namespace Vigil::Ui
