#pragma once

namespace Vigil::Core {

// Qt's plural messages ("%Ln article(s)") need a translation even in the
// source language: English's gives "1 article" and "2 articles". Installed once,
// when the application object starts, in every program that shows Vigil's words
// (the window, vigil-library, the tests); a language chosen later
// (i18n/uilanguage.h) is looked up before it.
void useEnglishPlurals();

} // namespace Vigil::Core
