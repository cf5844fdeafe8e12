#include "storage/articlestore.h"

#include "domain/htmltext.h"
#include "storage/contenthash.h"
#include "storage/database.h"
#include "storage/sqlitestatement.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <sqlite3.h>

#include <vector>

namespace {

// Printable ASCII other than '"' and '\\': written into the JSON as it is.
bool isPlainAscii(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u >= 0x7F || u == '"' || u == '\\')
            return false;
    }
    return true;
}

void appendEscaped(QByteArray &json, const QString &category)
{
    QString escaped;
    for (const QChar c : category) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            escaped += QLatin1Char('\\');
        if (c.unicode() < 0x20)
            escaped += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            escaped += c;
    }
    json += escaped.toUtf8();
}

// Hand-written (a QJsonDocument per item showed up in the 20,000-item profile); the stored form
// and the content hash depend on these bytes.
QByteArray categoriesJson(const QStringList &categories)
{
    if (categories.isEmpty())
        return QByteArrayLiteral("[]");
    QByteArray json;
    json.reserve(64);
    json += '[';
    for (int i = 0; i < categories.size(); ++i) {
        if (i)
            json += ',';
        json += '"';
        if (isPlainAscii(categories[i]))
            json += categories[i].toLatin1();
        else
            appendEscaped(json, categories[i]);
        json += '"';
    }
    json += ']';
    return json;
}

// An item's columns as UTF-8, hashed and bound from the same bytes. The markup is UTF-8 from the
// parser already, so only the short fields are converted here.
struct EncodedItem {
    enum Field { Guid, Link, Title, Author, SummaryHtml, ContentHtml, Categories, FieldCount };
    QByteArray fields[FieldCount];
    bool isNull[FieldCount] = {};
    qint64 times[2] = {};
    QByteArray hash; // ContentHash form

    explicit EncodedItem(const FeedItem &item)
    {
        const QString *texts[] = {&item.guid, &item.link, &item.title, &item.author};
        for (int i = 0; i < 4; ++i) {
            fields[i] = texts[i]->toUtf8();
            isNull[i] = texts[i]->isNull();
        }
        fields[SummaryHtml] = item.summaryHtml;
        isNull[SummaryHtml] = item.summaryHtml.isNull();
        fields[ContentHtml] = item.contentHtml;
        isNull[ContentHtml] = item.contentHtml.isNull();
        fields[Categories] = categoriesJson(item.categories);
        times[0] = item.published.isValid() ? item.published.toSecsSinceEpoch() : 0;
        times[1] = item.updated.isValid() ? item.updated.toSecsSinceEpoch() : 0;

        quint64 h = 0;
        for (const QByteArray &field : fields) // each field seeds the next: boundaries count
            h = ContentHash::of(field, h);
        h = ContentHash::of(QByteArrayView(reinterpret_cast<const char *>(times), sizeof times), h);
        hash = ContentHash::text(h);
    }

    // The hash databases before ContentHash stored: SHA-1 of the same bytes. Still read, so an
    // upgrade neither rewrites every article nor re-keys the items named by their hash.
    QByteArray legacyHash() const
    {
        QCryptographicHash h(QCryptographicHash::Sha1);
        for (const QByteArray &field : fields) {
            h.addData(field);
            h.addData(QByteArrayView("\x1f", 1));
        }
        h.addData(QByteArrayView(reinterpret_cast<const char *>(times), sizeof times));
        return h.result().toHex();
    }

    bool sameAs(const QByteArray &stored) const
    {
        return stored.startsWith(ContentHash::kPrefix) ? stored == hash : stored == legacyHash();
    }
};

