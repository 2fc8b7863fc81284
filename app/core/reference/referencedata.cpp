#include "referencedata.h"

#include "text/folding.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <optional>
#include <utility>

namespace Vigil::Core {

namespace {

struct Row
{
    int line = 0;
    QStringList cells;
};

// Every problem is reported as "path:line: message" so a broken table can be fixed
// without guessing which of the five files, or which row, is at fault.
class TableReader
{
public:
    TableReader(const QString &dataDir, QString *error)
        : m_dir(dataDir)
        , m_error(error)
    {
    }

    std::optional<QList<Row>> read(const QString &fileName, qsizetype columns)
    {
        m_path = m_dir.isEmpty() ? QStringLiteral(":/vigil/data/") + fileName : QDir(m_dir).filePath(fileName);
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(0, QStringLiteral("cannot open: ") + file.errorString());
            return std::nullopt;
        }
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        if (lines.isEmpty() || !lines.first().startsWith(u'#')) {
            fail(1, QStringLiteral("the first line must be a header starting with '#'"));
            return std::nullopt;
        }
        QList<Row> rows;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            QString line = lines.at(i);
            if (line.endsWith(u'\r'))
                line.chop(1);
            if (line.trimmed().isEmpty() || line.startsWith(u'#'))
                continue;
            Row row { int(i + 1), line.split(u'\t') };
            if (row.cells.size() != columns) {
                fail(row.line, QStringLiteral("expected %1 columns, found %2").arg(columns).arg(row.cells.size()));
                return std::nullopt;
            }
            for (QString &cell : row.cells)
                cell = cell.trimmed();
            rows.append(row);
        }
        return rows;
    }

    bool fail(int line, const QString &message)
    {
        if (m_error) {
            const QString where = line > 0 ? m_path + u':' + QString::number(line) : m_path;
            *m_error = where + QStringLiteral(": ") + message;
        }
        return false;
    }

private:
    QString m_dir;
    QString m_path;
    QString *m_error;
};

QStringList splitList(const QString &cell)
{
    QStringList items;
    for (const QString &item : cell.split(u'|', Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty())
            items.append(item.trimmed());
    }
    return items;
}

bool isAlpha2(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z]{2}$"));
    return re.match(code).hasMatch();
}

} // namespace

