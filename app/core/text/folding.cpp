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

QString foldCodePoint(char32_t cp)
{
    if (cp < 0x80) {
        const char16_t c = char16_t(cp);
        return QString(QChar(c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c));
    }
    QString special = foldSpecial(cp);
    if (!special.isEmpty())
        return special;
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

template<typename Sink> void foldEach(QStringView text, Sink &&sink)
{
    qsizetype i = 0;
    while (i < text.size()) {
        char32_t cp = text[i].unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(cp) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(text[i], text[i + 1]);
            width = 2;
        }
        sink(foldCodePoint(cp), i);
        i += width;
    }
}

} // namespace

QString fold(QStringView text)
{
    QString out;
    out.reserve(text.size());
    foldEach(text, [&out](const QString &folded, qsizetype) { out += folded; });
    return out;
}

FoldedText foldWithOrigins(QStringView text)
{
    FoldedText f;
    f.folded.reserve(text.size());
    f.origin.reserve(text.size());
    foldEach(text, [&f](const QString &folded, qsizetype at) {
        f.folded += folded;
        for (qsizetype k = 0; k < folded.size(); ++k)
            f.origin.append(at);
    });
    return f;
}

} // namespace Vigil::Core::Text
