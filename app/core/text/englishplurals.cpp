#include "englishplurals.h"

#include <QCoreApplication>
#include <QTranslator>

namespace Vigil::Core {

void useEnglishPlurals()
{
    static QTranslator *english = nullptr;
    if (english || !QCoreApplication::instance())
        return;
    english = new QTranslator(QCoreApplication::instance());
    if (english->load(QStringLiteral(":/i18n/vigil_en.qm")))
        QCoreApplication::installTranslator(english);
}

} // namespace Vigil::Core

// Where the plural words are used; a static library keeps this file only when
// something refers to it, so the renderers and the tree call it as well.
namespace {
void installEnglishPlurals()
{
    Vigil::Core::useEnglishPlurals();
}
} // namespace
Q_COREAPP_STARTUP_FUNCTION(installEnglishPlurals)
