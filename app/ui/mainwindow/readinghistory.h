#pragma once

#include <QList>
#include <QString>

namespace Vigil::Ui {

// What the reading pane showed, as Back and Forward walk it: an article, a
// country's profile, a source page or the hotlines of every country.
struct ReadingPlace
{
    enum class Kind { Article, Country, Page, AllHotlines };
    Kind kind = Kind::Article;
    QString key; // the article's id, the country's code or the page's key

    bool operator==(const ReadingPlace &other) const { return kind == other.kind && key == other.key; }
};

// A browser's history over reading places: visiting a place drops what lay
// ahead of the current one; going back and forth moves through the rest. Only
// the current session is kept, in memory, never on disk.
class ReadingHistory
{
public:
    static constexpr int limit = 200;

    // Does nothing when place is already the current one.
    void visit(const ReadingPlace &place);
    bool canGoBack() const { return m_current > 0; }
    bool canGoForward() const { return m_current + 1 < m_places.size(); }
    // The place to show; call only when canGoBack() / canGoForward().
    ReadingPlace back();
    ReadingPlace forward();
    const ReadingPlace *current() const;
    void clear();

private:
    QList<ReadingPlace> m_places;
    qsizetype m_current = -1;
};

} // namespace Vigil::Ui
