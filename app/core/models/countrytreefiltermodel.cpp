#include "countrytreefiltermodel.h"

#include "countrytreemodel.h"

#include <QRegularExpression>

namespace Vigil::Core {

namespace {

using NodeKind = CountryTreeModel::NodeKind;

NodeKind kindOf(const QModelIndex &index)
{
    return NodeKind(index.data(CountryTreeModel::KindRole).toInt());
}

// Where a node sits regardless of its name: "All articles" above everything,
// then the reader's lists, the regions and countries, and "Source pages" below.
int rank(const QModelIndex &index)
{
    switch (kindOf(index)) {
    case NodeKind::All:
        return 0;
    case NodeKind::ListsHeader:
        return 1;
    case NodeKind::PagesHeader:
        return 3;
    default:
        return 2;
    }
}

} // namespace

CountryTreeFilterModel::CountryTreeFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    // A region is shown when any country below it is, whatever its own name.
    setRecursiveFilteringEnabled(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterRole(CountryTreeModel::NameRole);
    setSortRole(CountryTreeModel::NameRole);
    sort(0, Qt::AscendingOrder);
}

void CountryTreeFilterModel::setShowAllCountries(bool on)
{
    if (on == m_showAll)
        return;
    m_showAll = on;
    invalidateFilter();
    emit showAllCountriesChanged(on);
}

void CountryTreeFilterModel::setSortLocale(const QLocale &locale)
{
    m_collator = QCollator(locale);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    invalidate();
}

bool CountryTreeFilterModel::nameMatches(const QModelIndex &sourceIndex) const
{
    const QRegularExpression re = filterRegularExpression();
    if (re.pattern().isEmpty())
        return true;
    return sourceIndex.data(filterRole()).toString().contains(re);
}

bool CountryTreeFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    switch (kindOf(index)) {
    case NodeKind::All:
        // The way back to the whole library stays, whatever is typed.
        return true;
    case NodeKind::PagesHeader:
    case NodeKind::ListsHeader:
        // With a text that is not its own name it shows through its matching children.
        return sourceModel()->rowCount(index) > 0 && nameMatches(index);
    case NodeKind::Page:
        return nameMatches(index) || nameMatches(sourceParent);
    case NodeKind::List:
        // Empty lists stay: a list is where the reader puts articles.
        return nameMatches(index) || nameMatches(sourceParent);
    case NodeKind::Region:
    case NodeKind::Country:
        break;
    }
    if (!m_showAll && index.data(CountryTreeModel::CountRole).toInt() == 0)
        return false;
    // Typing a region's name lists the countries in it.
    for (QModelIndex i = index; i.isValid(); i = i.parent()) {
        if (nameMatches(i))
            return true;
    }
    return false;
}

bool CountryTreeFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int l = rank(left);
    const int r = rank(right);
    if (l != r) {
        // The view reverses a descending sort; the headers keep their places anyway.
        return sortOrder() == Qt::AscendingOrder ? l < r : l > r;
    }
    // The lists come in the store's order: the default list first.
    if (kindOf(left) == NodeKind::List && kindOf(right) == NodeKind::List)
        return sortOrder() == Qt::AscendingOrder ? left.row() < right.row() : left.row() > right.row();
    const int byName = m_collator.compare(
        left.data(CountryTreeModel::NameRole).toString(), right.data(CountryTreeModel::NameRole).toString());
    if (byName != 0)
        return byName < 0;
    return left.data(CountryTreeModel::CodeRole).toString() < right.data(CountryTreeModel::CodeRole).toString();
}

} // namespace Vigil::Core
