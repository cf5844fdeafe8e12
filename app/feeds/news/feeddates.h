#pragma once

#include <QDateTime>
#include <QStringView>

// The one place feed dates are parsed. Accepts the RFC 822/1123/2822 family (with or without the
// day of week, two- or four-digit years, named, military or numeric zones, missing seconds, odd
// spacing, lowercase or long month names such as "Sept"), RFC 850's "03-Jun-25", asctime, and ISO
// 8601 / RFC 3339 / W3CDTF (fractions, 'Z' or offsets, date-only "2025-06-03", year-month
// "2025-06", year "2025"). A missing zone means UTC, as does an unknown zone name (RFC 2822 §4.3),
// and so do the military letters other than Z, which RFC 822 defined with inverted signs.
// Returns a UTC QDateTime, invalid when the text is not a date. A hand-written scanner: it runs for
// every item of every feed, so no regular expressions and no allocations.
QDateTime parseFeedDate(QStringView text);
