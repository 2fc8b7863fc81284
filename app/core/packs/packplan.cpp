#include "packplan.h"

#include "storage/userdatastore.h"

#include <algorithm>
#include <optional>

namespace Vigil::Core::PackPlan {

namespace {

bool sameService(const QString &countryA, const QString &serviceA, const QString &countryB, const QString &serviceB)
{
    return countryA == countryB && serviceA.trimmed().compare(serviceB.trimmed(), Qt::CaseInsensitive) == 0;
}

std::optional<UserHotline> findMine(const QList<UserHotline> &mine, const UserHotline &h)
{
    for (const UserHotline &m : mine) {
        if (sameService(m.country, m.label, h.country, h.label))
            return m;
    }
    return std::nullopt;
}

bool sameDetails(const UserHotline &a, const UserHotline &b)
{
    return a.number.trimmed() == b.number.trimmed() && a.hours == b.hours && a.languages == b.languages
        && a.notes == b.notes;
}

// What is compared of a page's hotline: the number as shown.
QString shown(const Hotline &h)
{
    return h.display.isEmpty() ? h.e164 : h.display;
}

} // namespace

QList<HotlineChange> myHotlineChanges(const QList<UserHotline> &incoming, const QList<UserHotline> &mine)
{
    QList<HotlineChange> changes;
    for (const UserHotline &h : incoming) {
        HotlineChange c;
        c.country = h.country;
        c.service = h.label;
        c.newNumber = h.number.trimmed();
        c.where = QStringLiteral("My hotlines");
        if (const auto old = findMine(mine, h)) {
            c.oldNumber = old->number.trimmed();
            c.kind = sameDetails(*old, h) ? HotlineChange::Kind::Unchanged : HotlineChange::Kind::Changed;
        }
        changes << c;
    }
    return changes;
}

QList<HotlineChange> pageHotlineChanges(
    const QString &pageTitle, const QList<Hotline> &before, const QList<Hotline> &after)
{
    QList<HotlineChange> changes;
    QList<bool> matched(before.size(), false);
    for (const Hotline &h : after) {
        HotlineChange c;
        c.country = h.country;
        c.service = h.label;
        c.newNumber = shown(h);
        c.where = pageTitle;
        for (int i = 0; i < before.size(); ++i) {
            if (!matched.at(i) && sameService(before.at(i).country, before.at(i).label, h.country, h.label)) {
                matched[i] = true;
                c.oldNumber = shown(before.at(i));
                c.kind = c.oldNumber == c.newNumber ? HotlineChange::Kind::Unchanged : HotlineChange::Kind::Changed;
                break;
            }
        }
        changes << c;
    }
    for (int i = 0; i < before.size(); ++i) {
        if (matched.at(i))
            continue;
        HotlineChange c;
        c.kind = HotlineChange::Kind::Removed;
        c.country = before.at(i).country;
        c.service = before.at(i).label;
        c.oldNumber = shown(before.at(i));
        c.where = pageTitle;
        changes << c;
    }
    return changes;
}

int count(const QList<HotlineChange> &changes, HotlineChange::Kind kind)
{
    return int(
        std::count_if(changes.cbegin(), changes.cend(), [kind](const HotlineChange &c) { return c.kind == kind; }));
}

bool applyMyHotlines(UserDataStore &store, const QList<UserHotline> &incoming, const QString &from, QString *error)
{
    const QList<UserHotline> mine = store.myHotlines();
    for (UserHotline h : incoming) {
        h.source = from.isEmpty() ? h.source : QStringLiteral("%1 (%2)").arg(h.source, from);
        if (const auto old = findMine(mine, h)) {
            if (sameDetails(*old, h))
                continue;
            h.id = old->id;
            if (!store.updateHotline(h, error))
                return false;
        } else if (store.addHotline(h, error) == 0) {
            return false;
        }
    }
    return true;
}

} // namespace Vigil::Core::PackPlan
