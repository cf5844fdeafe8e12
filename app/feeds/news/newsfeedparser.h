#pragma once

#include "domain/feederror.h"
#include "domain/feeditem.h"

#include <QByteArray>
#include <QString>

#include <optional>

// News feeds, bytes in, items out: RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 1.0 and JSON Feed 1.x, told
// apart by their content. No network, no storage; safe to call from any thread.
//
// Safety: DTDs are never processed. Entities a DOCTYPE declares are not expanded and external
// ones never fetched, so billion-laughs and XXE documents parse to their literal "&name;" text
// and a warning. They are parsed rather than refused because old feeds carry DOCTYPEs that
// declare HTML's entities, which the parser decodes from its own table anyway; refusing them
// would lose real feeds and gain no safety.
//
// Errors: a document that is not well-formed, not a feed, or empty fails as FeedError::Parse with
// the line and column, so the caller keeps the feed's old data. A single unusable item (nothing
// that identifies it: no id, title, link, date, author or text; not an object in JSON) is skipped
// with a warning instead; an untitled item with any of those is kept, as feedparser keeps it.
// Recovered problems (an unusable encoding label, undeclared bytes read as windows-1252,
// unreadable dates) are warnings in ParsedNewsFeed::warnings, which sync reports pass on.
namespace NewsFeedParser {

struct Options {
    // Fill summaryText/contentText from the markup. The benchmark turns it off to time the rest.
    bool plainText = true;
};

// The format, judged from the content only (a BOM or XML declaration, the root element and its
// namespace, or a JSON object whose "version" is JSON Feed's); nothing when it is no news feed.
std::optional<NewsFormat> detect(const QByteArray &body);

// `httpCharset` is the Content-Type charset parameter, empty when there was none. On failure
// returns false, fills `error` (when given) and leaves `out` empty.
bool parse(const QByteArray &body, const QString &httpCharset, ParsedNewsFeed *out,
           FeedError *error);
bool parse(const QByteArray &body, const QString &httpCharset, ParsedNewsFeed *out,
           FeedError *error, const Options &options);

} // namespace NewsFeedParser
