#include "localnames.h"

#include <QFile>
#include <QHash>
#include <QLocale>
#include <QMutex>

#include <algorithm>
#include <array>

namespace Vigil::Core {

namespace {

constexpr std::array columns { u"sr", u"sr_Latn", u"sq" };

struct Table
{
    QHash<QString, std::array<QString, columns.size()>> names;
};

const Table &table()
{
    static const Table loaded = [] {
        Table t;
        QFile file(QStringLiteral(":/vigil/data/local-names.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            return t;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        for (const QString &line : lines) {
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const QStringList cells = line.split(u'\t');
            if (cells.size() != qsizetype(columns.size()) + 1)
                continue;
            std::array<QString, columns.size()> row;
            for (size_t i = 0; i < columns.size(); ++i)
                row[i] = cells.at(qsizetype(i) + 1);
            t.names.insert(cells.first(), row);
        }
        return t;
    }();
    return loaded;
}

struct State
{
    QMutex mutex;
    int column = -1; // -1: the library's own names
    QString code = QStringLiteral("en");
};

State &state()
{
    static State s;
    return s;
}

int currentColumn()
{
    QMutexLocker lock(&state().mutex);
    return state().column;
}

QLocale collationLocale()
{
    switch (currentColumn()) {
    case 0:
        return QLocale(QLocale::Serbian, QLocale::CyrillicScript, QLocale::Serbia);
    case 1:
        return QLocale(QLocale::Serbian, QLocale::LatinScript, QLocale::Serbia);
    case 2:
        return QLocale(QLocale::Albanian, QLocale::Albania);
    default:
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    }
}

} // namespace

void LocalNames::setLanguage(const QString &code)
{
    const auto it = std::find(columns.begin(), columns.end(), QStringView(code));
    QMutexLocker lock(&state().mutex);
    state().column = it == columns.end() ? -1 : int(it - columns.begin());
    state().code = it == columns.end() ? QStringLiteral("en") : code;
}

QString LocalNames::language()
{
    QMutexLocker lock(&state().mutex);
    return state().code;
}

QString LocalNames::name(const QString &code, const QString &fallback)
{
    const int column = currentColumn();
    if (column < 0)
        return fallback;
    const auto it = table().names.constFind(code);
    if (it == table().names.cend() || it->at(size_t(column)).isEmpty())
        return fallback;
    return it->at(size_t(column));
}

QStringList LocalNames::allNames(const QString &code)
{
    const auto it = table().names.constFind(code);
    if (it == table().names.cend())
        return {};
    return QStringList(it->begin(), it->end());
}

QCollator LocalNames::collator()
{
    QCollator collator(collationLocale());
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator;
}

} // namespace Vigil::Core
