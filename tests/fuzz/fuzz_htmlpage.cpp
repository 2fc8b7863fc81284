// Bytes -> HtmlPageReader::read -> PageParser::parseText: the path of a page a
// browser saved as HTML. Whatever the markup, the reader gives text or a sentence
// saying why not, and the parser takes that text as it takes a page saved as text.

#include "fuzzsupport.h"
#include "import/htmlpagereader.h"
#include "import/pageparser.h"
#include "testsupport.h"

#include <cstddef>
#include <cstdint>

using namespace Vigil::Core;

namespace {

const PageParser &parser()
{
    static const PageParser p(Vigil::Test::referenceData());
    return p;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Vigil::Fuzz::init(argc, argv);
    parser();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const HtmlPageReader::Result read = HtmlPageReader::read(bytes);
    if (!read.ok) {
        FUZZ_CHECK(!read.error.isEmpty(), QString());
        return 0;
    }
    FUZZ_CHECK(!read.text.trimmed().isEmpty(), QStringLiteral("ok with no text"));
    FUZZ_CHECK(!read.encoding.isEmpty(), QStringLiteral("ok with no character set"));
    const PageParser::Result parsed = parser().parseText(read.text, QStringLiteral("fuzz"));
    FUZZ_CHECK(parsed.ok || !parsed.error.isEmpty(), QStringLiteral("failed without a reason"));
    return 0;
}
