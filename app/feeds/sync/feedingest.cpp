#include "feeds/sync/feedingest.h"

#include "feeds/feedformat.h"
#include "feeds/news/newsfeedparser.h"
#include "feeds/season/seasonfeedreader.h"
#include "feeds/sync/articlehook.h"
#include "feeds/tvmaze/tvmazeparser.h"
#include "storage/articlestore.h"
#include "storage/catalogimporter.h"
#include "storage/contenthash.h"
#include "storage/database.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <thread>

namespace {

// Gives lupdate and the runtime the same context for this file's strings.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(FeedIngest)
};

int articleCount(Database &db, qint64 feedId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM articles WHERE feed_id = ?"));
    q.bindValue(0, feedId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

int catalogSize(const Catalog &catalog)
{
    int n = int(catalog.claims.size() + catalog.sources.size());
    for (const Show &show : catalog.shows) {
        n += 1 + int(show.credits.size());
        for (const Season &s : show.seasons)
            n += 1 + int(s.episodes.size());
    }
    return n;
}

// Parses a catalog-shaped format (season feed, TVmaze) or returns false with *error.
bool parseCatalog(FeedFormat format, const QByteArray &body, const QString &url, const QDate &today,
                  Catalog *catalog, FeedError *error)
{
    switch (format) {
    case FeedFormat::SeasonFeed:
        return SeasonFeedReader::read(body, catalog, error);
    case FeedFormat::TvMazeShow:
        return TvMazeParser::parseShow(body, today, catalog, error);
    case FeedFormat::TvMazeSeasons:
        return TvMazeParser::parseSeasons(body, url, today, catalog, error);
    default:
        *error = FeedError::parse(Tr::tr("Not a format Cliffhanger reads."));
        return false;
    }
}

// What a sync parsed. A big feed is many small blocks (20,000 items are some 200,000 strings,
// 20-30 ms of free() here), and nothing needs them once the transaction is over, so a big one is
// freed on a thread of its own instead of on the path of the sync's caller (and of a CLI
// command's exit, which then does not wait for it).
struct Parsed {
    ParsedNewsFeed news;
    Catalog catalog;

    Parsed() = default;
    Parsed(const Parsed &) = delete;
    Parsed &operator=(const Parsed &) = delete;
    ~Parsed()
    {
        constexpr qsizetype kBig = 1000;
        if (news.items.size() < kBig && catalog.shows.size() + catalog.claims.size() < kBig)
            return;
        std::thread([news = std::move(news), catalog = std::move(catalog)] {}).detach();
    }
};

SyncReport reportFor(const FeedRecord &feed)
{
    SyncReport report;
    report.feedId = feed.id;
    report.url = feed.url;
    report.format = feed.format;
    report.totalItems = feed.itemCount;
    return report;
}

} // namespace

QString FeedIngest::bodyHash(const QByteArray &body)
{
    // Change detection, not security (see ContentHash): a few ms for 20 MB, where SHA-1 took
    // 150 ms of CPU. A hash stored by an older version never matches, so that feed's next sync
    // parses once and finds its articles unchanged.
    return QString::fromLatin1(ContentHash::text(ContentHash::of(body))) +
           QStringLiteral(":%1").arg(body.size());
}

SyncReport FeedIngest::ingest(const FeedRecord &feed, const FetchedBody &fetched,
                              const QDateTime &now)
{
    QElapsedTimer timer;
    timer.start();
    SyncReport report = reportFor(feed);

    // A server that ignores validators still sends the same bytes: then there is nothing to
    // parse or write but the time of the check.
    const QString hash = bodyHash(fetched.body);
    if (hash == feed.bodyHash && feed.status != SyncStatus::Error) {
        QString error;
        if (!FeedStore(m_db).recordChecked(feed.id, SyncStatus::Unchanged, QString(), fetched.etag,
                                           fetched.lastModified, QString(), -1, now, &error))
            return finishWithError(report, FeedError::storage(error), QDateTime(), now);
        report.status = SyncStatus::Unchanged;
        report.elapsedMs = timer.elapsed();
        return report;
    }
    QSqlDatabase &db = m_db.connection();

    const FeedFormat format = FeedFormats::detect(fetched.body);
    report.format = FeedFormats::name(format);
    if (format == FeedFormat::Unknown) {
        const bool empty = fetched.body.trimmed().isEmpty();
        return finishWithError(
            report,
            FeedError::parse(empty ? Tr::tr("The feed is empty.")
                                   : Tr::tr("This is not a feed Cliffhanger can read (RSS, Atom, "
                                            "RDF, JSON Feed, season feed or TVmaze).")),
            QDateTime(), now);
    }

    Parsed parsedData;
    ParsedNewsFeed &news = parsedData.news;
    Catalog &catalog = parsedData.catalog;
    FeedError error;
    // The plain text of the articles is left to the extraction pass, which derives it on the
    // other core while this one writes (ArticleClaims).
    NewsFeedParser::Options options;
    options.plainText = false;
    const bool parsed =
        FeedFormats::isNews(format)
            ? NewsFeedParser::parse(fetched.body, fetched.charset, &news, &error, options)
            : parseCatalog(format, fetched.body, feed.url, now.date(), &catalog, &error);
    if (!parsed)
        return finishWithError(report, error, QDateTime(), now);
    report.warnings = news.warnings;

    const Database::BulkWriteCache cache(m_db);
    if (!Sql::beginWrite(db))
        return finishWithError(report,
                               FeedError::storage(Tr::tr("The database is busy; try again.")),
                               QDateTime(), now);
    bool ok = true;
    QString storageError;
    int itemCount = 0;
    if (FeedFormats::isNews(format)) {
        ArticleWriteStats stats;
        if (m_hook)
            m_hook->itemsParsed(feed.id, news.items);
        ok = ArticleStore(m_db).write(feed.id, news.items, now.toSecsSinceEpoch(), &stats,
                                      &storageError);
        if (ok && m_hook && !stats.changed.isEmpty())
            ok = m_hook->articlesChanged(feed.id, stats.changed, &storageError);
        if (m_hook) {
            m_hook->batchDone();
            report.warnings << m_hook->takeWarnings();
        }
        report.newItems = stats.inserted;
        report.updatedItems = stats.updated;
        itemCount = ok ? articleCount(m_db, feed.id) : 0;
    } else {
        ImportStats stats;
        ok = CatalogImporter(m_db).write(catalog, feed.url, &stats, &error);
        if (!ok)
            storageError = error.message;
        report.newItems = stats.itemsNew;
        report.updatedItems = stats.itemsUpdated;
        itemCount = catalogSize(catalog);
    }
    const bool changed = report.newItems + report.updatedItems > 0;
    report.status = changed ? SyncStatus::Updated : SyncStatus::Unchanged;
    if (ok)
        ok = FeedStore(m_db).recordChecked(feed.id, report.status, report.format, fetched.etag,
                                           fetched.lastModified, hash, itemCount, now,
                                           &storageError);
    if (!ok || !db.commit()) {
        const QString hint = m_db.writeFailureHint(); // before the rollback resets it
        db.rollback();
        report.newItems = report.updatedItems = 0;
        QString message = Tr::tr("Could not store the feed: %1").arg(storageError);
        if (!hint.isEmpty())
            message += QLatin1Char(' ') + hint;
        return finishWithError(report, FeedError::storage(message), QDateTime(), now);
    }
    report.totalItems = itemCount;
    report.elapsedMs = timer.elapsed();
    return report;
}

SyncReport FeedIngest::notModified(const FeedRecord &feed, const QDateTime &now)
{
    SyncReport report = reportFor(feed);
    report.status = SyncStatus::NotModified;
    QString error;
    if (!FeedStore(m_db).recordChecked(feed.id, report.status, QString(), QString(), QString(),
                                       QString(), -1, now, &error))
        return finishWithError(report, FeedError::storage(error), QDateTime(), now);
    return report;
}

SyncReport FeedIngest::failed(const FeedRecord &feed, const FeedError &error,
                              const QDateTime &retryAfter, const QDateTime &now)
{
    return finishWithError(reportFor(feed), error, retryAfter, now);
}

SyncReport FeedIngest::finishWithError(SyncReport report, const FeedError &error,
                                       const QDateTime &retryAfter, const QDateTime &now)
{
    // Recording the failure is best effort: the report carries the error either way.
    QString storageError;
    FeedStore(m_db).recordFailure(report.feedId, error, retryAfter, now, &storageError);
    report.status = retryAfter.isValid() ? SyncStatus::Deferred : SyncStatus::Error;
    report.retryAfter = retryAfter;
    report.error = error;
    return report;
}
