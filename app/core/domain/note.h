#pragma once

#include <QDateTime>
#include <QString>

namespace Vigil::Core {

// The reader's note on an article, kept in the user's database.
struct Note
{
    qint64 articleId = 0;
    QString text;
    QDateTime updated; // UTC

    bool operator==(const Note &o) const { return articleId == o.articleId && text == o.text && updated == o.updated; }
    bool operator!=(const Note &o) const { return !(*this == o); }
};

} // namespace Vigil::Core
