#include "uilanguage.h"

#include "reference/localnames.h"
#include "settings/config.h"

#include <QCoreApplication>
#include <QTranslator>

namespace Vigil::Ui {

namespace {

UiLanguage::Language &installed()
{
    static UiLanguage::Language language = UiLanguage::available().constFirst();
    return language;
}

} // namespace

QList<UiLanguage::Language> UiLanguage::available()
{
    return {
        { QStringLiteral("en"), QStringLiteral("English"), QStringLiteral("&English"),
            QLocale(QLocale::English, QLocale::UnitedKingdom) },
        { QStringLiteral("sr"), QStringLiteral("Српски"), QStringLiteral("Српски (ћ&ирилица)"),
            QLocale(QLocale::Serbian, QLocale::CyrillicScript, QLocale::Serbia) },
        { QStringLiteral("sr_Latn"), QStringLiteral("Srpski (latinica)"), QStringLiteral("Srpski (&latinica)"),
            QLocale(QLocale::Serbian, QLocale::LatinScript, QLocale::Serbia) },
        { QStringLiteral("sq"), QStringLiteral("Shqip"), QStringLiteral("S&hqip"),
            QLocale(QLocale::Albanian, QLocale::Albania) },
    };
}

UiLanguage::Language UiLanguage::choose(const QString &chosen, const QStringList &uiLanguages)
{
    const QList<Language> languages = available();
    for (const Language &l : languages) {
        if (!chosen.isEmpty() && l.code == chosen)
            return l;
    }
    for (QString name : uiLanguages) {
        name.replace(u'-', u'_');
        const QLocale locale(name);
        // "sr_RS@latin" is the glibc spelling of Serbian in Latin script.
        const bool latin = locale.script() == QLocale::LatinScript || name.contains(QLatin1String("@latin"))
            || name.contains(QLatin1String("_Latn"));
        if (locale.language() == QLocale::Serbian)
            return languages.at(latin ? 2 : 1);
        if (locale.language() == QLocale::Albanian)
            return languages.at(3);
        if (locale.language() == QLocale::English)
            return languages.at(0);
    }
    return languages.constFirst();
}

UiLanguage::Language UiLanguage::install()
{
    QStringList system = QLocale::system().uiLanguages();
    // glibc writes Serbian in Latin script as "sr_RS.UTF-8@latin"; read the
    // modifier from the environment, in gettext's order.
    for (const char *variable : { "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG" }) {
        QString value = qEnvironmentVariable(variable).section(u':', 0, 0);
        if (value.isEmpty())
            continue;
        const bool latin = value.contains(QLatin1String("@latin"));
        value = value.section(u'.', 0, 0).section(u'@', 0, 0);
        if (latin)
            value = value.section(u'_', 0, 0) + QStringLiteral("_Latn_") + value.section(u'_', 1, 1);
        system.prepend(value);
        break;
    }
    const Language language = choose(Config::get(Config::Key::ViewLanguage).toString(), system);
    use(language);
    return language;
}

void UiLanguage::use(const Language &language)
{
    installed() = language;
    QLocale::setDefault(language.locale);
    Core::LocalNames::setLanguage(language.code);
    // Vigil's words, and Qt's own (OK, Cancel, the file and print dialogs): Qt
    // 6.4 has no Serbian or Albanian, so Vigil carries those few it shows.
    static QTranslator *vigil = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator **slot : { &vigil, &qt }) {
        if (*slot) {
            QCoreApplication::removeTranslator(*slot);
            delete *slot;
            *slot = nullptr;
        }
    }
    // English's plural forms are in already (text/englishplurals.h).
    if (language.code == QLatin1String("en"))
        return;
    const std::pair<QTranslator **, QString> files[] = {
        { &vigil, QStringLiteral(":/i18n/vigil_%1.qm").arg(language.code) },
        { &qt, QStringLiteral(":/i18n/qtbase_%1.qm").arg(language.code) },
    };
    for (const auto &[slot, file] : files) {
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(file)) {
            QCoreApplication::installTranslator(translator);
            *slot = translator;
        } else {
            delete translator;
        }
    }
}

UiLanguage::Language UiLanguage::current()
{
    return installed();
}

} // namespace Vigil::Ui
