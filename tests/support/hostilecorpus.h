#pragma once

// The hostile-input corpus: every payload of tests/data/hostile/payloads.txt placed
// in every field a saved page can carry, as whole pages in the format of
// data/sources. Shared by the unit test (parser, store, renderers) and the web
// test (the real detail pane), so both judge the same cases.

#include "import/bylineparser.h"
#include "testsupport.h"

#include <QFile>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace Vigil::Test::Hostile {

enum class Field {
    // The page head: shown on the country profile.
    PageTitle,
    Background,
    TipExcerpt,
    Caution,
    StudentNote,
    Hotline,
    // An entry: shown on its article.
    Title,
    Byline,
    Date,
    Accessed,
    Note,
    Paragraph,
    SectionLead,
    LinkLabel,
    // The closing line: the page citation under every article.
    Citation,
};

inline const QList<Field> &allFields()
{
    static const QList<Field> fields = {
        Field::PageTitle,
        Field::Background,
        Field::TipExcerpt,
        Field::Caution,
        Field::StudentNote,
        Field::Hotline,
        Field::Title,
        Field::Byline,
        Field::Date,
        Field::Accessed,
        Field::Note,
        Field::Paragraph,
        Field::SectionLead,
        Field::LinkLabel,
        Field::Citation,
    };
    return fields;
}

inline QString fieldName(Field f)
{
    switch (f) {
    case Field::PageTitle:
        return QStringLiteral("pagetitle");
    case Field::Background:
        return QStringLiteral("background");
    case Field::TipExcerpt:
        return QStringLiteral("tip");
    case Field::Caution:
        return QStringLiteral("caution");
    case Field::StudentNote:
        return QStringLiteral("students");
    case Field::Hotline:
        return QStringLiteral("hotline");
    case Field::Title:
        return QStringLiteral("title");
    case Field::Byline:
        return QStringLiteral("byline");
    case Field::Date:
        return QStringLiteral("date");
    case Field::Accessed:
        return QStringLiteral("accessed");
    case Field::Note:
        return QStringLiteral("note");
    case Field::Paragraph:
        return QStringLiteral("paragraph");
    case Field::SectionLead:
        return QStringLiteral("section");
    case Field::LinkLabel:
        return QStringLiteral("linklabel");
    case Field::Citation:
        return QStringLiteral("citation");
    }
    return {};
}

// Whether the reader sees the field on the country profile (else on the article).
inline bool onProfile(Field f)
{
    return f == Field::PageTitle || f == Field::Background || f == Field::TipExcerpt || f == Field::Caution
        || f == Field::StudentNote || f == Field::Hotline;
}

// How a field reaches the reader. Whole: as one piece of text. Split: bylines are
// cut at commas, dashes and semicolons into publishers, authors and notes, so only
// the pieces survive, each whole. Dropped: an access line shows only the date
// read from it, never its text.
enum class Shown { Whole, Split, Dropped };

inline Shown shown(Field f)
{
    if (f == Field::Byline || f == Field::Date)
        return Shown::Split;
    if (f == Field::Accessed)
        return Shown::Dropped;
    return Shown::Whole;
}

// The parser cleans entry lines of leftover web addresses; head lines keep theirs.
inline bool losesAddresses(Field f)
{
    return f == Field::Title || f == Field::Byline || f == Field::Date || f == Field::Paragraph
        || f == Field::SectionLead || f == Field::LinkLabel;
}

struct Case
{
    QString name; // "p017-title": payload 17 in the title
    Field field = Field::Title;
    QString payload; // as placed on the page, the URL filled in
    QString pageKey; // "hostile-p017-title"
    QString text; // the whole page
};

// The featured entry's title before its payload: the document title the pane shows.
inline QString featuredTitlePrefix()
{
    return QStringLiteral("Featured report");
}

inline QStringList payloads()
{
    QFile file(testDataPath(QStringLiteral("hostile/payloads.txt")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    QStringList list;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.trimmed().isEmpty() || line.startsWith(u"# "))
            continue;
        list << line;
    }
    return list;
}

// Where a payload's URLs point: the listener of the web test, one path per case so
// that a request would name the case that let it out.
inline QString urlFor(quint16 port, const QString &caseName)
{
    return QStringLiteral("http://127.0.0.1:%1/%2").arg(port).arg(caseName);
}

