#pragma once

#include "domain/feeditem.h"

#include <pugixml.hpp>

class ItemFinisher;
class XmlReader;

// RSS 1.0 (and 0.90): <rdf:RDF> whose <channel> and <item>s are siblings.
namespace RdfParser {

bool parse(pugi::xml_node root, XmlReader &xml, ItemFinisher &finisher, ParsedNewsFeed *out,
           QString *error);

} // namespace RdfParser
