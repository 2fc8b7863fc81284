#include "spellingvariants.h"

#include <algorithm>
#include <tuple>
#include <utility>

namespace Vigil::Core::Text {

namespace {

struct Pair
{
    QStringView british;
    QStringView american;
};

// A family of words: each stem pair followed by each ending pair gives the two
// spellings of one word ("labour" + "ers", "labor" + "ers").
struct Family
{
    QList<Pair> stems;
    QList<Pair> endings;
};

// A family with any stem of minStem letters or more, except a word whose base
// form (the stem and the first ending) ends with one of the exceptions: those
// look like the family's words but are spelt one way everywhere.
struct OpenFamily
{
    QList<Pair> endings;
    qsizetype minStem = 0;
    QList<QStringView> exceptions;
};

// Endings that are the same on both sides.
QList<Pair> same(std::initializer_list<QStringView> endings)
{
    QList<Pair> out;
    for (const QStringView e : endings)
        out.append({ e, e });
    return out;
}

// The families with a closed list of stems. Only words whose other spelling is
// the same word: -or becomes -our only for these stems, so "or", "for",
// "author", "error" and "motor" stay as they are, and -our becomes -or only for
// them, so "our", "four", "hour", "your", "tour" and "flour" do too.
const QList<Family> &listedFamilies()
{
    static const QList<Family> families {
        // -our / -or
        { { { u"labour", u"labor" }, { u"behaviour", u"behavior" }, { u"colour", u"color" }, { u"favour", u"favor" },
              { u"harbour", u"harbor" }, { u"honour", u"honor" }, { u"humour", u"humor" },
              { u"neighbour", u"neighbor" }, { u"rumour", u"rumor" }, { u"endeavour", u"endeavor" },
              { u"savour", u"savor" }, { u"flavour", u"flavor" }, { u"vapour", u"vapor" }, { u"odour", u"odor" },
              { u"armour", u"armor" }, { u"parlour", u"parlor" }, { u"saviour", u"savior" }, { u"tumour", u"tumor" },
              { u"vigour", u"vigor" }, { u"valour", u"valor" }, { u"clamour", u"clamor" }, { u"candour", u"candor" },
              { u"splendour", u"splendor" }, { u"rancour", u"rancor" }, { u"ardour", u"ardor" },
              { u"fervour", u"fervor" }, { u"demeanour", u"demeanor" } },
            same({ u"", u"s", u"ed", u"ing", u"er", u"ers", u"ite", u"ites", u"able", u"al", u"ally", u"ful", u"hood",
                u"hoods", u"less" }) },
        // A doubled last consonant before an ending: travelled / traveled.
        { { { u"travell", u"travel" }, { u"cancell", u"cancel" }, { u"labell", u"label" }, { u"modell", u"model" },
              { u"counsell", u"counsel" }, { u"fuell", u"fuel" }, { u"levell", u"level" }, { u"signall", u"signal" },
              { u"channell", u"channel" }, { u"marvell", u"marvel" }, { u"quarrell", u"quarrel" },
              { u"tunnell", u"tunnel" }, { u"diall", u"dial" }, { u"duell", u"duel" }, { u"totall", u"total" },
              { u"jewell", u"jewel" }, { u"rivall", u"rival" }, { u"equall", u"equal" }, { u"kidnapp", u"kidnap" },
              { u"worshipp", u"worship" } },
            same({ u"ed", u"ing", u"er", u"ers" }) },
        // A single l where American writes two: fulfil / fulfill.
        { { { u"fulfil", u"fulfill" }, { u"enrol", u"enroll" }, { u"instal", u"install" }, { u"distil", u"distill" },
              { u"enthral", u"enthrall" } },
            same({ u"", u"s", u"ment", u"ments" }) },
        // -tre / -ter: centre / center, centred / centered.
        { { { u"centr", u"center" }, { u"theatr", u"theater" }, { u"fibr", u"fiber" }, { u"litr", u"liter" },
              { u"metr", u"meter" }, { u"kilometr", u"kilometer" }, { u"centimetr", u"centimeter" },
              { u"millimetr", u"millimeter" }, { u"calibr", u"caliber" }, { u"sombr", u"somber" },
              { u"spectr", u"specter" }, { u"lustr", u"luster" }, { u"meagr", u"meager" }, { u"sabr", u"saber" },
              { u"manoeuvr", u"maneuver" } },
            { { u"e", u"" }, { u"es", u"s" }, { u"ed", u"ed" }, { u"ing", u"ing" }, { u"epiece", u"piece" },
                { u"epieces", u"pieces" } } },
        // -ence / -ense: defence / defense, licence / license.
        { { { u"defenc", u"defens" }, { u"offenc", u"offens" }, { u"licenc", u"licens" }, { u"pretenc", u"pretens" } },
            same({ u"e", u"es", u"eless", u"ed", u"ing" }) },
        // The British verb practise, the American practice.
        { { { u"practis", u"practic" } }, same({ u"e", u"es", u"ed", u"ing" }) },
        // -ogue / -og
        { { { u"catalogu", u"catalog" }, { u"dialogu", u"dialog" }, { u"analogu", u"analog" } },
            { { u"e", u"" }, { u"es", u"s" }, { u"ed", u"ed" }, { u"ing", u"ing" } } },
        // Words of their own, with their plurals and the like.
        { { { u"programme", u"program" }, { u"judgement", u"judgment" }, { u"acknowledgement", u"acknowledgment" },
              { u"abridgement", u"abridgment" }, { u"lodgement", u"lodgment" }, { u"armoury", u"armory" },
              { u"savoury", u"savory" }, { u"ageing", u"aging" }, { u"grey", u"gray" }, { u"sceptic", u"skeptic" },
              { u"jewellery", u"jewelry" }, { u"marvellous", u"marvelous" }, { u"counsellor", u"counselor" },
              { u"skilful", u"skillful" }, { u"wilful", u"willful" }, { u"paediatric", u"pediatric" },
              { u"orthopaedic", u"orthopedic" }, { u"encyclopaedia", u"encyclopedia" }, { u"anaemia", u"anemia" },
              { u"anaemic", u"anemic" }, { u"foetus", u"fetus" }, { u"foetal", u"fetal" },
              { u"oestrogen", u"estrogen" }, { u"diarrhoea", u"diarrhea" }, { u"haemorrhage", u"hemorrhage" },
              { u"leukaemia", u"leukemia" } },
            same({ u"", u"s", u"es", u"al", u"ally", u"ly", u"ian", u"ians", u"ism" }) },
    };
    return families;
}

// The families with any stem: -ise / -ize (organise, organisation), -yse /
// -yze (analyse, paralysed). The exceptions are words that end so in both
// Englishes ("promise", "exercise", "advertise", "otherwise", "capsize"); a
// stem of fewer than four letters ("rise", "raise", "noise", "seize", "prize")
// never counts.
const QList<OpenFamily> &openFamilies()
{
    static const QList<OpenFamily> families {
        { { { u"ise", u"ize" }, { u"ises", u"izes" }, { u"ised", u"ized" }, { u"ising", u"izing" },
              { u"iser", u"izer" }, { u"isers", u"izers" }, { u"isation", u"ization" }, { u"isations", u"izations" },
              { u"isational", u"izational" }, { u"isable", u"izable" } },
            4,
            { u"wise", u"cise", u"vise", u"prise", u"guise", u"uise", u"oise", u"aise", u"promise", u"premise",
                u"surmise", u"demise", u"paradise", u"merchandise", u"expertise", u"franchise", u"treatise", u"mortise",
                u"chastise", u"despise", u"advertise", u"practise", u"size" } },
        { { { u"lyse", u"lyze" }, { u"lyses", u"lyzes" }, { u"lysed", u"lyzed" }, { u"lysing", u"lyzing" },
              { u"lyser", u"lyzer" }, { u"lysers", u"lyzers" } },
            3, {} },
    };
    return families;
}

qsizetype sharedLength(QStringView a, QStringView b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a[n] == b[n])
        ++n;
    return n;
}

// A spelling, its other spelling and the place of its ending in the family's
// list: the commoner forms come first there.
struct Form
{
    QString form;
    QString other;
    qsizetype rank = 0;

