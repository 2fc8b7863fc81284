#include "citationstrip.h"

#include "citationformatter.h"
#include "cslstylecatalog.h"
#include "settings/config.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>

namespace Vigil::Ui {

namespace {

// The combo box's item that opens the style chooser carries no style id.
const QString moreStyles;

// Short names for the defaults, in CslStyleCatalog::defaultStyleIds()'s order.
QStringList defaultStyleNames()
{
    return { CitationStrip::tr("APA 7th"), CitationStrip::tr("MLA 9th"), CitationStrip::tr("Chicago author-date"),
        CitationStrip::tr("Chicago notes"), CitationStrip::tr("Harvard") };
}

} // namespace

CitationStrip::CitationStrip(Csl::CitationFormatter *formatter, QWidget *parent)
    : QWidget(parent)
    , m_formatter(formatter)
    , m_label(new QLabel(this))
    , m_combo(new QComboBox(this))
    , m_copy(new QPushButton(tr("C&opy"), this))
    , m_requestTimer(new QTimer(this))
{
    m_requestTimer->setSingleShot(true);
    m_requestTimer->setInterval(requestDelayMs);
    connect(m_requestTimer, &QTimer::timeout, this, &CitationStrip::sendRequest);
    setObjectName(QStringLiteral("citationStrip"));
    m_label->setObjectName(QStringLiteral("citationLabel"));
    m_label->setAccessibleName(tr("Citation of this article"));
    m_label->setTextFormat(Qt::RichText);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_label->setFocusPolicy(Qt::StrongFocus);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_combo->setObjectName(QStringLiteral("citationStyleCombo"));
    m_combo->setAccessibleName(tr("Citation style"));
    // As wide as a short style's name ("Chicago author-date" ends in "…" there, whole
    // in its list): the row must fit a laptop's pane in every language, or the
    // citation under it is laid out for a width it does not get, and cut.
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(12);
    m_copy->setObjectName(QStringLiteral("citationCopyButton"));
    m_copy->setAccessibleName(tr("Copy the citation"));
    m_copy->setToolTip(tr("Copy the citation, formatted, for a word processor (Ctrl+Shift+C)"));

    const QStringList ids = Csl::CslStyleCatalog::defaultStyleIds();
    const QStringList names = defaultStyleNames();
    for (qsizetype i = 0; i < ids.size(); ++i)
        m_combo->addItem(names.at(i), ids.at(i));
    m_combo->insertSeparator(m_combo->count());
    m_combo->addItem(tr("More styles…"), moreStyles);

    auto *title = new QLabel(tr("C&ite as"), this);
    title->setBuddy(m_combo);
    // The citation under its controls, across the pane's whole width: beside
    // them, on a laptop's screen, it ran to ten lines and squeezed the article.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(title, 0, 0);
    layout->addWidget(m_combo, 0, 1);
    layout->setColumnStretch(2, 1);
    m_controls = new QHBoxLayout;
    m_controls->addWidget(m_copy);
    layout->addLayout(m_controls, 0, 3);
    layout->addWidget(m_label, 1, 0, 1, 4);

    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        const QString id = m_combo->itemData(index).toString();
        if (id == moreStyles) {
            selectStyleInCombo(); // until a style is chosen
            emit moreStylesRequested();
        } else {
            setStyleId(id);
        }
    });
    connect(m_copy, &QPushButton::clicked, this, &CitationStrip::copyRequested);
    connect(m_formatter, &Csl::CitationFormatter::formatted, this,
        [this](quint64 token, const QString &, qint64, const Csl::CslEntry &entry) {
            if (token == m_token)
                showEntry(entry);
        });
    connect(m_formatter, &Csl::CitationFormatter::failed, this,
        [this](quint64 token, const QString &, qint64, const QString &message) {
            if (token != m_token)
                return;
            m_label->setText(message.toHtmlEscaped());
            m_copy->setEnabled(false);
        });

    const QString saved = Config::get(Config::Key::CitationStyle).toString();
    m_style = saved.isEmpty() ? Csl::CslStyleCatalog::defaultStyleId() : saved;
    if (!ids.contains(m_style)) {
        const std::optional<Csl::CslStyle> style = Csl::CslStyleCatalog().find(m_style);
        if (style)
            addStyleItem(style->id, style->title);
        else
            m_style = Csl::CslStyleCatalog::defaultStyleId(); // uninstalled since
    }
    selectStyleInCombo();
    showArticle(0, {});
}

void CitationStrip::addControl(QWidget *control)
{
    // Its words whole, never "Add…list".
    control->setSizePolicy(QSizePolicy::Fixed, control->sizePolicy().verticalPolicy());
    m_controls->insertWidget(m_controls->count() - 1, control);
}

void CitationStrip::addStyleItem(const QString &styleId, const QString &title)
{
    if (m_combo->findData(styleId) >= 0)
        return;
    // After the defaults, before the separator and "More styles…".
    const int at = m_combo->count() - 2;
    m_combo->insertItem(at, title.isEmpty() ? styleId : title, styleId);
    m_combo->setItemData(at, title, Qt::ToolTipRole);
}

void CitationStrip::selectStyleInCombo()
{
    const QSignalBlocker blocker(m_combo);
    m_combo->setCurrentIndex(m_combo->findData(m_style));
}

void CitationStrip::setStyleId(const QString &styleId, const QString &title)
{
    if (styleId.isEmpty())
        return;
    addStyleItem(styleId, title);
    m_style = styleId;
    selectStyleInCombo();
    Config::set(Config::Key::CitationStyle, styleId);
    request();
}

void CitationStrip::showArticle(qint64 articleId, const QJsonObject &item)
{
    m_article = articleId;
    m_item = item;
    request();
}

std::optional<Csl::CslEntry> CitationStrip::currentEntry() const
{
    if (m_article == 0)
        return std::nullopt;
    return m_formatter->cached(m_style, m_article);
}

void CitationStrip::request()
{
    m_token = 0;
    m_requestTimer->stop();
    m_copy->setEnabled(false);
    if (m_article == 0) {
        m_label->clear();
        return;
    }
    if (const std::optional<Csl::CslEntry> entry = m_formatter->cached(m_style, m_article)) {
        showEntry(*entry);
        return;
    }
    m_label->setText(tr("Formatting the citation…"));
    m_requestTimer->start();
}

void CitationStrip::sendRequest()
{
    if (m_article != 0)
        m_token = m_formatter->request(m_style, m_article, m_item);
}

void CitationStrip::showEntry(const Csl::CslEntry &entry)
{
    m_label->setText(entry.html);
    m_copy->setEnabled(true);
}

} // namespace Vigil::Ui
