#include "pipeline/articleclaims.h"

#include "domain/htmltext.h"
#include "pipeline/knownshows.h"
#include "storage/articlestore.h"
#include "storage/catalogimporter.h"
#include "storage/database.h"
#include "storage/feedstore.h"
#include "storage/sqlitestatement.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <utility>

QString ArticleClaims::origin(qint64 feedId)
{
    return FeedStore::articleOrigin(feedId);
}

bool ArticleClaims::refreshExtractor(QString *error)
{
    // Shows may arrive in the same sync batch (a season feed before a news feed).
    const QString version = KnownShows::version(m_db);
    if (m_extractor && version == m_showsVersion)
        return true;
    QString loadError;
    QList<KnownShow> shows = KnownShows::load(m_db, &loadError);
    if (!loadError.isEmpty()) {
        *error = loadError;
        return false;
    }
    m_extractor.emplace(std::move(shows));
    m_showsVersion = version;
    return true;
}

QStringList ArticleClaims::takeWarnings()
{
    return std::exchange(m_warnings, {});
}

void ArticleClaims::forgetFeeds()
{
    m_feeds.clear();
}

ArticleClaims::FeedInfo ArticleClaims::feedInfo(qint64 feedId)
{
    const auto it = m_feeds.constFind(feedId);
    if (it != m_feeds.constEnd())
        return *it;
    FeedInfo info;
    if (const auto feed = FeedStore(m_db).get(feedId)) {
        info.tier = feed->tier;
        info.name = feed->name.isEmpty() ? QUrl(feed->url).host() : feed->name;
    }
    m_feeds.insert(feedId, info);
    return info;
}

namespace {

QString plainTextOf(const QString &text, const QByteArray &html)
{
    return text.isEmpty() && !html.isEmpty() ? htmlToPlainText(html) : text;
}

// What extraction reads: the content's plain text, else the summary's. A sync parses without
// them, so they are derived here, on the extraction thread, off the writer's path.
QString readableText(const FeedItem &item)
{
    const QString content = plainTextOf(item.contentText, item.contentHtml);
    return content.isEmpty() ? plainTextOf(item.summaryText, item.summaryHtml) : content;
}

// `withText` false leaves the text out, for an article whose extraction is done already.
ArticleClaims::ArticleData dataOf(qint64 id, const FeedItem &item, bool edited = false,
                                  bool withText = true)
{
    return {id,
            item.title,
            withText ? readableText(item) : QString(),
            item.link,
            item.published.isValid() ? item.published : item.updated,
            edited};
}

} // namespace

ArticleClaims::Extraction ArticleClaims::extractOne(const Extractor &extractor,
                                                    const ArticleData &article, Tier tier)
{
    Extraction e;
    const ArticleInput input{article.title, article.text, article.published.date(), tier};
    e.claims = extractor.extract(input, &e.shows, &e.warnings);
    return e;
}

void ArticleClaims::itemsParsed(qint64 feedId, const QList<FeedItem> &items)
{
    // The extractor is pure and const: it reads the items on the other core while this thread
    // writes them. The database reads it needs happen here, before the split.
    QString error;
    if (!refreshExtractor(&error))
        return;
    const Tier tier = feedInfo(feedId).tier;
    m_parsedItems = &items;
    m_pending = std::async(std::launch::async, [extractor = &*m_extractor, &items, tier] {
        QList<Extraction> results;
        results.reserve(items.size());
        for (const FeedItem &item : items)
            results << extractOne(*extractor, dataOf(0, item), tier);
        return results;
    });
}

void ArticleClaims::batchDone()
{
    // Unchanged items or a failed write skip articlesChanged(); the background pass must still
    // finish before the caller frees the items it reads.
    if (m_pending.valid())
        m_pending.wait();
    m_pending = {};
    m_parsedItems = nullptr;
}

bool ArticleClaims::articlesChanged(qint64 feedId, const QList<ChangedArticle> &articles,
                                    QString *error)
{
    m_stats = {};
    QList<Extraction> precomputed;
    const QList<FeedItem> *items = m_parsedItems;
    if (m_pending.valid())
        precomputed = m_pending.get();
    m_parsedItems = nullptr;
    if (!refreshExtractor(error))
        return false;
    const Tier tier = feedInfo(feedId).tier;
    QList<QPair<ArticleData, Extraction>> results;
    results.reserve(articles.size());
    for (const ChangedArticle &changed : articles) {
        const qsizetype index = items && !items->isEmpty() ? changed.item - items->constData() : -1;
        const bool done = index >= 0 && index < precomputed.size();
        const ArticleData data = dataOf(changed.id, *changed.item, changed.edited, !done);
        results.append({data, done ? precomputed[index] : extractOne(*m_extractor, data, tier)});
    }
    return store(feedId, results, error);
}

bool ArticleClaims::processFeed(qint64 feedId, const QList<ArticleData> &articles, QString *error)
{
    const Tier tier = feedInfo(feedId).tier;
    QList<QPair<ArticleData, Extraction>> results;
    results.reserve(articles.size());
    for (const ArticleData &article : articles)
        results.append({article, extractOne(*m_extractor, article, tier)});
    return store(feedId, results, error);
}

