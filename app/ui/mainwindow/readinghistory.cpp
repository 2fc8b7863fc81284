#include "readinghistory.h"

namespace Vigil::Ui {

void ReadingHistory::visit(const ReadingPlace &place)
{
    if (const ReadingPlace *here = current(); here && *here == place)
        return;
    m_places.resize(m_current + 1);
    m_places.append(place);
    if (m_places.size() > limit)
        m_places.removeFirst();
    m_current = m_places.size() - 1;
}

ReadingPlace ReadingHistory::back()
{
    Q_ASSERT(canGoBack());
    return m_places.at(--m_current);
}

ReadingPlace ReadingHistory::forward()
{
    Q_ASSERT(canGoForward());
    return m_places.at(++m_current);
}

const ReadingPlace *ReadingHistory::current() const
{
    return m_current >= 0 && m_current < m_places.size() ? &m_places.at(m_current) : nullptr;
}

void ReadingHistory::clear()
{
    m_places.clear();
    m_current = -1;
}

} // namespace Vigil::Ui
