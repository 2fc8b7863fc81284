#include "pagevariants.h"

#include "import/dateparser.h"

#include <QRegularExpression>

#include <array>

namespace Vigil::Test {

namespace {

using Core::DateMatch;
using Core::DateParser;

constexpr std::array<const char *, 12> MonthNames = { "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December" };

QString monthName(int month)
{
    return QString::fromLatin1(MonthNames[size_t(month - 1)]);
}

// A day-precision ISO date written in one of the forms found on the site.
QString writtenDate(const QString &iso, int style)
{
    const int y = iso.left(4).toInt();
    const int m = iso.mid(5, 2).toInt();
    const int d = iso.mid(8, 2).toInt();
    const QString day = QString::number(d);
    switch (style) {
    case 4:
        return QStringLiteral("%1 %2, %3").arg(monthName(m), day).arg(y);
    case 5:
        return iso;
    case 6:
        return QStringLiteral("%1.%2.%3").arg(d).arg(m).arg(y);
    case 7: {
        const char *suffix = (d % 10 == 1 && d != 11) ? "st"
            : (d % 10 == 2 && d != 12)                ? "nd"
            : (d % 10 == 3 && d != 13)                ? "rd"
                                                      : "th";
        return QStringLiteral("%1%2 %3 %4").arg(day, QLatin1String(suffix), monthName(m)).arg(y);
    }
    case 8:
        return QStringLiteral("%1 %2. %3").arg(day, monthName(m).left(3)).arg(y);
    case 9:
        return QStringLiteral("%1-%2-%3").arg(day, monthName(m).left(3)).arg(y);
    case 10:
        return QStringLiteral("%1th of %2 %3").arg(day, monthName(m)).arg(y);
    case 11:
        return QStringLiteral("%1 %2 %3").arg(y).arg(monthName(m), day);
    case 12:
        return QStringLiteral("%1. %2. %3").arg(d).arg(m).arg(y);
    default:
        return QStringLiteral("%1 %2 %3").arg(day, monthName(m)).arg(y);
    }
}

// The byline with its date cut out and the separators left at its ends trimmed.
QString withoutDate(const QString &byline, const DateMatch &match)
{
    QString rest = byline.left(match.start) + u' ' + byline.mid(match.start + match.length);
    rest = rest.simplified();
    static const QRegularExpression ends(QStringLiteral("^[\\s,;|–—-]+|[\\s,;|–—-]+$"));
    return rest.remove(ends);
}

// Slips of the hand in a month name: a letter left out or one typed twice.
QString droppedLetter(const QString &name)
{
    return name.left(name.size() / 2) + name.mid(name.size() / 2 + 1);
}
QString doubledLetter(const QString &name)
{
    const qsizetype at = name.size() / 2;
    return name.left(at + 1) + name.at(at) + name.mid(at + 1);
}

QString swappedLetters(const QString &name)
{
    const qsizetype at = name.size() / 2;
    return name.left(at) + name.at(at + 1) + name.at(at) + name.mid(at + 2);
}

enum class Slip { Drop, Double, Swap };

// Replaces the first full month name (of at least minLength letters) in line.
bool typoMonth(QString &line, Slip slip)
{
    for (int m = 1; m <= 12; ++m) {
        const QString name = monthName(m);
        const qsizetype at = line.indexOf(name);
        if (at < 0 || (slip != Slip::Double && name.size() < 5))
            continue;
        line.replace(at, name.size(),
            slip == Slip::Drop         ? droppedLetter(name)
                : slip == Slip::Double ? doubledLetter(name)
                                       : swappedLetters(name));
        return true;
    }
    return false;
}

qsizetype indexStarting(const QStringList &lines, const QString &prefix, qsizetype from = 0)
{
    for (qsizetype i = from; i < lines.size(); ++i) {
        if (lines[i].startsWith(prefix))
            return i;
    }
    return -1;
}

} // namespace

PageVariantGenerator::PageVariantGenerator(SeedModel seed)
    : m_seed(std::move(seed))
{
}

qsizetype PageVariantGenerator::entryCount() const
{
    return m_seed.featured.size() + m_seed.archive.size();
}

SeedEntry *PageVariantGenerator::entry(SeedModel &model, qsizetype index) const
{
    return index < model.featured.size() ? &model.featured[index] : &model.archive[index - model.featured.size()];
}

PageVariant PageVariantGenerator::make(const QString &variantClass, const QString &name, const SeedModel &model) const
{
    PageVariant v;
    v.variantClass = variantClass;
    v.name = name;
    v.text = model.render(&v.expected);
    return v;
}

QList<PageVariant> PageVariantGenerator::generate() const
{
    QList<PageVariant> out;
    addLineEnds(out);
    addBlanks(out);
    addMenus(out);
    addHeadingsRemoved(out);
    addCaptionsMoved(out);
    addCaptionsGrouped(out);
    addCitationForms(out);
    addReordered(out);
    addBylineStyles(out);
    addFullCitations(out);
    addCitationQuoteForms(out);
    addTypos(out);
    addInlineAccess(out);
    addAccessForms(out);
    addMissingAccess(out);
    addThreeLineHeads(out);
    addTopicHeads(out);
    return out;
}

void PageVariantGenerator::addLineEnds(QList<PageVariant> &out) const
{
    const PageVariant lf = make(QStringLiteral("line ends"), QStringLiteral("LF"), m_seed);
    PageVariant v = lf;
    v.name = QStringLiteral("CRLF");
    v.text.replace(u'\n', QStringLiteral("\r\n"));
    out << v;
    v = lf;
    v.name = QStringLiteral("CR");
    v.text.replace(u'\n', u'\r');
    out << v;
    v = lf;
    v.name = QStringLiteral("mixed");
    QStringList lines = lf.text.split(u'\n');
    QString mixed;
    for (qsizetype i = 0; i < lines.size(); ++i)
        mixed += lines[i]
            + (i + 1 == lines.size() ? QString()
                    : i % 3 == 0     ? QStringLiteral("\r\n")
                    : i % 3 == 1     ? QStringLiteral("\r")
                                     : QStringLiteral("\n"));
    v.text = mixed;
    out << v;
}

void PageVariantGenerator::addBlanks(QList<PageVariant> &out) const
{
    const QChar nbsp(0x00A0);
    for (int which = 0; which < 3; ++which) {
        SeedModel model = m_seed;
        for (qsizetype i = 0; i < entryCount(); ++i) {
            SeedEntry *e = entry(model, i);
            if (which == 0 && e->byline >= 0)
                e->lines[e->byline].replace(u' ', nbsp);
            if (which == 1)
                e->lines[e->title].replace(u' ', nbsp);
            if (which == 2 && e->byline >= 0)
                e->lines[e->byline].replace(u' ', QStringLiteral("  \t"));
        }
        out << make(QStringLiteral("blanks"),
            QStringList { QStringLiteral("no-break spaces in bylines"), QStringLiteral("no-break spaces in titles"),
                QStringLiteral("runs of blanks in bylines") }[which],
            model);
    }
    PageVariant v = make(QStringLiteral("blanks"), QStringLiteral("every other space no-break"), m_seed);
    bool flip = false;
    for (QChar &c : v.text) {
        if (c == u' ' && (flip = !flip))
            c = nbsp;
    }
    out << v;
}

void PageVariantGenerator::addMenus(QList<PageVariant> &out) const
{
    const QList<QStringList> menus = {
        { QStringLiteral("Home | Country Pages | Topic Pages | Resources for Teachers") },
        { QStringLiteral("Main Menu"), QStringLiteral("Countries A-Z"), QStringLiteral("Topics") },
        { QStringLiteral(" A - B - C - D - E - F - G "), QStringLiteral(" H - I - J - K - L - M - N ") },
        { QStringLiteral("Site Map"), QStringLiteral("Search this site") },
        { QStringLiteral("Main Menu"), QStringLiteral("Main Menu") },
        // A long menu: the site title stands far down the page.
        { QStringLiteral("Main Menu"), QStringLiteral("Home"), QStringLiteral("Africa"), QStringLiteral("Americas"),
            QStringLiteral("Asia"), QStringLiteral("Europe"), QStringLiteral("Middle East"), QStringLiteral("Oceania"),
            QStringLiteral("Topics"), QStringLiteral("Street Children"), QStringLiteral("Child Soldiers"),
            QStringLiteral("Women"), QStringLiteral("Prevention"), QStringLiteral("Deception of Victims"),
            QStringLiteral("Anecdotes") },
    };
    for (const QStringList &menu : menus) {
        SeedModel model = m_seed;
        QStringList lines;
        for (const QString &line : menu)
            lines << line << QString();
        model.head = lines + model.head;
        out << make(QStringLiteral("menu lines"), menu.join(QStringLiteral(" / ")), model);
    }
}

void PageVariantGenerator::addHeadingsRemoved(QList<PageVariant> &out) const
{
    QList<qsizetype> headings;
    for (qsizetype i = 0; i < m_seed.head.size(); ++i) {
        if (m_seed.head[i].startsWith(QStringLiteral("Republic of ")))
            headings << i;
    }
    for (int mask = 1; mask < (1 << headings.size()); ++mask) {
        SeedModel model = m_seed;
        QStringList removed;
        for (qsizetype k = headings.size() - 1; k >= 0; --k) {
            if (!(mask & (1 << k)))
                continue;
            removed << model.head[headings[k]];
            model.head.removeAt(headings[k]);
            if (k < model.expected.profiles.size())
                model.expected.profiles[k].officialName.clear();
        }
        out << make(QStringLiteral("no heading"), removed.join(QStringLiteral(", ")), model);
    }
}

void PageVariantGenerator::addCaptionsMoved(QList<PageVariant> &out) const
{
    for (qsizetype k = 0; k < m_seed.expected.profiles.size(); ++k) {
        const qsizetype heading = m_seed.head.indexOf(m_seed.expected.profiles[k].officialName);
        const qsizetype caption = indexStarting(m_seed.head, QStringLiteral("Description:"), heading);
        if (heading < 0 || caption < 0)
            continue;
        SeedModel above = m_seed;
        const QString line = above.head.takeAt(caption);
        above.head.insert(heading, line);
        above.head.insert(heading + 1, QString());
        out << make(QStringLiteral("captions"), QStringLiteral("caption above ") + m_seed.head[heading], above);
        SeedModel gone = m_seed;
        gone.head.removeAt(caption);
        out << make(QStringLiteral("captions"), QStringLiteral("no caption for ") + m_seed.head[heading], gone);
    }
}

// Every caption taken out of its profile and put, in the same order, above the
// first profile, with or without the profiles' headings.
void PageVariantGenerator::addCaptionsGrouped(QList<PageVariant> &out) const
{
    for (const bool headings : { true, false }) {
        SeedModel model = m_seed;
        QStringList captions;
        QStringList head;
        qsizetype at = -1; // where the first profile begins
        for (const QString &line : std::as_const(model.head)) {
            const bool heading = line.startsWith(QStringLiteral("Republic of "));
            if (heading && at < 0)
                at = head.size();
            if (line.startsWith(QStringLiteral("Description:")))
                captions << line << QString();
            else if (headings || !heading)
                head << line;
        }
        if (at < 0 || captions.isEmpty())
            return;
        for (qsizetype k = captions.size() - 1; k >= 0; --k)
            head.insert(at, captions[k]);
        if (!headings) {
            for (ExpectedProfile &p : model.expected.profiles)
                p.officialName.clear();
        }
        model.head = head;
        if (!headings) {
            // Neither headings nor captions: each profile is the country its
            // TIP excerpt names.
            SeedModel bare = model;
            bare.head.removeIf([](const QString &line) { return line.startsWith(QStringLiteral("Description:")); });
            out << make(QStringLiteral("captions grouped"), QStringLiteral("no captions, no headings"), bare);
        }
        out << make(QStringLiteral("captions grouped"),
            headings ? QStringLiteral("captions above the headings") : QStringLiteral("captions above, no headings"),
            model);
    }
}

// The profiles' citations on lines of their own, and the TIP citation in the
// other forms the pages give it.
void PageVariantGenerator::addCitationForms(QList<PageVariant> &out) const
{
    // The seed writes a no-break space and a space before the Factbook citation.
    static const QRegularExpression factbookRe(
        QStringLiteral("[\\s\\x{00A0}]+\\[The World Factbook, U\\.S\\.C\\.I\\.A\\. 2009\\]"));
    static const QString factbook = QStringLiteral("  [The World Factbook, U.S.C.I.A. 2009]");
    static const QString tip = QStringLiteral(" - U.S. State Dept Trafficking in Persons Report, June, 2009");
    struct Form
    {
        QString name;
        QString factbookAs; // what replaces the Factbook citation
        QString tipAs; // what replaces the TIP citation
        QString tipCitation; // the citation the parse must give
    };
    const QList<Form> forms = {
        { QStringLiteral("Factbook citation on its own line"),
            QStringLiteral("\n\n[The World Factbook, U.S.C.I.A. 2009]"), tip,
            QStringLiteral("U.S. State Dept Trafficking in Persons Report, June, 2009") },
        { QStringLiteral("CIA World Factbook"), QStringLiteral(" [CIA World Factbook, U.S.C.I.A. 2009]"), tip,
            QStringLiteral("U.S. State Dept Trafficking in Persons Report, June, 2009") },
        { QStringLiteral("TIP citation on its own line"), factbook,
            QStringLiteral("\n\n- U.S. State Dept Trafficking in Persons Report, June, 2009"),
            QStringLiteral("U.S. State Dept Trafficking in Persons Report, June, 2009") },
        { QStringLiteral("TIP citation in brackets"), factbook,
            QStringLiteral(" [U.S. State Dept Trafficking in Persons Report, June, 2009]"),
            QStringLiteral("U.S. State Dept Trafficking in Persons Report, June, 2009") },
        { QStringLiteral("TIP Report"), factbook, QStringLiteral(" - U.S. State Dept TIP Report, June 2009"),
            QStringLiteral("U.S. State Dept TIP Report, June 2009") },
        { QStringLiteral("TIP citation year first"), factbook,
            QStringLiteral(" - 2009 Trafficking in Persons Report, U.S. Department of State"),
            QStringLiteral("2009 Trafficking in Persons Report, U.S. Department of State") },
    };
    for (const Form &form : forms) {
        SeedModel model = m_seed;
        QStringList head;
        for (QString line : std::as_const(model.head)) {
            line.replace(factbookRe, form.factbookAs);
            line.replace(tip, form.tipAs);
            head << line.split(u'\n');
        }
        model.head = head;
        for (ExpectedProfile &p : model.expected.profiles) {
            if (!p.tipCitation.isEmpty())
                p.tipCitation = form.tipCitation;
            if (form.name == QStringLiteral("CIA World Factbook"))
                p.backgroundCitation = QStringLiteral("CIA World Factbook, U.S.C.I.A. 2009");
        }
        out << make(QStringLiteral("profile citations"), form.name, model);
    }
}

void PageVariantGenerator::addReordered(QList<PageVariant> &out) const
{
    for (qsizetype i = 0; i + 1 < m_seed.archive.size(); ++i) {
        SeedModel model = m_seed;
        model.archive.swapItemsAt(i, i + 1);
        out << make(QStringLiteral("blocks reordered"),
            QStringLiteral("archive entries %1 and %2 swapped").arg(i).arg(i + 1), model);
    }
    SeedModel swapped = m_seed;
    swapped.featured.swapItemsAt(0, 1);
    out << make(QStringLiteral("blocks reordered"), QStringLiteral("featured entries swapped"), swapped);

    // Country profiles in another order: each block runs from its heading to the next.
    QList<qsizetype> starts;
    for (const ExpectedProfile &p : m_seed.expected.profiles)
        starts << m_seed.head.indexOf(p.officialName);
    const qsizetype tips = indexStarting(m_seed.head, QStringLiteral("Serbia is a source"));
    if (starts.size() != 3 || starts.contains(-1) || tips < 0)
        return;
    starts << tips;
    const QList<QList<int>> orders = { { 1, 0, 2 }, { 2, 0, 1 } };
    for (const QList<int> &order : orders) {
        SeedModel model = m_seed;
        QStringList head = m_seed.head.mid(0, starts[0]);
        model.expected.profiles.clear();
        for (int k : order) {
            head << m_seed.head.mid(starts[k], starts[k + 1] - starts[k]);
            model.expected.profiles << m_seed.expected.profiles[k];
        }
        head << m_seed.head.mid(tips);
        model.head = head;
        out << make(QStringLiteral("blocks reordered"),
            QStringLiteral("profiles in order %1%2%3").arg(order[0]).arg(order[1]).arg(order[2]), model);
    }
}

void PageVariantGenerator::addBylineStyles(QList<PageVariant> &out) const
{
    const QStringList styles = { QStringLiteral("date first"), QStringLiteral("date in brackets"),
        QStringLiteral("date after a dash"), QStringLiteral("date after a bar"), QStringLiteral("month first"),
        QStringLiteral("ISO date"), QStringLiteral("dotted day-first date"), QStringLiteral("ordinal day"),
        QStringLiteral("abbreviated month"), QStringLiteral("day-month-year with dashes"), QStringLiteral("\"th of\""),
        QStringLiteral("year first"), QStringLiteral("dotted with blanks") };
    for (int style = 0; style < styles.size(); ++style) {
        SeedModel model = m_seed;
        for (qsizetype i = 0; i < entryCount(); ++i) {
            SeedEntry *e = entry(model, i);
            if (e->byline < 0 || e->expected.date.size() != 10)
                continue;
            QString &byline = e->lines[e->byline];
            const auto match = DateParser::findLast(byline);
            if (!match)
                continue;
            const QString rest = withoutDate(byline, *match);
            const QString date = writtenDate(e->expected.date, style);
            static const QStringList joins
                = { QString(), QStringLiteral(" (%1)"), QStringLiteral(" – %1"), QStringLiteral(" | %1") };
            if (style == 0)
                byline = date + QStringLiteral(", ") + rest;
            else if (style < joins.size())
                byline = rest + joins[style].arg(date);
            else
                byline = rest + QStringLiteral(", ") + date;
        }
        out << make(QStringLiteral("byline styles"), styles[style], model);
    }
    SeedModel model = m_seed;
    for (qsizetype i = 0; i < entryCount(); ++i) {
        SeedEntry *e = entry(model, i);
        if (e->byline >= 0 && !e->expected.authors.isEmpty())
            e->lines[e->byline].prepend(QStringLiteral("By "));
    }
    out << make(QStringLiteral("byline styles"), QStringLiteral("\"By\" before authors"), model);

    // "Outlet, date, by Author"; the surname first ("Ljubas, Zdravko"); a
    // weekday before the date and a time after it.
    SeedModel byAfter = m_seed;
    SeedModel weekday = m_seed;
    for (qsizetype i = 0; i < entryCount(); ++i) {
        SeedEntry *e = entry(byAfter, i);
        const QString author = e->expected.authors.value(0);
        if (e->byline >= 0 && e->expected.authors.size() == 1
            && e->lines[e->byline].startsWith(author + QStringLiteral(", ")))
            e->lines[e->byline] = e->lines[e->byline].mid(author.size() + 2) + QStringLiteral(", by ") + author;
        e = entry(weekday, i);
        if (e->byline < 0 || e->expected.date.size() != 10)
            continue;
        QString &byline = e->lines[e->byline];
        if (const auto match = DateParser::findLast(byline); match && !byline.mid(match->start).contains(u':')) {
            const QString date = byline.mid(match->start, match->length);
            byline.replace(
                match->start, match->length, QStringLiteral("Thursday, ") + date + QStringLiteral(" 12:30 GMT"));
        }
    }
    out << make(QStringLiteral("byline styles"), QStringLiteral("\"by\" after the date"), byAfter);
    out << make(QStringLiteral("byline styles"), QStringLiteral("weekday and time around the date"), weekday);
}

void PageVariantGenerator::addFullCitations(QList<PageVariant> &out) const
{
    for (qsizetype i = 0; i < entryCount(); ++i) {
        for (const bool keepTitle : { false, true }) {
            SeedModel model = m_seed;
            SeedEntry *e = entry(model, i);
            if (e->byline < 0 || e->expected.date.isEmpty() || e->lines[e->title].contains(u'"'))
                continue;
            QString &byline = e->lines[e->byline];
            const QString quoted = i % 2 ? QStringLiteral("\"%1\"").arg(e->expected.title)
                                         : QStringLiteral("“%1”").arg(e->expected.title);
            const QString author = e->expected.authors.value(0);
            if (!author.isEmpty() && byline.startsWith(author + QStringLiteral(", ")))
                byline.insert(author.size() + 2, quoted + QStringLiteral(", "));
            else
                byline.prepend(quoted + QStringLiteral(", "));
            if (!keepTitle) {
                e->lines.removeAt(e->title);
                e->lines.removeAt(e->title); // the blank line under it
            }
            out << make(QStringLiteral("full-citation bylines"),
                (keepTitle ? QStringLiteral("title and citation: ") : QStringLiteral("citation alone: "))
                    + e->expected.title.left(40),
                model);
        }
    }
}

// A citation standing alone where the title line would be, its title in single
// quotes, or in double quotes with no commas around ("Author "Title" Outlet date").
void PageVariantGenerator::addCitationQuoteForms(QList<PageVariant> &out) const
{
    for (qsizetype i = 0; i < entryCount(); ++i) {
        SeedModel model = m_seed;
        SeedEntry *e = entry(model, i);
        if (e->byline < 0 || e->expected.date.isEmpty() || e->lines[e->title].contains(u'"')
            || e->lines[e->title].contains(u'\'') || e->expected.title.endsWith(u'.'))
            continue;
        QString &byline = e->lines[e->byline];
        const QString author = e->expected.authors.value(0);
        const bool bare = e->expected.authors.size() == 1 && e->expected.publishers.size() == 1
            && byline.startsWith(author + QStringLiteral(", ")) && byline.count(u',') == 2;
        if (bare) {
            byline.replace(QStringLiteral(", "), QStringLiteral(" "));
            byline.insert(author.size() + 1, QStringLiteral("\"%1\" ").arg(e->expected.title));
        } else if (!author.isEmpty() && byline.startsWith(author + QStringLiteral(", "))) {
            byline.insert(author.size() + 2, QStringLiteral("'%1', ").arg(e->expected.title));
        } else {
            byline.prepend(QStringLiteral("'%1', ").arg(e->expected.title));
        }
        e->lines.removeAt(e->title);
        e->lines.removeAt(e->title); // the blank line under it
        out << make(QStringLiteral("citation quote forms"), byline.left(60), model);
    }
}

void PageVariantGenerator::addTypos(QList<PageVariant> &out) const
{
    for (qsizetype i = 0; i < entryCount(); ++i) {
        // Each slip in turn: a letter left out, one typed twice, two swapped.
        const Slip slip = Slip(i % 3);
        SeedModel model = m_seed;
        SeedEntry *e = entry(model, i);
        if (e->byline >= 0 && !e->expected.date.isEmpty() && typoMonth(e->lines[e->byline], slip))
            out << make(QStringLiteral("month typos"), e->lines[e->byline].left(60), model);
        model = m_seed;
        e = entry(model, i);
        if (e->firstAccess >= 0 && typoMonth(e->lines[e->firstAccess], Slip((i + 1) % 3)))
            out << make(QStringLiteral("month typos"), e->lines[e->firstAccess], model);
    }
}

void PageVariantGenerator::addInlineAccess(QList<PageVariant> &out) const
{
    for (qsizetype i = 0; i < entryCount(); ++i) {
        SeedModel model = m_seed;
        SeedEntry *e = entry(model, i);
        if (e->byline < 0 || e->firstAccess < 0)
            continue;
        bool adjacent = true; // only blank lines between the byline and its access line
        for (int k = e->byline + 1; k < e->firstAccess; ++k)
            adjacent = adjacent && e->lines[k].trimmed().isEmpty();
        if (!adjacent)
            continue;
        QString access = e->lines[e->firstAccess].trimmed();
        if (i % 2 && access.startsWith(u'[') && access.endsWith(u']')) // "(accessed ...)" on every other one
            access = u'(' + access.mid(1, access.size() - 2) + u')';
        e->lines[e->byline] += u' ' + access;
        e->lines.removeAt(e->firstAccess);
        out << make(QStringLiteral("access on the byline"), e->lines[e->byline].left(60), model);
    }
}

// The access line in the other forms hand-written pages give it: a slip in the
// word, other brackets or none, another word for it.
void PageVariantGenerator::addAccessForms(QList<PageVariant> &out) const
{
    const QStringList forms = { QStringLiteral("[acessed %1]"), QStringLiteral("[accesssed %1]"),
        QStringLiteral("(accessed %1)"), QStringLiteral("[accessed %1"), QStringLiteral("accessed %1"),
        QStringLiteral("[retrieved %1]"), QStringLiteral("[date accessed: %1]"), QStringLiteral("[Accessed on %1]"),
        QStringLiteral("[ accessed %1 ]") };
    static const QRegularExpression accessed(QStringLiteral("^\\[accessed (.+)\\]$"));
    for (const QString &form : forms) {
        SeedModel model = m_seed;
        for (qsizetype i = 0; i < entryCount(); ++i) {
            for (QString &line : entry(model, i)->lines) {
                if (const auto m = accessed.match(line.trimmed()); m.hasMatch())
                    line = form.arg(m.captured(1));
            }
        }
        out << make(QStringLiteral("access line forms"), form, model);
    }
}

// An entry whose access line was left out: it must stay an entry of its own,
// told from the one before by its title and dated byline.
void PageVariantGenerator::addMissingAccess(QList<PageVariant> &out) const
{
    for (qsizetype i = 1; i < entryCount(); ++i) {
        SeedModel model = m_seed;
        SeedEntry *e = entry(model, i);
        if (e->byline < 0 || e->firstAccess < 0 || e->expected.date.isEmpty() || e->expected.accessed.size() != 1)
            continue;
        bool adjacent = true; // title, byline and access line with only blank lines between
        for (int k = e->title + 1; k < e->firstAccess; ++k)
            adjacent = adjacent && (k == e->byline || e->lines[k].trimmed().isEmpty());
        if (!adjacent)
            continue;
        e->lines.removeAt(e->firstAccess);
        e->expected.accessed.clear();
        out << make(QStringLiteral("no access line"), e->expected.title.left(60), model);
    }
}

// Heads of three lines: a subtitle under the title, or the author on a line of
// their own above the rest of the byline.
void PageVariantGenerator::addThreeLineHeads(QList<PageVariant> &out) const
{
    SeedModel subtitles = m_seed;
    SeedModel authorLines = m_seed;
    for (qsizetype i = 0; i < entryCount(); ++i) {
        SeedEntry *e = entry(subtitles, i);
        const QString &title = e->lines[e->title];
        static const QRegularExpression closing(QStringLiteral("[.,;:!?-]\\W*$"));
        // Not on the first entry: above it stands the page head, whose last
        // line cannot be told from a title (see EntryHeadFinder).
        if (i > 0 && e->byline >= 0 && !title.contains(u'"') && !closing.match(title).hasMatch()
            && !title.contains(QStringLiteral("[PDF]"))) {
            e->lines.insert(e->title + 1, QStringLiteral("A report from the region"));
            e->lines.insert(e->title + 1, QString());
            e->expected.title += QStringLiteral(": A report from the region");
        }
        e = entry(authorLines, i);
        const QString author = e->expected.authors.value(0);
        if (e->byline >= 0 && e->expected.authors.size() == 1
            && e->lines[e->byline].startsWith(author + QStringLiteral(", "))) {
            const QString rest = e->lines[e->byline].mid(author.size() + 2);
            e->lines[e->byline] = rest;
            e->lines.insert(e->byline, QString());
            e->lines.insert(e->byline, author);
        }
    }
    out << make(QStringLiteral("three-line heads"), QStringLiteral("subtitles"), subtitles);
    out << make(QStringLiteral("three-line heads"), QStringLiteral("author lines"), authorLines);
}

void PageVariantGenerator::addTopicHeads(QList<PageVariant> &out) const
{
    const QStringList themes
        = { QStringLiteral("Child Trafficking"), QStringLiteral("Trafficking of Women"), QStringLiteral("Prevention"),
              QStringLiteral("Deception of Victims"), QStringLiteral("Background of Human Trafficking"),
              QStringLiteral("Anecdotes"), QStringLiteral("Resources for Teachers") };
    const qsizetype caution = indexStarting(m_seed.head, QStringLiteral("CAUTION"));
    const qsizetype site = m_seed.head.indexOf(QStringLiteral("Human Trafficking & Modern-day Slavery"));
    if (caution < 0 || site < 0)
        return;
    for (const QString &theme : themes) {
        for (const int form : { 0, 1, 2, 3 }) {
            const bool coverage = form % 2 == 0;
            const bool subtitle = form >= 2; // a line under the theme that says what it covers
            SeedModel model = m_seed;
            QStringList head = m_seed.head.mid(0, site + 4); // menu, site title, tagline
            head << theme << QString();
            if (subtitle)
                head << QStringLiteral("What was published on this subject, from news reports to studies") << QString();
            if (coverage)
                head << QStringLiteral("Published reports & articles from 2000 to 2025") << QString();
            head << m_seed.head.mid(caution);
            model.head = head;
            model.expected.title = theme;
            model.expected.profiles.clear();
            out << make(QStringLiteral("topic head"),
                theme + (coverage ? QStringLiteral(" with coverage") : QString())
                    + (subtitle ? QStringLiteral(" and a subtitle") : QString()),
                model);
        }
    }
}

} // namespace Vigil::Test
