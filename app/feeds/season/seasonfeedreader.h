#pragma once

#include "domain/catalog.h"
#include "domain/feederror.h"

#include <QByteArray>

// Reads and validates our own season feed format (docs/feed-format.md). Validation is total:
// any error rejects the whole feed, naming the field by its JSON path, so nothing half-valid
// reaches the ledger.
namespace SeasonFeedReader {

constexpr int kFormatVersion = 1;

bool looksLikeSeasonFeed(const QByteArray &body);
bool read(const QByteArray &body, Catalog *out, FeedError *error);

} // namespace SeasonFeedReader
