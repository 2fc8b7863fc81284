#include "filterbar.h"

#include "widgets/elidedcombobox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Vigil::Ui {

namespace {
constexpr int anyYear = 0;
// Long enough that typing a word is one query, short enough to feel immediate.
constexpr int debounceMs = 180;
// Characters a topic or source box always has room for.
constexpr int minimumChoiceLength = 12;

// A button's text draws "&" as the underline of the next letter; a name from the
// data ("Serbia, Montenegro & Kosovo") must show its "&" and make no shortcut.
QString buttonText(const QString &text)
{
    return QString(text).replace(u'&', QStringLiteral("&&"));
}

QSpinBox *yearBox(const QString &anyText, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(anyYear, 2100);
    box->setSpecialValueText(anyText);
    box->setValue(anyYear);
    box->setAccelerated(true);
    return box;
}
} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_yearFrom(yearBox(tr("any year"), this))
    , m_yearTo(yearBox(tr("any year"), this))
    , m_topic(new ElidedComboBox(this))
    , m_publisher(new ElidedComboBox(this))
    , m_section(new ElidedComboBox(this))
    , m_pdfOnly(new QCheckBox(tr("&PDF only"), this))
    , m_clear(new QToolButton(this))
    , m_chips(new QWidget(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Search titles, sources and text (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search articles"));
    m_yearFrom->setObjectName(QStringLiteral("yearFromSpinBox"));
    m_yearFrom->setAccessibleName(tr("From year"));
    m_yearTo->setObjectName(QStringLiteral("yearToSpinBox"));
    m_yearTo->setAccessibleName(tr("To year"));
    m_topic->setObjectName(QStringLiteral("topicComboBox"));
    m_topic->setAccessibleName(tr("Topic"));
    m_publisher->setObjectName(QStringLiteral("publisherComboBox"));
    m_publisher->setAccessibleName(tr("Source"));
    m_section->setObjectName(QStringLiteral("sectionComboBox"));
    m_section->setAccessibleName(tr("Featured or archive"));
    m_section->addItem(tr("All entries")); // featured and archive: short enough to show whole
    m_section->addItem(tr("Featured only"));
    m_section->addItem(tr("Archive only"));
    m_pdfOnly->setObjectName(QStringLiteral("pdfOnlyCheckBox"));
    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clear->setText(tr("Clear filters"));
    // Its key, Ctrl+Shift+Backspace, is the window's Edit ▸ Clear filters.
    // The key as this system writes it (⇧⌘⌫ on a Mac).
    m_clear->setToolTip(
        tr("Remove every filter (%1)")
            .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace).toString(QKeySequence::NativeText)));
    m_chips->setObjectName(QStringLiteral("filterChips"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    setTopicChoices({});
    setPublisherChoices({});

    auto *row = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("&Years"), this);
    yearLabel->setBuddy(m_yearFrom);
    row->addWidget(yearLabel);
    row->addWidget(m_yearFrom);
    row->addWidget(new QLabel(QStringLiteral("–"), this));
    row->addWidget(m_yearTo);
    row->addWidget(m_pdfOnly);
    row->addStretch(1);
    // Topics and sources have long names: they get a row of their own, and
    // shrink with the pane rather than push the window past a small screen. Never
    // below a readable word or two ("Victim protection"); past that the text ends
    // in "…" and the tooltip and the list that drops down show it whole.
    auto *choices = new QHBoxLayout;
    for (QComboBox *box : { m_topic, m_publisher, m_section }) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(minimumChoiceLength);
        choices->addWidget(box, box == m_section ? 0 : 1);
    }
    // Three short choices, shown whole in every language ("Сви уноси").
    m_section->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_chipLayout = new QHBoxLayout(m_chips);
    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->addStretch(1);
    auto *chipRow = new QHBoxLayout;
    chipRow->addWidget(m_chips, 1);
    chipRow->addWidget(m_clear);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addLayout(row);
    layout->addLayout(choices);
    layout->addLayout(chipRow);

    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &FilterBar::readControls);
    connect(m_search, &QLineEdit::returnPressed, this, &FilterBar::readControls);
    for (QSpinBox *box : { m_yearFrom, m_yearTo })
        connect(box, &QSpinBox::valueChanged, this, &FilterBar::readControls);
    for (QComboBox *box : { m_topic, m_publisher, m_section })
        connect(box, &QComboBox::currentIndexChanged, this, &FilterBar::readControls);
    connect(m_pdfOnly, &QCheckBox::toggled, this, &FilterBar::readControls);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clearAll);
    rebuildChips();
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    // Esc in the search field clears it, and the filter it set, at once.
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
        m_search->clear();
        readControls();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::readControls()
{
    if (m_updating)
        return;
    m_debounce->stop();
    Core::ArticleFilter f = m_filter;
    f.text = m_search->text().trimmed();
    f.yearFrom = yearValue(m_yearFrom);
    f.yearTo = yearValue(m_yearTo);
    f.topic = m_topic->currentData().toString();
    f.publisher = m_publisher->currentData().toString();
    f.section = static_cast<Core::ArticleFilter::Section>(m_section->currentIndex());
    f.pdfOnly = m_pdfOnly->isChecked();
    if (f == m_filter)
        return;
    m_filter = f;
    emitChange();
}

