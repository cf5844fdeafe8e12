#include "feeds/news/atomparser.h"

#include "domain/htmltext.h"
#include "feeds/news/extensionfields.h"
#include "feeds/news/itemfinisher.h"
#include "feeds/news/xmlreader.h"

#include <QUrl>

#include <cstring>

namespace {

// An Atom text construct as markup and, when the feed gave plain text, as that text too.
struct TextConstruct {
    QByteArray html; // UTF-8
    QString text;    // set only for type="text"
    bool present = false;
};

bool is(const char *a, const char *b)
{
    return std::strcmp(a, b) == 0;
}

bool isAtom(const XmlReader::Name &name, const char *local)
{
    return (name.ns == XmlNs::Atom || name.ns == XmlNs::Atom03) && is(name.local, local);
}

TextConstruct readText(pugi::xml_node node, XmlReader &xml)
{
    TextConstruct result;
    const char *type = node.attribute("type").value();
    const char *mode = node.attribute("mode").value(); // Atom 0.3
    result.present = true;
    if (is(mode, "base64")) {
        result.present = false; // binary content: nothing readable
    } else if (is(type, "xhtml") || is(type, "application/xhtml+xml") || is(mode, "xml")) {
        // The content is an xhtml:div wrapper whose children are the markup.
        pugi::xml_node div = node.first_child();
        while (div && div.type() != pugi::node_element)
            div = div.next_sibling();
        const bool wrapped = div && is(xml.name(div).local, "div") && !div.next_sibling(div.name());
        const pugi::xml_node markup = wrapped ? div : node;
        // Character data inside XHTML is text: "&lt;blink&gt;" there is the word "<blink>". With
        // elements around it, the serialised markup keeps it escaped; on its own it is escaped
        // again, because innerMarkup() returns a lone text node decoded (it is RSS's escaped HTML).
        result.html = XmlReader::hasElementChildren(markup)
                          ? xml.innerMarkupUtf8(markup)
                          : ItemFinisher::plainToHtml(xml.text(markup)).toUtf8();
    } else if (is(type, "html") || is(type, "text/html")) {
        result.html = xml.innerMarkupUtf8(node);
    } else if (!*type || is(type, "text") || std::strncmp(type, "text/", 5) == 0) {
        result.text = XmlReader::hasElementChildren(node) ? htmlToPlainText(xml.innerMarkup(node))
                                                          : xml.text(node).trimmed();
        result.html = ItemFinisher::plainToHtml(result.text).toUtf8();
    } else {
        result.present = false; // base64 or another media type: nothing readable
    }
    return result;
}

QString titleOf(const TextConstruct &title)
{
    return title.text.isEmpty() ? ItemFinisher::plainTitle(QString::fromUtf8(title.html),
                                                           ItemFinisher::TextType::Html)
                                : ItemFinisher::simplified(title.text);
}

// xml:base of `node` applied to the base in force around it.
QString baseFor(pugi::xml_node node, XmlReader &xml, const QString &outer)
{
    if (!node.attribute("xml:base"))
        return outer;
    const QString own = xml.attribute(node, "xml:base").trimmed();
    if (outer.isEmpty())
        return own;
    return QUrl(outer).resolved(QUrl(own)).toString();
}

// rel="alternate" (or no rel) wins, and among those a text/html one.
class LinkChoice {
public:
    void consider(pugi::xml_node link, XmlReader &xml, const QString &base)
    {
        const char *rel = link.attribute("rel").value();
        if (*rel && !is(rel, "alternate"))
            return;
        const char *type = link.attribute("type").value();
        const int score = (!*type || is(type, "text/html")) ? 2 : 1;
        if (score <= m_score)
            return;
        m_score = score;
        m_href = xml.attribute(link, "href");
        m_base = baseFor(link, xml, base);
    }
    QString resolve(ItemFinisher &finisher) const { return finisher.link(m_href, m_base); }

private:
    int m_score = 0;
    QString m_href;
    QString m_base;
};

QStringList authorNames(pugi::xml_node author, XmlReader &xml, QStringList names)
{
    for (pugi::xml_node child : author.children()) {
        if (child.type() == pugi::node_element && isAtom(xml.name(child), "name")) {
            const QString name = ItemFinisher::simplified(xml.text(child));
            if (!name.isEmpty())
                names.append(name);
        }
    }
    return names;
}

void applyText(const TextConstruct &text, QByteArray *html, QString *plain)
{
    if (!text.present)
        return;
    *html = text.html;
    *plain = text.text;
}

struct EntryContext {
    QString base;
    QString feedAuthor; // the feed's authors, joined: what entries without one inherit
};

FeedItem readEntry(pugi::xml_node entry, XmlReader &xml, ItemFinisher &finisher,
                   const EntryContext &context)
{
    FeedItem item;
    const QString base = baseFor(entry, xml, context.base);
    LinkChoice link;
    QStringList authors;
    QString published, updated;
    ExtensionFields extensions;
    for (pugi::xml_node child = entry.first_child(); child; child = child.next_sibling()) {
        if (child.type() != pugi::node_element)
            continue;
        const XmlReader::Name name = xml.name(child);
        if (name.ns != XmlNs::Atom && name.ns != XmlNs::Atom03) {
            extensions.read(child, name, xml, item);
            continue;
        }
        const char *local = name.local;
        if (is(local, "id"))
            item.guid = xml.text(child).trimmed();
        else if (is(local, "title"))
            item.title = titleOf(readText(child, xml));
        else if (is(local, "link"))
            link.consider(child, xml, base);
        else if (is(local, "author"))
            authors = authorNames(child, xml, authors);
        else if (is(local, "published") || is(local, "issued"))
            published = xml.text(child);
        else if (is(local, "updated") || is(local, "modified"))
            updated = xml.text(child);
        else if (is(local, "summary"))
            applyText(readText(child, xml), &item.summaryHtml, &item.summaryText);
        else if (is(local, "content") && !child.attribute("src"))
            applyText(readText(child, xml), &item.contentHtml, &item.contentText);
        else if (is(local, "category"))
            ItemFinisher::addCategory(
                &item.categories, xml.attribute(child, child.attribute("term") ? "term" : "label"));
    }
    item.link = link.resolve(finisher);
    item.published = finisher.date(published.isEmpty() ? extensions.dcDate : published);
    item.updated = finisher.date(updated);
    item.author = authors.join(QLatin1String(", "));
    extensions.fillGaps(item);
    return item;
}

} // namespace

