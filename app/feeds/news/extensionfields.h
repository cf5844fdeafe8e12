#pragma once

#include "domain/feeditem.h"
#include "feeds/news/xmlreader.h"

#include <QString>
#include <QStringList>

// What the common extension namespaces say about an RSS item or Atom entry: Dublin Core, iTunes
// and Media RSS (also inside media:group and media:content). Their title, text and author only
// stand in for core elements the item left empty (a podcast's itunes:author, a video's
// media:description); the core element wins when both are there, as in feedparser.
struct ExtensionFields {
    QStringList creators; // dc:creator, in order
    QString itunesAuthor;
    QString title;          // dc:title or media:title, plain text; the first one given wins
    QByteArray summaryHtml; // dc:description, itunes:summary or media:description: UTF-8 markup
    QString dcDate;

    // Reads `element` when it is one of the extensions' elements (dc:subject goes straight to
    // `item`'s categories); returns whether it was.
    bool read(pugi::xml_node element, const XmlReader::Name &name, XmlReader &xml, FeedItem &item);
    // The author the extensions name: the creators, else the iTunes author.
    QString author() const;
    // Fills the title, summary and author where the core elements left them empty.
    void fillGaps(FeedItem &item) const;
};
