#include "feeds/news/rdfparser.h"

#include "feeds/news/itemfinisher.h"
#include "feeds/news/rssparser.h"
#include "feeds/news/xmlreader.h"

#include <QCoreApplication>

#include <cstring>

namespace RdfParser {

namespace {

bool isRss(XmlReader &xml, pugi::xml_node node, const char *local)
{
    if (node.type() != pugi::node_element)
        return false;
    const XmlReader::Name name = xml.name(node);
    return (name.ns == XmlNs::Rss || name.ns == XmlNs::None) && std::strcmp(name.local, local) == 0;
}

} // namespace

bool parse(pugi::xml_node root, XmlReader &xml, ItemFinisher &finisher, ParsedNewsFeed *out,
           QString *error)
{
    // The channel first, wherever it is: its link is the base for relative item links.
    pugi::xml_node channel;
    for (pugi::xml_node child = root.first_child(); child && !channel;
         child = child.next_sibling()) {
        if (isRss(xml, child, "channel"))
            channel = child;
    }
    if (!channel) {
        *error = QCoreApplication::translate("NewsFeedParser",
                                             "The RSS 1.0 document has no <channel> element.");
        return false;
    }
    RssParser::readChannel(channel, xml, finisher, out);
    std::vector<pugi::xml_node> items;
    for (pugi::xml_node child = root.first_child(); child; child = child.next_sibling()) {
        if (isRss(xml, child, "item"))
            items.push_back(child);
    }
    out->items.reserve(qsizetype(items.size()));
    RssParser::addItems(items, xml, finisher, out);
    return true;
}

} // namespace RdfParser
