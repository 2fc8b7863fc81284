#include "commands.h"
#include "cslstylecatalog.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Vigil::Csl;

namespace Vigil::Cli {

StylesCommand::StylesCommand()
    : Command(QStringLiteral("styles"), QStringLiteral("styles [--search WORDS] [--json]"),
        QStringLiteral("Lists the citation styles export --format bibliography can use: the bundled defaults, "
                       "then every installed CSL style."),
        { Option::Search, Option::Json })
{
}

int StylesCommand::run(const Arguments &args)
{
    if (!args.positional.isEmpty())
        return fail(UsageError, QStringLiteral("usage: vigil-library %1").arg(usage()));
    const CslStyleCatalog catalog;
    const QList<CslStyle> styles = catalog.search(args.search);
    if (args.json) {
        QJsonArray list;
        for (const CslStyle &style : styles)
            list.append(QJsonObject { { QStringLiteral("id"), style.id }, { QStringLiteral("title"), style.title },
                { QStringLiteral("bundled"), style.bundled } });
        out() << jsonText(list);
        return Ok;
    }
    for (const CslStyle &style : styles)
        out() << style.id << '\t' << style.title << '\n';
    if (styles.isEmpty())
        err() << "No style matches \"" << args.search << "\".\n";
    return Ok;
}

} // namespace Vigil::Cli
