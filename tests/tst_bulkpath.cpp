// The fast paths of a big sync give what the slow ones gave: stored bytes that must not change
// (fingerprints, review keys, JSON list columns, content hashes of older databases), plain text
// from UTF-8 markup, the season feed's JSON reader against Qt's, and the CLI's WAL decision.
#include "domain/compactjson.h"
#include "domain/htmltext.h"
#include "domain/textkeys.h"
#include "feeds/news/newsfeedparser.h"
#include "feeds/season/defaultfeed.h"
#include "feeds/season/jsontree.h"
#include "feeds/season/seasonfeedreader.h"
#include "storage/articlestore.h"
#include "storage/claimfingerprint.h"
#include "storage/contenthash.h"
#include "storage/sqlutil.h"
#include "support/cliprocess.h"
#include "support/loopbackserver.h"
#include "support/rssbuilder.h"
#include "support/testdatabase.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>
#include <sqlite3.h>

namespace {

// The definitions the stored fingerprints and review keys were made with (the code before
// CompactJson): these bytes are in users' databases.
QString referenceFingerprint(const Claim &claim, const QString &origin)
{
    QJsonObject o{
        {QStringLiteral("origin"), origin},
        {QStringLiteral("key"), claim.key},
        {QStringLiteral("show"), claim.showKey},
        {QStringLiteral("season"), claim.season ? QJsonValue(*claim.season) : QJsonValue()},
        {QStringLiteral("kind"), wireName(claim.kind)},
        {QStringLiteral("value"), claim.value},
        {QStringLiteral("tier"), wireName(claim.tier)},
        {QStringLiteral("status"), wireName(claim.status)},
        {QStringLiteral("quote"), claim.quote},
        {QStringLiteral("offset"), claim.quoteOffset},
        {QStringLiteral("note"), claim.note},
        {QStringLiteral("source"), claim.sourceKey},
        {QStringLiteral("contradicts"), QJsonArray::fromStringList(claim.contradicts)}};
    if (claim.window.isValid())
        o.insert(QStringLiteral("window"),
                 QJsonArray{claim.window.earliest.toString(Qt::ISODate),
                            claim.window.latest.toString(Qt::ISODate),
                            precisionName(claim.window.precision), claim.window.wording});
    const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
}

QString referenceReviewKey(const Claim &claim, qint64 showId, const QString &origin)
{
    QJsonObject o{
        {QStringLiteral("origin"), origin},
        {QStringLiteral("show"), showId},
        {QStringLiteral("season"), claim.season ? QJsonValue(*claim.season) : QJsonValue()},
        {QStringLiteral("kind"), wireName(claim.kind)},
        {QStringLiteral("value"), claim.value}};
    if (claim.window.isValid())
        o.insert(QStringLiteral("window"), QJsonArray{claim.window.earliest.toString(Qt::ISODate),
                                                      claim.window.latest.toString(Qt::ISODate)});
    const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
}

// Text that is hard to write right: quotes, backslashes, every kind of control character,
// non-ASCII of each UTF-8 length, a surrogate pair and lone surrogates.
QStringList awkwardStrings()
{
    return {QString(),
            QStringLiteral(""),
            QStringLiteral("plain words"),
            QStringLiteral("\"quoted\" and back\\slash / slash"),
            QString::fromUtf16(u"tab\tnew\nline\rreturn\bback\fform\x01\x1f\x7f"),
            QString::fromUtf8("Éclair café – 지금 우리 학교는 — naïve"),
            QString::fromUtf8("emoji \xF0\x9F\x98\x80 pair"),
            QStringLiteral("lone ") + QChar(0xD800) + QStringLiteral(" high"),
            QStringLiteral("lone ") + QChar(0xDC00) + QStringLiteral(" low"),
            QStringLiteral("high at the end ") + QChar(0xDBFF)};
}

QList<QJsonValue> awkwardValues()
{
    QList<QJsonValue> values{QJsonValue(),
                             QJsonValue(true),
                             QJsonValue(false),
                             QJsonValue(0),
                             QJsonValue(-1),
                             QJsonValue(12),
                             QJsonValue(qint64(123456789012345678LL)),
                             QJsonValue(12.0),
                             QJsonValue(12.5),
                             QJsonValue(-0.1),
                             QJsonValue(1e21),
                             QJsonValue(1.0 / 3.0)};
    for (const QString &s : awkwardStrings())
        values << QJsonValue(s);
    values << QJsonObject{{QStringLiteral("actor"), QStringLiteral("Ann \"Jo\" Example")},
                          {QStringLiteral("character"), QString::fromUtf8("Nam-ra – 남라")}};
    values << QJsonObject{{QStringLiteral("z"), 1},
                          {QStringLiteral("a"), QJsonArray{1, QStringLiteral("two"), QJsonValue()}},
                          {QStringLiteral("M"), QJsonObject{{QStringLiteral("in"), 2.5}}}};
    values << QJsonArray{};
    values << QJsonObject{};
    return values;
}

QList<Claim> edgeClaims()
{
    QList<Claim> claims;
    Claim base;
    base.key = QStringLiteral("c1");
    base.showKey = QStringLiteral("show-1");
    base.sourceKey = QStringLiteral("S1");
    base.kind = ClaimKind::ReleaseWindow;
    base.window.earliest = QDate(2026, 9, 1);
    base.window.latest = QDate(2027, 4, 30);
    base.window.precision = DatePrecision::PartOfYear;
    base.window.wording = QStringLiteral("late 2026 or early 2027");
    claims << base;
    for (const QJsonValue &value : awkwardValues()) {
        Claim c = base;
        c.kind = ClaimKind::Plot;
        c.window = ReleaseWindow();
        c.value = value;
        c.season = std::nullopt;
        claims << c;
    }
    for (const QString &s : awkwardStrings()) {
        Claim c = base;
        c.key = s;
        c.quote = s;
        c.note = s;
        c.contradicts = {s, QStringLiteral("other")};
        c.window.wording = s;
        c.quoteOffset = 17;
        c.season = 2;
        claims << c;
    }
    Claim undefinedValue = base;
    undefinedValue.value = QJsonValue(QJsonValue::Undefined);
    claims << undefinedValue;
    return claims;
}

QList<Claim> defaultFeedClaims()
{
    QFile file(QStringLiteral(":/resources/default-feed.json"));
    file.open(QIODevice::ReadOnly);
    Catalog catalog;
    FeedError error;
    SeasonFeedReader::read(file.readAll(), &catalog, &error);
    return catalog.claims;
}

// The SHA-1 content hash databases before schema 4 stored for an item: fields as UTF-8, each
// followed by 0x1f, then the two dates as epoch seconds.
QByteArray legacyContentHash(const FeedItem &item)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    const QByteArray categories =
        QByteArray("[\"") + item.categories.join("\",\"").toUtf8() + "\"]";
    for (const QByteArray &field :
         {item.guid.toUtf8(), item.link.toUtf8(), item.title.toUtf8(), item.author.toUtf8(),
          item.summaryHtml, item.contentHtml, categories}) {
        h.addData(field);
        h.addData(QByteArrayView("\x1f", 1));
    }
    const qint64 times[2] = {item.published.isValid() ? item.published.toSecsSinceEpoch() : 0,
                             item.updated.isValid() ? item.updated.toSecsSinceEpoch() : 0};
    h.addData(QByteArrayView(reinterpret_cast<const char *>(times), sizeof times));
    return h.result().toHex();
}

