// TVmaze show and season-list JSON over any bytes (tvmazeparser.h): a failure is a Parse error
// that says why.
#include "feeds/tvmaze/tvmazeparser.h"
#include "fuzzcheck.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = FuzzInput::bytes(data, size);
    const QDate today(2026, 12, 1);
    TvMazeParser::detect(body);
    {
        Catalog catalog;
        FeedError error;
        if (!TvMazeParser::parseShow(body, today, &catalog, &error)) {
            FUZZ_CHECK(error.kind == FeedError::Kind::Parse, "a failure is a parse error");
            FUZZ_CHECK(!error.message.isEmpty(), "a parse error says why");
        }
    }
    {
        Catalog catalog;
        FeedError error;
        const QString feedUrl = QStringLiteral("https://api.tvmaze.com/shows/1/seasons");
        if (!TvMazeParser::parseSeasons(body, feedUrl, today, &catalog, &error)) {
            FUZZ_CHECK(error.kind == FeedError::Kind::Parse, "a failure is a parse error");
            FUZZ_CHECK(!error.message.isEmpty(), "a parse error says why");
        }
    }
    return 0;
}
