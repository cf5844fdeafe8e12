#pragma once

// The scale database (issue 16, item 6): 5,000 shows, 200,000 episodes, 50,000 articles and up to
// 500,000 claims, built the way a user's database grows: season feeds and RSS feeds written as
// files, each added and synced with the real cliffhanger command (`feeds add file://...`, then
// `sync --feed file://...`), so every row goes through the product's own import path.

#include <QList>
#include <QString>

struct ScaleShape {
    int shows = 5000;
    int seasonsPerShow = 4;
    int episodesPerSeason = 10; // 5,000 x 4 x 10 = 200,000 episodes
    int articles = 50000;
    // Claims from the season feeds, spread evenly over the shows (100 a show). Importing them
    // costs about a minute on the 2-core machine; the articles' extraction costs far more (see
    // docs/benchmarks.md), so the full size is the default and --claims N makes a smaller one.
    int claims = 500000;
    // Feed bodies are capped at 20 MiB (FetchPolicy::maxBytes), so the catalog comes as several
    // season feeds and the articles as several news feeds, as a user's would.
    int showsPerFeed = 250;
    int articlesPerFeed = 10000;

    int claimsPerShow() const { return claims / shows; }
    int episodes() const { return shows * seasonsPerShow * episodesPerSeason; }
};

struct ScaleStep {
    QString what; // "feeds add", "sync season feed 3/20", ...
    double wallMs = 0;
    QString report; // the command's first output line
};

struct ScaleCounts {
    qint64 shows = 0, episodes = 0, articles = 0, claims = 0, fileBytes = 0;
};

// Writes the feeds into feedDir and builds the database at dbPath (which must not exist) with
// `binary`; every command's time in *steps. False with *error when a command fails.
bool buildScaleDatabase(const QString &binary, const QString &dbPath, const ScaleShape &shape,
                        const QString &feedDir, QList<ScaleStep> *steps, QString *error);

// Rows in the database's big tables, and the size of the file with its WAL.
ScaleCounts countScaleDatabase(const QString &dbPath);

// The scale database for benchmarks that read it (bench_pages): built once at the default shape
// into the build tree, reused while its file exists. Empty with *error when it cannot be built.
QString cachedScaleDatabase(const QString &binary, QString *error);
