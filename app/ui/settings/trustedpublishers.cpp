#include "trustedpublishers.h"

#include "config.h"
#include "packs/packkeys.h"

#include <QCollator>
#include <QVariantMap>

#include <algorithm>

namespace Vigil::Ui::TrustedPublishers {

namespace {

QVariantMap stored()
{
    return Config::get(Config::Key::TrustedPublishers).toMap();
}

} // namespace

QList<Publisher> all()
{
    QList<Publisher> publishers;
    const QVariantMap map = stored();
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QString fingerprint = Core::PackKeys::normalizedFingerprint(it.key());
        if (!fingerprint.isEmpty())
            publishers.append({ it.value().toString(), fingerprint });
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(publishers.begin(), publishers.end(),
        [&collator](const Publisher &a, const Publisher &b) { return collator.compare(a.name, b.name) < 0; });
    return publishers;
}

bool isTrusted(const QString &fingerprint)
{
    const QString key = Core::PackKeys::normalizedFingerprint(fingerprint);
    return !key.isEmpty() && stored().contains(key);
}

QString nameOf(const QString &fingerprint)
{
    return stored().value(Core::PackKeys::normalizedFingerprint(fingerprint)).toString();
}

bool add(const QString &fingerprint, const QString &name)
{
    const QString key = Core::PackKeys::normalizedFingerprint(fingerprint);
    if (key.isEmpty())
        return false;
    QVariantMap map = stored();
    map.insert(key, name.trimmed());
    Config::set(Config::Key::TrustedPublishers, map);
    return true;
}

void remove(const QString &fingerprint)
{
    QVariantMap map = stored();
    map.remove(Core::PackKeys::normalizedFingerprint(fingerprint));
    Config::set(Config::Key::TrustedPublishers, map);
}

} // namespace Vigil::Ui::TrustedPublishers
