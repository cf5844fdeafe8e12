#pragma once

#include <QByteArray>
#include <QList>

// A realistic RSS 2.0 feed for benchmarks: about 1 KB per item (title, link, guid, RFC 822
// pubDate, dc:creator, categories, and an HTML description with entities, escaped in most items
// and in CDATA in some, as real feeds mix them). The same seed gives the same bytes.
QByteArray generateRssFeed(int items, quint32 seed);

// The same, shaped: item numbers (guids and links) start at `firstIndex`, so several feeds from
// one generator hold distinct stories, and the stories are about `shows` when it is not empty
// (titles as the ledger knows them, so extraction links articles to shows).
struct RssShape {
    int items = 0;
    quint32 seed = 1;
    int firstIndex = 0;
    QList<QByteArray> shows;
};
QByteArray generateRssFeed(const RssShape &shape);
