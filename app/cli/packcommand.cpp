#include "commands.h"
#include "import/pagebatch.h"
#include "packs/datapack.h"
#include "reference/referencedata.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

using namespace Vigil::Core;

namespace Vigil::Cli {

namespace {

bool readHotlines(const QString &path, QList<UserHotline> *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(DataPack::sizeLimit), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray()) {
        *error
            = QStringLiteral("%1 is not a JSON list of hotlines ([{\"country\": \"XK\", \"service\": …}])").arg(path);
        return false;
    }
    int index = 0;
    for (const QJsonValue &value : doc.array()) {
        ++index;
        const QJsonObject o = value.toObject();
        UserHotline h;
        h.country = o.value(QStringLiteral("country")).toString().trimmed().toUpper();
        h.label = o.value(QStringLiteral("service")).toString().trimmed();
        h.number = o.value(QStringLiteral("number")).toString().trimmed();
        h.hours = o.value(QStringLiteral("hours")).toString().trimmed();
        h.languages = o.value(QStringLiteral("languages")).toString().trimmed();
        h.notes = o.value(QStringLiteral("notes")).toString().trimmed();
        h.source = o.value(QStringLiteral("source")).toString().trimmed();
        const QStringList fields { h.label, h.number, h.hours, h.languages, h.notes, h.source };
        if (std::any_of(fields.cbegin(), fields.cend(),
                [](const QString &f) { return f.size() > UserHotline::maxFieldLength; })) {
            *error = QStringLiteral("%1: hotline %2 has a field longer than %3 characters")
                         .arg(path)
                         .arg(index)
                         .arg(UserHotline::maxFieldLength);
            return false;
        }
        if (!isCountryCode(h.country) || h.label.isEmpty() || h.number.isEmpty() || h.source.isEmpty()) {
            *error = QStringLiteral("%1: hotline %2 needs a known \"country\" code, a \"service\", a \"number\" and "
                                    "a \"source\" (where the number comes from)")
                         .arg(path)
                         .arg(index);
            return false;
        }
        *out << h;
    }
    return true;
}

} // namespace

PackCommand::PackCommand()
    : Command(QStringLiteral("pack"), QStringLiteral("pack [FILE...] [--hotlines FILE] -o PACK [--key FILE]"),
        QStringLiteral("Writes saved pages and hotlines into one data pack, signed with a secret key from keygen."),
        { Option::Output, Option::Key, Option::Hotlines })
{
}

int PackCommand::run(const Arguments &args)
{
    if (args.output.isEmpty() || (args.positional.isEmpty() && args.hotlines.isEmpty()))
        return fail(
            UsageError, QStringLiteral("usage: vigil-library pack [FILE...] [--hotlines FILE] -o PACK [--key FILE]"));
    QString error;
    PackKeys::KeyPair signer;
    if (!args.key.isEmpty() && !PackKeys::readSecretKeyFile(args.key, &signer, &error))
        return fail(BadInput, error);

    // Each page is read as an import would read it: a pack carries no page that
    // cannot be imported.
    ReferenceData reference;
    if (!reference.load({}, &error))
        return fail(BadInput, error);
    DataPack pack;
    pack.created = QDateTime::currentDateTimeUtc();
    const PageBatch batch = PageBatch::read(args.positional, reference);
    for (const PageBatch::Item &item : batch.items()) {
        if (!item.ok())
            return fail(BadInput, item.problem + QStringLiteral(" No pack was written."));
        const QString name = QFileInfo(item.path).fileName();
        for (const PackPage &p : std::as_const(pack.pages)) {
            if (p.fileName.compare(name, Qt::CaseInsensitive) == 0)
                return fail(
                    BadInput, QStringLiteral("two pages are named %1; a pack keeps one page of a name").arg(name));
        }
        QFile file(item.path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(BadInput, QStringLiteral("cannot read %1: %2").arg(item.path, file.errorString()));
        pack.pages << PackPage { name, file.readAll() };
    }
    if (!args.hotlines.isEmpty() && !readHotlines(args.hotlines, &pack.hotlines, &error))
        return fail(BadInput, error);
    if (pack.pages.isEmpty() && pack.hotlines.isEmpty())
        return fail(BadInput, QStringLiteral("nothing to pack: give saved pages (.txt, .html, .htm) or --hotlines"));

    const QByteArray bytes = pack.toBytes(args.key.isEmpty() ? nullptr : &signer);
    if (bytes.size() > DataPack::sizeLimit)
        return fail(BadInput,
            QStringLiteral("the pack would be over %1 MB; split the pages into several packs")
                .arg(DataPack::sizeLimit / (1024 * 1024)));
    QSaveFile file(args.output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(BadInput, QStringLiteral("cannot write %1: %2").arg(args.output, file.errorString()));
    out() << "Wrote " << args.output << ": " << pack.pages.size() << " page(s), " << pack.hotlines.size()
          << " hotline(s), ";
    if (args.key.isEmpty())
        out() << "not signed\n";
    else
        out() << "signed by " << signer.name << " (" << PackKeys::fingerprint(signer.publicKey) << ")\n";
    return Ok;
}

} // namespace Vigil::Cli
