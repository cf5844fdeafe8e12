#pragma once

#include "extract/claimextractor.h"
#include "feeds/sync/articlehook.h"

#include <QHash>
#include <QSet>
#include <future>
#include <optional>

class Database;

struct ExtractionStats {
    int articles = 0;
    int linked = 0;
    int claimsAdded = 0;
    int claimsRetracted = 0; // claims edited articles no longer make
};

// Turns stored articles into sourced claims: links each article to the shows it names and
// writes what the extractor finds, with the article as the claim's source and the feed's tier.
// Runs inside a sync's transaction (as its ArticleHook) or over every article (rebuild).
// Idempotent: re-extracting the same text writes nothing, and reviewed claims keep the verdict.
class ArticleClaims : public ArticleHook {
public:
    explicit ArticleClaims(Database &db) : m_db(db) {}

    struct ArticleData {
        qint64 id = 0;
        QString title;
        QString text;
        QString link;
        QDateTime published;
        bool edited = false; // stored before with other text
    };

    void itemsParsed(qint64 feedId, const QList<FeedItem> &items) override;
    void batchDone() override;
    bool articlesChanged(qint64 feedId, const QList<ChangedArticle> &articles,
                         QString *error) override;
    // Extracts from every stored article again, in one transaction.
    bool rebuild(ExtractionStats *stats, QString *error);
    const ExtractionStats &lastStats() const { return m_stats; }
    QStringList takeWarnings() override;
    // Drops what is cached per feed (tier, name): call when a feed is added, edited or removed.
    void forgetFeeds();

    // Claims from one feed's articles share an origin; each claim's key names its article.
    static QString origin(qint64 feedId);

private:
    struct FeedInfo {
        Tier tier = Tier::Reported;
        QString name;
    };
    // What the extractor made of one article; computed off the writer's thread.
    struct Extraction {
        QList<qint64> shows;
        QList<ExtractedClaim> claims;
        QStringList warnings; // what the extractor's limits cut short
    };
    static Extraction extractOne(const Extractor &extractor, const ArticleData &article, Tier tier);
    bool store(qint64 feedId, const QList<QPair<ArticleData, Extraction>> &results, QString *error);
    bool retract(qint64 feedId, const QList<QPair<qint64, QSet<QString>>> &edited, QString *error);
    static QString claimKey(qint64 articleId, const QString &claimKey);

    bool refreshExtractor(QString *error);
    FeedInfo feedInfo(qint64 feedId);
    // Extracts from one feed's articles and writes the claims in one importer run.
    bool processFeed(qint64 feedId, const QList<ArticleData> &articles, QString *error);

    Database &m_db;
    std::optional<Extractor> m_extractor;
    QString m_showsVersion;
    QHash<qint64, FeedInfo> m_feeds;
    ExtractionStats m_stats;
    QStringList m_warnings;
    const QList<FeedItem> *m_parsedItems = nullptr;
    std::future<QList<Extraction>> m_pending;
};
