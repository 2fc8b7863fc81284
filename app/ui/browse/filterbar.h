#pragma once

#include "domain/articlefilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLineEdit;
class QSpinBox;
class QTimer;
class QToolButton;

namespace Vigil::Ui {

// Search field and filters above the article list. The bar owns the filter's
// state; the country or page chosen in the tree is set from outside and shown as
// a chip like the rest. Every active criterion is a removable chip.
class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    explicit FilterBar(QWidget *parent = nullptr);

    Core::ArticleFilter filter() const { return m_filter; }
    void setFilter(const Core::ArticleFilter &filter);
    // Scope from the tree: a country, a region or a page, with its name for the chip.
    void setScope(const QString &country, const QString &region, const QString &pageKey, const QString &label);
    // Scope from the tree: one of the reader's lists, with the articles it holds.
    // Setting it again with other articles refreshes the list shown.
    void setListScope(qint64 listId, const QList<qint64> &articles, const QString &label);
    void setTopicChoices(const QList<Core::FacetCount> &topics);
    void setPublisherChoices(const QList<Core::FacetCount> &publishers);
    void setYearBounds(int first, int last);
    void setTopic(const QString &topicId);
    void setCountryNames(const QHash<QString, QString> &names) { m_countryNames = names; }

    bool hasActiveFilters() const;
    QLineEdit *searchField() const { return m_search; }

public slots:
    void clearAll();
    void focusSearch();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void filterChanged(const Core::ArticleFilter &filter);
    // The tree's scope was removed through its chip.
    void scopeCleared();

private:
    void readControls();
    bool hasScope() const;
    void clearScope();
    static int yearValue(const QSpinBox *box);
    void rebuildChips();
    void addChip(const QString &text, const std::function<void()> &remove);
    void emitChange();

    Core::ArticleFilter m_filter;
    QString m_scopeLabel;
    QHash<QString, QString> m_countryNames;
    QLineEdit *m_search = nullptr;
    QSpinBox *m_yearFrom = nullptr;
    QSpinBox *m_yearTo = nullptr;
    QComboBox *m_topic = nullptr;
    QComboBox *m_publisher = nullptr;
    QComboBox *m_section = nullptr;
    QCheckBox *m_pdfOnly = nullptr;
    QToolButton *m_clear = nullptr;
    QWidget *m_chips = nullptr;
    QHBoxLayout *m_chipLayout = nullptr;
    QTimer *m_debounce = nullptr;
    bool m_updating = false;
};

} // namespace Vigil::Ui
