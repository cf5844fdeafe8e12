#pragma once

#include <QByteArray>

// A realistic RSS 2.0 feed for benchmarks: about 1 KB per item (title, link, guid, RFC 822
// pubDate, dc:creator, categories, and an HTML description with entities, escaped in most items
// and in CDATA in some, as real feeds mix them). The same seed gives the same bytes.
QByteArray generateRssFeed(int items, quint32 seed);
