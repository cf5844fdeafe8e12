#include "support/cliprocess.h"
#include "support/loopbackserver.h"
#include "support/rssbuilder.h"
#include "support/sqlitefile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

// Hostile feeds through the whole command (docs/security.md): a real process syncing from a
// loopback server into a database that already holds a feed's articles. Whatever the feed
// holds, the process neither crashes nor hangs, the old articles stay as they were, and what is
// stored reads back as it was sent.
class HostileInputTest : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    LoopbackServer m_server;
    QString m_db;
    QString m_oldUrl;
    QStringList m_oldArticles;

    QStringList withDb(QStringList args) const
    {
        return QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--no-default-data")} +
               args;
    }
    QStringList oldArticles() const
    {
        SqliteFile file(m_db);
        return sqliteRows(file.handle(),
                          QStringLiteral("SELECT a.id, a.guid, a.title, a.content_hash FROM "
                                         "articles a JOIN feeds f ON f.id = a.feed_id WHERE "
                                         "f.url = '%1' ORDER BY a.id")
                              .arg(m_oldUrl));
    }
    // Adds a feed served with `body` and syncs it; the sync's JSON report.
    QJsonObject syncHostile(const QByteArray &body, const QByteArray &contentType)
    {
        m_server.route(QStringLiteral("/hostile"), LoopbackResponse::ok(body, contentType));
        const QString url = m_server.url(QStringLiteral("/hostile")).toString();
        if (runCli(withDb({QStringLiteral("feeds"), QStringLiteral("add"), url})).exitCode != 0)
            return {};
        const CliResult r = runCli(withDb(
            {QStringLiteral("sync"), QStringLiteral("--feed"), url, QStringLiteral("--json")}));
        return r.json().array().first().toObject();
    }
    QJsonArray hostileArticles() const
    {
        return runCli(withDb({QStringLiteral("articles"), QStringLiteral("--feed"),
                              m_server.url(QStringLiteral("/hostile")).toString(),
                              QStringLiteral("--json")}))
            .json()
            .array();
    }
    // One value the database holds, as text.
    QString stored(const char *sql) const
    {
        SqliteFile file(m_db);
        return sqliteText(file.handle(), QString::fromLatin1(sql));
    }
    // The value holds both halves of what was sent around a NUL: nothing cut or lost.
    static bool whole(const QString &value, const char *before, const char *after)
    {
        return value.startsWith(QLatin1String(before)) && value.endsWith(QLatin1String(after));
    }
    void checkOldDataKept()
    {
        QCOMPARE(oldArticles(), m_oldArticles);
        SqliteFile file(m_db);
        QCOMPARE(sqliteText(file.handle(), QStringLiteral("PRAGMA integrity_check")),
                 QStringLiteral("ok"));
    }

