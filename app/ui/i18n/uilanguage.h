#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace Vigil::Ui {

// The language Vigil speaks: English (the source), Serbian in Cyrillic and in
// Latin script, and Albanian. The reader's choice (View ▸ Language), or else the
// first of the system's UI languages that Vigil has; English when none.
class UiLanguage final
{
public:
    struct Language
    {
        QString code; // "en", "sr", "sr_Latn", "sq": the .qm file's suffix
        QString nativeName; // in its own language
        QString menuText; // the native name with its mnemonic, for View ▸ Language
        QLocale locale; // for dates, numbers and collation
    };
    static QList<Language> available();
    // The language for a list of UI languages as QLocale::uiLanguages() gives
    // them ("sr-Latn-RS", "sr_RS@latin", "sq-AL", …), with a chosen code first
    // when it is not empty.
    static Language choose(const QString &chosen, const QStringList &uiLanguages);
    // Chooses from the setting and the system and uses it. Call once, after the
    // application object exists and before the first window is made.
    static Language install();
    // Speaks `language` from now on: Vigil's translator and Qt's, the default
    // QLocale (dates, numbers, collation) and the place names. Windows made
    // earlier keep their words.
    static void use(const Language &language);
    // The language installed (English before install()).
    static Language current();
};

} // namespace Vigil::Ui
