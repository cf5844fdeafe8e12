#pragma once

#include <QByteArray>

// A big season feed for benchmarks (docs/feed-format.md): by default 2,500 shows with 4 seasons
// of 10 episodes each (100,000 episodes), 4 credits, 2 sources and 4 claims per show (10,000
// claims), about 13.7 MB. Every show has a title and an alias of its own, so no two shows merge.
// The same seed gives the same bytes; `changedClaim` >= 0 gives the same feed with that one
// claim's release window moved, as an editor's update would.
struct SeasonFeedShape {
    int shows = 2500;
    int seasonsPerShow = 4;
    int episodesPerSeason = 10;
    int creditsPerShow = 4;
    int sourcesPerShow = 2;
    int claimsPerShow = 4;
    // The number of this feed's first show among all generated shows: feeds made with
    // different offsets have distinct titles, ids and sources, so they split one big catalog.
    int firstShow = 0;

    // The feed's entries a sync counts: shows, seasons, episodes, credits, sources, claims.
    int items() const
    {
        return shows * (1 + seasonsPerShow * (1 + episodesPerSeason) + creditsPerShow +
                        sourcesPerShow + claimsPerShow);
    }
    int claims() const { return shows * claimsPerShow; }
    int episodes() const { return shows * seasonsPerShow * episodesPerSeason; }
};

QByteArray generateSeasonFeed(const SeasonFeedShape &shape, quint32 seed, int changedClaim = -1);

// The title show number `show` (counted from 0 over all feeds) has in every generated feed.
QByteArray generatedShowTitle(int show);
