#include "support/cliprocess.h"
#include "support/loopbackserver.h"
#include "support/rssbuilder.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

// The feed commands as scripts use them: a real process, a real database file, real HTTP.
class FeedCliTest : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir; // a fresh one per test (and per data row)
    LoopbackServer m_server;

    QStringList withDb(const QString &name, QStringList args) const
    {
        args << QStringLiteral("--db") << m_dir->filePath(name);
        return args;
    }

private slots:
    void initTestCase() { QVERIFY(m_server.listen()); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void builtinFeedIsListed()
    {
        const CliResult r = runCli(
            withDb(QStringLiteral("a.sqlite"),
                   {QStringLiteral("feeds"), QStringLiteral("list"), QStringLiteral("--json")}));
        QCOMPARE(r.exitCode, 0);
        const QJsonArray feeds = r.json().array();
        QCOMPARE(feeds.size(), 1);
        const QJsonObject f = feeds.first().toObject();
        QCOMPARE(f.value(QStringLiteral("url")).toString(),
                 QStringLiteral("qrc:/resources/default-feed.json"));
        QCOMPARE(f.value(QStringLiteral("format")).toString(), QStringLiteral("season_feed"));
        QCOMPARE(f.value(QStringLiteral("status")).toString(), QStringLiteral("updated"));
        QVERIFY(f.value(QStringLiteral("itemCount")).toInt() > 50);
        QVERIFY(!f.value(QStringLiteral("lastSync")).toString().isEmpty());
        for (const char *field :
             {"id", "url", "name", "format", "status", "lastSync", "itemCount", "error"})
            QVERIFY2(f.contains(QLatin1String(field)), field);
    }

    void refusesOtherSchemes_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com/feed.xml");
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)");
        QTest::newRow("no scheme") << QStringLiteral("example.com/feed.xml");
        QTest::newRow("relative file") << QStringLiteral("file:feed.xml");
        QTest::newRow("empty host") << QStringLiteral("https:///feed.xml");
    }

    void refusesOtherSchemes()
    {
        QFETCH(QString, url);
        const CliResult r = runCli(withDb(QStringLiteral("b.sqlite"),
                                          {QStringLiteral("feeds"), QStringLiteral("add"), url}));
        QVERIFY(r.exitCode != 0);
        QVERIFY(!r.err.isEmpty());
        const CliResult list = runCli(
            withDb(QStringLiteral("b.sqlite"),
                   {QStringLiteral("feeds"), QStringLiteral("list"), QStringLiteral("--json")}));
        QCOMPARE(list.json().array().size(), 1); // only the built-in one
    }

    void addSyncListArticlesRemove()
    {
        m_server.route(
            QStringLiteral("/news.xml"),
            LoopbackResponse::ok(buildRss({rssItem(1), rssItem(2)})).header("ETag", "\"e1\""));
        const QString url = m_server.url(QStringLiteral("/news.xml")).toString();
        const QString db = QStringLiteral("c.sqlite");
        CliResult r = runCli(withDb(db, {QStringLiteral("feeds"), QStringLiteral("add"), url,
                                         QStringLiteral("--name"), QStringLiteral("Loopback news"),
                                         QStringLiteral("--interval"), QStringLiteral("60"),
                                         QStringLiteral("--tier"), QStringLiteral("rumour")}));
        QCOMPARE(r.exitCode, 0);
        r = runCli(withDb(db, {QStringLiteral("feeds"), QStringLiteral("add"), url}));
        QCOMPARE(r.exitCode, 1); // already there
        QVERIFY(r.err.contains("already"));

        r = runCli(withDb(
            db, {QStringLiteral("sync"), QStringLiteral("--feed"), url, QStringLiteral("--json")}));
        QCOMPARE(r.exitCode, 0);
        QJsonObject report = r.json().array().first().toObject();
        QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("updated"));
        QCOMPARE(report.value(QStringLiteral("newItems")).toInt(), 2);
        QCOMPARE(report.value(QStringLiteral("updatedItems")).toInt(), 0);
        QVERIFY(report.value(QStringLiteral("error")).isNull());

        r = runCli(withDb(db, {QStringLiteral("articles"), QStringLiteral("--feed"), url,
                               QStringLiteral("--json")}));
        QCOMPARE(r.exitCode, 0);
        const QJsonArray articles = r.json().array();
        QCOMPARE(articles.size(), 2);
        const QJsonObject a = articles.first().toObject();
        QCOMPARE(a.value(QStringLiteral("guid")).toString(), QStringLiteral("item-2"));
        QCOMPARE(a.value(QStringLiteral("published")).toString(),
                 QStringLiteral("2025-06-03T02:15:00Z"));
        QCOMPARE(a.value(QStringLiteral("summary")).toString(), QStringLiteral("Body of story 2."));
        QCOMPARE(a.value(QStringLiteral("feed")).toString(), url);
        for (const char *field :
             {"guid", "title", "link", "published", "author", "feed", "summary"})
            QVERIFY2(a.contains(QLatin1String(field)), field);

        r = runCli(withDb(
            db, {QStringLiteral("feeds"), QStringLiteral("list"), QStringLiteral("--json")}));
        const QJsonObject feed = r.json().array().last().toObject();
        QCOMPARE(feed.value(QStringLiteral("name")).toString(), QStringLiteral("Loopback news"));
        QCOMPARE(feed.value(QStringLiteral("itemCount")).toInt(), 2);
        QCOMPARE(feed.value(QStringLiteral("format")).toString(), QStringLiteral("rss"));

        m_server.route(QStringLiteral("/news.xml"), LoopbackResponse::withStatus(404, "gone"));
        r = runCli(withDb(
            db, {QStringLiteral("sync"), QStringLiteral("--feed"), url, QStringLiteral("--json")}));
        QCOMPARE(r.exitCode, 1);
        report = r.json().array().first().toObject();
        QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        QVERIFY(report.value(QStringLiteral("error")).toString().contains(QStringLiteral("404")));
        r = runCli(withDb(db, {QStringLiteral("articles"), QStringLiteral("--json")}));
        QCOMPARE(r.json().array().size(), 2); // nothing lost

        // Without --yes, remove says what it would delete and deletes nothing.
        r = runCli(withDb(db, {QStringLiteral("feeds"), QStringLiteral("remove"), url}));
        QCOMPARE(r.exitCode, 2);
        const QString refusal = QString::fromUtf8(r.err);
        QVERIFY2(refusal.contains(QStringLiteral("2 stored articles")), qPrintable(refusal));
        QVERIFY2(refusal.contains(QStringLiteral("--yes")), qPrintable(refusal));
        r = runCli(withDb(
            db, {QStringLiteral("feeds"), QStringLiteral("list"), QStringLiteral("--json")}));
        QCOMPARE(r.json().array().size(), 2);
        r = runCli(withDb(
            db, {QStringLiteral("feeds"), QStringLiteral("remove"), url, QStringLiteral("--yes")}));
        QCOMPARE(r.exitCode, 0);
        r = runCli(withDb(
            db, {QStringLiteral("feeds"), QStringLiteral("list"), QStringLiteral("--json")}));
        QCOMPARE(r.json().array().size(), 1);
        r = runCli(
            withDb(db, {QStringLiteral("feeds"), QStringLiteral("remove"), QStringLiteral("999")}));
        QCOMPARE(r.exitCode, 1);
    }

    // Text output is for people: a sync's report and the feed list say what happened in the
    // chosen language, not the words the database stores ("updated", "error", "http").
    void reportLinesSpeakTheLanguage()
    {
        m_server.route(QStringLiteral("/es.xml"), LoopbackResponse::ok(buildRss({rssItem(1)})));
        m_server.route(QStringLiteral("/gone.xml"), LoopbackResponse::withStatus(404, "gone"));
        const QString good = m_server.url(QStringLiteral("/es.xml")).toString();
        const QString gone = m_server.url(QStringLiteral("/gone.xml")).toString();
        const QString db = QStringLiteral("e.sqlite");
        for (const QString &url : {good, gone})
            QCOMPARE(
                runCli(withDb(db, {QStringLiteral("feeds"), QStringLiteral("add"), url})).exitCode,
                0);
        const auto spanish = [&](const QStringList &args) {
            return QString::fromUtf8(
                runCli(
                    withDb(db, QStringList{QStringLiteral("--lang"), QStringLiteral("es")} + args))
                    .out);
        };
        QString text = spanish({QStringLiteral("sync"), QStringLiteral("--feed"), good});
        QVERIFY2(text.startsWith(QStringLiteral("Actualizado  ") + good), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("1 nuevo,")), qPrintable(text));

        text = spanish({QStringLiteral("sync"), QStringLiteral("--feed"), gone});
        QVERIFY2(text.startsWith(QStringLiteral("Error  ") + gone), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("el sitio respondió con un error")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("  http: ")), qPrintable(text));

        text = spanish({QStringLiteral("feeds"), QStringLiteral("list")});
        QVERIFY2(text.contains(QStringLiteral("[Actualizado, ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("el sitio respondió con un error: ")),
                 qPrintable(text));
        for (const char *stored : {"[updated,", "[error,", "    http:"})
            QVERIFY2(!text.contains(QLatin1String(stored)), qPrintable(text));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("feeds alone") << QStringList{QStringLiteral("feeds")};
        QTest::newRow("feeds bogus")
            << QStringList{QStringLiteral("feeds"), QStringLiteral("bogus")};
        QTest::newRow("bad interval")
            << QStringList{QStringLiteral("feeds"), QStringLiteral("add"),
                           QStringLiteral("https://example.com/f.xml"),
                           QStringLiteral("--interval"), QStringLiteral("0")};
        QTest::newRow("bad tier") << QStringList{QStringLiteral("feeds"), QStringLiteral("add"),
                                                 QStringLiteral("https://example.com/f.xml"),
                                                 QStringLiteral("--tier"),
                                                 QStringLiteral("gospel")};
        QTest::newRow("sync extra") << QStringList{QStringLiteral("sync"), QStringLiteral("now")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const CliResult r = runCli(withDb(QStringLiteral("d.sqlite"), args));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(FeedCliTest)
#include "tst_feedcli.moc"
