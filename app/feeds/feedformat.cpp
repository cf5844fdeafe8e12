#include "feeds/feedformat.h"

#include "feeds/news/newsfeedparser.h"
#include "feeds/season/seasonfeedreader.h"
#include "feeds/tvmaze/tvmazeparser.h"

namespace FeedFormats {

FeedFormat detect(const QByteArray &body)
{
    if (SeasonFeedReader::looksLikeSeasonFeed(body))
        return FeedFormat::SeasonFeed;
    if (const auto news = NewsFeedParser::detect(body)) {
        switch (*news) {
        case NewsFormat::Rss:
            return FeedFormat::Rss;
        case NewsFormat::Rdf:
            return FeedFormat::Rdf;
        case NewsFormat::Atom:
            return FeedFormat::Atom;
        case NewsFormat::JsonFeed:
            return FeedFormat::JsonFeed;
        }
    }
    switch (TvMazeParser::detect(body)) {
    case TvMazeParser::Kind::Show:
        return FeedFormat::TvMazeShow;
    case TvMazeParser::Kind::Seasons:
        return FeedFormat::TvMazeSeasons;
    case TvMazeParser::Kind::None:
        break;
    }
    return FeedFormat::Unknown;
}

QString name(FeedFormat format)
{
    switch (format) {
    case FeedFormat::Unknown:
        return QString();
    case FeedFormat::Rss:
        return QStringLiteral("rss");
    case FeedFormat::Rdf:
        return QStringLiteral("rdf");
    case FeedFormat::Atom:
        return QStringLiteral("atom");
    case FeedFormat::JsonFeed:
        return QStringLiteral("json_feed");
    case FeedFormat::SeasonFeed:
        return QStringLiteral("season_feed");
    case FeedFormat::TvMazeShow:
        return QStringLiteral("tvmaze");
    case FeedFormat::TvMazeSeasons:
        return QStringLiteral("tvmaze_seasons");
    }
    return QString();
}

bool isNews(FeedFormat format)
{
    return format == FeedFormat::Rss || format == FeedFormat::Rdf || format == FeedFormat::Atom ||
           format == FeedFormat::JsonFeed;
}

} // namespace FeedFormats
