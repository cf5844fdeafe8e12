// HTML to plain text (htmltext.h) over any text: the UTF-8 path gives what the UTF-16 path
// gives (the bulk path relies on it), and looksLikeHtml() decides on anything.
#include "domain/htmltext.h"
#include "fuzzcheck.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray utf8 = FuzzInput::bytes(data, size);
    const QString text = QString::fromUtf8(utf8);
    const QString fromUtf16 = htmlToPlainText(QStringView(text));
    const QString fromUtf8 = htmlToPlainText(QByteArrayView(utf8));
    if (FuzzInput::isUtf8(utf8))
        FUZZ_CHECK(fromUtf16 == fromUtf8, "UTF-8 and UTF-16 markup give the same text");
    looksLikeHtml(text);
    return 0;
}
