#include "cslstylecatalog.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStandardPaths>
#include <QXmlStreamReader>

#include <algorithm>

namespace Vigil::Csl {

namespace {

const QString bundledStyles = QStringLiteral(":/vigil/csl/styles/");
const QString bundledLocales = QStringLiteral(":/vigil/csl/locales/");
const QString styleSuffix = QStringLiteral(".csl");

// The title in the style's <info>; the file name when it has none.
QString readTitle(const QString &path, const QString &fallback)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fallback;
    QXmlStreamReader xml(&file);
    bool inInfo = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("info"))
            inInfo = true;
        else if (xml.isEndElement() && xml.name() == QLatin1String("info"))
            break;
        else if (inInfo && xml.isStartElement() && xml.name() == QLatin1String("title")) {
            const QString title = xml.readElementText().simplified();
            return title.isEmpty() ? fallback : title;
        }
    }
    return fallback;
}

QString readAll(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

// Lower case without accents, for matching what a user types.
QString folded(const QString &text)
{
    QString decomposed = text.normalized(QString::NormalizationForm_D).toCaseFolded();
    decomposed.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return decomposed;
}

// Where the system keeps shared data (XDG_DATA_DIRS on Linux: /usr/local/share, then
// /usr/share, where Debian's packages put the styles); empty when no such folder exists.
QString installedDir(const QString &name)
{
    return QStandardPaths::locate(QStandardPaths::GenericDataLocation,
        QStringLiteral("citation-style-language/") + name, QStandardPaths::LocateDirectory);
}

} // namespace

QString CslStyleCatalog::installedStylesDir()
{
    return installedDir(QStringLiteral("styles"));
}

QString CslStyleCatalog::installedLocalesDir()
{
    return installedDir(QStringLiteral("locales"));
}

QStringList CslStyleCatalog::defaultStyleIds()
{
    return { QStringLiteral("apa"), QStringLiteral("modern-language-association"),
        QStringLiteral("chicago-author-date"), QStringLiteral("chicago-note-bibliography"),
        QStringLiteral("harvard-cite-them-right") };
}

QString CslStyleCatalog::defaultStyleId()
{
    return QStringLiteral("apa");
}

CslStyleCatalog::CslStyleCatalog(QString stylesDir, QString localesDir)
    : m_stylesDir(std::move(stylesDir))
    , m_localesDir(std::move(localesDir))
{
}

std::optional<CslStyle> CslStyleCatalog::byId(const QString &id) const
{
    if (id.isEmpty() || id.contains(u'/') || id.contains(u'\\') || id.startsWith(u'.'))
        return std::nullopt;
    if (m_titlesLoaded) {
        for (const CslStyle &style : std::as_const(m_styles))
            if (style.id == id)
                return style;
        return std::nullopt;
    }
    CslStyle style;
    style.id = id;
    style.bundled = defaultStyleIds().contains(id);
    if (style.bundled)
        style.path = bundledStyles + id + styleSuffix;
    else if (!m_stylesDir.isEmpty())
        style.path = QDir(m_stylesDir).filePath(id + styleSuffix);
    if (style.path.isEmpty() || !QFileInfo(style.path).isFile())
        return std::nullopt;
    style.title = readTitle(style.path, id);
    return style;
}

void CslStyleCatalog::loadTitles() const
{
    if (m_titlesLoaded)
        return;
    m_styles.clear();
    const QStringList defaults = defaultStyleIds();
    for (const QString &id : defaults) {
        const QString path = bundledStyles + id + styleSuffix;
        m_styles.append(CslStyle { id, readTitle(path, id), path, true });
    }
    // Only independent styles: the dependent/ folder's files only point to a parent.
    QList<CslStyle> installed;
    const QDir dir(m_stylesDir);
    // An empty folder name would be the current folder: no installed styles instead.
    const QStringList files
        = m_stylesDir.isEmpty() ? QStringList() : dir.entryList({ QStringLiteral("*.csl") }, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString id = file.chopped(styleSuffix.size());
        if (defaults.contains(id))
            continue;
        const QString path = dir.filePath(file);
        installed.append(CslStyle { id, readTitle(path, id), path, false });
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(installed.begin(), installed.end(),
        [&collator](const CslStyle &a, const CslStyle &b) { return collator.compare(a.title, b.title) < 0; });
    m_styles.append(installed);
    m_titlesLoaded = true;
}

QList<CslStyle> CslStyleCatalog::styles() const
{
    loadTitles();
    return m_styles;
}

QList<CslStyle> CslStyleCatalog::search(const QString &query) const
{
    const QStringList words = folded(query).split(u' ', Qt::SkipEmptyParts);
    QList<CslStyle> found;
    for (const CslStyle &style : styles()) {
        const QString haystack = folded(style.title) + u' ' + style.id;
        if (std::all_of(words.cbegin(), words.cend(), [&haystack](const QString &w) { return haystack.contains(w); }))
            found.append(style);
    }
    return found;
}

std::optional<CslStyle> CslStyleCatalog::find(const QString &name) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (trimmed.endsWith(styleSuffix) && (trimmed.contains(u'/') || trimmed.contains(u'\\'))) {
        const QFileInfo file(trimmed);
        if (!file.isFile())
            return std::nullopt;
        const QString path = file.absoluteFilePath();
        return CslStyle { path, readTitle(path, file.completeBaseName()), path, false };
    }
    const QString id = trimmed.endsWith(styleSuffix) ? trimmed.chopped(styleSuffix.size()) : trimmed;
    if (std::optional<CslStyle> style = byId(id))
        return style;
    // The short names readers say, for the bundled styles that have longer ids.
    static const QHash<QString, QString> shortNames { { QStringLiteral("mla"),
                                                          QStringLiteral("modern-language-association") },
        { QStringLiteral("chicago"), QStringLiteral("chicago-author-date") },
        { QStringLiteral("harvard"), QStringLiteral("harvard-cite-them-right") } };
    if (const auto alias = shortNames.constFind(id.toLower()); alias != shortNames.cend())
        return byId(*alias);
    for (const CslStyle &style : styles())
        if (style.title.compare(trimmed, Qt::CaseInsensitive) == 0)
            return style;
    return std::nullopt;
}

QString CslStyleCatalog::styleXml(const QString &id, QString *error) const
{
    const std::optional<CslStyle> style = QFileInfo(id).isAbsolute() ? find(id) : byId(id);
    if (!style) {
        if (error)
            *error = QStringLiteral("no citation style \"%1\"").arg(id);
        return {};
    }
    return readAll(style->path, error);
}

QString CslStyleCatalog::localeXml(const QString &lang) const
{
    if (lang.isEmpty() || lang.contains(u'/') || lang.contains(u'\\') || lang.contains(u'.'))
        return {};
    const QString file = QStringLiteral("locales-%1.xml").arg(lang);
    for (const QString &path :
        { QString(bundledLocales + file), m_localesDir.isEmpty() ? QString() : QDir(m_localesDir).filePath(file) }) {
        if (!path.isEmpty() && QFileInfo(path).isFile())
            return readAll(path, nullptr);
    }
    return {};
}

} // namespace Vigil::Csl
