#include "feeds/news/rssparser.h"

#include "feeds/news/extensionfields.h"
#include "feeds/news/itemfinisher.h"
#include "feeds/news/xmlreader.h"

#include <QCoreApplication>
#include <QThread>

#include <cstring>
#include <future>
#include <iterator>

namespace {

// Fields read before they can be combined (which date or author wins, guid as a fallback link).
struct RawItem {
    QString link;
    QString guid;
    bool guidIsPermaLink = true;
    QString pubDate;
    QString updated;
    QString author;
    ExtensionFields extensions;
};

bool is(const char *local, const char *name)
{
    return std::strcmp(local, name) == 0;
}

// An RSS title is nominally plain text, but feeds put escaped markup and double-escaped
// entities in it. It is read as feedparser reads it: the text, decoded once, is HTML only when
// it looks like HTML (a closing tag or a character reference, and only known elements). So
// "&lt;b&gt;Bold&lt;/b&gt; news" reads "Bold news", "AT&amp;amp;T" reads "AT&T", and "History of
// the &lt;blink&gt; tag" keeps its "<blink>", which stripping tags from every title would lose.
QString rssTitle(pugi::xml_node title, XmlReader &xml)
{
    return ItemFinisher::plainTitle(xml.innerMarkup(title), ItemFinisher::TextType::PlainOrHtml);
}

void readRssElement(pugi::xml_node child, const char *local, XmlReader &xml, FeedItem &item,
                    RawItem &raw)
{
    if (is(local, "title")) {
        item.title = rssTitle(child, xml);
    } else if (is(local, "link")) {
        raw.link = xml.text(child);
    } else if (is(local, "description")) {
        item.summaryHtml = xml.innerMarkupUtf8(child);
    } else if (is(local, "guid")) {
        raw.guid = xml.text(child).trimmed();
        raw.guidIsPermaLink = std::strcmp(child.attribute("isPermaLink").value(), "false") != 0;
    } else if (is(local, "pubDate")) {
        raw.pubDate = xml.text(child);
    } else if (is(local, "author")) {
        raw.author = ItemFinisher::authorName(xml.text(child));
    } else if (is(local, "category")) {
        ItemFinisher::addCategory(&item.categories, xml.text(child));
    }
}

void readAtomInRss(pugi::xml_node child, const char *local, XmlReader &xml, RawItem &raw)
{
    if (is(local, "updated")) {
        raw.updated = xml.text(child);
    } else if (is(local, "link") && raw.link.isEmpty()) {
        const char *rel = child.attribute("rel").value();
        if (!*rel || is(rel, "alternate"))
            raw.link = xml.attribute(child, "href");
    }
}

bool looksLikeWebAddress(const QString &text)
{
    return text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

pugi::xml_node firstChildNamed(pugi::xml_node parent, XmlReader &xml, const char *local)
{
    for (pugi::xml_node child : parent.children()) {
        const XmlReader::Name name = xml.name(child);
        if ((name.ns == XmlNs::None || name.ns == XmlNs::Rss) && is(name.local, local))
            return child;
    }
    return pugi::xml_node();
}

} // namespace

namespace RssParser {

FeedItem readItem(pugi::xml_node node, XmlReader &xml, ItemFinisher &finisher, const QString &base)
{
    FeedItem item;
    RawItem raw;
    for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
        if (child.type() != pugi::node_element)
            continue;
        const XmlReader::Name name = xml.name(child);
        switch (name.ns) {
        case XmlNs::None:
        case XmlNs::Rss:
            readRssElement(child, name.local, xml, item, raw);
            break;
        case XmlNs::Content:
            if (is(name.local, "encoded"))
                item.contentHtml = xml.innerMarkupUtf8(child);
            break;
        case XmlNs::Atom:
            readAtomInRss(child, name.local, xml, raw);
            break;
        default:
            raw.extensions.read(child, name, xml, item);
            break;
        }
    }
    if (raw.guid.isEmpty()) // RSS 1.0 names its items by URI
        raw.guid = xml.attribute(node, "rdf:about").trimmed();
    if (raw.link.trimmed().isEmpty() && raw.guidIsPermaLink && looksLikeWebAddress(raw.guid))
        raw.link = raw.guid;
    item.guid = raw.guid;
    item.link = finisher.link(raw.link, base);
    item.published = finisher.date(raw.pubDate.isEmpty() ? raw.extensions.dcDate : raw.pubDate);
    item.updated = finisher.date(raw.updated);
    item.author = raw.author;
    raw.extensions.fillGaps(item);
    return item;
}

void addItem(pugi::xml_node node, XmlReader &xml, ItemFinisher &finisher, ParsedNewsFeed *out,
             int position)
{
    FeedItem item = readItem(node, xml, finisher, out->link);
    if (finisher.finish(&item, position, &out->warnings))
        out->items.append(std::move(item));
}

void addItems(const std::vector<pugi::xml_node> &items, XmlReader &xml, ItemFinisher &finisher,
              ParsedNewsFeed *out)
{
    // Below this many, a thread costs more than it saves.
    constexpr std::size_t kSplitFrom = 2000;
    const std::size_t half = items.size() / 2;
    std::future<void> second;
    XmlReader secondXml = xml;
    ItemFinisher secondFinisher(finisher.plainText());
    ParsedNewsFeed secondOut;
    secondOut.link = out->link; // the base of relative links
    const bool split = items.size() >= kSplitFrom && QThread::idealThreadCount() > 1;
    if (split) {
        secondOut.items.reserve(qsizetype(items.size() - half));
        second = std::async(std::launch::async, [&] {
            for (std::size_t i = half; i < items.size(); ++i)
                addItem(items[i], secondXml, secondFinisher, &secondOut, int(i) + 1);
        });
    }
    const std::size_t firstEnd = split ? half : items.size();
    for (std::size_t i = 0; i < firstEnd; ++i)
        addItem(items[i], xml, finisher, out, int(i) + 1);
    if (!split)
        return;
    second.get();
    out->items.append(std::move(secondOut.items));
    out->warnings << secondOut.warnings;
    finisher.absorb(secondFinisher);
    xml.absorb(secondXml);
}

void readChannel(pugi::xml_node channel, XmlReader &xml, ItemFinisher &finisher,
                 ParsedNewsFeed *out)
{
    if (const pugi::xml_node title = firstChildNamed(channel, xml, "title"))
        out->title = rssTitle(title, xml);
    if (const pugi::xml_node link = firstChildNamed(channel, xml, "link"))
        out->link = finisher.link(xml.text(link), QString());
}

bool parse(pugi::xml_node root, XmlReader &xml, ItemFinisher &finisher, ParsedNewsFeed *out,
           QString *error)
{
    const pugi::xml_node channel = firstChildNamed(root, xml, "channel");
    if (!channel) {
        *error = QCoreApplication::translate("NewsFeedParser",
                                             "The RSS document has no <channel> element.");
        return false;
    }
    readChannel(channel, xml, finisher, out);
    std::vector<pugi::xml_node> items;
    items.reserve(std::size_t(std::distance(channel.begin(), channel.end())));
    // Items belong in the channel; some 0.9x feeds put them next to it, which costs nothing to
    // accept.
    for (pugi::xml_node parent : {channel, root}) {
        for (pugi::xml_node child = parent.first_child(); child; child = child.next_sibling()) {
            if (child.type() != pugi::node_element)
                continue;
            const XmlReader::Name name = xml.name(child);
            if ((name.ns == XmlNs::None || name.ns == XmlNs::Rss) && is(name.local, "item"))
                items.push_back(child);
        }
    }
    out->items.reserve(qsizetype(items.size()));
    addItems(items, xml, finisher, out);
    return true;
}

} // namespace RssParser
