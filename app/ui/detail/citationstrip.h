#pragma once

#include "cslentry.h"

#include <QJsonObject>
#include <QWidget>

#include <optional>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTimer;

namespace Vigil::Csl {
class CitationFormatter;
}

namespace Vigil::Ui {

// The citation of the article being read, under the reading pane, in the style
// the reader chose (remembered in Config::Key::CitationStyle). It is formatted
// by the CitationFormatter's worker: the article is shown first, its citation
// follows a moment later, at once when it was formatted before.
class CitationStrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CitationStrip)

public:
    static constexpr int requestDelayMs = 150;

    explicit CitationStrip(Csl::CitationFormatter *formatter, QWidget *parent = nullptr);

    // The article's CSL-JSON; 0 shows nothing. A source page, cited itself, has
    // an id below 0 (MainWindow::pageCitationId), apart from every article's.
    void showArticle(qint64 articleId, const QJsonObject &item);
    qint64 articleId() const { return m_article; }
    QString styleId() const { return m_style; }
    // Chooses a style (a catalogue id), remembers it and formats the article in it.
    void setStyleId(const QString &styleId, const QString &title = QString());
    // The citation on show, when it has arrived.
    std::optional<Csl::CslEntry> currentEntry() const;

    // A control of the article's own beside Copy (the window's reading-list
    // button): the row under the article is where its commands are.
    void addControl(QWidget *control);

    QLabel *citationLabel() const { return m_label; }
    QComboBox *styleCombo() const { return m_combo; }

signals:
    void copyRequested();
    // "More styles…" was chosen: the window asks which (DialogSeam::chooseCitationStyle).
    void moreStylesRequested();

private:
    void addStyleItem(const QString &styleId, const QString &title);
    void selectStyleInCombo();
    void request();
    void sendRequest();
    void showEntry(const Csl::CslEntry &entry);

    Csl::CitationFormatter *m_formatter;
    QLabel *m_label = nullptr;
    QComboBox *m_combo = nullptr;
    QPushButton *m_copy = nullptr;
    QHBoxLayout *m_controls = nullptr;
    QString m_style;
    qint64 m_article = 0;
    QJsonObject m_item;
    quint64 m_token = 0;
    // A reader stepping through the list with the arrow keys passes many articles:
    // only the one that stays a moment is formatted. A cached citation shows at once.
    QTimer *m_requestTimer = nullptr;
};

} // namespace Vigil::Ui
