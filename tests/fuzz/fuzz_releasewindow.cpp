// Fuzzy release windows (releasewindowparser.h) over any text, against a fixed reference date
// and without one: every window found is a valid interval, and findAll() gives matches inside
// the text, left to right, not overlapping, each worded as the text it covers.
#include "domain/releasewindowparser.h"
#include "fuzzcheck.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(FuzzInput::bytes(data, size));
    const QDate reference = FuzzInput::pick(size, 2) ? QDate(2026, 12, 1) : QDate();
    if (const auto window = ReleaseWindowParser::parse(text, reference))
        FUZZ_CHECK(window->isValid(), "a parsed window is a valid interval");

    qsizetype end = 0;
    for (const ReleaseWindowParser::Match &match : ReleaseWindowParser::findAll(text, reference)) {
        FUZZ_CHECK(match.length > 0, "a match covers text");
        FUZZ_CHECK(match.offset >= end, "matches go left to right without overlapping");
        FUZZ_CHECK(match.offset + match.length <= text.size(), "a match is inside the text");
        FUZZ_CHECK(match.window.isValid(), "a found window is a valid interval");
        FUZZ_CHECK(match.window.wording == text.mid(match.offset, match.length),
                   "the wording is the matched text");
        end = match.offset + match.length;
    }
    return 0;
}