// The page, in the saved-text format of data/sources, with payload in each of
// fields and plain text everywhere else.
inline QString pageWith(const QList<Field> &fields, const QString &payload)
{
    auto at = [&](Field f) { return fields.contains(f) ? u' ' + payload + u' ' : QStringLiteral(" "); };
    const QString byline = fields.contains(Field::Byline) ? QStringLiteral("Amnesty International, %1, ").arg(payload)
                                                          : QStringLiteral("Amnesty International, ");
    const QString linkLabel = fields.contains(Field::LinkLabel) ? payload : QStringLiteral("Serbia");
    const QStringList lines = {
        QStringLiteral("Main Menu"),
        QStringLiteral("Human Trafficking & Modern-day Slavery"),
        QStringLiteral("Poverty drives the unsuspecting poor into the hands of traffickers"),
        u"Serbia" + at(Field::PageTitle),
        QStringLiteral("Published reports & articles from 2000 to 2025"),
        QStringLiteral("Republic of Serbia"),
        u"The economy" + at(Field::Background)
            + u"grew slowly after the sanctions. [The World Factbook, U.S.C.I.A. 2009]",
        u"Serbia is a source, transit, and destination country" + at(Field::TipExcerpt)
            + u"for trafficked men, women and children. - U.S. State Dept Trafficking in Persons Report, June, 2009",
        u"CAUTION: The following links" + at(Field::Caution) + u"have been culled from the web.",
        u"If you are looking for material" + at(Field::StudentNote)
            + u"to use in a term-paper, scan the postings on this page.",
        QStringLiteral("HELP for Victims"),
        u"SOS hotline" + at(Field::Hotline) + u": 11 33 47 817",
        QStringLiteral("Country code: 381-"),
        featuredTitlePrefix() + at(Field::Title),
        byline + u"1 February" + at(Field::Date) + u"2005",
        u"[accessed 26 February 2015" + at(Field::Accessed) + u']',
        fields.contains(Field::Note) ? u"Note:: " + payload : QStringLiteral("[scroll down]"),
        u"The government must re-open the case" + at(Field::Paragraph) + u"and report back.",
        u"SERBIA --" + at(Field::SectionLead) + u"Citizens were subjected to labor trafficking.",
        QStringLiteral("*** ARCHIVES ***"),
        QStringLiteral("Links on trafficking in Serbia"),
        QStringLiteral("U.S. Dept of State Bureau of Democracy, Human Rights, and Labor, 30 March 2021"),
        linkLabel + QStringLiteral(" -"),
        QStringLiteral("[accessed 22 June 2021]"),
        QStringLiteral("Montenegro -"),
        QStringLiteral("[accessed 22 June 2021]"),
        u"All material used herein reproduced under the fair use exception of 17 USC § 107 for noncommercial, "
        u"nonprofit, and educational use. Cite this webpage as: Patt, Prof. Martin, \"Human Trafficking & "
        u"Modern-day Slavery – Serbia"
            + at(Field::Citation) + u"\", [accessed <date>]",
    };
    return lines.join(QStringLiteral("\n\n")) + u'\n';
}

inline QString pageWith(Field field, const QString &payload)
{
    return pageWith(QList<Field> { field }, payload);
}

// A line as the parser keeps it: controls, byte-order marks and no-break spaces
// are blanks, and blanks are collapsed.
inline QString asParsed(const QString &line)
{
    QString t = line;
    t.replace(QChar(0x00A0), u' ');
    for (QChar &c : t) {
        if (c.category() == QChar::Other_Control || c == QChar(0xFEFF))
            c = u' ';
    }
    return t.simplified();
}

// What a reader should see of the payload in that field.
inline QString visibleText(Field field, const QString &payload)
{
    const QString t = asParsed(payload);
    return losesAddresses(field) ? Core::BylineParser::removeAddressFragments(t) : t;
}

// The pieces of a split field, each of which must reach the reader whole.
inline QStringList visiblePieces(Field field, const QString &payload)
{
    static const QRegularExpression separators(QStringLiteral("\\s*[,;]\\s*|\\s+[-–—]\\s+|\\s+"));
    static const QRegularExpression edges(QStringLiteral("^[\\s,;:–—-]+|[\\s,;:–—-]+$"));
    QStringList pieces;
    for (QString piece : visibleText(field, payload).split(separators, Qt::SkipEmptyParts)) {
        piece.remove(edges);
        if (!piece.isEmpty())
            pieces << piece;
    }
    pieces.removeDuplicates();
    return pieces;
}

// A link label is at most 60 characters on a page; a longer payload would be read
// as a title there, so that field is skipped for it.
inline bool fits(Field field, const QString &payload)
{
    return field != Field::LinkLabel || asParsed(payload).size() <= 58;
}

// 1, or what VIGIL_HOSTILE_STRIDE says: under the sanitizers, which slow the code
// ten times over, the sanitizer presets take every third case (rotating through
// the fields, so that every payload and every field still comes up); the
// ordinary test run takes them all.
inline int stride()
{
    return std::max(1, qEnvironmentVariableIntValue("VIGIL_HOSTILE_STRIDE"));
}

// Every payload in every field, one page each.
inline QList<Case> cases(quint16 port)
{
    QList<Case> list;
    const QStringList all = payloads();
    const int step = stride();
    for (qsizetype i = 0; i < all.size(); ++i) {
        for (const Field field : allFields()) {
            if ((i + qsizetype(field)) % step != 0)
                continue;
            Case c;
            c.name = QStringLiteral("p%1-%2").arg(i + 1, 3, 10, QLatin1Char('0')).arg(fieldName(field));
            c.field = field;
            c.payload = QString(all.at(i)).replace(QStringLiteral("{{URL}}"), urlFor(port, c.name));
            if (!fits(field, c.payload))
                continue;
            c.pageKey = u"hostile-" + c.name;
            c.text = pageWith(field, c.payload);
            list << c;
        }
    }
    return list;
}

// Every payload in every field, one page per payload with the payload in all its
// fields at once: the same cases in a sixth of the documents, for the browser.
inline QList<QList<Case>> casesByPayload(quint16 port)
{
    QList<QList<Case>> pages;
    const QStringList all = payloads();
    for (qsizetype i = 0; i < all.size(); i += stride()) {
        const QString name = QStringLiteral("p%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        const QString payload = QString(all.at(i)).replace(QStringLiteral("{{URL}}"), urlFor(port, name));
        QList<Field> fields;
        for (const Field field : allFields()) {
            if (fits(field, payload))
                fields << field;
        }
        const QString text = pageWith(fields, payload);
        QList<Case> page;
        for (const Field field : std::as_const(fields))
            page << Case { name + u'-' + fieldName(field), field, payload, u"hostile-" + name, text };
        pages << page;
    }
    return pages;
}

} // namespace Vigil::Test::Hostile
