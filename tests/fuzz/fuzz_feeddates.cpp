// Feed dates (feeddates.h) and Retry-After (retryafter.h) over any text: a parsed date is UTC
// and reads back from its ISO form; an HTTP-date reads back from the form we write; a
// Retry-After is never before now.
#include "feeds/http/retryafter.h"
#include "feeds/news/feeddates.h"
#include "fuzzcheck.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = FuzzInput::bytes(data, size);
    const QString text = QString::fromUtf8(bytes);

    const QDateTime date = parseFeedDate(text);
    if (date.isValid()) {
        FUZZ_CHECK(date.timeSpec() == Qt::UTC, "a feed date is UTC");
        if (date.date().year() >= 1 && date.date().year() <= 9999)
            FUZZ_CHECK(parseFeedDate(date.toString(Qt::ISODateWithMs)) == date,
                       "a feed date reads back from its ISO form");
    }

    const QDateTime httpDate = RetryAfter::parseHttpDate(bytes);
    if (httpDate.isValid() && httpDate.date().year() >= 1 && httpDate.date().year() <= 9999)
        FUZZ_CHECK(RetryAfter::parseHttpDate(RetryAfter::toHttpDate(httpDate)) == httpDate,
                   "an HTTP-date reads back from the form we write");

    const QDateTime now(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
    const QDateTime retry = RetryAfter::parse(bytes, now);
    if (retry.isValid())
        FUZZ_CHECK(retry >= now, "Retry-After is never before now");
    return 0;
}
