#include "support/cliprocess.h"
#include "support/loopbackserver.h"
#include "support/rssbuilder.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

// The ledger keeps who said what: a removed feed's claims stay its own when another feed is
// added, and an edited article retracts what it no longer says. Real syncs over loopback,
// through the CLI; every test has its own database, so the order of the slots does not matter.
class LedgerIdentityTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    LoopbackServer m_server;
    QString m_db;

    CliResult cli(QStringList args)
    {
        args << QStringLiteral("--db") << m_db;
        return runCli(args);
    }

    // Adds and syncs a feed served at `path`; returns its URL.
    QString addAndSync(const QString &path, const QString &name)
    {
        const QString url = m_server.url(path).toString();
        const CliResult added = cli(
            {QStringLiteral("feeds"), QStringLiteral("add"), url, QStringLiteral("--name"), name});
        if (added.exitCode != 0)
            return QString();
        return sync(url) ? url : QString();
    }

    bool sync(const QString &url)
    {
        return cli({QStringLiteral("sync"), QStringLiteral("--feed"), url}).exitCode == 0;
    }

    static QByteArray feed(const QString &guid, const QString &html, const QString &date,
                           const QString &title = QStringLiteral("Season 2 update"))
    {
        return buildRss(
            {{guid, title, QStringLiteral("https://news.example.test/") + guid, html, date}},
            QStringLiteral("Loopback"));
    }

    // Serves one article at `path`, published on 6 October 2025.
    void serve(const QString &path, const QString &guid, const QString &html)
    {
        m_server.route(path, LoopbackResponse::ok(feed(
                                 guid, html, QStringLiteral("Mon, 06 Oct 2025 09:00:00 GMT"))));
    }

    // Season 2's claims of `kind` from the news feeds (the embedded data's have no feed).
    QJsonArray newsClaims(const QString &kind)
    {
        const CliResult r =
            cli({QStringLiteral("claims"), QStringLiteral("--kind"), kind,
                 QStringLiteral("--season"), QStringLiteral("2"), QStringLiteral("--json")});
        QJsonArray fromNews;
        for (const QJsonValue &v : r.json().array()) {
            const QString url = v.toObject()
                                    .value(QStringLiteral("source"))
                                    .toObject()
                                    .value(QStringLiteral("url"))
                                    .toString();
            if (url.startsWith(QLatin1String("https://news.example.test/")))
                fromNews << v;
        }
        return fromNews;
    }

    QString bestEarliest()
    {
        const CliResult r =
            cli({QStringLiteral("outlook"), QStringLiteral("All of Us Are Dead"),
                 QStringLiteral("--season"), QStringLiteral("2"), QStringLiteral("--json"),
                 QStringLiteral("--today"), QStringLiteral("2026-12-01")});
        return r.json()
            .object()
            .value(QStringLiteral("release"))
            .toObject()
            .value(QStringLiteral("earliest"))
            .toString();
    }

