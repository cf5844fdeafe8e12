#include "feeds/news/extensionfields.h"

#include "feeds/news/itemfinisher.h"

#include <cstring>

namespace {

using TextType = ItemFinisher::TextType;

bool is(const char *local, const char *name)
{
    return std::strcmp(local, name) == 0;
}

template <typename Text> void setOnce(Text *field, Text value)
{
    if (field->isEmpty())
        *field = std::move(value);
}

// media:group holds media:content, which may hold its own title and description; nothing
// deeper is Media RSS.
constexpr int kMaxMediaDepth = 2;

void readMedia(pugi::xml_node element, const char *local, XmlReader &xml, ExtensionFields &out,
               int depth)
{
    if (is(local, "title")) {
        // Media RSS's type is "plain" (the default) or "html".
        const bool html = is(element.attribute("type").value(), "html");
        setOnce(&out.title, ItemFinisher::plainTitle(
                                xml.text(element), html ? TextType::Html : TextType::PlainOrHtml));
    } else if (is(local, "description")) {
        const bool html = is(element.attribute("type").value(), "html");
        const QString text = xml.text(element);
        if (!ItemFinisher::isBlank(text))
            setOnce(
                &out.summaryHtml,
                ItemFinisher::toHtml(text, html ? TextType::Html : TextType::PlainOrHtml).toUtf8());
    } else if ((is(local, "group") || is(local, "content")) && depth < kMaxMediaDepth) {
        for (pugi::xml_node child = element.first_child(); child; child = child.next_sibling()) {
            if (child.type() != pugi::node_element)
                continue;
            const XmlReader::Name name = xml.name(child);
            if (name.ns == XmlNs::Media)
                readMedia(child, name.local, xml, out, depth + 1);
        }
    }
}

} // namespace

bool ExtensionFields::read(pugi::xml_node element, const XmlReader::Name &name, XmlReader &xml,
                           FeedItem &item)
{
    const char *local = name.local;
    switch (name.ns) {
    case XmlNs::Dc:
        if (is(local, "creator")) {
            QString creator = ItemFinisher::simplified(xml.text(element));
            if (!creator.isEmpty())
                creators.append(std::move(creator));
        } else if (is(local, "date")) {
            dcDate = xml.text(element);
        } else if (is(local, "subject")) {
            ItemFinisher::addCategory(&item.categories, xml.text(element));
        } else if (is(local, "title")) {
            setOnce(&title, ItemFinisher::plainTitle(xml.text(element), TextType::PlainOrHtml));
        } else if (is(local, "description")) {
            // feedparser reads dc:description as RSS's description: HTML.
            QByteArray html = xml.innerMarkupUtf8(element);
            if (!ItemFinisher::isBlank(html))
                setOnce(&summaryHtml, std::move(html));
        }
        return true;
    case XmlNs::Itunes:
        if (is(local, "author")) {
            setOnce(&itunesAuthor, ItemFinisher::simplified(xml.text(element)));
        } else if (is(local, "summary")) {
            const QString text = xml.text(element);
            if (!ItemFinisher::isBlank(text))
                setOnce(&summaryHtml, ItemFinisher::toHtml(text, TextType::PlainOrHtml).toUtf8());
        }
        return true;
    case XmlNs::Media:
        readMedia(element, local, xml, *this, 0);
        return true;
    default:
        return false;
    }
}

QString ExtensionFields::author() const
{
    if (creators.isEmpty())
        return itunesAuthor;
    return creators.size() == 1 ? creators.first() : creators.join(QLatin1String(", "));
}

void ExtensionFields::fillGaps(FeedItem &item) const
{
    if (item.title.isEmpty())
        item.title = title;
    if (!summaryHtml.isEmpty() && ItemFinisher::isBlank(item.summaryHtml))
        item.summaryHtml = summaryHtml;
    if (item.author.isEmpty())
        item.author = author();
}
