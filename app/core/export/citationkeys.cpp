#include "citationkeys.h"

#include "content/citationnames.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace Vigil::Core::CitationKeys {

namespace {

bool isStopWord(const QString &key)
{
    static const QSet<QString> words
        = { QStringLiteral("the"), QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("of"),
              QStringLiteral("on"), QStringLiteral("in"), QStringLiteral("for"), QStringLiteral("and") };
    return words.contains(key);
}

// The first word of text that gives a key with a letter in it ("2020" says
// less than the year beside it) and is not a stop word nor except.
QString firstWord(const QString &text, const QString &except = {})
{
    for (const QString &w : text.split(u' ', Qt::SkipEmptyParts)) {
        const QString k = CitationNames::asciiKey(w);
        const bool hasLetter = std::any_of(k.cbegin(), k.cend(), [](QChar c) { return c.isLetter(); });
        if (hasLetter && !isStopWord(k) && k != except)
            return k;
    }
    return {};
}

// a, b, ..., z, aa, ab, ...
QString letters(int n)
{
    QString out;
    for (++n; n > 0; n = (n - 1) / 26)
        out.prepend(QChar(u'a' + (n - 1) % 26));
    return out;
}

} // namespace

QString base(const CslItem &item)
{
    QString prefix;
    if (!item.authors.isEmpty()) {
        const CslName &n = item.authors.first();
        prefix = n.isInstitution() ? firstWord(n.literal) : CitationNames::asciiKey(n.family);
    }
    if (prefix.isEmpty())
        prefix = QStringLiteral("anon");
    const QString year = item.issued.isValid() ? QString::number(item.issued.year()) : QStringLiteral("nd");
    return prefix + year + firstWord(item.title, prefix);
}

QStringList assign(const QList<CslItem> &items)
{
    QStringList keys;
    QMap<QString, QList<qsizetype>> byBase; // ordered: the letters go out in a fixed order
    for (qsizetype i = 0; i < items.size(); ++i) {
        keys << base(items.at(i));
        byBase[keys.last()] << i;
    }
    QSet<QString> taken;
    for (auto it = byBase.cbegin(); it != byBase.cend(); ++it) {
        if (it.value().size() == 1)
            taken.insert(it.key());
    }
    for (auto it = byBase.cbegin(); it != byBase.cend(); ++it) {
        if (it.value().size() == 1)
            continue;
        QList<qsizetype> order = it.value();
        std::stable_sort(order.begin(), order.end(), [&items](qsizetype l, qsizetype r) {
            const CslItem &a = items.at(l);
            const CslItem &b = items.at(r);
            if (a.issued.sortKey() != b.issued.sortKey())
                return a.issued.sortKey() < b.issued.sortKey();
            if (const int c = a.title.compare(b.title); c != 0)
                return c < 0;
            return a.articleId < b.articleId;
        });
        int n = 0;
        for (const qsizetype i : std::as_const(order)) {
            QString key;
            do
                key = it.key() + letters(n++);
            while (taken.contains(key) || byBase.contains(key));
            taken.insert(key);
            keys[i] = key;
        }
    }
    return keys;
}

} // namespace Vigil::Core::CitationKeys
