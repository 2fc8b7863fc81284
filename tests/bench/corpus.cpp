#include "corpus.h"

#include "reference/referencedata.h"

#include <QDir>
#include <QFile>

#include <cmath>
#include <random>
#include <vector>

namespace Vigil::Bench {

namespace {

const char *const functionWords[] = { "the", "of", "and", "to", "in", "a", "that", "was", "for", "on", "with", "as",
    "by", "were", "from", "their", "at", "which", "have", "had", "been", "they", "are", "or", "an", "but", "not", "who",
    "has", "its", "into", "more", "than", "also", "other", "some", "after", "many", "most", "while" };

// Words of the field in every kind of article.
const char *const domainWords[] = { "trafficking", "victims", "traffickers", "trafficked", "exploitation", "labor",
    "forced", "police", "government", "border", "smuggling", "migrants", "women", "girls", "report", "ministry", "law",
    "legislation", "protection", "assistance", "raid", "network", "criminal", "gang", "investigation", "arrested",
    "suspects", "coerced", "deceived", "recruiters", "camps", "refugees", "asylum", "slavery", "ngos", "activists",
    "campaign", "awareness", "poverty", "unemployment", "conflict", "displacement", "migration", "transit",
    "destination", "source", "country", "region", "province", "village", "capital", "cities", "routes", "trucks",
    "boats", "abuse", "violence", "threats", "confinement", "documents", "identity", "traffic", "trafficker", "trade",
    "traders", "transported", "sold", "bought", "exploited", "passports", "visa", "children", "workers" };

// What an article is about: one or two themes give it its own words and
// phrases, as real reports are about something (and so carry a few topics, not
// all of them).
struct Theme
{
    const char *words[10];
    const char *phrases[3];
};
const Theme themes[] = {
    { { "prostitution", "brothel", "massage", "parlors", "nightclubs", "escort", "sexual", "commercial", "clients",
          "pimps" },
        { "sexual exploitation", "sex trafficking", "commercial sexual exploitation" } },
    { { "factory", "fishing", "vessels", "agriculture", "construction", "plantations", "mines", "kilns", "garment",
          "wages" },
        { "forced labor", "labor exploitation", "unpaid wages" } },
    { { "begging", "street", "minors", "orphans", "beggars", "intersections", "gangs", "coins", "handlers", "corners" },
        { "forced begging", "street begging", "child begging" } },
    { { "children", "minors", "schools", "underage", "farms", "hazardous", "families", "parents", "teenagers", "boys" },
        { "child labor", "worst forms of child", "working children" } },
    { { "marriage", "brides", "grooms", "dowry", "wedding", "husbands", "wives", "matchmakers", "engaged", "spouses" },
        { "forced marriage", "child marriage", "sold into marriage" } },
    { { "organ", "kidney", "transplant", "surgeons", "clinics", "donors", "hospital", "patients", "surgery",
          "recipients" },
        { "organ trade", "organ trafficking", "organ harvesting" } },
    { { "debt", "debts", "loans", "fees", "recruitment", "brokers", "agency", "interest", "repay", "lenders" },
        { "debt bondage", "bonded labor", "recruitment fees" } },
    { { "domestic", "servitude", "maids", "nannies", "servants", "households", "employers", "housework", "cleaning",
          "cooking" },
        { "domestic servitude", "domestic workers", "domestic work" } },
    { { "online", "scam", "fraud", "compounds", "cyber", "casinos", "phones", "accounts", "crypto", "schemes" },
        { "online fraud", "scam compounds", "cyber fraud" } },
    { { "corruption", "officials", "bribes", "complicity", "officers", "guards", "judges", "payments", "colluded",
          "graft" },
        { "official complicity", "abuse of office", "protection money" } },
    { { "shelter", "hotline", "counseling", "repatriation", "reintegration", "rescued", "caseworkers", "care",
          "recovery", "safety" },
        { "victim protection", "witness protection", "victim assistance" } },
    { { "court", "convicted", "sentenced", "prosecutors", "judge", "trial", "prosecution", "verdict", "appeal",
          "charges" },
        { "prison sentence", "criminal charges", "convicted traffickers" } },
};

const char *const commonWords[] = { "year", "years", "people", "time", "said", "according", "during", "where", "there",
    "about", "over", "under", "between", "against", "without", "within", "because", "however", "several", "including",
    "reported", "reports", "found", "made", "took", "told", "new", "local", "national", "international", "public",
    "family", "families", "groups", "cases", "number", "percent", "million", "thousand", "work", "jobs", "money",
    "home", "homes", "school", "schools", "health", "medical", "support", "services", "program", "programs", "efforts",
    "measures", "policy", "policies", "rights", "human", "justice", "security", "forces", "authorities", "ministry",
    "department", "office", "committee", "council", "union", "european", "united", "nations", "states", "office",
    "data", "figures", "study", "survey", "research", "interview", "interviews", "witness", "witnesses", "evidence",
    "charges", "crime", "crimes", "sentence", "prison", "jail", "fine", "penalty", "victim", "child", "woman", "man",
    "men", "boys", "young", "older", "first", "second", "third", "last", "early", "late", "several", "few", "every",
    "each", "both", "either" };

const char *const commonPhrases[]
    = { "human trafficking", "trafficking in persons", "human rights", "law enforcement", "organized crime" };

const char *const syllables[]
    = { "ka", "lo", "mi", "ra", "ve", "ton", "sel", "dur", "pli", "qua", "nex", "bor", "zan", "fi", "gu", "hel", "jo",
          "wum", "yet", "cri", "dra", "sto", "ple", "vin", "mar", "tes", "lun", "gor", "pha", "sny" };

const char *const firstNames[] = { "Maria", "Ivan", "Amina", "Chen", "Fatima", "John", "Elena", "Ahmed", "Lucia",
    "Olga", "Kofi", "Priya", "Tomas", "Sara", "Miguel", "Anna", "Yusuf", "Mei", "Pedro", "Nadia" };
const char *const lastNames[]
    = { "Petrovic", "Smith", "Okafor", "Nguyen", "Haddad", "Kowalski", "Silva", "Rahman", "Ivanova", "Garcia", "Mensah",
          "Sato", "Novak", "Lindqvist", "Moreau", "Kaya", "Osei", "Fernandes", "Horvat", "Baker" };
const char *const publisherFirst[] = { "Global", "Balkan", "Pacific", "Atlantic", "Eastern", "Southern", "Northern",
    "Western", "Central", "Continental" };
const char *const publisherSecond[]
    = { "Herald", "Monitor", "Gazette", "Journal", "Insight", "Chronicle", "Institute", "Mission" };
const char *const months[] = { "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December" };

constexpr int tailWords = 30000;

class Source
{
public:
    explicit Source(quint32 seed)
        : m_rng(seed)
    {
    }
    // [0, n): the modulo bias is far below what a benchmark corpus could show.
    int below(int n) { return int(m_rng() % quint32(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    double unit() { return double(m_rng()) / 4294967296.0; }
    bool chance(double p) { return unit() < p; }

private:
    std::mt19937 m_rng;
};

QString tailWord(int i)
{
    // Made-up words from syllables: a long tail of rare terms, as real text has.
    QString w;
    int n = i;
    const int count = int(std::size(syllables));
    for (int k = 0; k < 2 + i % 3; ++k) {
        w += QString::fromLatin1(syllables[n % count]);
        n /= count;
        n += 7 * k + 3;
    }
    return i % 7 == 0 ? w + QString::number(i % 10) : w;
}

class Vocabulary
{
public:
    Vocabulary()
    {
        for (const char *w : functionWords)
            m_words.append(QString::fromLatin1(w));
        for (const char *w : domainWords)
            m_words.append(QString::fromLatin1(w));
        for (const char *w : commonWords)
            m_words.append(QString::fromLatin1(w));
        for (int i = 0; i < tailWords; ++i)
            m_words.append(tailWord(i));
        double sum = 0;
        m_cumulative.reserve(m_words.size());
        for (qsizetype r = 0; r < m_words.size(); ++r) {
            sum += 1.0 / std::pow(double(r + 1), 1.05);
            m_cumulative.push_back(sum);
        }
    }
    const QString &pick(Source &s) const
    {
        const double x = s.unit() * m_cumulative.back();
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), x);
        return m_words.at(std::min<qsizetype>(it - m_cumulative.begin(), m_words.size() - 1));
    }

private:
    QStringList m_words;
    std::vector<double> m_cumulative;
};

QString capitalised(const QString &w)
{
    return w.isEmpty() ? w : w.front().toUpper() + w.mid(1);
}

struct Focus
{
    const Theme *themes[2];
    int count = 1;
    const Theme &pick(Source &s) const { return *themes[s.below(count)]; }
};

QString sentence(Source &s, const Vocabulary &v, const Focus &focus, const QString &country)
{
    QStringList words;
    const int n = s.between(8, 24);
    for (int i = 0; i < n; ++i)
        words.append(v.pick(s));
    auto insert = [&](const char *w) { words.insert(s.below(int(words.size())), QString::fromLatin1(w)); };
    if (s.chance(0.6))
        insert(focus.pick(s).words[s.below(10)]);
    if (s.chance(0.2))
        insert(focus.pick(s).phrases[s.below(3)]);
    if (s.chance(0.08))
        insert(commonPhrases[s.below(int(std::size(commonPhrases)))]);
    if (s.chance(0.05))
        words.insert(s.below(int(words.size())), country);
    words.first() = capitalised(words.first());
    return words.join(u' ') + u'.';
}

QString title(Source &s, const Vocabulary &v, const Focus &focus, const QString &country)
{
    QStringList words;
    const int n = s.between(8, 15);
    for (int i = 0; i < n; ++i) {
        const int kind = s.below(4);
        const QString w = kind == 0 ? QString::fromLatin1(domainWords[s.below(int(std::size(domainWords)))])
            : kind == 1             ? QString::fromLatin1(focus.pick(s).words[s.below(10)])
                                    : v.pick(s);
        words.append(capitalised(w));
    }
    if (s.chance(0.3))
        words[s.below(n)] = country;
    if (s.chance(0.05))
        words.append(QStringLiteral("[PDF]"));
    return words.join(u' ');
}

QString byline(Source &s, int *yearOut)
{
    const QString publisher
        = QString::fromLatin1(publisherFirst[s.below(10)]) + u' ' + QString::fromLatin1(publisherSecond[s.below(8)]);
    const QString author
        = QString::fromLatin1(firstNames[s.below(20)]) + u' ' + QString::fromLatin1(lastNames[s.below(20)]);
    const int year = s.between(2000, 2025);
    const QString month = QString::fromLatin1(months[s.below(12)]);
    const QString day = QString::number(s.between(1, 28));
    *yearOut = year;
    const int kind = s.below(20);
    if (kind < 12)
        return QStringLiteral("%1, %2, %3 %4 %5").arg(author, publisher, day, month).arg(year);
    if (kind < 18)
        return QStringLiteral("%1, %2 %3 %4").arg(publisher, day, month).arg(year);
    if (kind < 19)
        return QStringLiteral("%1, %2 %3").arg(publisher, month).arg(year);
    *yearOut = 0;
    return QStringLiteral("%1, %2").arg(author, publisher);
}

QString page(Source &s, const Vocabulary &v, const QString &country, int articles)
{
    QStringList out { QStringLiteral("Main Menu"), QStringLiteral("Human Trafficking & Modern-day Slavery"),
        QStringLiteral("Poverty drives the unsuspecting poor into the hands of traffickers"), country,
        QStringLiteral("Published reports & articles from 2000 to 2025"),
        QStringLiteral("CAUTION:  The following links have been culled from the web to illuminate the situation in %1.")
            .arg(country),
        QStringLiteral("HELP for Victims") };
    const int featured = std::max(1, articles / 10);
    for (int i = 0; i < articles; ++i) {
        if (i == featured)
            out.append(QStringLiteral("*** ARCHIVES ***"));
        int year = 0;
        Focus focus;
        const int themeCount = int(std::size(themes));
        focus.themes[0] = &themes[s.below(themeCount)];
        focus.themes[1] = &themes[s.below(themeCount)];
        focus.count = s.chance(0.4) ? 2 : 1;
        out.append(title(s, v, focus, country));
        out.append(byline(s, &year));
        out.append(QStringLiteral("[accessed %1 %2 %3]")
                       .arg(s.between(1, 28))
                       .arg(QString::fromLatin1(months[s.below(12)]))
                       .arg(std::max(year, 2010) + s.below(2)));
        const int words = s.between(150, 600);
        const int paragraphs = s.between(2, 5);
        const bool trafficking = s.chance(0.98);
        QStringList body;
        int written = 0;
        while (written < words) {
            QString sentenceText = sentence(s, v, focus, country);
            written += int(sentenceText.count(u' ')) + 1;
            body.append(sentenceText);
        }
        if (trafficking)
            body[s.below(int(body.size()))] += QStringLiteral(" Trafficking remained a concern.");
        const qsizetype per = (body.size() + paragraphs - 1) / paragraphs;
        for (qsizetype p = 0; p < body.size(); p += per)
            out.append(body.mid(p, per).join(u' '));
    }
    out.append(QStringLiteral("All material used herein reproduced under the fair use exception of 17 USC § 107 "
                              "for noncommercial, nonprofit, and educational use.  Cite this webpage as: "
                              "Synthetic corpus, \"%1\"")
                   .arg(country));
    return out.join(QStringLiteral("\n\n")) + u'\n';
}

} // namespace

QString rareWord()
{
    return tailWord(tailWords - 5000);
}

QString absentWord()
{
    return QStringLiteral("zyxwquartz");
}

bool writeCorpus(const QString &dir, const CorpusOptions &options, const Core::ReferenceData &reference,
    CorpusInfo *info, QString *error)
{
    // Countries whose name is a plain page title; about 200 of them.
    QStringList countries;
    for (const Core::CountryInfo &c : reference.countries()) {
        if (!c.regionCode.isEmpty() && !c.name.contains(u',') && !c.name.contains(u'(') && c.name.size() <= 24)
            countries.append(c.name);
        if (countries.size() == 200)
            break;
    }
    const Vocabulary vocabulary;
    Source source(options.seed);
    *info = {};
    const int pages = int(std::min<qsizetype>(countries.size(), std::max(1, options.articles / 5)));
    for (int p = 0; p < pages; ++p) {
        const int n = options.articles / pages + (p < options.articles % pages ? 1 : 0);
        const QByteArray text = page(source, vocabulary, countries.at(p), n).toUtf8();
        QFile file(QDir(dir).filePath(QStringLiteral("synthetic_%1.txt").arg(p, 3, 10, QChar(u'0'))));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size()) {
            *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
        info->pages += 1;
        info->articles += n;
        info->bytes += text.size();
    }
    return true;
}

} // namespace Vigil::Bench
