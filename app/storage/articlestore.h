#pragma once

#include "domain/feeditem.h"

#include <QList>
#include <QString>

class Database;

// An article a sync inserted or changed, with the item it came from (its plain text is in
// memory already, so extraction does not read it back).
struct ChangedArticle {
    qint64 id = 0;
    const FeedItem *item = nullptr;
    bool edited = false; // stored before with other content (claims it gave may be retracted)
};

struct ArticleWriteStats {
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    QList<ChangedArticle> changed;
};

struct StoredArticle {
    qint64 id = 0;
    QString guid;
    QString link;
    QString title;
    QString author;
    QDateTime published;
    QString feedUrl;
    QString feedName;
    QString summary; // plain text
    QString text;    // plain text of the content, else of the summary (what extraction reads)
    qint64 showId = 0;
};

// Articles of news feeds. Only the original markup is stored; plain text is derived from it
// (one fast pass), which keeps a 20,000-item sync from writing every text twice. Writing is the
// bulk path of a sync: the raw sqlite3 API with reused statements inside the caller's transaction
// (measured 3x faster than QSqlQuery binds for 20,000 rows). An item is identified by guid, else
// link, else a hash of its content; an item whose content changed is updated, not duplicated, and
// an unchanged one is not written.
class ArticleStore {
public:
    explicit ArticleStore(Database &db) : m_db(db) {}

    // Must run inside a transaction on this connection.
    bool write(qint64 feedId, const QList<FeedItem> &items, qint64 fetchedAt,
               ArticleWriteStats *stats, QString *error);
    bool setShow(qint64 articleId, qint64 showId, QString *error);

    struct Filter {
        std::optional<qint64> feedId;
        std::optional<qint64> showId;
    };
    QList<StoredArticle> list(const Filter &filter, QString *error = nullptr);

    static QString dedupeKey(const FeedItem &item);
    static QString contentHash(const FeedItem &item);

private:
    Database &m_db;
};