bool ArticleClaims::store(qint64 feedId, const QList<QPair<ArticleData, Extraction>> &results,
                          QString *error)
{
    const FeedInfo feed = feedInfo(feedId);
    // The link follows the text: an edited article that no longer names a show loses its link.
    SqliteStatement link(m_db.handle(),
                         "UPDATE articles SET show_id = ? WHERE id = ? AND show_id IS NOT ?");
    Catalog catalog;
    QList<QPair<qint64, QSet<QString>>> edited; // article id → the claim keys its text gives now
    for (const auto &[article, extraction] : results) {
        ++m_stats.articles;
        for (const QString &w : extraction.warnings)
            m_warnings
                << QCoreApplication::translate("ArticleClaims", "“%1”: %2").arg(article.title, w);
        if (article.edited)
            edited.append(qMakePair(article.id, QSet<QString>()));
        if (extraction.shows.isEmpty() && !article.edited)
            continue;
        const QVariant show = extraction.shows.isEmpty() ? QVariant(QMetaType::fromType<qint64>())
                                                         : QVariant(extraction.shows.first());
        link.value(1, show);
        link.integer(2, article.id);
        link.value(3, show);
        if (!link.step()) {
            *error = QCoreApplication::translate("ArticleClaims",
                                                 "Could not link an article to its show.");
            return false;
        }
        if (extraction.shows.isEmpty())
            continue;
        ++m_stats.linked;
        if (extraction.claims.isEmpty())
            continue;
        Source source;
        source.key = QStringLiteral("article-%1").arg(article.id);
        source.title = article.title;
        source.publisher = feed.name;
        source.url = article.link;
        source.published = article.published.date();
        source.precision =
            article.published.isValid() ? DatePrecision::Day : DatePrecision::Unknown;
        catalog.sources << source;
        for (const ExtractedClaim &e : extraction.claims) {
            Claim claim = e.claim;
            claim.key = claimKey(article.id, claim.key);
            claim.showId = e.showId;
            claim.sourceKey = source.key;
            catalog.claims << claim;
            if (article.edited)
                edited.last().second.insert(claim.key);
        }
    }
    if (!catalog.claims.isEmpty()) {
        ImportStats stats;
        FeedError failure;
        if (!CatalogImporter(m_db).write(catalog, origin(feedId), &stats, &failure)) {
            *error = failure.message;
            return false;
        }
        m_stats.claimsAdded += stats.claimsAdded;
    }
    return retract(feedId, edited, error);
}

QString ArticleClaims::claimKey(qint64 articleId, const QString &claimKey)
{
    return QStringLiteral("a%1/%2").arg(articleId).arg(claimKey);
}

bool ArticleClaims::retract(qint64 feedId, const QList<QPair<qint64, QSet<QString>>> &edited,
                            QString *error)
{
    // A claim an edited article no longer makes is superseded with no successor: it stays in
    // the ledger (and in the drift history) but stops shaping the outlook.
    if (edited.isEmpty())
        return true;
    SqliteStatement current(m_db.handle(),
                            "SELECT id, key FROM claims WHERE origin = ? AND substr(key, 1, ?) = ? "
                            "AND superseded_by IS NULL AND retracted_at IS NULL");
    SqliteStatement mark(m_db.handle(),
                         "UPDATE claims SET status = 'superseded', retracted_at = ? WHERE id = ?");
    const QByteArray originUtf8 = origin(feedId).toUtf8();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const auto &[articleId, keys] : edited) {
        const QByteArray prefix = claimKey(articleId, QString()).toUtf8();
        current.text(1, originUtf8);
        current.integer(2, prefix.size());
        current.text(3, prefix);
        QList<qint64> gone;
        while (current.next()) {
            if (!keys.contains(current.columnText(1)))
                gone << current.columnInt(0);
        }
        current.reset();
        for (const qint64 id : std::as_const(gone)) {
            mark.integer(1, now);
            mark.integer(2, id);
            if (!mark.step()) {
                *error = QCoreApplication::translate(
                    "ArticleClaims", "Could not retract a claim the article no longer makes.");
                return false;
            }
            ++m_stats.claimsRetracted;
        }
    }
    return true;
}

bool ArticleClaims::rebuild(ExtractionStats *stats, QString *error)
{
    m_stats = {};
    QSqlDatabase &db = m_db.connection();
    if (!Sql::beginWrite(db)) {
        *error = QCoreApplication::translate("ArticleClaims", "The database is busy; try again.");
        return false;
    }
    bool ok = refreshExtractor(error);
    if (ok) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        ok = q.exec(QStringLiteral(
            "SELECT id, feed_id, title, link, coalesce(published, updated), summary_html, "
            "content_html FROM articles ORDER BY id"));
        QList<QPair<qint64, ArticleData>> all;
        while (ok && q.next()) {
            const QString content = q.value(6).toString();
            ArticleData a{q.value(0).toLongLong(),
                          q.value(2).toString(),
                          htmlToPlainText(content.isEmpty() ? q.value(5).toString() : content),
                          q.value(3).toString(),
                          q.value(4).isNull()
                              ? QDateTime()
                              : QDateTime::fromSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC),
                          true}; // what the rules no longer read in it is retracted
            all.append({q.value(1).toLongLong(), a});
        }
        if (!ok)
            *error = q.lastError().text();
        q.finish();
        QMap<qint64, QList<ArticleData>> byFeed;
        for (const auto &entry : all)
            byFeed[entry.first] << entry.second;
        for (auto it = byFeed.constBegin(); ok && it != byFeed.constEnd(); ++it)
            ok = processFeed(it.key(), it.value(), error);
    }
    if (!ok || !db.commit()) {
        db.rollback();
        if (error->isEmpty())
            *error = QCoreApplication::translate("ArticleClaims",
                                                 "Could not store the extracted claims.");
        return false;
    }
    if (stats)
        *stats = m_stats;
    return true;
}
