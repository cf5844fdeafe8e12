#pragma once

#include "domain/feeditem.h"

#include <QJsonObject>

class ItemFinisher;

// JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1).
namespace JsonFeedParser {

// Whether a parsed JSON object is a JSON Feed: its "version" names jsonfeed.org's version 1.
bool isJsonFeed(const QJsonObject &root);
// The same judgement on UTF-8 text without parsing it: the top-level object's "version" is found
// by skipping over the other values, so detection does not cost a second full parse.
bool looksLikeJsonFeed(const QByteArray &utf8);

void parse(const QJsonObject &root, ItemFinisher &finisher, ParsedNewsFeed *out);

} // namespace JsonFeedParser
