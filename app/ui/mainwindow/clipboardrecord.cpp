#include "clipboardrecord.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace Vigil::Ui {

void ClipboardRecord::copy(const QString &text)
{
    m_lastCopied = text;
    QGuiApplication::clipboard()->setText(text);
}

void ClipboardRecord::copyFormatted(const QString &text, const QString &html, const QByteArray &rtf)
{
    m_lastCopied = text;
    auto *data = new QMimeData;
    data->setText(text);
    data->setHtml(html);
    data->setData(QStringLiteral("text/rtf"), rtf);
    QGuiApplication::clipboard()->setMimeData(data); // the clipboard owns it
}

bool ClipboardRecord::clearIfOurs()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    // On X11 a selected text stays readable by other programs (and clipboard
    // managers) for as long as Vigil holds it.
    if (clipboard->supportsSelection() && clipboard->ownsSelection())
        clipboard->clear(QClipboard::Selection);
    const bool ours = clipboard->ownsClipboard()
        || (!m_lastCopied.isEmpty() && clipboard->text(QClipboard::Clipboard) == m_lastCopied);
    if (ours)
        clipboard->clear(QClipboard::Clipboard);
    m_lastCopied.clear();
    return ours;
}

} // namespace Vigil::Ui