    bool operator<(const Form &o) const { return std::tie(form, other) < std::tie(o.form, o.other); }
    bool operator==(const Form &o) const { return form == o.form && other == o.other; }
};

// Every form of the listed families both ways, sorted so that the forms
// starting with a prefix are a range.
const QList<Form> &listedForms()
{
    static const QList<Form> forms = [] {
        QList<Form> out;
        for (const Family &family : listedFamilies()) {
            for (const Pair &stem : family.stems) {
                for (qsizetype e = 0; e < family.endings.size(); ++e) {
                    const Pair &ending = family.endings.at(e);
                    const QString british = stem.british.toString() + ending.british;
                    const QString american = stem.american.toString() + ending.american;
                    out.append({ british, american, e });
                    out.append({ american, british, e });
                }
            }
        }
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }();
    return forms;
}

bool isPlainWord(QStringView word)
{
    return !word.isEmpty() && std::all_of(word.begin(), word.end(), [](QChar c) { return c >= u'a' && c <= u'z'; });
}

bool isException(const OpenFamily &family, QStringView stem)
{
    const QString british = stem.toString() + family.endings.first().british;
    const QString american = stem.toString() + family.endings.first().american;
    return std::any_of(family.exceptions.cbegin(), family.exceptions.cend(),
        [&](QStringView e) { return british.endsWith(e) || american.endsWith(e); });
}

enum class Match { Whole, Prefix };

// Does `form`, spelt `other` on the other side, match the text? A prefix must
// reach `past` letters beyond those the two spellings share.
bool matches(QStringView text, QStringView form, QStringView other, Match how, qsizetype past = 1)
{
    if (how == Match::Whole)
        return form == text;
    return form.startsWith(text) && text.size() >= sharedLength(form, other) + past;
}

// Shorter prefixes start too many words for another spelling to be the one
// meant: "fo" is no foetus, "gre" no grey.
constexpr qsizetype minPrefix = 4;

QStringList variants(QStringView text, Match how)
{
    if (!isPlainWord(text) || (how == Match::Prefix && text.size() < minPrefix))
        return {};
    QList<std::pair<qsizetype, QString>> found; // rank, spelling
    const QList<Form> &forms = listedForms();
    auto it = std::lower_bound(
        forms.cbegin(), forms.cend(), text, [](const Form &f, QStringView t) { return QStringView(f.form) < t; });
    for (; it != forms.cend() && it->form.startsWith(text); ++it) {
        if (matches(text, it->form, it->other, how))
            found.append({ it->rank, it->other });
    }
    for (const OpenFamily &family : openFamilies()) {
        for (qsizetype k = family.minStem; k < text.size(); ++k) {
            const QStringView stem = text.left(k);
            const QStringView rest = text.mid(k);
            for (qsizetype e = 0; e < family.endings.size(); ++e) {
                const Pair &ending = family.endings.at(e);
                for (const bool british : { true, false }) {
                    const QStringView from = british ? ending.british : ending.american;
                    const QStringView to = british ? ending.american : ending.british;
                    // One letter further for an open family: "analysis" and
                    // "crisis" end where an "-ise" word would begin.
                    if (matches(rest, from, to, how, 2) && !isException(family, stem))
                        found.append({ e, stem.toString() + to });
                }
            }
        }
    }
    // The base forms first: a caller that keeps only some keeps those.
    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList out;
    for (const auto &[rank, spelling] : std::as_const(found)) {
        if (spelling != text && !(how == Match::Prefix && spelling.startsWith(text)) && !out.contains(spelling))
            out.append(spelling);
    }
    return out;
}

} // namespace

QStringList spellingVariants(QStringView word)
{
    return variants(word, Match::Whole);
}

QStringList spellingVariantsOfPrefix(QStringView prefix)
{
    return variants(prefix, Match::Prefix);
}

QList<QStringList> combinations(const QList<QStringList> &choices, int limit)
{
    QList<QStringList> out;
    if (choices.isEmpty() || limit <= 0)
        return out;
    for (const QStringList &c : choices) {
        if (c.isEmpty())
            return out;
    }
    // An odometer whose first wheel turns fastest.
    QList<qsizetype> at(choices.size(), 0);
    while (out.size() < limit) {
        QStringList run;
        for (qsizetype i = 0; i < choices.size(); ++i)
            run.append(choices.at(i).at(at.at(i)));
        out.append(run);
        qsizetype i = 0;
        while (i < choices.size() && ++at[i] == choices.at(i).size())
            at[i++] = 0;
        if (i == choices.size())
            break;
    }
    return out;
}

QString commonPrefix(const QStringList &words)
{
    if (words.isEmpty())
        return {};
    qsizetype n = words.first().size();
    for (const QString &w : words)
        n = std::min(n, sharedLength(words.first(), w));
    return words.first().left(n);
}

} // namespace Vigil::Core::Text
