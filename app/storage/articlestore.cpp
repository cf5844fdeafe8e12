#include "storage/articlestore.h"

#include "feeds/news/htmltext.h"
#include "storage/database.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <sqlite3.h>

namespace {

// RAII for one prepared statement of the bulk path.
class Statement {
public:
    Statement(sqlite3 *db, const char *sql)
    {
        m_ok = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) ==
               SQLITE_OK;
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool ok() const { return m_ok; }
    sqlite3_stmt *get() const { return m_stmt; }

    void text(int index, const QString &value)
    {
        if (value.isNull()) {
            sqlite3_bind_null(m_stmt, index);
            return;
        }
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void integer(int index, qint64 value) { sqlite3_bind_int64(m_stmt, index, value); }
    void time(int index, const QDateTime &value)
    {
        if (value.isValid())
            sqlite3_bind_int64(m_stmt, index, value.toSecsSinceEpoch());
        else
            sqlite3_bind_null(m_stmt, index);
    }
    bool step()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        return rc == SQLITE_DONE || rc == SQLITE_ROW;
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
    bool m_ok = false;
};

QString categoriesJson(const QStringList &categories)
{
    if (categories.isEmpty())
        return QStringLiteral("[]");
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(categories)).toJson(QJsonDocument::Compact));
}

void bindContent(Statement &s, int first, const FeedItem &item)
{
    s.text(first, item.guid);
    s.text(first + 1, item.link);
    s.text(first + 2, item.title);
    s.text(first + 3, item.author);
    s.time(first + 4, item.published);
    s.time(first + 5, item.updated);
    s.text(first + 6, item.summaryHtml);
    s.text(first + 7, item.contentHtml);
    s.text(first + 8, item.contentText.isEmpty() ? item.summaryText : item.contentText);
    s.text(first + 9, categoriesJson(item.categories));
}

QString sqliteError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

} // namespace

QString ArticleStore::dedupeKey(const FeedItem &item)
{
    if (!item.guid.trimmed().isEmpty())
        return QStringLiteral("guid:") + item.guid.trimmed();
    if (!item.link.trimmed().isEmpty())
        return QStringLiteral("link:") + item.link.trimmed();
    return QStringLiteral("hash:") + contentHash(item);
}

QString ArticleStore::contentHash(const FeedItem &item)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const QChar separator(0x1f);
    for (const QString &part : {item.title, item.link, item.author, item.summaryHtml,
                                item.contentHtml, item.categories.join(separator)}) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    }
    const qint64 times[2] = {item.published.isValid() ? item.published.toSecsSinceEpoch() : 0,
                             item.updated.isValid() ? item.updated.toSecsSinceEpoch() : 0};
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(times), sizeof times));
    return QString::fromLatin1(hash.result().toHex());
}

