#pragma once

#include <QByteArray>
#include <QString>

namespace Vigil::Ui {

// Every text Vigil puts on the clipboard goes through copy(), so that quick exit
// can take back what Vigil put there and leave alone what the user copied from
// other programs since.
class ClipboardRecord final
{
public:
    void copy(const QString &text);
    // The same text with its formatting, as HTML and RTF, so that it pastes
    // formatted into a word processor and plain elsewhere.
    void copyFormatted(const QString &text, const QString &html, const QByteArray &rtf);
    // Clears the clipboard when it holds the text Vigil last put there, or when
    // the window system says this process owns it (text the user copied out of
    // Vigil's own fields or reading pane); the same for the selection where the
    // platform has one. Returns whether the clipboard was cleared.
    bool clearIfOurs();
    QString lastCopied() const { return m_lastCopied; }

private:
    QString m_lastCopied;
};

} // namespace Vigil::Ui
