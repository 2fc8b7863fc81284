#include "commands.h"
#include "packs/packkeys.h"

#include <QFileInfo>

using namespace Vigil::Core;

namespace Vigil::Cli {

KeygenCommand::KeygenCommand()
    : Command(QStringLiteral("keygen"), QStringLiteral("keygen NAME -o PREFIX"),
        QStringLiteral("Makes a key pair that signs data packs: PREFIX.secret, kept by whoever makes packs, and "
                       "PREFIX.public, given to the readers who trust them."),
        { Option::Output })
{
}

int KeygenCommand::run(const Arguments &args)
{
    if (args.positional.size() != 1 || args.positional.first().trimmed().isEmpty() || args.output.isEmpty())
        return fail(UsageError,
            QStringLiteral("usage: vigil-library keygen NAME -o PREFIX (NAME: who signs, as readers will see it)"));
    if (!PackKeys::isUsableName(args.positional.first().trimmed()))
        return fail(
            UsageError, QStringLiteral("NAME must be one line of at most %1 characters").arg(PackKeys::maxNameLength));
    const QString secretPath = args.output + QStringLiteral(".secret");
    const QString publicPath = args.output + QStringLiteral(".public");
    // A secret key is never written over: the packs it signed would lose their signer.
    for (const QString &path : { secretPath, publicPath }) {
        if (QFileInfo::exists(path))
            return fail(BadInput, QStringLiteral("%1 exists; choose another PREFIX").arg(path));
    }
    if (!PackKeys::available())
        return fail(BadInput, QStringLiteral("libsodium could not start; no key was made"));
    const PackKeys::KeyPair pair = PackKeys::generate(args.positional.first().trimmed());
    QString error;
    if (!PackKeys::writeSecretKeyFile(secretPath, pair, &error)
        || !PackKeys::writePublicKeyFile(publicPath, { pair.name, pair.publicKey }, &error))
        return fail(BadInput, error);
    out() << "Secret key: " << secretPath << " (keep it to yourself; it signs packs in your name)\n"
          << "Public key: " << publicPath << " (give it to readers)\n"
          << "Fingerprint: " << PackKeys::fingerprint(pair.publicKey) << '\n';
    return Ok;
}

} // namespace Vigil::Cli
