#include "support/cliprocess.h"
#include "support/loopbackserver.h"
#include "support/rssbuilder.h"
#include "support/sqlitefile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <sqlite3.h>

// News articles become sourced claims through a real sync, and the reader's verdicts stick.
// The feed is added and synced once, into a template database; every test works on its own
// copy of it, so none sees what another did (a dismissed claim, a re-sync).
class RumoursTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    LoopbackServer m_server;
    QString m_url;
    QString m_db; // this test's copy

    QString templatePath() const { return m_dir.filePath(QStringLiteral("synced.sqlite")); }

    CliResult cli(QStringList args, const QString &db)
    {
        args << QStringLiteral("--db") << db;
        return runCli(args);
    }
    CliResult cli(const QStringList &args) { return cli(args, m_db); }

    static QByteArray newsFeed()
    {
        return buildRss(
            {{QStringLiteral("aouad-1"),
              QStringLiteral("All of Us Are Dead season 2: release window and cast"),
              QStringLiteral("https://news.example.test/aouad-s2"),
              QStringLiteral(
                  "<p>All of Us Are Dead season 2 is expected to premiere on Netflix in late "
                  "2027.</p>"
                  "<p>Park Ji-hu returns as Nam On-jo, and Lomon is back as Lee Su-hyeok.</p>"),
              QStringLiteral("Mon, 06 Oct 2025 09:00:00 GMT")},
             {QStringLiteral("other-1"),
              QStringLiteral("Paper Comets season 3 lands in early 2026"),
              QStringLiteral("https://news.example.test/paper-comets"),
              QStringLiteral("<p>Paper Comets season 3 will premiere in early 2026.</p>"),
              QStringLiteral("Tue, 07 Oct 2025 09:00:00 GMT")},
             {QStringLiteral("retro-1"), QStringLiteral("Looking back at All of Us Are Dead"),
              QStringLiteral("https://news.example.test/aouad-retro"),
              QStringLiteral(
                  "<p>The first season of All of Us Are Dead premiered on January 28, 2022 with 12 "
                  "episodes.</p>"),
              QStringLiteral("Wed, 08 Oct 2025 09:00:00 GMT")}},
            QStringLiteral("Loopback TV news"));
    }

    QJsonArray extractedWindows(const QString &publisher = QStringLiteral("Loopback TV"))
    {
        const CliResult r = cli({QStringLiteral("claims"), QStringLiteral("--kind"),
                                 QStringLiteral("release_window"), QStringLiteral("--season"),
                                 QStringLiteral("2"), QStringLiteral("--json")});
        QJsonArray fromNews;
        for (const QJsonValue &v : r.json().array())
            if (v.toObject()
                    .value(QStringLiteral("source"))
                    .toObject()
                    .value(QStringLiteral("publisher"))
                    .toString() == publisher)
                fromNews << v;
        return fromNews;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_server.route(QStringLiteral("/news.xml"), LoopbackResponse::ok(newsFeed()));
        m_url = m_server.url(QStringLiteral("/news.xml")).toString();
        QCOMPARE(cli({QStringLiteral("feeds"), QStringLiteral("add"), m_url,
                      QStringLiteral("--name"), QStringLiteral("Loopback TV")},
                     templatePath())
                     .exitCode,
                 0);
        const CliResult sync =
            cli({QStringLiteral("sync"), QStringLiteral("--feed"), m_url, QStringLiteral("--json")},
                templatePath());
        QCOMPARE(sync.exitCode, 0);
        QCOMPARE(sync.json().array().first().toObject().value(QStringLiteral("newItems")).toInt(),
                 3);
        // The CLI leaves its commits in the WAL for SQLite to fold into the file later
        // (Database::leaveWalOnClose); folded in here, so that copying the one file copies all.
        {
            SqliteFile file(templatePath());
            QVERIFY2(file.isOpen(), qPrintable(file.error()));
            QCOMPARE(sqliteExec(file.handle(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")),
                     SQLITE_OK);
        }
        QVERIFY(!QFile::exists(templatePath() + QStringLiteral("-wal")));
    }

    void init()
    {
        m_db = m_dir.filePath(
            QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
        QFile::remove(m_db);
        QVERIFY(QFile::copy(templatePath(), m_db));
    }

    void articlesAreLinkedToTheirShow()
    {
        const CliResult r = cli({QStringLiteral("articles"), QStringLiteral("--show"),
                                 QStringLiteral("All of Us Are Dead"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QStringList guids;
        for (const QJsonValue &v : r.json().array())
            guids << v.toObject().value(QStringLiteral("guid")).toString();
        guids.sort();
        QCOMPARE(guids, (QStringList{QStringLiteral("aouad-1"), QStringLiteral("retro-1")}));
    }

    void aReleaseWindowIsExtractedWithItsSource()
    {
        const QJsonArray windows = extractedWindows();
        QCOMPARE(windows.size(), 1); // not from the other show, not from the season-1 retrospective
        const QJsonObject c = windows.first().toObject();
        QCOMPARE(c.value(QStringLiteral("earliest")).toString(), QStringLiteral("2027-09-01"));
        QCOMPARE(c.value(QStringLiteral("latest")).toString(), QStringLiteral("2027-12-31"));
        QVERIFY(c.value(QStringLiteral("quote")).toString().contains(QStringLiteral("late 2027")));
        const QJsonObject source = c.value(QStringLiteral("source")).toObject();
        QCOMPARE(source.value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://news.example.test/aouad-s2"));
        QCOMPARE(source.value(QStringLiteral("published")).toString(),
                 QStringLiteral("2025-10-06"));
        QCOMPARE(c.value(QStringLiteral("tier")).toString(), QStringLiteral("reported"));
    }

    void castPairsAreExtractedWithoutNewPeople()
    {
        const CliResult r =
            cli({QStringLiteral("claims"), QStringLiteral("--kind"), QStringLiteral("cast"),
                 QStringLiteral("--season"), QStringLiteral("2"), QStringLiteral("--json")});
        QStringList pairs;
        for (const QJsonValue &v : r.json().array()) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("source"))
                    .toObject()
                    .value(QStringLiteral("publisher"))
                    .toString() != QLatin1String("Loopback TV"))
                continue;
            const QJsonObject value = c.value(QStringLiteral("value")).toObject();
            pairs << value.value(QStringLiteral("actor")).toString() + QStringLiteral(" / ") +
                         value.value(QStringLiteral("character")).toString();
        }
        QVERIFY2(pairs.contains(QStringLiteral("Park Ji-hu / Nam On-jo")),
                 qPrintable(pairs.join(QLatin1Char(','))));
        QVERIFY2(pairs.contains(QStringLiteral("Lomon / Lee Su-hyeok")),
                 qPrintable(pairs.join(QLatin1Char(','))));
    }

    void theOutlookFollowsTheLedger()
    {
        const CliResult r = cli({QStringLiteral("outlook"), QStringLiteral("All of Us Are Dead"),
                                 QStringLiteral("--json"), QStringLiteral("--today"),
                                 QStringLiteral("2026-12-01")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json().object();
        for (const char *field :
             {"release", "agreeing", "history", "episodeCount", "changes", "spread"})
            QVERIFY2(o.contains(QLatin1String(field)), field);
        // The news article is reported and newer than S4, so it leads now.
        const QJsonObject release = o.value(QStringLiteral("release")).toObject();
        QCOMPARE(release.value(QStringLiteral("earliest")).toString(),
                 QStringLiteral("2027-09-01"));
        QCOMPARE(release.value(QStringLiteral("sourceUrl")).toString(),
                 QStringLiteral("https://news.example.test/aouad-s2"));
        const QJsonArray changes = o.value(QStringLiteral("changes")).toArray();
        QVERIFY(!changes.isEmpty());
        // The article's arrival (2025-10-06) moved the outlook; the late-2025 windows missed
        // after it leave it where it is.
        QJsonObject arrival;
        for (const QJsonValue &c : changes)
            if (c.toObject().value(QStringLiteral("effect")).toString() != QLatin1String("missed"))
                arrival = c.toObject();
        QCOMPARE(arrival.value(QStringLiteral("published")).toString(),
                 QStringLiteral("2025-10-06"));
        QCOMPARE(arrival.value(QStringLiteral("effect")).toString(), QStringLiteral("changed"));
        QCOMPARE(arrival.value(QStringLiteral("after")).toString(), QStringLiteral("late 2027"));
        const QJsonObject last = changes.last().toObject();
        QCOMPARE(last.value(QStringLiteral("effect")).toString(), QStringLiteral("missed"));
        QCOMPARE(last.value(QStringLiteral("after")).toString(), QStringLiteral("late 2027"));
    }

    void aDismissedClaimStaysDismissed()
    {
        const QJsonArray windows = extractedWindows();
        QCOMPARE(windows.size(), 1);
        const QString id =
            QString::number(windows.first().toObject().value(QStringLiteral("id")).toInteger());
        CliResult r = cli(
            {QStringLiteral("claims"), QStringLiteral("review"), id, QStringLiteral("dismiss")});
        QCOMPARE(r.exitCode, 0);

        r = cli({QStringLiteral("outlook"), QStringLiteral("All of Us Are Dead"),
                 QStringLiteral("--json"), QStringLiteral("--today"),
                 QStringLiteral("2026-12-01")});
        QCOMPARE(r.json()
                     .object()
                     .value(QStringLiteral("release"))
                     .toObject()
                     .value(QStringLiteral("earliest"))
                     .toString(),
                 QStringLiteral("2026-09-01")); // back to S4

        r = cli({QStringLiteral("extract"), QStringLiteral("--rebuild"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object().value(QStringLiteral("articles")).toInt(), 3);
        QCOMPARE(r.json().object().value(QStringLiteral("claimsAdded")).toInt(), 0);
        const QJsonArray after = extractedWindows();
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("dismissed"));

        r = cli({QStringLiteral("claims"), QStringLiteral("review"), QStringLiteral("999999"),
                 QStringLiteral("dismiss")});
        QCOMPARE(r.exitCode, 1);
        r = cli({QStringLiteral("claims"), QStringLiteral("review"), id, QStringLiteral("maybe")});
        QCOMPARE(r.exitCode, 2);
    }

    void anUnchangedResyncAddsNoClaims()
    {
        const int before =
            cli({QStringLiteral("claims"), QStringLiteral("--json")}).json().array().size();
        const CliResult sync = cli(
            {QStringLiteral("sync"), QStringLiteral("--feed"), m_url, QStringLiteral("--json")});
        QCOMPARE(sync.json().array().first().toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("unchanged"));
        QCOMPARE(cli({QStringLiteral("claims"), QStringLiteral("--json")}).json().array().size(),
                 before);
    }

    // "Not before 2028" is a window from 2028 with no end: the ledger keeps it (latest NULL),
    // lists it as "from 2028", and the outlook, which needs both ends, leaves it out.
    void aLowerBoundIsKeptWithNoEnd()
    {
        const QStringList outlookArgs{
            QStringLiteral("outlook"), QStringLiteral("All of Us Are Dead"),
            QStringLiteral("--json"), QStringLiteral("--today"), QStringLiteral("2026-12-01")};
        const QJsonObject before = cli(outlookArgs).json().object();
        QVERIFY(before.value(QStringLiteral("spread")).isObject());
        m_server.route(QStringLiteral("/bounds.xml"),
                       LoopbackResponse::ok(
                           buildRss({{QStringLiteral("bound-1"),
                                      QStringLiteral("All of Us Are Dead season 2: not so fast"),
                                      QStringLiteral("https://bounds.example.test/aouad-s2"),
                                      QStringLiteral("<p>Do not expect All of Us Are Dead season 2 "
                                                     "before 2028, the studio said.</p>"),
                                      QStringLiteral("Thu, 09 Oct 2025 09:00:00 GMT")}},
                                    QStringLiteral("Loopback bounds"))));
        const QString url = m_server.url(QStringLiteral("/bounds.xml")).toString();
        QCOMPARE(cli({QStringLiteral("feeds"), QStringLiteral("add"), url, QStringLiteral("--name"),
                      QStringLiteral("Loopback Bounds")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("--feed"), url}).exitCode, 0);
        const QJsonArray windows = extractedWindows(QStringLiteral("Loopback Bounds"));
        QCOMPARE(windows.size(), 1);
        const QJsonObject bound = windows.first().toObject();
        QCOMPARE(bound.value(QStringLiteral("earliest")).toString(), QStringLiteral("2028-01-01"));
        QVERIFY(bound.value(QStringLiteral("latest")).isNull());
        QCOMPARE(bound.value(QStringLiteral("label")).toString(), QStringLiteral("from 2028"));

        const CliResult outlook = cli(outlookArgs);
        QCOMPARE(outlook.exitCode, 0);
        const QJsonObject after = outlook.json().object();
        QCOMPARE(after.value(QStringLiteral("release")), before.value(QStringLiteral("release")));
        QCOMPARE(after.value(QStringLiteral("spread")), before.value(QStringLiteral("spread")));
    }
};

QTEST_GUILESS_MAIN(RumoursTest)
#include "tst_rumours.moc"