bool ArticleStore::write(qint64 feedId, const QList<FeedItem> &items, qint64 fetchedAt,
                         ArticleWriteStats *stats, QString *error)
{
    sqlite3 *db = m_db.handle();
    if (!db) {
        *error = QCoreApplication::translate("ArticleStore",
                                             "The database connection has no SQLite handle.");
        return false;
    }
    // One read of what the feed already has, instead of a lookup per item.
    QHash<QString, QPair<qint64, QString>> existing;
    {
        Statement select(db, "SELECT dedupe_key, id, content_hash FROM articles WHERE feed_id = ?");
        if (!select.ok()) {
            *error = sqliteError(db);
            return false;
        }
        select.integer(1, feedId);
        while (sqlite3_step(select.get()) == SQLITE_ROW) {
            const auto column = [&select](int i) {
                return QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(select.get(), i)),
                    sqlite3_column_bytes(select.get(), i));
            };
            existing.insert(column(0), {sqlite3_column_int64(select.get(), 1), column(2)});
        }
    }

    Statement insert(
        db,
        "INSERT INTO articles (feed_id, dedupe_key, content_hash, fetched_at, guid, link, title, "
        "author, published, updated, summary_html, content_html, text, categories) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Statement update(
        db, "UPDATE articles SET content_hash = ?, fetched_at = ?, guid = ?, link = ?, title = ?, "
            "author = ?, published = ?, updated = ?, summary_html = ?, content_html = ?, text = ?, "
            "categories = ? WHERE id = ?");
    if (!insert.ok() || !update.ok()) {
        *error = sqliteError(db);
        return false;
    }
    QSet<QString> seen;
    for (const FeedItem &item : items) {
        const QString key = dedupeKey(item);
        if (seen.contains(key)) // a feed listing one item twice keeps the first
            continue;
        seen.insert(key);
        const QString hash = contentHash(item);
        const auto found = existing.constFind(key);
        if (found != existing.constEnd() && found->second == hash) {
            ++stats->unchanged;
            continue;
        }
        Statement &s = found == existing.constEnd() ? insert : update;
        if (found == existing.constEnd()) {
            s.integer(1, feedId);
            s.text(2, key);
            s.text(3, hash);
            s.integer(4, fetchedAt);
            bindContent(s, 5, item);
        } else {
            s.text(1, hash);
            s.integer(2, fetchedAt);
            bindContent(s, 3, item);
            s.integer(13, found->first);
        }
        if (!s.step()) {
            *error = sqliteError(db);
            return false;
        }
        if (found == existing.constEnd()) {
            ++stats->inserted;
            stats->changedIds << sqlite3_last_insert_rowid(db);
        } else {
            ++stats->updated;
            stats->changedIds << found->first;
        }
    }
    return true;
}

bool ArticleStore::setShow(qint64 articleId, qint64 showId, QString *error)
{
    QSqlQuery q(m_db.connection());
    return Sql::exec(
        q, QStringLiteral("UPDATE articles SET show_id = ? WHERE id = ? AND show_id IS NOT ?"),
        {showId > 0 ? QVariant(showId) : QVariant(QMetaType::fromType<qint64>()), articleId,
         showId > 0 ? QVariant(showId) : QVariant(QMetaType::fromType<qint64>())},
        error);
}

QList<StoredArticle> ArticleStore::list(const Filter &filter, QString *error)
{
    QString sql = QStringLiteral(
        "SELECT a.id, a.guid, a.link, a.title, a.author, a.published, f.url, f.name, "
        "a.summary_html, a.text, a.show_id FROM articles a JOIN feeds f ON f.id = a.feed_id "
        "WHERE 1 = 1");
    QVariantList values;
    if (filter.feedId) {
        sql += QStringLiteral(" AND a.feed_id = ?");
        values << *filter.feedId;
    }
    if (filter.showId) {
        sql += QStringLiteral(" AND a.show_id = ?");
        values << *filter.showId;
    }
    if (filter.ids) {
        QStringList marks;
        for (qint64 id : *filter.ids) {
            marks << QStringLiteral("?");
            values << id;
        }
        sql += QStringLiteral(" AND a.id IN (%1)")
                   .arg(marks.isEmpty() ? QStringLiteral("NULL") : marks.join(QLatin1Char(',')));
    }
    sql += QStringLiteral(" ORDER BY a.published DESC, a.id DESC");
    QList<StoredArticle> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        if (error)
            *error = Sql::lastError(q);
        return list;
    }
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec()) {
        if (error)
            *error = Sql::lastError(q);
        return list;
    }
    while (q.next()) {
        StoredArticle a;
        a.id = q.value(0).toLongLong();
        a.guid = q.value(1).toString();
        a.link = q.value(2).toString();
        a.title = q.value(3).toString();
        a.author = q.value(4).toString();
        if (!q.value(5).isNull())
            a.published = QDateTime::fromSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
        a.feedUrl = q.value(6).toString();
        a.feedName = q.value(7).toString();
        a.summary = htmlToPlainText(q.value(8).toString());
        if (a.summary.isEmpty()) // content-only feeds: the opening of the text stands in
            a.summary = a.text.left(280);
        a.text = q.value(9).toString();
        a.showId = q.value(10).toLongLong();
        list << a;
    }
    return list;
}
