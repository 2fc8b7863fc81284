#pragma once

#include <QList>
#include <QString>

namespace Vigil::Ui::TrustedPublishers {

// The publishers whose data packs the reader trusts, known by the fingerprint of
// their public key (packs/packkeys.h) and a name the reader gave or the key file had.
struct Publisher
{
    QString name;
    QString fingerprint; // as PackKeys::fingerprint writes it
};

QList<Publisher> all(); // by name
bool isTrusted(const QString &fingerprint);
QString nameOf(const QString &fingerprint);
// Adds or renames; false when fingerprint is not one.
bool add(const QString &fingerprint, const QString &name);
void remove(const QString &fingerprint);

} // namespace Vigil::Ui::TrustedPublishers