// Binds the content columns in the order both statements list them:
// guid, link, title, author, published, updated, summary_html, content_html, categories.
void bindContent(SqliteStatement &s, int first, const EncodedItem &e, const FeedItem &item)
{
    s.text(first, e.fields[EncodedItem::Guid], e.isNull[EncodedItem::Guid]);
    s.text(first + 1, e.fields[EncodedItem::Link], e.isNull[EncodedItem::Link]);
    s.text(first + 2, e.fields[EncodedItem::Title], e.isNull[EncodedItem::Title]);
    s.text(first + 3, e.fields[EncodedItem::Author], e.isNull[EncodedItem::Author]);
    s.time(first + 4, item.published);
    s.time(first + 5, item.updated);
    s.text(first + 6, e.fields[EncodedItem::SummaryHtml], e.isNull[EncodedItem::SummaryHtml]);
    s.text(first + 7, e.fields[EncodedItem::ContentHtml], e.isNull[EncodedItem::ContentHtml]);
    s.text(first + 8, e.fields[EncodedItem::Categories]);
}

QString sqliteError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

bool isBlank(const QString &text)
{
    for (const QChar c : text)
        if (!c.isSpace())
            return false;
    return true;
}

// guid, else link, else the legacy content hash (kept so such items keep their identity).
QByteArray dedupeKeyOf(const FeedItem &item, const EncodedItem &encoded)
{
    if (!isBlank(item.guid))
        return "guid:" + item.guid.trimmed().toUtf8();
    if (!isBlank(item.link))
        return "link:" + item.link.trimmed().toUtf8();
    return "hash:" + encoded.legacyHash();
}

constexpr char kInsertColumns[] =
    "INSERT INTO articles (id, feed_id, dedupe_key, content_hash, fetched_at, guid, link, title, "
    "author, published, updated, summary_html, content_html, categories) VALUES ";
constexpr char kInsertRow[] = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr int kInsertParams = 14;

// Inserts new articles many rows to a statement. Per row, a 32-row INSERT runs about a quarter
// fewer instructions than a statement of its own (callgrind, 20,000 rows of this table): most of
// a one-row statement's cost is the statement's own start and end, the AUTOINCREMENT
// bookkeeping among it. The ids are given explicitly, as AUTOINCREMENT would choose them: one
// past the largest that ever existed (sqlite_sequence) or exists; SQLite moves sqlite_sequence
// past explicit ids itself, so an id is still never used twice. The rows go in the feed's order,
// so the ids and the order of `changed` are what one statement a row gave.
class ArticleInserter {
public:
    static constexpr int kRows = 32;

    ArticleInserter(sqlite3 *db, qint64 feedId, qint64 fetchedAt)
        : m_feedId(feedId), m_fetchedAt(fetchedAt), m_many(db, kInsertColumns + rows(kRows)),
          m_one(db, kInsertColumns + rows(1))
    {
        SqliteStatement next(db, "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE "
                                 "name = 'articles'), 0), coalesce((SELECT max(id) FROM "
                                 "articles), 0)) + 1");
        m_ok = m_many.ok() && m_one.ok() && next.ok() && next.next();
        if (m_ok)
            m_nextId = next.columnInt(0);
        m_pending.reserve(kRows);
    }

    bool ok() const { return m_ok; }

    // The new article's id; the row is written by the time flush() returns.
    qint64 add(EncodedItem encoded, QByteArray key, const FeedItem &item)
    {
        m_pending.push_back({std::move(encoded), std::move(key), &item});
        return m_nextId++;
    }
    bool full() const { return int(m_pending.size()) == kRows; }

    bool flush()
    {
        const qint64 first = m_nextId - qint64(m_pending.size());
        if (full()) {
            for (int i = 0; i < kRows; ++i)
                bindRow(m_many, i * kInsertParams, first + i, m_pending[std::size_t(i)]);
            if (!m_many.step())
                return false;
        } else {
            for (std::size_t i = 0; i < m_pending.size(); ++i) {
                bindRow(m_one, 0, first + qint64(i), m_pending[i]);
                if (!m_one.step())
                    return false;
            }
        }
        m_pending.clear();
        return true;
    }

private:
    struct Row {
        EncodedItem encoded; // bound without a copy: alive until the statement ran
        QByteArray key;
        const FeedItem *item;
    };

