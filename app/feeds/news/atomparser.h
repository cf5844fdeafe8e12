#pragma once

#include "domain/feeditem.h"

#include <pugixml.hpp>

class ItemFinisher;
class XmlReader;

// Atom 1.0 (and the older 0.3 where it is a rename: issued/modified for published/updated).
namespace AtomParser {

bool parse(pugi::xml_node root, XmlReader &xml, ItemFinisher &finisher, ParsedNewsFeed *out,
           QString *error);

} // namespace AtomParser