private slots:
    void initTestCase() { QVERIFY(m_server.listen()); }

    void init()
    {
        static int n = 0;
        m_db = m_dir.filePath(QStringLiteral("ledger-%1.sqlite").arg(++n));
    }

    void aRemovedFeedsClaimsStayItsOwnWhenAnotherFeedIsAdded()
    {
        serve(QStringLiteral("/first.xml"), QStringLiteral("first"),
              QStringLiteral("<p>All of Us Are Dead season 2 is expected to premiere "
                             "on Netflix in late 2027.</p>"));
        m_server.route(QStringLiteral("/second.xml"),
                       LoopbackResponse::ok(
                           feed(QStringLiteral("second"),
                                QStringLiteral("<p>All of Us Are Dead season 2 is now expected in "
                                               "early 2028.</p>"),
                                QStringLiteral("Tue, 07 Oct 2025 09:00:00 GMT"))));
        const QString first = addAndSync(QStringLiteral("/first.xml"), QStringLiteral("First"));
        QVERIFY(!first.isEmpty());
        QCOMPARE(newsClaims(QStringLiteral("release_window")).size(), 1);

        QCOMPARE(
            cli({QStringLiteral("feeds"), QStringLiteral("remove"), first, QStringLiteral("--yes")})
                .exitCode,
            0);
        QVERIFY(!addAndSync(QStringLiteral("/second.xml"), QStringLiteral("Second")).isEmpty());

        // Both claims are current, each with its own source: the new feed took nothing over.
        const QJsonArray windows = newsClaims(QStringLiteral("release_window"));
        QCOMPARE(windows.size(), 2);
        QHash<QString, QJsonObject> byStart;
        for (const QJsonValue &v : windows)
            byStart.insert(v.toObject().value(QStringLiteral("earliest")).toString(), v.toObject());
        const QJsonObject old = byStart.value(QStringLiteral("2027-09-01"));
        const QJsonObject fresh = byStart.value(QStringLiteral("2028-01-01"));
        QCOMPARE(old.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QCOMPARE(fresh.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        const QJsonObject oldSource = old.value(QStringLiteral("source")).toObject();
        QCOMPARE(oldSource.value(QStringLiteral("publisher")).toString(), QStringLiteral("First"));
        QCOMPARE(oldSource.value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://news.example.test/first"));
        // Orphaned, visibly: its feed is gone.
        QCOMPARE(oldSource.value(QStringLiteral("feedRemoved")).toBool(), true);
        const QJsonObject freshSource = fresh.value(QStringLiteral("source")).toObject();
        QCOMPARE(freshSource.value(QStringLiteral("publisher")).toString(),
                 QStringLiteral("Second"));
        QCOMPARE(freshSource.value(QStringLiteral("feedRemoved")).toBool(), false);

        // The text listing says so too.
        const CliResult text = cli(
            {QStringLiteral("claims"), QStringLiteral("--kind"), QStringLiteral("release_window")});
        QVERIFY2(text.out.contains("Season 2 update (feed removed)"), text.out.constData());
    }

    void anEditedArticleRetractsWhatItNoLongerSays()
    {
        const QString before = bestEarliest(); // the embedded data's outlook
        QVERIFY(!before.isEmpty());
        serve(QStringLiteral("/edited.xml"), QStringLiteral("edited"),
              QStringLiteral("<p>All of Us Are Dead season 2 is expected to premiere "
                             "on Netflix in late 2027.</p><p>Park Ji-hu returns as "
                             "Nam On-jo.</p>"));
        const QString url = addAndSync(QStringLiteral("/edited.xml"), QStringLiteral("Edits"));
        QVERIFY(!url.isEmpty());
        QCOMPARE(bestEarliest(), QStringLiteral("2027-09-01"));
        const QJsonArray castBefore = newsClaims(QStringLiteral("cast"));
        QCOMPARE(castBefore.size(), 1);

        // The publisher takes the date out and keeps the cast line.
        serve(QStringLiteral("/edited.xml"), QStringLiteral("edited"),
              QStringLiteral("<p>All of Us Are Dead season 2 has no date yet.</p><p>"
                             "Park Ji-hu returns as Nam On-jo.</p>"));
        QVERIFY(sync(url));

        const QJsonArray windows = newsClaims(QStringLiteral("release_window"));
        QCOMPARE(windows.size(), 1); // never deleted
        const QJsonObject retracted = windows.first().toObject();
        QCOMPARE(retracted.value(QStringLiteral("status")).toString(),
                 QStringLiteral("superseded"));
        QVERIFY(retracted.value(QStringLiteral("retracted")).isString());
        QCOMPARE(bestEarliest(), before); // the outlook no longer rests on it

        // What the article still says stays current: one open cast claim. (Its quote moved in
        // the text, so the ledger keeps that as a new version; the old one is superseded by it,
        // not retracted.)
        const QJsonArray castAfter = newsClaims(QStringLiteral("cast"));
        QJsonArray open;
        for (const QJsonValue &v : castAfter) {
            const QJsonObject c = v.toObject();
            QVERIFY2(c.value(QStringLiteral("retracted")).isNull(),
                     QJsonDocument(castAfter).toJson().constData());
            if (c.value(QStringLiteral("status")).toString() == QLatin1String("open"))
                open << c;
        }
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().toObject().value(QStringLiteral("value")),
                 castBefore.first().toObject().value(QStringLiteral("value")));

        // If the article says it again, it is a claim again (a new one; the retraction stays).
        serve(QStringLiteral("/edited.xml"), QStringLiteral("edited"),
              QStringLiteral("<p>All of Us Are Dead season 2 is expected to premiere "
                             "on Netflix in late 2027.</p><p>Park Ji-hu returns as "
                             "Nam On-jo.</p>"));
        QVERIFY(sync(url));
        QCOMPARE(newsClaims(QStringLiteral("release_window")).size(), 2);
        QCOMPARE(bestEarliest(), QStringLiteral("2027-09-01"));
    }

    void anEditedArticlesShowLinkFollowsItsText()
    {
        serve(QStringLiteral("/link.xml"), QStringLiteral("link"),
              QStringLiteral("<p>All of Us Are Dead season 2 is expected to premiere "
                             "in late 2027.</p>"));
        const QString url = addAndSync(QStringLiteral("/link.xml"), QStringLiteral("Links"));
        QVERIFY(!url.isEmpty());
        auto linked = [this] {
            return cli({QStringLiteral("articles"), QStringLiteral("--show"),
                        QStringLiteral("All of Us Are Dead"), QStringLiteral("--json")})
                .json()
                .array()
                .size();
        };
        QCOMPARE(linked(), 1);
        m_server.route(QStringLiteral("/link.xml"),
                       LoopbackResponse::ok(
                           feed(QStringLiteral("link"),
                                QStringLiteral("<p>A different zombie drama is expected in late "
                                               "2027.</p>"),
                                QStringLiteral("Mon, 06 Oct 2025 09:00:00 GMT"))));
        QVERIFY(sync(url));
        QCOMPARE(linked(), 0);
    }
};

QTEST_GUILESS_MAIN(LedgerIdentityTest)
#include "tst_ledgeridentity.moc"