namespace AtomParser {

bool parse(pugi::xml_node root, XmlReader &xml, ItemFinisher &finisher, ParsedNewsFeed *out,
           QString *)
{
    EntryContext context;
    context.base = baseFor(root, xml, QString());
    LinkChoice feedLink;
    QStringList feedAuthors;
    for (pugi::xml_node child = root.first_child(); child; child = child.next_sibling()) {
        if (child.type() != pugi::node_element)
            continue;
        const XmlReader::Name name = xml.name(child);
        if (isAtom(name, "title"))
            out->title = titleOf(readText(child, xml));
        else if (isAtom(name, "link"))
            feedLink.consider(child, xml, context.base);
        else if (isAtom(name, "author"))
            feedAuthors = authorNames(child, xml, feedAuthors);
    }
    context.feedAuthor = feedAuthors.join(QLatin1String(", "));
    out->link = feedLink.resolve(finisher);
    if (context.base.isEmpty())
        context.base = out->link;
    int position = 0;
    for (pugi::xml_node child = root.first_child(); child; child = child.next_sibling()) {
        if (child.type() != pugi::node_element || !isAtom(xml.name(child), "entry"))
            continue;
        FeedItem item = readEntry(child, xml, finisher, context);
        if (!finisher.finish(&item, ++position, &out->warnings))
            continue;
        if (item.author.isEmpty())
            item.author = context.feedAuthor;
        out->items.append(std::move(item));
    }
    return true;
}

} // namespace AtomParser
