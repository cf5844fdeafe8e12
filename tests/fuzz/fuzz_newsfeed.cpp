// Format detection and the news parsers (RSS 0.9x/2.0, RDF, Atom, JSON Feed) over any bytes,
// with the HTTP charsets servers send (newsfeedparser.h): a failure is a Parse error that says
// where and leaves the feed empty; the markup kept from a success is valid UTF-8.
#include "feeds/feedformat.h"
#include "feeds/news/newsfeedparser.h"
#include "fuzzcheck.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const char *const charsets[] = {"",       "utf-8",     "iso-8859-1", "windows-1252",
                                           "euc-kr", "shift_jis", "utf-16",     "no-such-charset"};
    const QByteArray body = FuzzInput::bytes(data, size);
    FeedFormats::name(FeedFormats::detect(body));
    NewsFeedParser::detect(body);

    const QString charset = QString::fromLatin1(charsets[FuzzInput::pick(size, 8)]);
    ParsedNewsFeed feed;
    FeedError error;
    if (!NewsFeedParser::parse(body, charset, &feed, &error)) {
        FUZZ_CHECK(error.kind == FeedError::Kind::Parse, "a failure is a parse error");
        FUZZ_CHECK(!error.message.isEmpty(), "a parse error says what is wrong");
        FUZZ_CHECK(feed.items.isEmpty() && feed.title.isEmpty(), "a failure leaves out empty");
        return 0;
    }
    FUZZ_CHECK(!error.isError(), "a success is no error");
    for (const FeedItem &item : feed.items) {
        FUZZ_CHECK(FuzzInput::isUtf8(item.summaryHtml), "summary markup is valid UTF-8");
        FUZZ_CHECK(FuzzInput::isUtf8(item.contentHtml), "content markup is valid UTF-8");
        FUZZ_CHECK(!item.published.isValid() || item.published.timeSpec() == Qt::UTC,
                   "dates are UTC");
    }
    return 0;
}