FeedItem item(int n)
{
    FeedItem i;
    i.guid = QStringLiteral("story-%1").arg(n);
    i.link = QStringLiteral("https://tvnews.example/story-%1").arg(n);
    i.title = QStringLiteral("Harbor Lights season %1 begins filming").arg(n);
    i.author = QStringLiteral("Mina Park");
    i.published = QDateTime(QDate(2025, 6, n), QTime(10, 0), Qt::UTC);
    i.summaryHtml = QByteArray("<p>Cameras are rolling &amp; the cast is back.</p>");
    i.categories = {QStringLiteral("News"), QStringLiteral("Harbor Lights")};
    return i;
}

// A feed row for articles to belong to; its id, or 0.
qint64 addFeed(QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("INSERT INTO feeds (url, added_at) VALUES "
                                 "('https://tvnews.example/feed.xml', 0)"))
               ? q.lastInsertId().toLongLong()
               : 0;
}

} // namespace

class BulkPathTest : public QObject {
    Q_OBJECT

private slots:
    void compactJsonWritesWhatQJsonDocumentWrites()
    {
        for (const QJsonValue &value : awkwardValues()) {
            CompactJson json;
            json.array(QJsonArray{value});
            QCOMPARE(json.toByteArray(),
                     QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
        }
        for (const QString &s : awkwardStrings()) {
            const QStringList list{s, QStringLiteral("x")};
            QCOMPARE(TextKeys::toJsonArray(list),
                     QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list))
                                           .toJson(QJsonDocument::Compact)));
        }
    }

    void fingerprintsAndReviewKeysAreTheStoredOnes()
    {
        const QList<Claim> claims = defaultFeedClaims() + edgeClaims();
        QVERIFY(claims.size() > 60);
        for (const Claim &claim : claims) {
            QCOMPARE(ClaimFingerprint::of(claim, DefaultFeed::url()),
                     referenceFingerprint(claim, DefaultFeed::url()));
            QCOMPARE(ClaimFingerprint::reviewKey(claim, 7, QStringLiteral("https://x.test/f")),
                     referenceReviewKey(claim, 7, QStringLiteral("https://x.test/f")));
        }
    }

    void plainTextFromUtf8IsPlainTextFromUtf16()
    {
        QStringList markup = awkwardStrings();
        markup << QStringLiteral("<p>One &amp; two&nbsp;three&hellip;</p><p>Next <b>para</b>")
               << QStringLiteral("<script>var x = '<p>';</script>After &#x1F600; &#128512;")
               << QStringLiteral("<!-- note --><td>a</td><td>b</td><br/>c &unknown; &amp")
               << QString::fromUtf8("<p>Coupé ici \xE2\x80\x94 라</p>  <style>p{}</style> end ");
        // And every fixture file, which holds the markup real feeds carry.
        QDirIterator it(QStringLiteral(CLIFFHANGER_FIXTURES),
                        {QStringLiteral("*.xml"), QStringLiteral("*.json")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly)) {
                const QByteArray bytes = file.readAll();
                if (bytes.isValidUtf8())
                    markup << QString::fromUtf8(bytes);
            }
        }
        QVERIFY(markup.size() > 20);
        for (const QString &html : std::as_const(markup)) {
            // A lone surrogate has no UTF-8 form, so no UTF-8 markup holds one.
            if (QString::fromUtf8(html.toUtf8()) != html)
                continue;
            QCOMPARE(htmlToPlainText(html.toUtf8()), htmlToPlainText(html));
        }
    }

    void contentHashIsTheSameEverywhere()
    {
        // MurmurHash64A values from an independent implementation: stored hashes depend on them.
        QCOMPARE(ContentHash::of("The quick brown fox jumps over the lazy dog", 0),
                 Q_UINT64_C(0x5589ca33042a861b));
        QCOMPARE(ContentHash::of("abc", 0x5EA50001), Q_UINT64_C(0x78e767d744a8d47c));
        QCOMPARE(ContentHash::of("12345678", 1), Q_UINT64_C(0x890060166fadafa0));
        QCOMPARE(ContentHash::text(0xabc), QByteArray("m64:0000000000000abc"));
    }

    void articlesStoredWithSha1HashesAreStillUnchanged()
    {
        TestDatabase t;
        QSqlDatabase &db = t.db().connection();
        const qint64 feedId = addFeed(db);
        QVERIFY(feedId > 0);
        const QList<FeedItem> items{item(1), item(2), item(3)};
        ArticleWriteStats first;
        QString error;
        QVERIFY(db.transaction());
        QVERIFY2(ArticleStore(t.db()).write(feedId, items, 100, &first, &error), qPrintable(error));
        QVERIFY(db.commit());
        QCOMPARE(first.inserted, 3);
        // As a database written before ContentHash holds them.
        for (const FeedItem &i : items) {
            QSqlQuery legacy(db);
            legacy.prepare(QStringLiteral("UPDATE articles SET content_hash = ? WHERE guid = ?"));
            legacy.addBindValue(QString::fromLatin1(legacyContentHash(i)));
            legacy.addBindValue(i.guid);
            QVERIFY(legacy.exec());
            QCOMPARE(legacy.numRowsAffected(), 1);
        }
        const qint64 before = t.totalChanges();
        ArticleWriteStats again;
        QVERIFY(db.transaction());
        QVERIFY2(ArticleStore(t.db()).write(feedId, items, 200, &again, &error), qPrintable(error));
        QVERIFY(db.commit());
        QCOMPARE(again.unchanged, 3);
        QCOMPARE(again.updated + again.inserted, 0);
        QCOMPARE(t.totalChanges(), before);
        // An item that did change is still seen as changed.
        QList<FeedItem> edited = items;
        edited[1].title += QStringLiteral(" (updated)");
        ArticleWriteStats third;
        QVERIFY(db.transaction());
        QVERIFY(ArticleStore(t.db()).write(feedId, edited, 300, &third, &error));
        QVERIFY(db.commit());
        QCOMPARE(third.updated, 1);
        QCOMPARE(third.unchanged, 2);
    }

    // New articles are written many rows to a statement: their ids still follow the feed's
    // order one after another, `changed` lists every item in that order (an edited one among
    // them too), the rows hold what the items say, and an id is never handed out twice, not
    // even the id of an article that was deleted.
    void newArticlesKeepTheFeedsOrderAndNeverReuseAnId()
    {
        TestDatabase t;
        QSqlDatabase &db = t.db().connection();
        QSqlQuery q(db);
        const qint64 feedId = addFeed(db);
        QVERIFY(feedId > 0);
        QList<FeedItem> items;
        for (int n = 1; n <= 70; ++n) { // two full statements and a remainder
            FeedItem i = item(n % 28 + 1);
            i.guid = QStringLiteral("story-%1").arg(n);
            i.link = QStringLiteral("https://tvnews.example/story-%1").arg(n);
            items << i;
        }
        items.insert(40, items[3]); // listed twice: the first one counts
        ArticleWriteStats first;
        QString error;
        QVERIFY(Sql::beginWrite(db));
        QVERIFY2(ArticleStore(t.db()).write(feedId, items, 100, &first, &error), qPrintable(error));
        QVERIFY(db.commit());
        QCOMPARE(first.inserted, 70);
        QCOMPARE(first.changed.size(), 70);
        for (int k = 0; k < 70; ++k) {
            QCOMPARE(first.changed[k].item, &items[k < 40 ? k : k + 1]);
            QCOMPARE(first.changed[k].id, first.changed[0].id + k);
            QVERIFY(!first.changed[k].edited);
        }
        QVERIFY(
            q.exec(QStringLiteral("SELECT id, guid, link, fetched_at FROM articles ORDER BY id")));
        for (int k = 0; k < 70; ++k) {
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toLongLong(), first.changed[k].id);
            QCOMPARE(q.value(1).toString(), first.changed[k].item->guid);
            QCOMPARE(q.value(2).toString(), first.changed[k].item->link);
            QCOMPARE(q.value(3).toLongLong(), qint64(100));
        }
        QVERIFY(!q.next());

        // The five newest go; the next new articles are numbered past them, and an edited
        // article keeps its id and its place in `changed`.
        const qint64 last = first.changed.last().id;
        QVERIFY(q.exec(QStringLiteral("DELETE FROM articles WHERE id > %1").arg(last - 5)));
        QList<FeedItem> next{item(1), items[0], item(2)};
        next[0].guid = QStringLiteral("story-71");
        next[1].title += QStringLiteral(" (updated)");
        next[2].guid = QStringLiteral("story-72");
        ArticleWriteStats second;
        QVERIFY(Sql::beginWrite(db));
        QVERIFY2(ArticleStore(t.db()).write(feedId, next, 200, &second, &error), qPrintable(error));
        QVERIFY(db.commit());
        QCOMPARE(second.inserted, 2);
        QCOMPARE(second.updated, 1);
        QCOMPARE(second.changed.size(), 3);
        QCOMPARE(second.changed[0].id, last + 1);
        QCOMPARE(second.changed[1].id, first.changed[0].id);
        QVERIFY(second.changed[1].edited);
        QCOMPARE(second.changed[2].id, last + 2);
        QVERIFY(q.exec(QStringLiteral("SELECT guid FROM articles WHERE id = %1").arg(last + 2)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("story-72"));
    }

    void jsonTreeReadsWhatQtReads_data()
    {
        QTest::addColumn<QByteArray>("json");
        const char *const documents[] = {
            "{}", "[]", " \t\r\n{\"a\": 1} \n", "\xEF\xBB\xBF{\"bom\": true}",
            "{\"a\": [1, -2, 3.5, -0, 1e3, 1E-2, 12.000, 123456789012345678901, true, false, "
            "null]}",
            "{\"s\": \"esc \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\ud83d\\ude00 \\ud800 \\q\"}",
            "{\"utf8\": \"caf\xC3\xA9 \xEC\xA7\x80\xEA\xB8\x88 \xF0\x9F\x98\x80\"}",
            "{\"ctl\": \"a\x01"
            "b\tc\"}",
            "{\"dup\": 1, \"dup\": 2, \"x\": {\"dup\": [3]}}",
            "{\"nested\": [[[[{}]]]], \"e\": [], \"o\": {}}",
            // and broken ones
            "", "   ", "1", "\"text\"", "{", "[", "{\"a\" 1}", "{\"a\": 1,}", "[1,]", "[1 2]",
            "{\"a\": tru}", "{\"a\": nul}", "{\"a\": -}", "{\"a\": 1.5e}", "{\"a\": \"\\x\"}",
            "{\"a\": \"\\u12\"}", "{\"a\": \"unterminated}", "{\"a\": \"\xC3\"}",
            "{\"a\": \"\xED\xA0\x80\"}", "{\"a\": 1} x", "{\"a\": 1}}", "[1, 2", "{\"a\": [1}",
            "{,}", "{\"a\": ,}", "[,1]", "{\"a\": 12"};
        int n = 0;
        for (const char *document : documents)
            QTest::newRow(qPrintable(QString::number(n++))) << QByteArray(document);
        QByteArray deep;
        for (int i = 0; i < 1100; ++i)
            deep += '[';
        QTest::newRow("too deep") << deep;
    }

    void jsonTreeReadsWhatQtReads()
    {
        QFETCH(QByteArray, json);
        QJsonParseError qtError;
        const QJsonDocument qt = QJsonDocument::fromJson(json, &qtError);
        JsonTree tree;
        JsonTree::Error error;
        const bool parsed = tree.parse(json, &error);
        QCOMPARE(parsed, qtError.error == QJsonParseError::NoError);
        if (!parsed) {
            QCOMPARE(error.message, qtError.errorString());
            return;
        }
        const QJsonValue ours = tree.root().toJsonValue();
        QCOMPARE(ours, qt.isArray() ? QJsonValue(qt.array()) : QJsonValue(qt.object()));
    }

    // U+FEFF opening a string is text, not a byte-order mark: "\uFEFF" and "" are two keys,
    // and a value keeps it. (QJsonDocument drops it when a string is read; fuzz_seasonfeed
    // found JsonTree doing the same, which merged the two keys.) A BOM before the document is
    // still skipped.
    void aLeadingZeroWidthNoBreakSpaceIsText()
    {
        const QByteArray json = "\xEF\xBB\xBF{\"\xEF\xBB\xBF\": 1, \"\": 2, \"t\": \"\xEF\xBB\xBF"
                                "abc\"}";
        JsonTree tree;
        JsonTree::Error error;
        QVERIFY(tree.parse(json, &error));
        const QJsonObject object = tree.root().toJsonValue().toObject();
        QCOMPARE(object.size(), 3);
        QCOMPARE(object.value(QString(QChar(0xFEFF))).toInt(), 1);
        QCOMPARE(object.value(QString()).toInt(), 2);
        QCOMPARE(tree.root().value("t").toString(), QString(QChar(0xFEFF)) + QStringLiteral("abc"));
    }

    // A big feed's items are read on two threads; what comes out is what one pass gives:
    // every item in order, skip warnings with their positions, and the summary warnings of the
    // whole document with its first example.
    void aBigFeedReadsAsInOnePass()
    {
        QList<RssTestItem> items;
        for (int n = 1; n <= 3000; ++n)
            items << rssItem(n);
        items[9].pubDate = QStringLiteral("not a date");
        items[2899].pubDate = QStringLiteral("also not a date");
        items[4].link = QStringLiteral("javascript:alert(1)");
        items[2000].link = QStringLiteral("data:text/plain,x");
        items[1599] = RssTestItem{}; // nothing to identify it: skipped
        // HTML pasted unescaped in the second half: the whitespace between its elements counts,
        // which a second parse keeping it must find out from that half.
        QByteArray rss = buildRss(items);
        rss.replace("&lt;p&gt;Body of story 2500.&lt;/p&gt;",
                    "<p>Body of <b>story</b> <i>2500</i>.</p>");
        ParsedNewsFeed feed;
        FeedError error;
        QVERIFY2(NewsFeedParser::parse(rss, QString(), &feed, &error), qPrintable(error.message));
        QCOMPARE(feed.items[2498].summaryText, QStringLiteral("Body of story 2500."));
        QCOMPARE(feed.items.size(), 2999);
        for (int i = 0; i < feed.items.size(); ++i) {
            const int n = i < 1599 ? i + 1 : i + 2;
            QCOMPARE(feed.items[i].guid, QStringLiteral("item-%1").arg(n));
        }
        QCOMPARE(feed.items[2998].summaryText, QStringLiteral("Body of story 3000."));
        QCOMPARE(feed.warnings.size(), 3);
        QVERIFY2(feed.warnings[0].startsWith(QStringLiteral("Item 1600 has no id")),
                 qPrintable(feed.warnings[0]));
        QVERIFY2(feed.warnings[1].startsWith(QStringLiteral("2 date(s) could not be read")) &&
                     feed.warnings[1].contains(QStringLiteral("“not a date”")),
                 qPrintable(feed.warnings[1]));
        QVERIFY2(feed.warnings[2].startsWith(QStringLiteral("2 link(s)")) &&
                     feed.warnings[2].contains(QStringLiteral("javascript:alert(1)")),
                 qPrintable(feed.warnings[2]));
    }

    void theCliLeavesItsWalAndADatabaseThatReadsBack()
    {
        LoopbackServer server;
        QVERIFY(server.listen());
        server.route(QStringLiteral("/feed.xml"),
                     LoopbackResponse::ok(buildRss({rssItem(1), rssItem(2), rssItem(3)})));
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
        const QString url = server.url(QStringLiteral("/feed.xml")).toString();
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("feeds"), QStringLiteral("add"),
                         url})
                     .exitCode,
                 0);
        const CliResult sync = runCli(
            {QStringLiteral("--db"), db, QStringLiteral("sync"), QStringLiteral("--feed"), url});
        QCOMPARE(sync.exitCode, 0);
        // No checkpoint on the command's way out: the commits are in the WAL...
        QVERIFY(QFileInfo(db + QStringLiteral("-wal")).size() > 0);
        // ...which any reader sees, consistent.
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open_v2(db.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr),
                 SQLITE_OK);
        sqlite3_stmt *stmt = nullptr;
        QCOMPARE(sqlite3_prepare_v2(raw, "PRAGMA integrity_check", -1, &stmt, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))),
                 QByteArray("ok"));
        sqlite3_finalize(stmt);
        QCOMPARE(sqlite3_prepare_v2(raw, "SELECT count(*) FROM articles", -1, &stmt, nullptr),
                 SQLITE_OK);
        QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(stmt, 0), 3);
        sqlite3_finalize(stmt);
        sqlite3_close(raw);
        const CliResult list = runCli(
            {QStringLiteral("--db"), db, QStringLiteral("articles"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.json().array().size(), 3);
    }
};

QTEST_GUILESS_MAIN(BulkPathTest)
#include "tst_bulkpath.moc"
