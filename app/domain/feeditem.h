#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// One article as a news feed (RSS, RDF, Atom, JSON Feed) delivers it, before storage.
struct FeedItem {
    QString guid; // guid / id as the feed gives it (may be empty)
    QString link;
    QString title; // plain text
    QString author;
    QDateTime published; // UTC; invalid when the feed gives none or it cannot be parsed
    QDateTime updated;   // UTC; invalid when absent
    QString summaryHtml; // the original markup, as delivered
    QString contentHtml;
    QString summaryText; // markup turned into plain text for reading and extraction
    QString contentText;
    QStringList categories;
};

// The news-feed formats; detected from the content, never from the URL.
enum class NewsFormat { Rss, Rdf, Atom, JsonFeed };

struct ParsedNewsFeed {
    NewsFormat format = NewsFormat::Rss;
    QString title;
    QString link;
    QList<FeedItem> items;
    QStringList warnings; // one per skipped item or recovered problem
};
