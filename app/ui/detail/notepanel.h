#pragma once

#include <QHash>
#include <QWidget>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QTimer;

namespace Vigil::Ui {

// The reader's note on the article being read, under the reading pane. It is
// saved as the reader types, once typing pauses for saveDelayMs, and at once
// when the article changes or the window closes. A note that could not be saved
// is kept and tried again at every later save, and shown again when its article
// comes back: what the reader wrote is never dropped for a failed write.
class NotePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotePanel)

public:
    static constexpr int saveDelayMs = 500;
    // Writes a note (an empty text deletes it); true once it is on disk.
    using Saver = std::function<bool(qint64 articleId, const QString &text, QString *error)>;

    explicit NotePanel(QWidget *parent = nullptr);

    void setSaver(Saver saver) { m_saver = std::move(saver); }
    // Saves what was typed, then shows the note of this article; 0: none, and
    // the panel says how to get one.
    void showArticle(qint64 articleId, const QString &text);
    // Saves what waits for the pause, and what failed before. False when
    // something is still unsaved.
    bool saveNow();
    // "Clear my data": what waits is dropped with the rest.
    void discardUnsaved();
    bool hasUnsaved() const { return m_pending || !m_failed.isEmpty(); }
    qint64 articleId() const { return m_article; }
    QPlainTextEdit *editor() const { return m_edit; }

signals:
    void saveFailed(const QString &error);

private:
    void showState(const QString &text);

    QPlainTextEdit *m_edit = nullptr;
    QLabel *m_state = nullptr;
    QTimer *m_timer = nullptr;
    Saver m_saver;
    qint64 m_article = 0;
    bool m_pending = false; // typed and not yet saved
    QHash<qint64, QString> m_failed; // by article: saves that failed, to try again
};

} // namespace Vigil::Ui
