#pragma once

#include "domain/feeditem.h"

#include <pugixml.hpp>
#include <vector>

class ItemFinisher;
class XmlReader;

// RSS 0.91, 0.92 and 2.0: <rss><channel> holding the feed's fields and its <item>s.
namespace RssParser {

bool parse(pugi::xml_node root, XmlReader &xml, ItemFinisher &finisher, ParsedNewsFeed *out,
           QString *error);

// Channel title and link (RSS 1.0 channels have the same two).
void readChannel(pugi::xml_node channel, XmlReader &xml, ItemFinisher &finisher,
                 ParsedNewsFeed *out);

// One <item>; RSS 0.9x, 1.0 and 2.0 items overlap enough to share this. Relative links are
// resolved against `base`.
FeedItem readItem(pugi::xml_node item, XmlReader &xml, ItemFinisher &finisher, const QString &base);

// Reads, finishes and appends, or skips with a warning.
void addItem(pugi::xml_node item, XmlReader &xml, ItemFinisher &finisher, ParsedNewsFeed *out,
             int position);
// The same for every item of the document, in order (positions from 1). A big feed's items are
// read on two threads: each item touches only its own nodes, and until the items are read the
// second core has nothing to do. Items, warnings and positions come out as one pass gives them.
void addItems(const std::vector<pugi::xml_node> &items, XmlReader &xml, ItemFinisher &finisher,
              ParsedNewsFeed *out);

} // namespace RssParser
