// Bytes -> DataPackReader::read, the first thing that meets a data pack a reader
// was handed on a USB stick (packs/datapack.h). A pack comes from anyone, so:
// - a refusal is one sentence, and nothing is read out of a refused pack;
// - a pack that is read carries only page names that unpacking may write
//   (isSafePageFileName) and hotlines within UserHotline::maxFieldLength;
// - what was read, written again unsigned, reads back the same.
// A random change is nearly always caught by the checksum, so an input that does
// not start like a pack is taken as the pack's JSON line and given the header
// and checksum lines it needs: the fuzzer then works on what the JSON holds.

#include "fuzzsupport.h"
#include "packs/datapack.h"

#include <QCryptographicHash>

#include <cstddef>
#include <cstdint>

using namespace Vigil::Core;

namespace {

QByteArray wrapped(const QByteArray &json)
{
    return "VIGIL-PACK 1\n" + json + "\nsha256 " + QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex()
        + '\n';
}

bool fieldsFit(const UserHotline &h)
{
    for (const QString &field : { h.country, h.label, h.number, h.hours, h.languages, h.notes, h.source }) {
        if (field.size() > UserHotline::maxFieldLength)
            return false;
    }
    return true;
}

bool samePack(const DataPack &a, const DataPack &b)
{
    if (a.publisher != b.publisher || a.pages.size() != b.pages.size() || a.hotlines.size() != b.hotlines.size())
        return false;
    for (qsizetype i = 0; i < a.pages.size(); ++i) {
        if (a.pages.at(i).fileName != b.pages.at(i).fileName || a.pages.at(i).data != b.pages.at(i).data)
            return false;
    }
    for (qsizetype i = 0; i < a.hotlines.size(); ++i) {
        const UserHotline &x = a.hotlines.at(i);
        const UserHotline &y = b.hotlines.at(i);
        if (x.country != y.country || x.label != y.label || !x.hasSameDetails(y))
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Vigil::Fuzz::init(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray bytes = raw.startsWith("VIGIL-PACK") ? raw : wrapped(raw);

    OpenedPack opened;
    QString problem;
    if (!DataPackReader::read(bytes, &opened, &problem)) {
        FUZZ_CHECK(!problem.isEmpty() && !problem.contains(u'\n'), problem);
        FUZZ_CHECK(opened.pack.pages.isEmpty() && opened.pack.hotlines.isEmpty() && !opened.isSigned(),
            QStringLiteral("a refused pack handed something out: ") + problem);
        return 0;
    }
    for (const PackPage &page : opened.pack.pages)
        FUZZ_CHECK(DataPackReader::isSafePageFileName(page.fileName), page.fileName);
    for (const UserHotline &h : opened.pack.hotlines)
        FUZZ_CHECK(fieldsFit(h), h.label.left(100));

    OpenedPack again;
    FUZZ_CHECK(DataPackReader::read(opened.pack.toBytes(), &again, &problem), problem);
    FUZZ_CHECK(samePack(opened.pack, again.pack), QStringLiteral("written again, the pack reads differently"));
    return 0;
}
