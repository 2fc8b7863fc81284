#include "notepanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

namespace Vigil::Ui {

NotePanel::NotePanel(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_state(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("notePanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(2);
    auto *title = new QLabel(tr("My &note"), this);
    title->setBuddy(m_edit);
    m_edit->setObjectName(QStringLiteral("noteEdit"));
    m_edit->setAccessibleName(tr("My note on this article"));
    m_edit->setTabChangesFocus(true);
    m_state->setObjectName(QStringLiteral("noteStateLabel"));
    m_state->setTextFormat(Qt::PlainText);
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_state);
    layout->addLayout(header);
    layout->addWidget(m_edit, 1);
    m_timer->setSingleShot(true);
    m_timer->setInterval(saveDelayMs);
    connect(m_timer, &QTimer::timeout, this, &NotePanel::saveNow);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this]() {
        if (m_article <= 0)
            return;
        m_pending = true;
        showState(QString());
        m_timer->start();
    });
    showArticle(0, QString());
}

void NotePanel::showArticle(qint64 articleId, const QString &text)
{
    saveNow();
    m_article = articleId;
    const QSignalBlocker blocker(m_edit);
    // A note whose save failed is newer than what the store has.
    m_edit->setPlainText(m_failed.value(articleId, text));
    // A note is usually added to: the cursor waits at its end.
    m_edit->moveCursor(QTextCursor::End);
    m_edit->setEnabled(articleId > 0);
    m_edit->setPlaceholderText(articleId > 0 ? tr("Write a note on this article; it is saved as you type.")
                                             : tr("Open an article to write a note on it."));
    showState(m_failed.contains(articleId) ? tr("Not saved yet") : QString());
}

bool NotePanel::saveNow()
{
    m_timer->stop();
    if (m_pending && m_article > 0)
        m_failed.insert(m_article, m_edit->toPlainText());
    m_pending = false;
    if (m_failed.isEmpty())
        return true;
    QString error;
    for (auto it = m_failed.begin(); it != m_failed.end();) {
        if (m_saver && m_saver(it.key(), it.value(), &error))
            it = m_failed.erase(it);
        else
            ++it;
    }
    if (m_failed.isEmpty()) {
        showState(tr("Saved"));
        return true;
    }
    showState(tr("Not saved yet"));
    emit saveFailed(error.isEmpty() ? tr("Notes cannot be saved in this session.") : error);
    return false;
}

void NotePanel::discardUnsaved()
{
    m_timer->stop();
    m_pending = false;
    m_failed.clear();
    showArticle(0, QString());
}

void NotePanel::showState(const QString &text)
{
    m_state->setText(text);
}

} // namespace Vigil::Ui
