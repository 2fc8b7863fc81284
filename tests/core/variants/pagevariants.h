#pragma once

#include "seedmodel.h"

#include <QList>
#include <QString>

namespace Vigil::Test {

struct PageVariant
{
    QString variantClass; // "line ends", "no heading", "topic head", ...
    QString name; // what was changed, for the failure report
    QString text;
    ExpectedPage expected;
};

// Derives variants of the seed page in the forms the site's hand-written pages
// take (headings left out, blocks moved, bylines in other styles, typing slips,
// other line ends and blanks, menus, topic-page heads), each with the parse it
// must give, derived from the seed's golden parse by the same change.
class PageVariantGenerator final
{
public:
    explicit PageVariantGenerator(SeedModel seed);
    QList<PageVariant> generate() const;

private:
    void addLineEnds(QList<PageVariant> &out) const;
    void addBlanks(QList<PageVariant> &out) const;
    void addMenus(QList<PageVariant> &out) const;
    void addHeadingsRemoved(QList<PageVariant> &out) const;
    void addCaptionsMoved(QList<PageVariant> &out) const;
    void addCaptionsGrouped(QList<PageVariant> &out) const;
    void addCitationForms(QList<PageVariant> &out) const;
    void addReordered(QList<PageVariant> &out) const;
    void addBylineStyles(QList<PageVariant> &out) const;
    void addFullCitations(QList<PageVariant> &out) const;
    void addCitationQuoteForms(QList<PageVariant> &out) const;
    void addTypos(QList<PageVariant> &out) const;
    void addInlineAccess(QList<PageVariant> &out) const;
    void addAccessForms(QList<PageVariant> &out) const;
    void addMissingAccess(QList<PageVariant> &out) const;
    void addThreeLineHeads(QList<PageVariant> &out) const;
    void addTopicHeads(QList<PageVariant> &out) const;

    PageVariant make(const QString &variantClass, const QString &name, const SeedModel &model) const;
    SeedEntry *entry(SeedModel &model, qsizetype index) const;
    qsizetype entryCount() const;

    SeedModel m_seed;
};

} // namespace Vigil::Test