void FilterBar::emitChange()
{
    rebuildChips();
    emit filterChanged(m_filter);
}

void FilterBar::setFilter(const Core::ArticleFilter &filter)
{
    m_updating = true;
    m_filter = filter;
    m_search->setText(filter.text);
    m_yearFrom->setValue(filter.yearFrom ? filter.yearFrom : m_yearFrom->minimum());
    m_yearTo->setValue(filter.yearTo ? filter.yearTo : m_yearTo->minimum());
    auto select = [](QComboBox *box, const QString &value) {
        int index = box->findData(value);
        if (index < 0 && !value.isEmpty()) {
            box->addItem(value, value); // keep a restored choice even before counts arrive
            index = box->count() - 1;
        }
        box->setCurrentIndex(qMax(0, index));
    };
    select(m_topic, filter.topic);
    select(m_publisher, filter.publisher);
    m_section->setCurrentIndex(static_cast<int>(filter.section));
    m_pdfOnly->setChecked(filter.pdfOnly);
    m_updating = false;
    m_debounce->stop();
    emitChange();
}

void FilterBar::setScope(const QString &country, const QString &region, const QString &pageKey, const QString &label)
{
    if (m_filter.country == country && m_filter.region == region && m_filter.pageKey == pageKey
        && m_filter.readingList == 0)
        return;
    clearScope();
    m_filter.country = country;
    m_filter.region = region;
    m_filter.pageKey = pageKey;
    m_scopeLabel = label;
    emitChange();
}

void FilterBar::setListScope(qint64 listId, const QList<qint64> &articles, const QString &label)
{
    if (m_filter.readingList == listId && Core::ArticleFilter::sameIds(m_filter.listArticles, articles)
        && m_scopeLabel == label)
        return;
    clearScope();
    m_filter.readingList = listId;
    m_filter.listArticles = articles;
    m_scopeLabel = label;
    emitChange();
}

bool FilterBar::hasScope() const
{
    return !m_filter.country.isEmpty() || !m_filter.region.isEmpty() || !m_filter.pageKey.isEmpty()
        || m_filter.readingList != 0;
}

void FilterBar::clearScope()
{
    m_filter.country.clear();
    m_filter.region.clear();
    m_filter.pageKey.clear();
    m_filter.readingList = 0;
    m_filter.listArticles.clear();
    m_scopeLabel.clear();
}

void FilterBar::setTopic(const QString &topicId)
{
    const int index = m_topic->findData(topicId);
    if (index >= 0)
        m_topic->setCurrentIndex(index); // readControls follows
}

void FilterBar::setTopicChoices(const QList<Core::FacetCount> &topics)
{
    const QSignalBlocker blocker(m_topic);
    m_topic->clear();
    m_topic->addItem(tr("All topics"), QString());
    for (const Core::FacetCount &t : topics)
        m_topic->addItem(QStringLiteral("%1 (%2)").arg(t.label).arg(t.count), t.key);
    m_topic->setCurrentIndex(qMax(0, m_topic->findData(m_filter.topic)));
}

