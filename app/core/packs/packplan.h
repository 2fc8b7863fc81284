#pragma once

#include "domain/page.h"
#include "domain/userhotline.h"

#include <QList>
#include <QString>

namespace Vigil::Core {

class UserDataStore;

// What a data pack changes in the hotlines a reader sees, shown before anything
// is written: a forged pack that swaps a number for another must show the swap.
struct HotlineChange
{
    enum class Kind { Added, Changed, Removed, Unchanged };
    Kind kind = Kind::Added;
    QString country; // ISO alpha-2
    QString service;
    QString oldNumber; // as shown today; empty when added
    QString newNumber; // as the pack has it; empty when removed
    QString where; // "My hotlines", or the page's title
};

namespace PackPlan {

// The pack's hotlines, each with the pack's origin (from) after its source, as
// they are saved.
QList<UserHotline> withOrigin(QList<UserHotline> incoming, const QString &from);

// The pack's hotlines against the reader's own: one of the same service
// (UserHotline::isSameService) is changed in place, any other is added.
QList<HotlineChange> myHotlineChanges(
    const QList<UserHotline> &incoming, const QList<UserHotline> &mine, const QString &from);

// A page's hotlines before and after the pack replaces it (before is empty for a
// page the library does not have).
QList<HotlineChange> pageHotlineChanges(
    const QString &pageTitle, const QList<Hotline> &before, const QList<Hotline> &after);

// How many changes of a kind.
int count(const QList<HotlineChange> &changes, HotlineChange::Kind kind);

// Adds the pack's hotlines to My hotlines, or changes the reader's own of the
// same country and service; each keeps its source with the pack's origin
// (from) after it. All or nothing: on failure nothing changed.
bool applyMyHotlines(UserDataStore &store, const QList<UserHotline> &incoming, const QString &from, QString *error);

} // namespace PackPlan

} // namespace Vigil::Core
