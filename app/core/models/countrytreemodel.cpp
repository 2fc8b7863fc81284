#include "countrytreemodel.h"

#include "storage/cataloguequeries.h"
#include "text/englishplurals.h"

#include <utility>

namespace Vigil::Core {

struct CountryTreeModel::Node
{
    NodeKind kind = NodeKind::Region;
    QString code;
    QString name;
    int count = 0;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node *append(NodeKind childKind, const QString &childCode, const QString &childName, int childCount = 0)
    {
        auto child = std::make_unique<Node>();
        child->kind = childKind;
        child->code = childCode;
        child->name = childName;
        child->count = childCount;
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

// Its plural words need English's forms (text/englishplurals.h). A pointer to
// the function, visible outside this file so no compiler drops it, keeps that
// file and its start-up function in every program that links this one.
extern void (*const countryTreeUsesEnglishPlurals)();
void (*const countryTreeUsesEnglishPlurals)() = &useEnglishPlurals;

namespace {

QString articlesText(int n)
{
    return CountryTreeModel::tr("%Ln article(s)", nullptr, n);
}

} // namespace

CountryTreeModel::CountryTreeModel(const CatalogueQueries &catalogue, QObject *parent)
    : QAbstractItemModel(parent)
    , m_catalogue(catalogue)
{
    build();
}

CountryTreeModel::~CountryTreeModel() = default;

void CountryTreeModel::reload()
{
    beginResetModel();
    build();
    endResetModel();
}

void CountryTreeModel::build()
{
    m_countries.clear();
    m_pages.clear();
    m_root = std::make_unique<Node>();
    Node *root = m_root.get();
    root->append(NodeKind::All, QString(), tr("All articles"), m_catalogue.articleCount());

    // regionList() lists parents before children. World itself (no parent) is the
    // invisible root, so its children make the top level.
    QHash<QString, Node *> regions;
    std::vector<Node *> regionOrder;
    const QList<Region> regionList = m_catalogue.regionList();
    for (const Region &r : regionList) {
        if (r.parentCode.isEmpty()) {
            regions.insert(r.code, root);
            continue;
        }
        Node *parentNode = regions.value(r.parentCode, root);
        Node *node = parentNode->append(NodeKind::Region, r.code, r.name);
        regions.insert(r.code, node);
        regionOrder.push_back(node);
    }

    const QList<CountryCount> countries = m_catalogue.countryCounts();
    for (const CountryCount &c : countries) {
        Node *parentNode = regions.value(c.regionCode, root);
        m_countries.insert(c.code, parentNode->append(NodeKind::Country, c.code, c.name, c.articles));
    }

    // An article about two countries of a region counts once for the region, so
    // a region's count is asked of the library; a region with no articles in any of
    // its countries is known to be 0 without asking. Children come later in
    // regionOrder than their parents, so walking it backwards sees them first.
    QHash<const Node *, bool> hasArticles;
    for (auto it = regionOrder.rbegin(); it != regionOrder.rend(); ++it) {
        Node *node = *it;
        bool any = false;
        for (const auto &child : node->children)
            any = any || (child->kind == NodeKind::Country ? child->count > 0 : hasArticles.value(child.get()));
        hasArticles.insert(node, any);
        if (any)
            node->count = m_catalogue.regionArticleCount(node->code);
    }

    const QList<QPair<QString, QString>> pages = m_catalogue.pageList();
    const QHash<QString, int> pageCounts = m_catalogue.pageArticleCounts();
    Node *header = root->append(NodeKind::PagesHeader, QString(), tr("Source pages"), int(pages.size()));
    QHash<QString, int> titles;
    for (const auto &page : pages)
        ++titles[page.second];
    for (const auto &[key, title] : pages) {
        // Two pages of one title (a newer copy of a page, saved under another
        // name) are told apart by their file names.
        const QString name = title.isEmpty() ? key : titles.value(title) > 1 ? tr("%1 (%2)").arg(title, key) : title;
        m_pages.insert(key, header->append(NodeKind::Page, key, name, pageCounts.value(key)));
    }
    m_listsHeader = nullptr;
    if (!m_lists.isEmpty()) {
        m_listsHeader = root->append(NodeKind::ListsHeader, QString(), tr("My reading lists"));
        appendLists(m_listsHeader);
    }
}

void CountryTreeModel::appendLists(Node *header)
{
    for (const ReadingList &list : std::as_const(m_lists))
        header->append(
            NodeKind::List, QString::number(list.id), list.isDefault ? tr("Reading list") : list.name, list.count);
    header->count = int(m_lists.size());
}

void CountryTreeModel::setReadingLists(const QList<ReadingList> &lists)
{
    if (lists == m_lists)
        return;
    // The branch changes in place, so that the view keeps what is chosen and
    // expanded elsewhere; a list of the same lists only changes its names and counts.
    const QList<ReadingList> before = std::exchange(m_lists, lists);
    Node *root = m_root.get();
    if (!m_listsHeader) {
        const int row = int(root->children.size());
        beginInsertRows({}, row, row);
        m_listsHeader = root->append(NodeKind::ListsHeader, QString(), tr("My reading lists"));
        appendLists(m_listsHeader);
        endInsertRows();
        return;
    }
    if (lists.isEmpty()) {
        beginRemoveRows({}, m_listsHeader->row, m_listsHeader->row);
        root->children.erase(root->children.begin() + m_listsHeader->row);
        m_listsHeader = nullptr;
        endRemoveRows();
        return;
    }
    const QModelIndex header = indexOf(m_listsHeader);
    bool sameLists = before.size() == lists.size();
    for (qsizetype i = 0; sameLists && i < lists.size(); ++i)
        sameLists = before.at(i).id == lists.at(i).id;
    if (sameLists) {
        for (qsizetype i = 0; i < lists.size(); ++i) {
            Node *node = m_listsHeader->children[size_t(i)].get();
            node->name = lists.at(i).isDefault ? tr("Reading list") : lists.at(i).name;
            node->count = lists.at(i).count;
        }
        emit dataChanged(index(0, 0, header), index(int(lists.size()) - 1, 0, header));
        return;
    }
    if (!m_listsHeader->children.empty()) {
        beginRemoveRows(header, 0, int(m_listsHeader->children.size()) - 1);
        m_listsHeader->children.clear();
        endRemoveRows();
    }
    beginInsertRows(header, 0, int(lists.size()) - 1);
    appendLists(m_listsHeader);
    endInsertRows();
    emit dataChanged(header, header);
}

CountryTreeModel::Node *CountryTreeModel::nodeAt(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex CountryTreeModel::indexOf(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, const_cast<Node *>(node));
}

QModelIndex CountryTreeModel::allIndex() const
{
    return index(0, 0);
}

QModelIndex CountryTreeModel::indexForCountry(const QString &code) const
{
    return indexOf(m_countries.value(code.toUpper()));
}

QModelIndex CountryTreeModel::indexForPage(const QString &key) const
{
    return indexOf(m_pages.value(key));
}

QModelIndex CountryTreeModel::indexForList(qint64 id) const
{
    if (!m_listsHeader)
        return {};
    for (const auto &child : m_listsHeader->children) {
        if (child->code == QString::number(id))
            return indexOf(child.get());
    }
    return {};
}

QModelIndex CountryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *p = nodeAt(parent);
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex CountryTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeAt(child)->parent);
}

int CountryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeAt(parent)->children.size());
}

int CountryTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant CountryTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *n = nodeAt(index);
    switch (role) {
    case Qt::DisplayRole:
        if (n->kind == NodeKind::PagesHeader || n->kind == NodeKind::ListsHeader
            || (n->count == 0 && n->kind != NodeKind::List))
            return n->name;
        return QStringLiteral("%1 (%2)").arg(n->name).arg(n->count);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: // "Serbia: 21 articles", not "Serbia (21)"
        switch (n->kind) {
        case NodeKind::All:
            return tr("Every article in the library: %1").arg(articlesText(n->count));
        case NodeKind::Region:
            return tr("%1: %2 about its countries").arg(n->name, articlesText(n->count));
        case NodeKind::Country:
            return tr("%1: %2").arg(n->name, articlesText(n->count));
        // A heading is heard by its name first, as it is seen, then what it holds.
        case NodeKind::PagesHeader: {
            const QString about = tr("The %n page(s) the library was built from", nullptr, n->count);
            return role == Qt::AccessibleTextRole ? n->name + QStringLiteral(": ") + about : about;
        }
        case NodeKind::Page:
            return tr("Source page “%1”: %2").arg(n->name, articlesText(n->count));
        case NodeKind::ListsHeader: {
            const QString about = tr("The articles you keep to read or to cite");
            return role == Qt::AccessibleTextRole ? n->name + QStringLiteral(": ") + about : about;
        }
        case NodeKind::List:
            return tr("%1: %2 you added").arg(n->name, articlesText(n->count));
        }
        return {};
    case NameRole:
        return n->name;
    case KindRole:
        return int(n->kind);
    case CodeRole:
        return n->code;
    case CountRole:
        return n->count;
    case IconKeyRole:
        switch (n->kind) {
        case NodeKind::All:
            return QStringLiteral("all");
        case NodeKind::Region:
            return QStringLiteral("region");
        case NodeKind::Country:
            return QStringLiteral("country");
        case NodeKind::PagesHeader:
        case NodeKind::Page:
            return QStringLiteral("page");
        case NodeKind::ListsHeader:
        case NodeKind::List:
            return QStringLiteral("list");
        }
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags CountryTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    // The headers only group their children; selecting one would show nothing.
    if (nodeAt(index)->kind == NodeKind::PagesHeader || nodeAt(index)->kind == NodeKind::ListsHeader)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QHash<int, QByteArray> CountryTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(KindRole, "kind");
    names.insert(CodeRole, "code");
    names.insert(CountRole, "count");
    names.insert(IconKeyRole, "iconKey");
    return names;
}

} // namespace Vigil::Core