void FilterBar::setPublisherChoices(const QList<Core::FacetCount> &publishers)
{
    const QSignalBlocker blocker(m_publisher);
    m_publisher->clear();
    m_publisher->addItem(tr("All sources"), QString());
    for (const Core::FacetCount &p : publishers)
        m_publisher->addItem(QStringLiteral("%1 (%2)").arg(p.label.isEmpty() ? p.key : p.label).arg(p.count), p.key);
    int index = m_publisher->findData(m_filter.publisher);
    if (index < 0 && !m_filter.publisher.isEmpty()) {
        m_publisher->addItem(QStringLiteral("%1 (0)").arg(m_filter.publisher), m_filter.publisher);
        index = m_publisher->count() - 1;
    }
    m_publisher->setCurrentIndex(qMax(0, index));
}

void FilterBar::setYearBounds(int first, int last)
{
    if (first <= 0 || last < first)
        return;
    const QSignalBlocker a(m_yearFrom);
    const QSignalBlocker b(m_yearTo);
    // The value just below the first year reads "any year", so stepping up from it
    // lands on the first year with articles rather than on year 1.
    for (QSpinBox *box : { m_yearFrom, m_yearTo }) {
        const int value = box->value();
        box->setRange(first - 1, last);
        box->setValue(value >= first ? value : first - 1);
    }
}

int FilterBar::yearValue(const QSpinBox *box)
{
    return box->value() == box->minimum() ? 0 : box->value();
}

bool FilterBar::hasActiveFilters() const
{
    return m_filter != Core::ArticleFilter {};
}

void FilterBar::clearAll()
{
    const bool hadScope = hasScope();
    setFilter({});
    m_scopeLabel.clear();
    if (hadScope)
        emit scopeCleared();
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::addChip(const QString &text, const std::function<void()> &remove)
{
    auto *chip = new QToolButton(m_chips);
    chip->setObjectName(QStringLiteral("filterChip"));
    chip->setText(buttonText(text) + QStringLiteral("  ✕"));
    chip->setToolTip(tr("Remove this filter"));
    chip->setAccessibleName(tr("Remove filter: %1").arg(text));
    chip->setAutoRaise(false);
    connect(chip, &QToolButton::clicked, this, [remove]() { remove(); });
    m_chipLayout->insertWidget(m_chipLayout->count() - 1, chip);
}

void FilterBar::rebuildChips()
{
    while (m_chipLayout->count() > 1) {
        QLayoutItem *item = m_chipLayout->takeAt(0);
        if (QWidget *w = item->widget())
            w->deleteLater();
        delete item;
    }
    const Core::ArticleFilter f = m_filter;
    if (hasScope()) {
        addChip(m_scopeLabel.isEmpty() ? m_countryNames.value(f.country, f.country) : m_scopeLabel, [this]() {
            clearScope();
            emitChange();
            emit scopeCleared();
        });
    }
    if (!f.text.isEmpty())
        addChip(tr("Search: %1").arg(f.text.left(40)), [this]() {
            m_search->clear();
            readControls();
        });
    if (f.yearFrom || f.yearTo) {
        const QString from = f.yearFrom ? QString::number(f.yearFrom) : QStringLiteral("…");
        const QString to = f.yearTo ? QString::number(f.yearTo) : QStringLiteral("…");
        addChip(tr("Years: %1–%2").arg(from, to), [this]() {
            m_updating = true;
            m_yearFrom->setValue(m_yearFrom->minimum());
            m_yearTo->setValue(m_yearTo->minimum());
            m_updating = false;
            readControls();
        });
    }
    if (!f.topic.isEmpty()) {
        QString label = m_topic->currentText();
        label = label.left(label.lastIndexOf(QStringLiteral(" (")));
        addChip(tr("Topic: %1").arg(label.isEmpty() ? f.topic : label), [this]() { m_topic->setCurrentIndex(0); });
    }
    if (!f.publisher.isEmpty())
        addChip(tr("Source: %1").arg(f.publisher.left(40)), [this]() { m_publisher->setCurrentIndex(0); });
    if (f.section != Core::ArticleFilter::Section::Any)
        addChip(m_section->currentText(), [this]() { m_section->setCurrentIndex(0); });
    if (f.pdfOnly)
        addChip(tr("PDF only"), [this]() { m_pdfOnly->setChecked(false); });
    m_clear->setEnabled(hasActiveFilters());
    m_chips->setVisible(true);
}

} // namespace Vigil::Ui
