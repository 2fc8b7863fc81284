#pragma once

// The menus' mnemonics as a keyboard user meets them: in the menu bar, and in each
// menu and submenu, every item has a letter and a letter reaches one item.

#include <QAction>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStringList>

namespace Vigil::Test {

// The letter after a single '&', lower-case ("&File" -> 'f'); null without one.
inline QChar mnemonic(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("(?<!&)&([^&])"));
    const QRegularExpressionMatch m = marker.match(text);
    return m.hasMatch() ? m.captured(1).at(0).toLower() : QChar();
}

// What is wrong, a line each; empty when nothing is.
inline QStringList mnemonicProblems(const QMenuBar *bar)
{
    QStringList problems;
    const auto check = [&problems](const QMap<QChar, QStringList> &letters) {
        for (auto it = letters.cbegin(); it != letters.cend(); ++it) {
            if (it.key().isNull())
                problems << QStringLiteral("no mnemonic: %1").arg(it.value().join(u'|'));
            else if (it.value().size() > 1)
                problems
                    << QStringLiteral("one letter, %1 items: %2").arg(it.value().size()).arg(it.value().join(u'|'));
        }
    };
    QMap<QChar, QStringList> barLetters;
    for (QAction *top : bar->actions()) {
        barLetters[mnemonic(top->text())] << top->text();
        QList<QMenu *> menus { top->menu() };
        while (!menus.isEmpty()) {
            const QMenu *menu = menus.takeFirst();
            if (!menu)
                continue;
            QMap<QChar, QStringList> letters;
            for (QAction *a : menu->actions()) {
                if (a->isSeparator())
                    continue;
                if (a->menu())
                    menus << a->menu();
                letters[mnemonic(a->text())] << a->text();
            }
            check(letters);
        }
    }
    check(barLetters);
    return problems;
}

} // namespace Vigil::Test