bool ReferenceData::load(const QString &dataDir, QString *error)
{
    static const QRegularExpression m49Code(QStringLiteral("^[0-9]{3}$"));
    static const QRegularExpression topicId(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));

    // Everything is built in a copy, so a failed load leaves the tables as they were.
    ReferenceData d;
    TableReader reader(dataDir, error);

    const auto regionRows = reader.read(QStringLiteral("regions.tsv"), 3);
    if (!regionRows)
        return false;
    QSet<QString> regionCodes;
    for (const Row &r : *regionRows) {
        if (!m49Code.match(r.cells[0]).hasMatch())
            return reader.fail(r.line, QStringLiteral("bad M49 code \"%1\"").arg(r.cells[0]));
        if (r.cells[1].isEmpty())
            return reader.fail(r.line, QStringLiteral("empty region name"));
        if (regionCodes.contains(r.cells[0]))
            return reader.fail(r.line, QStringLiteral("duplicate region \"%1\"").arg(r.cells[0]));
        regionCodes.insert(r.cells[0]);
        d.m_regions.append({ r.cells[0], r.cells[1], r.cells[2] });
    }
    // Parents are checked once all codes are known: a parent may be listed after its child.
    QHash<QString, QString> parentOf;
    for (const Region &region : std::as_const(d.m_regions))
        parentOf.insert(region.code, region.parentCode);
    for (qsizetype i = 0; i < d.m_regions.size(); ++i) {
        const QString &parent = d.m_regions.at(i).parentCode;
        if (!parent.isEmpty() && !regionCodes.contains(parent))
            return reader.fail((*regionRows)[i].line, QStringLiteral("unknown parent region \"%1\"").arg(parent));
        // A cycle would send anyone walking up the tree round for ever.
        QString code = parent;
        for (qsizetype steps = 0; !code.isEmpty(); ++steps, code = parentOf.value(code)) {
            if (steps > d.m_regions.size())
                return reader.fail((*regionRows)[i].line, QStringLiteral("region parents form a cycle"));
        }
    }

    const auto countryRows = reader.read(QStringLiteral("countries.tsv"), 5);
    if (!countryRows)
        return false;
    for (const Row &r : *countryRows) {
        CountryInfo c { r.cells[0], r.cells[1], r.cells[2], r.cells[3], splitList(r.cells[4]) };
        if (!isAlpha2(c.code))
            return reader.fail(r.line, QStringLiteral("bad ISO 3166-1 alpha-2 code \"%1\"").arg(c.code));
        if (c.name.isEmpty())
            return reader.fail(r.line, QStringLiteral("empty country name"));
        if (!c.regionCode.isEmpty() && !regionCodes.contains(c.regionCode))
            return reader.fail(r.line, QStringLiteral("unknown region code \"%1\"").arg(c.regionCode));
        if (d.m_countryIndex.contains(c.code))
            return reader.fail(r.line, QStringLiteral("duplicate country \"%1\"").arg(c.code));
        d.m_countryIndex.insert(c.code, int(d.m_countries.size()));

        QStringList names { c.name };
        if (!c.officialName.isEmpty())
            names.append(c.officialName);
        names.append(c.aliases);
        for (const QString &name : std::as_const(names)) {
            const QString key = foldForMatching(name).simplified();
            const QString other = d.m_nameToCode.value(key);
            // Two countries answering to one name would make lookups depend on row order.
            if (!other.isEmpty() && other != c.code)
                return reader.fail(r.line, QStringLiteral("name \"%1\" already belongs to %2").arg(name, other));
            d.m_nameToCode.insert(key, c.code);
        }
        d.m_countries.append(c);
    }

    const auto placeRows = reader.read(QStringLiteral("places.tsv"), 2);
    if (!placeRows)
        return false;
    QHash<QString, QString> placeCountry;
    for (const Row &r : *placeRows) {
        const Place p { r.cells[0], r.cells[1] };
        if (p.name.isEmpty())
            return reader.fail(r.line, QStringLiteral("empty place name"));
        if (!isAlpha2(p.country) || !d.m_countryIndex.contains(p.country))
            return reader.fail(r.line, QStringLiteral("unknown country \"%1\"").arg(p.country));
        const QString key = foldForMatching(p.name).simplified();
        const QString other = placeCountry.value(key);
        if (!other.isEmpty() && other != p.country)
            return reader.fail(r.line, QStringLiteral("place \"%1\" already belongs to %2").arg(p.name, other));
        placeCountry.insert(key, p.country);
        d.m_places.append(p);
    }

    const auto topicRows = reader.read(QStringLiteral("topics.tsv"), 3);
    if (!topicRows)
        return false;
    QSet<QString> topicIds;
    for (const Row &r : *topicRows) {
        Topic t { r.cells[0], r.cells[1], splitList(r.cells[2]) };
        if (!topicId.match(t.id).hasMatch() || topicIds.contains(t.id))
            return reader.fail(r.line, QStringLiteral("bad or duplicate topic id \"%1\"").arg(t.id));
        if (t.label.isEmpty() || t.keywords.isEmpty())
            return reader.fail(r.line, QStringLiteral("topic \"%1\" needs a label and keywords").arg(t.id));
        for (const QString &keyword : std::as_const(t.keywords)) {
            // Keywords are matched against folded text, so an unfolded one could never match.
            const qsizetype star = keyword.indexOf(u'*');
            if (keyword != foldForMatching(keyword) || keyword == u"*" || (star >= 0 && star != keyword.size() - 1))
                return reader.fail(r.line,
                    QStringLiteral("keyword \"%1\" must be folded lower case, "
                                   "with '*' only at the end")
                        .arg(keyword));
        }
        topicIds.insert(t.id);
        d.m_topics.append(t);
    }

    *this = std::move(d);
    return true;
}

const CountryInfo *ReferenceData::country(const QString &code) const
{
    const auto it = m_countryIndex.constFind(code.trimmed().toUpper());
    return it == m_countryIndex.constEnd() ? nullptr : &m_countries.at(*it);
}

QString ReferenceData::countryCodeForName(const QString &name) const
{
    const QString key = foldForMatching(name).simplified();
    const QString code = m_nameToCode.value(key);
    // Running text says "the Gambia", "the Netherlands", "the United States".
    if (code.isEmpty() && key.startsWith(u"the "))
        return m_nameToCode.value(key.mid(4));
    return code;
}

QString ReferenceData::foldForMatching(const QString &text)
{
    return Text::fold(text);
}

} // namespace Vigil::Core