private slots:
    void initTestCase() { QVERIFY(m_server.listen()); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = m_dir->filePath(QStringLiteral("hostile.sqlite"));
        m_server.route(QStringLiteral("/old.xml"),
                       LoopbackResponse::ok(buildRss({rssItem(1), rssItem(2), rssItem(3)})));
        m_oldUrl = m_server.url(QStringLiteral("/old.xml")).toString();
        QCOMPARE(
            runCli(withDb({QStringLiteral("feeds"), QStringLiteral("add"), m_oldUrl})).exitCode, 0);
        QCOMPARE(
            runCli(withDb({QStringLiteral("sync"), QStringLiteral("--feed"), m_oldUrl})).exitCode,
            0);
        m_oldArticles = oldArticles();
        QCOMPARE(m_oldArticles.size(), 3);
    }
    void cleanup() { checkOldDataKept(); }

    // Bound values, never spliced into SQL: quotes, comment markers and LIKE wildcards are text.
    void sqlMetacharactersAreText()
    {
        const QString nasty =
            QStringLiteral("Robert'); DROP TABLE articles;-- \"x\" %_\\ ' OR '1'='1");
        RssTestItem item = rssItem(7, nasty);
        item.guid = nasty;
        item.title = nasty;
        item.link = QStringLiteral("https://example.test/a?q=%27%3B--&x='1'");
        const QJsonObject report = syncHostile(buildRss({item}), "application/rss+xml");
        QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("updated"));
        const QJsonArray articles = hostileArticles();
        QCOMPARE(articles.size(), 1);
        const QJsonObject a = articles.first().toObject();
        QCOMPARE(a.value(QStringLiteral("title")).toString(), nasty);
        QCOMPARE(a.value(QStringLiteral("guid")).toString(), nasty);
        QCOMPARE(a.value(QStringLiteral("summary")).toString(), nasty);
    }

    // JSON Feed may carry U+0000 legitimately (\u0000); whatever is stored is the whole text,
    // never cut at the NUL. Raw NUL bytes in XML make it not well-formed: a parse error.
    void nulBytes()
    {
        const QByteArray json =
            "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"NUL\", \"items\": "
            "[{\"id\": \"n\\u0000ul\", \"title\": \"before\\u0000after\", \"content_text\": "
            "\"one\\u0000two\", \"url\": \"https://example.test/n\"}]}";
        QJsonObject report = syncHostile(json, "application/feed+json");
        QVERIFY2(report.value(QStringLiteral("error")).isNull(),
                 qPrintable(report.value(QStringLiteral("error")).toString()));
        const QJsonArray articles = hostileArticles();
        QCOMPARE(articles.size(), 1);
        const QString title = articles.first().toObject().value(QStringLiteral("title")).toString();
        QVERIFY2(title == QStringLiteral("before\u0000after") ||
                     title == QStringLiteral("beforeafter") ||
                     title == QStringLiteral("before after") ||
                     title == QStringLiteral("before\uFFFDafter"),
                 qPrintable(title));
        const QString summary =
            articles.first().toObject().value(QStringLiteral("summary")).toString();
        qInfo() << "JSON \\u0000 is stored as" << title << summary;
        QVERIFY2(summary.startsWith(QStringLiteral("one")) &&
                     summary.endsWith(QStringLiteral("two")),
                 qPrintable(summary));
    }

    // NUL in the fields the first test left out: author and categories (JSON Feed), and the
    // summary and HTML. Stored, never cut at the NUL, and nothing after it lost.
    void nulBytesInEveryField()
    {
        const QByteArray json =
            "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"NUL\", \"items\": "
            "[{\"id\": \"every\", \"title\": \"t\", \"url\": \"https://example.test/e\", "
            "\"authors\": [{\"name\": \"Ann\\u0000Lee\"}], \"tags\": [\"zom\\u0000bie\", "
            "\"drama\"], \"summary\": \"sum\\u0000mary\", \"content_html\": "
            "\"<p>first\\u0000second</p>\"}]}";
        const QJsonObject report = syncHostile(json, "application/feed+json");
        QVERIFY2(report.value(QStringLiteral("error")).isNull(),
                 qPrintable(report.value(QStringLiteral("error")).toString()));
        const QJsonArray articles = hostileArticles();
        QCOMPARE(articles.size(), 1);
        const QJsonObject a = articles.first().toObject();
        const QString author = a.value(QStringLiteral("author")).toString();
        QVERIFY2(whole(author, "Ann", "Lee"), qPrintable(author));
        const QString summary = a.value(QStringLiteral("summary")).toString();
        QVERIFY2(whole(summary, "sum", "mary"), qPrintable(summary));
        SqliteFile file(m_db);
        const QString categories = sqliteText(
            file.handle(), QStringLiteral("SELECT categories FROM articles WHERE guid = 'every'"));
        QVERIFY2(categories.contains(QStringLiteral("zom")) &&
                     categories.contains(QStringLiteral("bie")) &&
                     categories.contains(QStringLiteral("drama")),
                 qPrintable(categories));
        const QString html =
            sqliteText(file.handle(),
                       QStringLiteral("SELECT content_html FROM articles WHERE guid = 'every'"));
        QVERIFY2(html.contains(QStringLiteral("first")) && html.contains(QStringLiteral("second")),
                 qPrintable(html));
    }

    // A season feed's text fields with \u0000 inside (show title and network, the source's
    // title and publisher, a claim's actor and character): stored whole, never cut at the NUL.
    void nulBytesInSeasonFeedFields()
    {
        const QByteArray feed =
            "{\"format\": \"cliffhanger-season-feed\", \"version\": 1, \"title\": \"N\", "
            "\"shows\": [{\"id\": \"x\", \"title\": \"Null\\u0000Harbour\", \"network\": "
            "\"Net\\u0000work\", \"seasons\": [{\"number\": 1, \"status\": \"renewed\"}]}], "
            "\"sources\": [{\"id\": \"A\", \"title\": \"So\\u0000urce\", \"publisher\": "
            "\"Pub\\u0000lisher\", \"url\": null, \"published\": \"2024-06\", \"precision\": "
            "\"month\"}], \"claims\": [{\"id\": \"c1\", \"show\": \"x\", \"season\": 1, "
            "\"kind\": \"cast\", \"tier\": \"rumour\", \"source\": \"A\", \"value\": "
            "{\"actor\": \"Ann\\u0000Lee\", \"character\": \"Cap\\u0000tain\"}}]}";
        const QJsonObject report = syncHostile(feed, "application/json");
        QVERIFY2(report.value(QStringLiteral("error")).isNull(),
                 qPrintable(report.value(QStringLiteral("error")).toString()));
        const QString title = stored("SELECT title FROM shows WHERE title LIKE 'Null%'");
        QVERIFY2(whole(title, "Null", "Harbour"), qPrintable(title));
        const QString network = stored("SELECT network FROM shows WHERE title LIKE 'Null%'");
        QVERIFY2(whole(network, "Net", "work"), qPrintable(network));
        const QString source = stored("SELECT title FROM sources WHERE key = 'A'");
        QVERIFY2(whole(source, "So", "urce"), qPrintable(source));
        const QString publisher = stored("SELECT publisher FROM sources WHERE key = 'A'");
        QVERIFY2(whole(publisher, "Pub", "lisher"), qPrintable(publisher));
        const QString value = stored("SELECT value FROM claims WHERE key = 'c1'");
        QVERIFY2(value.contains(QStringLiteral("Ann")) && value.contains(QStringLiteral("Lee")) &&
                     value.contains(QStringLiteral("Cap")) &&
                     value.contains(QStringLiteral("tain")),
                 qPrintable(value));
    }

    // TVmaze JSON with \u0000 in the show's name and network, an episode's name and a cast
    // member's person and character: stored whole.
    void nulBytesInTvmazeFields()
    {
        const QByteArray show =
            "{\"id\": 90777, \"url\": \"https://www.tvmaze.com/shows/90777/n\", \"name\": "
            "\"Tide\\u0000Line\", \"type\": \"Scripted\", \"language\": \"English\", "
            "\"genres\": [\"Drama\"], \"status\": \"Running\", \"premiered\": \"2024-03-08\", "
            "\"network\": {\"id\": 5, \"name\": \"Har\\u0000bour\", \"country\": {\"name\": "
            "\"Ireland\", \"code\": \"IE\", \"timezone\": \"Europe/Dublin\"}}, \"webChannel\": "
            "null, \"summary\": \"<p>s</p>\", \"_embedded\": {\"episodes\": [{\"id\": 1, "
            "\"url\": \"https://www.tvmaze.com/episodes/1/n\", \"name\": \"Fir\\u0000st\", "
            "\"season\": 1, \"number\": 1, \"type\": \"regular\", \"airdate\": \"2024-03-08\", "
            "\"runtime\": 50, \"summary\": null}], \"cast\": [{\"person\": {\"id\": 1, "
            "\"name\": \"Ada\\u0000Brennan\"}, \"character\": {\"id\": 11, \"url\": null, "
            "\"name\": \"Maeve\\u0000Doyle\"}}]}}";
        const QJsonObject report = syncHostile(show, "application/json");
        QVERIFY2(report.value(QStringLiteral("error")).isNull(),
                 qPrintable(report.value(QStringLiteral("error")).toString()));
        const QString title = stored("SELECT title FROM shows WHERE title LIKE 'Tide%'");
        QVERIFY2(whole(title, "Tide", "Line"), qPrintable(title));
        const QString network = stored("SELECT network FROM shows WHERE title LIKE 'Tide%'");
        QVERIFY2(whole(network, "Har", "bour"), qPrintable(network));
        const QString episode = stored("SELECT title FROM episodes WHERE title LIKE 'Fir%'");
        QVERIFY2(whole(episode, "Fir", "st"), qPrintable(episode));
        const QString person = stored("SELECT name FROM people WHERE name LIKE 'Ada%'");
        QVERIFY2(whole(person, "Ada", "Brennan"), qPrintable(person));
        const QString character =
            stored("SELECT character FROM credits WHERE character LIKE 'Maeve%'");
        QVERIFY2(whole(character, "Maeve", "Doyle"), qPrintable(character));
    }

    // A file: link in an item is never kept as a link (the window opens items' links), in any
    // spelling; the item itself is kept, and the sync says what it dropped.
    void fileLinksInItemsAreNotKept()
    {
        QList<RssTestItem> items;
        for (const char *link : {"file:///etc/passwd", "FILE:/home/someone/.ssh/id_rsa",
                                 "  file:relative.txt", "File://localhost/etc/shadow"}) {
            RssTestItem item = rssItem(int(items.size()) + 20);
            item.link = QString::fromLatin1(link);
            items << item;
        }
        const QJsonObject report = syncHostile(buildRss(items), "application/rss+xml");
        QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("updated"));
        QCOMPARE(report.value(QStringLiteral("newItems")).toInt(), 4);
        const QJsonArray articles = hostileArticles();
        QCOMPARE(articles.size(), 4);
        for (const QJsonValue &v : articles) {
            const QString link = v.toObject().value(QStringLiteral("link")).toString();
            QVERIFY2(!link.contains(QStringLiteral("file"), Qt::CaseInsensitive), qPrintable(link));
        }
        const QStringList warnings =
            report.value(QStringLiteral("warnings")).toVariant().toStringList();
        const QString said = warnings.join(QLatin1Char('\n'));
        QVERIFY2(said.contains(QStringLiteral("4 links")) && said.contains(QStringLiteral("file:")),
                 qPrintable(said));
    }

    // 100,000 items in one feed (5 times the benchmark's): every one stored, in one sync.
    void aHundredThousandItems()
    {
        QByteArray rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Many"
                         "</title><link>https://example.test/</link><description>d</description>";
        for (int i = 0; i < 100000; ++i)
            rss += "<item><guid>g" + QByteArray::number(i) + "</guid><title>Item " +
                   QByteArray::number(i) + "</title></item>";
        rss += "</channel></rss>";
        const QJsonObject report = syncHostile(rss, "application/rss+xml");
        QVERIFY2(report.value(QStringLiteral("error")).isNull(),
                 qPrintable(report.value(QStringLiteral("error")).toString()));
        QCOMPARE(report.value(QStringLiteral("newItems")).toInt(), 100000);
        SqliteFile file(m_db);
        QCOMPARE(sqliteText(file.handle(),
                            QStringLiteral("SELECT count(*) FROM articles a JOIN feeds f ON "
                                           "f.id = a.feed_id WHERE f.url LIKE '%/hostile'")),
                 QStringLiteral("100000"));
    }

    // A season feed with 1,000,000 claims is about 115 MB: over the 20 MB body cap, so it is
    // refused while it streams in, with an error that says why, and nothing is changed.
    void aSeasonFeedWithAMillionClaims()
    {
        QByteArray feed = "{\"format\": \"cliffhanger-season-feed\", \"version\": 1, \"title\": "
                          "\"Many\", \"shows\": [{\"id\": \"x\", \"title\": \"Many Claims\", "
                          "\"seasons\": [{\"number\": 1, \"status\": \"renewed\"}]}], "
                          "\"sources\": [{\"id\": \"A\", \"title\": \"t\", \"publisher\": \"p\", "
                          "\"url\": null, \"published\": \"2024-06\", \"precision\": \"month\"}], "
                          "\"claims\": [";
        feed.reserve(120 * 1000 * 1000);
        for (int i = 0; i < 1000000; ++i) {
            if (i > 0)
                feed += ',';
            feed += "{\"id\": \"c" + QByteArray::number(i) +
                    "\", \"show\": \"x\", \"season\": 1, \"kind\": \"cast\", \"tier\": "
                    "\"rumour\", \"source\": \"A\", \"value\": {\"actor\": \"A\", "
                    "\"character\": \"B\"}}";
        }
        feed += "]}";
        const QJsonObject report = syncHostile(feed, "application/json");
        QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        const QString error = report.value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(QStringLiteral("size limit")), qPrintable(error));
        SqliteFile file(m_db);
        QCOMPARE(
            sqliteText(file.handle(),
                       QStringLiteral("SELECT count(*) FROM shows WHERE title = 'Many Claims'")),
            QStringLiteral("0"));
    }

    void nulBytesInXml()
    {
        QByteArray rss = buildRss({rssItem(8)});
        rss.replace("Story 8", QByteArray("Sto\0ry 8", 8));
        const QJsonObject report = syncHostile(rss, "application/rss+xml");
        QVERIFY(!report.isEmpty());
        qInfo() << "raw NUL in XML:" << report.value(QStringLiteral("status")).toString()
                << report.value(QStringLiteral("error")).toString();
        for (const QJsonValue &a : hostileArticles())
            QVERIFY(!a.toObject().value(QStringLiteral("title")).toString().contains(u'\0'));
    }

    // Year 0, year 9999 and before 1970: stored and read back, or left undated; never a crash
    // and never a different day.
    void absurdDates_data()
    {
        QTest::addColumn<QString>("pubDate");
        QTest::addColumn<QStringList>("acceptable"); // "" is undated
        QTest::newRow("year 0") << QStringLiteral("Sat, 01 Jan 0000 00:00:00 GMT")
                                << QStringList{QString(), QStringLiteral("0000-01-01T00:00:00Z")};
        QTest::newRow("year 9999")
            << QStringLiteral("Fri, 31 Dec 9999 23:59:59 GMT")
            << QStringList{QString(), QStringLiteral("9999-12-31T23:59:59Z")};
        QTest::newRow("before 1970")
            << QStringLiteral("Wed, 31 Dec 1969 23:59:59 GMT")
            << QStringList{QString(), QStringLiteral("1969-12-31T23:59:59Z")};
        QTest::newRow("1901") << QStringLiteral("Mon, 01 Jan 1901 00:00:00 GMT")
                              << QStringList{QString(), QStringLiteral("1901-01-01T00:00:00Z")};
        QTest::newRow("year 99999")
            << QStringLiteral("Sat, 01 Jan 99999 00:00:00 GMT") << QStringList{QString()};
        QTest::newRow("negative year")
            << QStringLiteral("-0001-01-01T00:00:00Z") << QStringList{QString()};
    }
    void absurdDates()
    {
        QFETCH(QString, pubDate);
        QFETCH(QStringList, acceptable);
        RssTestItem item = rssItem(9);
        item.pubDate = pubDate;
        const QJsonObject report = syncHostile(buildRss({item}), "application/rss+xml");
        QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("updated"));
        const QJsonArray articles = hostileArticles();
        QCOMPARE(articles.size(), 1);
        const QString published =
            articles.first().toObject().value(QStringLiteral("published")).toString();
        qInfo("%s is stored as \"%s\"", qPrintable(pubDate), qPrintable(published));
        QVERIFY2(acceptable.contains(published), qPrintable(published));
    }

    // A 1 MB title: stored whole or cut, but the feed is read and the process stays well.
    void aMegabyteTitle()
    {
        RssTestItem item = rssItem(10);
        item.title = QString(1024 * 1024, u'T');
        const QJsonObject report = syncHostile(buildRss({item}), "application/rss+xml");
        QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("updated"));
        const QJsonArray articles = hostileArticles();
        QCOMPARE(articles.size(), 1);
        const QString title = articles.first().toObject().value(QStringLiteral("title")).toString();
        qInfo("a 1 MB title is stored as %lld characters", qint64(title.size()));
        QVERIFY(!title.isEmpty());
        QVERIFY(title.size() <= 1024 * 1024);
        QCOMPARE(title, QString(title.size(), u'T'));
    }

    // 100,000 nested elements inside an item: no stack overflow; the feed is read or refused.
    void xmlNested100000Deep()
    {
        QByteArray deep;
        for (int i = 0; i < 100000; ++i)
            deep += "<x>";
        for (int i = 0; i < 100000; ++i)
            deep += "</x>";
        QByteArray rss = buildRss({rssItem(11)});
        rss.replace("</item>", deep + "</item>");
        const QJsonObject report = syncHostile(rss, "application/rss+xml");
        QVERIFY2(!report.isEmpty(), "the sync crashed or printed no report");
        // Read (the item's unknown elements are skipped): the item and its own fields arrive.
        QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("updated"));
        const QJsonArray articles = hostileArticles();
        QCOMPARE(articles.size(), 1);
        QCOMPARE(articles.first().toObject().value(QStringLiteral("guid")).toString(),
                 QStringLiteral("item-11"));
    }

    // JSON Feed with an extension nested 10,000 deep, and a season feed nested as deep.
    void jsonNested10000Deep_data()
    {
        QTest::addColumn<QByteArray>("body");
        QByteArray deep;
        for (int i = 0; i < 10000; ++i)
            deep += '[';
        for (int i = 0; i < 10000; ++i)
            deep += ']';
        QTest::newRow("json feed")
            << QByteArray("{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"D\", "
                          "\"items\": [{\"id\": \"d\", \"title\": \"Deep\", \"_deep\": " +
                          deep + "}]}");
        QTest::newRow("season feed") << QByteArray(
            "{\"format\": \"cliffhanger-season-feed\", \"version\": 1, \"title\": \"Deep\", "
            "\"shows\": [{\"id\": \"deep\", \"title\": \"Deep\", \"x\": " +
            deep + "}]}");
    }
    void jsonNested10000Deep()
    {
        QFETCH(QByteArray, body);
        const QJsonObject report = syncHostile(body, "application/json");
        QVERIFY2(!report.isEmpty(), "the sync crashed or printed no report");
        // Refused with a parse error that says why (the readers stop at 1,024 levels or so).
        QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        QVERIFY2(report.value(QStringLiteral("error"))
                     .toString()
                     .contains(QStringLiteral("too deeply nested")),
                 qPrintable(report.value(QStringLiteral("error")).toString()));
        QCOMPARE(hostileArticles().size(), 0);
    }
};

QTEST_GUILESS_MAIN(HostileInputTest)
#include "tst_hostileinput.moc"