    static QByteArray rows(int n)
    {
        QByteArray sql = kInsertRow;
        for (int i = 1; i < n; ++i)
            sql += ", " + QByteArray(kInsertRow);
        return sql;
    }

    void bindRow(SqliteStatement &s, int offset, qint64 id, const Row &row)
    {
        s.integer(offset + 1, id);
        s.integer(offset + 2, m_feedId);
        s.text(offset + 3, row.key);
        s.text(offset + 4, row.encoded.hash);
        s.integer(offset + 5, m_fetchedAt);
        bindContent(s, offset + 6, row.encoded, *row.item);
    }

    qint64 m_feedId;
    qint64 m_fetchedAt;
    SqliteStatement m_many;
    SqliteStatement m_one;
    bool m_ok = false;
    qint64 m_nextId = 0;
    std::vector<Row> m_pending;
};

} // namespace

QString ArticleStore::dedupeKey(const FeedItem &item)
{
    return QString::fromUtf8(dedupeKeyOf(item, EncodedItem(item)));
}

QString ArticleStore::contentHash(const FeedItem &item)
{
    return QString::fromLatin1(EncodedItem(item).hash);
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
    QHash<QByteArray, QPair<qint64, QByteArray>> existing;
    {
        SqliteStatement select(
            db, "SELECT dedupe_key, id, content_hash FROM articles WHERE feed_id = ?");
        if (!select.ok()) {
            *error = sqliteError(db);
            return false;
        }
        select.integer(1, feedId);
        while (select.next())
            existing.insert(select.columnBytes(0), {select.columnInt(1), select.columnBytes(2)});
    }

    ArticleInserter insert(db, feedId, fetchedAt);
    SqliteStatement update(
        db, "UPDATE articles SET content_hash = ?, fetched_at = ?, guid = ?, link = ?, title = ?, "
            "author = ?, published = ?, updated = ?, summary_html = ?, content_html = ?, "
            "categories = ? WHERE id = ?");
    if (!insert.ok() || !update.ok()) {
        *error = sqliteError(db);
        return false;
    }
    QSet<QByteArray> seen;
    seen.reserve(items.size());
    stats->changed.reserve(items.size());
    for (const FeedItem &item : items) {
        EncodedItem encoded(item);
        QByteArray key = dedupeKeyOf(item, encoded);
        if (seen.contains(key)) // a feed listing one item twice keeps the first
            continue;
        seen.insert(key);
        const auto found = existing.constFind(key);
        if (found != existing.constEnd() && encoded.sameAs(found->second)) {
            ++stats->unchanged;
            continue;
        }
        if (found == existing.constEnd()) {
            ++stats->inserted;
            stats->changed << ChangedArticle{insert.add(std::move(encoded), std::move(key), item),
                                             &item, false};
            if (insert.full() && !insert.flush()) {
                *error = sqliteError(db);
                return false;
            }
            continue;
        }
        update.text(1, encoded.hash);
        update.integer(2, fetchedAt);
        bindContent(update, 3, encoded, item);
        update.integer(12, found->first);
        if (!update.step()) {
            *error = sqliteError(db);
            return false;
        }
        ++stats->updated;
        stats->changed << ChangedArticle{found->first, &item, true};
    }
    if (!insert.flush()) {
        *error = sqliteError(db);
        return false;
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
        "SELECT a.id, a.guid, a.link, a.title, a.author, coalesce(a.published, a.updated), f.url, "
        "f.name, "
        "a.summary_html, a.content_html, a.show_id FROM articles a JOIN feeds f ON f.id = "
        "a.feed_id "
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
    sql += QStringLiteral(" ORDER BY coalesce(a.published, a.updated) DESC, a.id DESC");
    QList<StoredArticle> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!Sql::exec(q, sql, values, error))
        return list;
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
        const QString content = q.value(9).toString();
        a.text = content.isEmpty() ? a.summary : htmlToPlainText(content);
        if (a.summary.isEmpty()) // content-only feeds: the opening of the text stands in
            a.summary = a.text.left(280);
        a.showId = q.value(10).toLongLong();
        list << a;
    }
    return list;
}
