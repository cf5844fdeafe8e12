#pragma once

#include <QByteArray>
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
    // The original markup, as delivered, in UTF-8 (always valid: the parsers repair it first).
    // It goes to the database as it is, so the bulk of a feed never takes a trip through UTF-16.
    QByteArray summaryHtml;
    QByteArray contentHtml;
    // The markup as plain text, for reading and extraction. Filled by the parser when asked
    // (NewsFeedParser::Options::plainText); a sync leaves it to the extraction thread.
    QString summaryText;
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
