#include "folding.h"

namespace Vigil::Core::Text {

namespace {

// Letters that carry no decomposition in Unicode, so NFKD alone would keep them
// apart from their plain forms, yet readers type the plain form.
QString foldSpecial(char32_t cp)
{
    switch (cp) {
    case U'đ':
    case U'Đ':
    case U'ð':
    case U'Ð':
        return QStringLiteral("d");
    case U'ł':
    case U'Ł':
        return QStringLiteral("l");
    case U'ø':
    case U'Ø':
        return QStringLiteral("o");
    case U'ß':
    case U'ẞ':
        return QStringLiteral("ss");
    case U'æ':
    case U'Æ':
        return QStringLiteral("ae");
    case U'œ':
    case U'Œ':
        return QStringLiteral("oe");
    case U'þ':
    case U'Þ':
        return QStringLiteral("th");
    case U'ı':
        return QStringLiteral("i");
    case U'ħ':
    case U'Ħ':
        return QStringLiteral("h");
    case U'‘':
    case U'’':
    case U'‛':
    case U'′':
        return QStringLiteral("'");
    case U'“':
    case U'”':
    case U'„':
    case U'″':
        return QStringLiteral("\"");
    default:
        return {};
    }
}

// Serbian Cyrillic as Serbian writes it in Latin script (the BGN/PCGN table
// ICU calls Serbian-Latin/BGN), already folded: "Приштина" -> "pristina", as
// "Priština" folds, so a query in either script finds the other. Only Serbian's
// thirty letters: other Cyrillic letters have no one Latin form and stay as written.
QString foldSerbianCyrillic(char32_t cp)
{
    // а б в г д е ж з и (й) к л м н о п р с т у ф х ц ч ш, U+0430..U+0448.
    static const char *const basic[] = { "a", "b", "v", "g", "d", "e", "z", "z", "i", nullptr, "k", "l", "m", "n", "o",
        "p", "r", "s", "t", "u", "f", "h", "c", "c", "s" };
    char32_t lower = cp;
    if (cp >= 0x0410 && cp <= 0x042F)
        lower = cp + 0x20;
    else if (cp >= 0x0400 && cp <= 0x040F)
        lower = cp + 0x50;
    if (lower >= 0x0430 && lower <= 0x0448) {
        const char *latin = basic[lower - 0x0430];
        return latin ? QString::fromLatin1(latin) : QString();
    }
    switch (lower) {
    case 0x0452: // ђ
        return QStringLiteral("d");
    case 0x0458: // ј
        return QStringLiteral("j");
    case 0x0459: // љ
        return QStringLiteral("lj");
    case 0x045A: // њ
        return QStringLiteral("nj");
    case 0x045B: // ћ
        return QStringLiteral("c");
    case 0x045F: // џ
        return QStringLiteral("dz");
    default:
        return {};
    }
}

QString foldCodePoint(char32_t cp)
{
    QString special = foldSpecial(cp);
    if (!special.isEmpty())
        return special;
    if (cp >= 0x0400 && cp <= 0x045F) {
        special = foldSerbianCyrillic(cp);
        if (!special.isEmpty())
            return special;
    }
    const QString decomposed = QString::fromUcs4(&cp, 1).normalized(QString::NormalizationForm_KD);
    QString out;
    for (const QChar c : decomposed) {
        const QChar::Category cat = c.category();
        if (cat != QChar::Mark_NonSpacing && cat != QChar::Mark_SpacingCombining && cat != QChar::Mark_Enclosing)
            out += c;
    }
    // A combining mark after its letter (text in decomposed form, as some
    // systems save it) folds to nothing, as the marks of a precomposed letter do.
    return out.toCaseFolded();
}

// sink(QStringView folded, qsizetype at) for each code point of text. ASCII, most
// of every body, folds without building a string: the index folds whole libraries.
template<typename Sink> void foldEach(QStringView text, Sink &&sink)
{
    qsizetype i = 0;
    while (i < text.size()) {
        char32_t cp = text[i].unicode();
        if (cp < 0x80) {
            const QChar c(char16_t(cp >= u'A' && cp <= u'Z' ? cp + 32 : cp));
            sink(QStringView(&c, 1), i);
            ++i;
            continue;
        }
        qsizetype width = 1;
        if (QChar::isHighSurrogate(cp) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(text[i], text[i + 1]);
            width = 2;
        }
        const QString folded = foldCodePoint(cp);
        sink(QStringView(folded), i);
        i += width;
    }
}

} // namespace

QString fold(QStringView text)
{
    QString out;
    out.reserve(text.size());
    foldEach(text, [&out](QStringView folded, qsizetype) { out += folded; });
    return out;
}

FoldedText foldWithOrigins(QStringView text)
{
    FoldedText f;
    f.folded.reserve(text.size());
    f.origin.reserve(text.size());
    foldEach(text, [&f](QStringView folded, qsizetype at) {
        f.folded += folded;
        for (qsizetype k = 0; k < folded.size(); ++k)
            f.origin.append(at);
    });
    return f;
}

} // namespace Vigil::Core::Text
