// Helper for userdata_test: makes a named list ("Run FIRST_ID"), then adds article
// after article to the reading list and to that list, with a note, until it is
// killed, and prints each id on stdout once the three writes have returned, that
// is, once the store has acknowledged them.
#include "storage/userdatastore.h"
#include "userdatarows.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool ok = false;
    const qint64 first = args.value(2).toLongLong(&ok);
    if (args.size() != 3 || !ok) {
        std::fprintf(stderr, "usage: userdata_writer FILE FIRST_ID\n");
        return 2;
    }
    Vigil::Core::UserDataStore store;
    QString error;
    if (!store.open(args.at(1), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const qint64 named = store.createList(Vigil::Test::UserDataRows::listNameFor(first), &error);
    if (named == 0) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    // It stops by itself after a while, should the test die before killing it.
    QElapsedTimer alive;
    alive.start();
    for (qint64 id = first; alive.elapsed() < 30000; ++id) {
        if (!store.addToList(Vigil::Core::UserDataStore::defaultListId, id, &error)
            || !store.addToList(named, id, &error)
            || !store.setNote(id, Vigil::Test::UserDataRows::noteFor(id), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("%lld\n", static_cast<long long>(id));
        std::fflush(stdout);
    }
    return 0;
}
