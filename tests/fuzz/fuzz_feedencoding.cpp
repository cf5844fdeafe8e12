// Charset decoding of feed bodies (feedencoding.h) over any bytes, with the XML declaration's
// encoding and the HTTP charset chosen from the labels feeds really carry (and a bogus one).
// What must hold: the BOM length is within the body; an encoding is always named; a body that
// is valid UTF-8 without a BOM or a declaration stays as it is, whatever HTTP says.
#include "feeds/news/feedencoding.h"
#include "fuzzcheck.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const char *const labels[] = {"",       "utf-8",     "iso-8859-1", "windows-1252",
                                         "euc-kr", "shift_jis", "utf-16le",   "utf-16be",
                                         "koi8-r", "gb2312",    "us-ascii",   "no-such-charset"};
    const QByteArray body = FuzzInput::bytes(data, size);
    const int choice = FuzzInput::pick(size, 12 * 12 * 2);
    const QByteArray declared = labels[choice % 12];
    const QString httpCharset = QString::fromLatin1(labels[(choice / 12) % 12]);
    const UndeclaredEncoding undeclared =
        choice / 144 ? UndeclaredEncoding::GuessWindows1252 : UndeclaredEncoding::Utf8;

    int bomLength = -1;
    const QByteArray sniffed = sniffUnicodeEncoding(body, &bomLength);
    FUZZ_CHECK(bomLength >= 0 && bomLength <= body.size(), "the BOM is within the body");

    const FeedEncoding decoded = decodeFeedBody(body, declared, httpCharset, undeclared);
    FUZZ_CHECK(!decoded.encoding.isEmpty(), "an encoding is always named");
    if (sniffed.isEmpty() && declared.isEmpty() && FuzzInput::isUtf8(body))
        FUZZ_CHECK(decoded.utf8 == body, "valid UTF-8 stays as it is");
    return 0;
}
