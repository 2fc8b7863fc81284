#pragma once

#include <QCollator>
#include <QLocale>
#include <QSortFilterProxyModel>

namespace Vigil::Core {

// What the navigation tree shows of a CountryTreeModel: by default only the
// regions and countries with articles, and those whose name (or whose region's
// name) holds the filter text. "All articles" is always first and always shown,
// "My reading lists" next with every list, empty ones too, in the order given;
// "Source pages" is always last. Names are sorted for the reader's locale, so
// "Åland Islands" sits with the A's.
class CountryTreeFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountryTreeFilterModel)
    Q_PROPERTY(bool showAllCountries READ showAllCountries WRITE setShowAllCountries NOTIFY showAllCountriesChanged)

public:
    // Sorted and case-insensitive from the start; the source is set with
    // setSourceModel() as for any proxy.
    explicit CountryTreeFilterModel(QObject *parent = nullptr);

    bool showAllCountries() const { return m_showAll; }
    void setShowAllCountries(bool on);

    // The locale whose collation orders the names; QLocale() until set. In the C
    // locale names are compared by code point.
    void setSortLocale(const QLocale &locale);

signals:
    void showAllCountriesChanged(bool on);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool nameMatches(const QModelIndex &sourceIndex) const;

    QCollator m_collator;
    bool m_showAll = false;
};

} // namespace Vigil::Core
