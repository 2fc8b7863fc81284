#pragma once

#include "domain/readinglist.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace Vigil::Core {

class CatalogueQueries;

// The navigation tree: "All articles", the UN M49 regions from World's children
// down to the countries, then "Source pages" with one child per page, and, once
// the reader's lists are given, "My reading lists" with one child per list. Counts are
// articles, each counted once per node (an article about Serbia and Kosovo counts
// once for Southern Europe). A country with no region in the reference data (M49
// lists Antarctica under World alone) sits at the top level beside the regions.
//
// The model knows nothing of pixels: a view maps IconKeyRole to its own icons.
class CountryTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountryTreeModel)

public:
    enum class NodeKind { All, Region, Country, PagesHeader, Page, ListsHeader, List };
    Q_ENUM(NodeKind)

    enum Role {
        NameRole = Qt::UserRole + 1, // the name alone, without the count
        KindRole, // NodeKind, as int
        CodeRole, // alpha-2, M49 code, page key or list id; empty for the headers
        CountRole, // articles under the node; pages or lists under a header
        IconKeyRole, // "all", "region", "country", "page", "list"
    };
    Q_ENUM(Role)

    // The queries must outlive the model; the library is read again by reload().
    explicit CountryTreeModel(const CatalogueQueries &catalogue, QObject *parent = nullptr);
    ~CountryTreeModel() override;

    // Reads the library again, after an import or when another library was opened.
    void reload();
    // The reader's lists, in the order given (the default list first). An empty
    // list of lists removes the branch: without the user's data there is none.
    void setReadingLists(const QList<ReadingList> &lists);

    QModelIndex allIndex() const;
    QModelIndex indexForCountry(const QString &code) const;
    QModelIndex indexForPage(const QString &key) const;
    QModelIndex indexForList(qint64 id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node;

    void build();
    void appendLists(Node *header);
    Node *nodeAt(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node) const;

    const CatalogueQueries &m_catalogue;
    std::unique_ptr<Node> m_root;
    QHash<QString, Node *> m_countries;
    QHash<QString, Node *> m_pages;
    QList<ReadingList> m_lists;
    Node *m_listsHeader = nullptr;
};

} // namespace Vigil::Core
