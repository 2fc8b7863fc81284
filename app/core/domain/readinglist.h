#pragma once

#include <QDateTime>
#include <QString>

namespace Vigil::Core {

// One of the reader's lists of articles, with how many it holds. The default list
// ("Reading list") always exists; the reader names the others.
struct ReadingList
{
    qint64 id = 0;
    QString name;
    int count = 0;
    bool isDefault = false;

    bool operator==(const ReadingList &o) const
    {
        return id == o.id && name == o.name && count == o.count && isDefault == o.isDefault;
    }
    bool operator!=(const ReadingList &o) const { return !(*this == o); }
};

struct ListEntry
{
    qint64 articleId = 0;
    QDateTime added; // UTC
};

} // namespace Vigil::Core
