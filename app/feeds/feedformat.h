#pragma once

#include <QByteArray>
#include <QString>

// Every format a feed can have, detected from the content, never from the URL.
enum class FeedFormat { Unknown, Rss, Rdf, Atom, JsonFeed, SeasonFeed, TvMazeShow, TvMazeSeasons };

namespace FeedFormats {

FeedFormat detect(const QByteArray &body);
QString name(
    FeedFormat format); // wire name: rss, rdf, atom, json_feed, season_feed, tvmaze, tvmaze_seasons
bool isNews(FeedFormat format);

} // namespace FeedFormats
