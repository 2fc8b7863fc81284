// Bytes -> DateParser::parse and DateParser::findLast, read both as UTF-8 and as
// raw UTF-16 (so lone surrogates and characters no UTF-8 decoder produces get in).
// Bylines come from any page anyone saved: whatever they hold, a date the parser
// returns must be a real one, and the span findLast reports must be where that
// date is written.

#include "fuzzsupport.h"
#include "import/dateparser.h"

#include <cstddef>
#include <cstdint>

using Vigil::Core::DateMatch;
using Vigil::Core::DateParser;
using Vigil::Core::PartialDate;

namespace {

void checkDate(const QString &text, const PartialDate &date)
{
    if (!date.isValid())
        return;
    FUZZ_CHECK(date.year() >= 1900 && date.year() <= 2100, text);
    FUZZ_CHECK(PartialDate::fromIso(date.toIso()) == date, text + u" -> " + date.toIso());
}

void checkText(const QString &text)
{
    checkDate(text, DateParser::parse(text));

    const std::optional<DateMatch> match = DateParser::findLast(text);
    if (!match)
        return;
    FUZZ_CHECK(match->date.isValid(), text);
    FUZZ_CHECK(match->start >= 0 && match->length > 0, text);
    FUZZ_CHECK(match->start + match->length <= text.size(), text);
    checkDate(text, match->date);
    FUZZ_CHECK(!(match->ambiguous && match->monthFirst), text);
    // The caller cuts the span out and reads what is left: the span alone must be
    // the same date.
    const QStringView span = QStringView(text).mid(match->start, match->length);
    FUZZ_CHECK(DateParser::parse(span) == match->date, text + u" -> [" + span.toString() + u"] " + match->date.toIso());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Vigil::Fuzz::init(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    checkText(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    checkText(Vigil::Fuzz::fromUtf16Bytes(data, size));
    return 0;
}
