#include "seedmodel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Vigil::Test {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

ExpectedArticle expectedArticle(const QJsonObject &a)
{
    ExpectedArticle e;
    e.title = a.value(QStringLiteral("title")).toString();
    e.date = a.value(QStringLiteral("date")).toString();
    e.publishers = strings(a.value(QStringLiteral("publishers")));
    e.authors = strings(a.value(QStringLiteral("authors")));
    e.accessed = strings(a.value(QStringLiteral("accessed")));
    e.paragraphs = int(a.value(QStringLiteral("paragraphs")).toArray().size());
    return e;
}

bool isBlank(const QString &line)
{
    return line.trimmed().isEmpty();
}

} // namespace

SeedModel SeedModel::load(const QString &seedPath, const QString &goldenPath, QString *error)
{
    SeedModel model;
    QFile seed(seedPath);
    QFile golden(goldenPath);
    if (!seed.open(QIODevice::ReadOnly) || !golden.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the seed page or its golden file");
        return model;
    }
    QStringList lines = QString::fromUtf8(seed.readAll()).split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    const QJsonObject page = QJsonDocument::fromJson(golden.readAll()).object();
    model.expected.title = page.value(QStringLiteral("title")).toString();
    for (const QJsonValue &v : page.value(QStringLiteral("profiles")).toArray()) {
        const QJsonObject p = v.toObject();
        model.expected.profiles.append(
            { p.value(QStringLiteral("country")).toString(), p.value(QStringLiteral("official_name")).toString(),
                p.value(QStringLiteral("background_citation")).toString(),
                p.value(QStringLiteral("tip_citation")).toString(),
                int(p.value(QStringLiteral("background")).toArray().size()) });
    }

    const QJsonArray articles = page.value(QStringLiteral("articles")).toArray();
    qsizetype archives = -1;
    qsizetype closing = lines.size();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].trimmed() == u"*** ARCHIVES ***")
            archives = i;
        if (lines[i].contains(QStringLiteral("fair use exception")))
            closing = i;
    }
    if (articles.isEmpty() || archives < 0) {
        *error = QStringLiteral("the golden file has no entries or the seed no archives line");
        return model;
    }
    const qsizetype first = articles.first().toObject().value(QStringLiteral("line")).toInt() - 1;
    model.head = lines.mid(0, first);
    for (qsizetype k = 0; k < articles.size(); ++k) {
        const QJsonObject a = articles[k].toObject();
        const qsizetype start = a.value(QStringLiteral("line")).toInt() - 1;
        qsizetype end
            = k + 1 < articles.size() ? articles[k + 1].toObject().value(QStringLiteral("line")).toInt() - 1 : closing;
        const bool featured = a.value(QStringLiteral("featured")).toBool();
        if (featured && end > archives)
            end = archives;
        SeedEntry entry;
        entry.lines = lines.mid(start, end - start);
        entry.expected = expectedArticle(a);
        for (qsizetype i = 1; i < entry.lines.size(); ++i) {
            if (isBlank(entry.lines[i]))
                continue;
            if (entry.lines[i].trimmed().startsWith(QStringLiteral("[accessed"))) {
                entry.firstAccess = int(i);
                break;
            }
            if (entry.byline < 0 && !a.value(QStringLiteral("byline")).toString().isEmpty())
                entry.byline = int(i);
        }
        (featured ? model.featured : model.archive).append(entry);
        if (featured && k + 1 < articles.size()
            && !articles[k + 1].toObject().value(QStringLiteral("featured")).toBool()) {
            model.separator
                = lines.mid(archives, articles[k + 1].toObject().value(QStringLiteral("line")).toInt() - 1 - archives);
        }
    }
    model.tail = lines.mid(closing);
    return model;
}

QString SeedModel::render(ExpectedPage *out) const
{
    *out = expected;
    out->articles.clear();
    QStringList lines = head;
    for (const SeedEntry &e : featured) {
        lines << e.lines;
        out->articles << e.expected;
    }
    lines << separator;
    for (const SeedEntry &e : archive) {
        lines << e.lines;
        out->articles << e.expected;
    }
    lines << tail;
    return lines.join(u'\n') + u'\n';
}

} // namespace Vigil::Test
