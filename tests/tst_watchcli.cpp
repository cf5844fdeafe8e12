// The watchlist and reminder commands as scripts use them: a real process, a real database
// file, a local season feed and a TVmaze feed over loopback HTTP.

#include "support/cliprocess.h"
#include "support/loopbackserver.h"
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

const QString kAoUAD = QStringLiteral("All of Us Are Dead");
const QString kFeed = QStringLiteral(CLIFFHANGER_FIXTURES "/watch/hollow-tide.json");

} // namespace

class WatchCliTest : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    LoopbackServer m_server;

    CliResult cli(QStringList args) const
    {
        args << QStringLiteral("--db") << m_dir->filePath(QStringLiteral("watch.sqlite"));
        return runCli(args);
    }
    // The Hollow Tide season feed (a local file), synced into the database.
    bool addHollowTide() const
    {
        return cli({QStringLiteral("feeds"), QStringLiteral("add"), kFeed}).exitCode == 0 &&
               cli({QStringLiteral("sync"), QStringLiteral("--all")}).exitCode == 0;
    }
    QJsonArray due(const QString &at) const
    {
        const CliResult r = cli(
            {QStringLiteral("reminders"), QStringLiteral("--at"), at, QStringLiteral("--json")});
        if (r.exitCode != 0)
            qWarning() << r.err;
        return r.json().object().value(QStringLiteral("due")).toArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        // A release date is a local date: the child processes run in Berlin time.
        qputenv("TZ", "Europe/Berlin");
    }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void followTheEmbeddedShowAndMarkEpisodes()
    {
        CliResult r = cli({QStringLiteral("watch"), QStringLiteral("add"), kAoUAD,
                           QStringLiteral("--season"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 0);
        r = cli({QStringLiteral("watch"), QStringLiteral("add"), kAoUAD});
        QCOMPARE(r.exitCode, 0);
        r = cli({QStringLiteral("watch"), QStringLiteral("add"), QStringLiteral("aouad")});
        QCOMPARE(r.exitCode, 0); // an alias names the same show: already followed
        QVERIFY(r.out.contains("Already"));
        r = cli({QStringLiteral("watched"), kAoUAD, QStringLiteral("--season"), QStringLiteral("1"),
                 QStringLiteral("--up-to"), QStringLiteral("4")});
        QCOMPARE(r.exitCode, 0);
        r = cli({QStringLiteral("watched"), kAoUAD, QStringLiteral("--season"), QStringLiteral("1"),
                 QStringLiteral("--episode"), QStringLiteral("2"), QStringLiteral("--unset"),
                 QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonObject progress = r.json().object();
        QCOMPARE(progress.value(QStringLiteral("watched")).toInt(), 3);
        QCOMPARE(progress.value(QStringLiteral("episodes")).toInt(), 12);
        QCOMPARE(progress.value(QStringLiteral("next")).toObject().value(QStringLiteral("number")),
                 QJsonValue(2));

        r = cli({QStringLiteral("watch"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = r.json().array();
        QCOMPARE(list.size(), 2);
        const QJsonObject show = list[0].toObject();
        const QJsonObject season = list[1].toObject();
        for (const QJsonObject &entry : {show, season})
            for (const char *field : {"show", "season", "status", "release", "watched", "episodes"})
                QVERIFY2(entry.contains(QLatin1String(field)), field);
        QCOMPARE(show.value(QStringLiteral("show")).toString(), kAoUAD);
        QVERIFY(show.value(QStringLiteral("season")).isNull());
        QCOMPARE(show.value(QStringLiteral("watched")).toInt(), 3);
        QCOMPARE(show.value(QStringLiteral("episodes")).toInt(), 12);
        QCOMPARE(season.value(QStringLiteral("season")).toInt(), 2);
        QCOMPARE(season.value(QStringLiteral("status")).toString(), QStringLiteral("filming"));
        QCOMPARE(season.value(QStringLiteral("episodes")).toInt(), 0);
        // The release as `show --json` gives it: the outlook's window, its precision kept.
        const QJsonObject release = season.value(QStringLiteral("release")).toObject();
        QCOMPARE(release.value(QStringLiteral("earliest")).toString(),
                 QStringLiteral("2026-09-01"));
        QCOMPARE(release.value(QStringLiteral("latest")).toString(), QStringLiteral("2027-04-30"));
        QCOMPARE(release.value(QStringLiteral("precision")).toString(),
                 QStringLiteral("part_of_year"));
        QVERIFY(release.contains(QStringLiteral("sourceTitle")));

        r = cli({QStringLiteral("watch"), QStringLiteral("remove"), kAoUAD});
        QCOMPARE(r.exitCode, 0);
        r = cli({QStringLiteral("watch"), QStringLiteral("remove"), kAoUAD});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("not followed"));
        r = cli({QStringLiteral("watch"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.json().array().size(), 1);
    }

    void unknownShowsSeasonsAndEpisodesAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown show") << QStringList{QStringLiteral("watch"), QStringLiteral("add"),
                                                     QStringLiteral("No Such Show")}
                                      << QByteArray("no show called");
        QTest::newRow("unknown season")
            << QStringList{QStringLiteral("watch"), QStringLiteral("add"), kAoUAD,
                           QStringLiteral("--season"), QStringLiteral("9")}
            << QByteArray("no season 9");
        QTest::newRow("bad season")
            << QStringList{QStringLiteral("watch"), QStringLiteral("add"), kAoUAD,
                           QStringLiteral("--season"), QStringLiteral("two")}
            << QByteArray("--season");
        QTest::newRow("watched without season")
            << QStringList{QStringLiteral("watched"), kAoUAD} << QByteArray("--season");
        QTest::newRow("unknown episode")
            << QStringList{QStringLiteral("watched"),   kAoUAD,
                           QStringLiteral("--season"),  QStringLiteral("1"),
                           QStringLiteral("--episode"), QStringLiteral("13")}
            << QByteArray("no episode 13");
        QTest::newRow("no episodes yet")
            << QStringList{QStringLiteral("watched"), kAoUAD, QStringLiteral("--season"),
                           QStringLiteral("2")}
            << QByteArray("no episodes listed");
        QTest::newRow("malformed --at")
            << QStringList{QStringLiteral("reminders"), QStringLiteral("--at"),
                           QStringLiteral("next tuesday")}
            << QByteArray("--at");
        QTest::newRow("date without time")
            << QStringList{QStringLiteral("reminders"), QStringLiteral("--at"),
                           QStringLiteral("2026-10-16")}
            << QByteArray("--at");
        QTest::newRow("reminders for an unknown show")
            << QStringList{QStringLiteral("reminders"), QStringLiteral("--show"),
                           QStringLiteral("No Such Show")}
            << QByteArray("no show called");
        QTest::newRow("reminders for a season not followed")
            << QStringList{QStringLiteral("reminders"), QStringLiteral("--show"), kAoUAD,
                           QStringLiteral("--season"), QStringLiteral("2")}
            << QByteArray("not followed");
        QTest::newRow("reminders for an unknown season")
            << QStringList{QStringLiteral("reminders"), QStringLiteral("--show"), kAoUAD,
                           QStringLiteral("--season"), QStringLiteral("7")}
            << QByteArray("no season 7");
        QTest::newRow("a rule that does not exist")
            << QStringList{QStringLiteral("reminders"), QStringLiteral("rules"),
                           QStringLiteral("set"), QStringLiteral("days-before"),
                           QStringLiteral("0")}
            << QByteArray("not a rule");
        QTest::newRow("quiet hours that are no span")
            << QStringList{QStringLiteral("reminders"), QStringLiteral("rules"),
                           QStringLiteral("set"), QStringLiteral("quiet-hours"),
                           QStringLiteral("7-7")}
            << QByteArray("not a rule");
    }
    void unknownShowsSeasonsAndEpisodesAreUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const CliResult r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty()); // never a silent empty list
    }

    void followATvMazeShowFromLoopback()
    {
        m_server.route(QStringLiteral("/shows/55555"),
                       LoopbackResponse::ok(readFixture(QStringLiteral("tvmaze/show.json")),
                                            "application/json"));
        const QString url = m_server.url(QStringLiteral("/shows/55555")).toString();
        const QString db = m_dir->filePath(QStringLiteral("tvmaze.sqlite"));
        auto run = [&db](QStringList args) {
            args << QStringLiteral("--db") << db << QStringLiteral("--no-default-data");
            return runCli(args);
        };
        QCOMPARE(run({QStringLiteral("feeds"), QStringLiteral("add"), url}).exitCode, 0);
        CliResult r = run({QStringLiteral("sync"), QStringLiteral("--all")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(run({QStringLiteral("watch"), QStringLiteral("add"), kAoUAD}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("watched"), kAoUAD, QStringLiteral("--season"),
                      QStringLiteral("1")})
                     .exitCode,
                 0);
        r = run({QStringLiteral("watch"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonArray list = r.json().array();
        QCOMPARE(list.size(), 1);
        const QJsonObject entry = list.first().toObject();
        QCOMPARE(entry.value(QStringLiteral("watched")).toInt(), 12); // the special is apart
        QCOMPARE(entry.value(QStringLiteral("episodes")).toInt(), 12);
        QVERIFY(entry.value(QStringLiteral("next")).isNull());
        // A released season's release is its first episode's air date.
        const QJsonObject release = entry.value(QStringLiteral("release")).toObject();
        QCOMPARE(release.value(QStringLiteral("earliest")).toString(),
                 QStringLiteral("2022-01-28"));
        QCOMPARE(release.value(QStringLiteral("precision")).toString(), QStringLiteral("day"));
    }

    // The bar: nothing six weeks before a known release day, the release-day reminder on the
    // day; listing marks nothing, delivering marks each once.
    void remindersAroundAKnownReleaseDay()
    {
        QVERIFY(addHollowTide());
        QCOMPARE(cli({QStringLiteral("watch"), QStringLiteral("add"), QStringLiteral("Hollow Tide"),
                      QStringLiteral("--season"), QStringLiteral("2")})
                     .exitCode,
                 0);
        QCOMPARE(due(QStringLiteral("2031-09-04T12:00:00")).size(), 0);
        QJsonArray list = due(QStringLiteral("2031-10-09T09:30:00"));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("days_before"));
        list = due(QStringLiteral("2031-10-16T12:00:00+02:00"));
        QCOMPARE(list.size(), 1);
        const QJsonObject reminder = list[0].toObject();
        for (const char *field : {"show", "season", "kind", "title", "body", "dueAt"})
            QVERIFY2(reminder.contains(QLatin1String(field)), field);
        QCOMPARE(reminder.value(QStringLiteral("kind")).toString(), QStringLiteral("release_day"));
        QCOMPARE(reminder.value(QStringLiteral("show")).toString(), QStringLiteral("Hollow Tide"));
        QCOMPARE(reminder.value(QStringLiteral("season")).toInt(), 2);
        // 09:00 in Berlin (summer time) on the day.
        QCOMPARE(reminder.value(QStringLiteral("dueAt")).toString(),
                 QStringLiteral("2031-10-16T07:00:00Z"));
        // Still due: listing marked nothing. The filter names a followed season.
        QCOMPARE(cli({QStringLiteral("reminders"), QStringLiteral("--at"),
                      QStringLiteral("2031-10-16T12:00:00"), QStringLiteral("--show"),
                      QStringLiteral("Hollow Tide"), QStringLiteral("--season"),
                      QStringLiteral("2"), QStringLiteral("--json")})
                     .json()
                     .object()
                     .value(QStringLiteral("due"))
                     .toArray()
                     .size(),
                 1);

        CliResult r =
            cli({QStringLiteral("reminders"), QStringLiteral("deliver"), QStringLiteral("--at"),
                 QStringLiteral("2031-10-16T12:00:00"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object().value(QStringLiteral("delivered")).toArray().size(), 1);
        r = cli({QStringLiteral("reminders"), QStringLiteral("deliver"), QStringLiteral("--at"),
                 QStringLiteral("2031-10-16T12:05:00")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("No reminders due"));
        QCOMPARE(due(QStringLiteral("2031-10-17T12:00:00")).size(), 0);
    }

    void rulesAreShownAndSet()
    {
        CliResult r =
            cli({QStringLiteral("reminders"), QStringLiteral("rules"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object().value(QStringLiteral("daysBefore")).toArray(),
                 (QJsonArray{7, 1}));
        r = cli({QStringLiteral("reminders"), QStringLiteral("rules"), QStringLiteral("set"),
                 QStringLiteral("days-before"), QStringLiteral("3")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(addHollowTide());
        QCOMPARE(
            cli({QStringLiteral("watch"), QStringLiteral("add"), QStringLiteral("Hollow Tide")})
                .exitCode,
            0);
        const QJsonArray list = due(QStringLiteral("2031-10-13T10:00:00"));
        QCOMPARE(list.size(), 1);
        QVERIFY(list[0].toObject().value(QStringLiteral("title")).toString().contains("3 days"));
        QCOMPARE(due(QStringLiteral("2031-10-09T10:00:00")).size(), 0); // no 7 any more
        // Quiet hours are kept and shown as set.
        r = cli({QStringLiteral("reminders"), QStringLiteral("rules"), QStringLiteral("set"),
                 QStringLiteral("quiet-hours"), QStringLiteral("22-7")});
        QCOMPARE(r.exitCode, 0);
        r = cli({QStringLiteral("reminders"), QStringLiteral("rules"), QStringLiteral("--json")});
        QCOMPARE(r.json().object().value(QStringLiteral("quietHours")).toString(),
                 QStringLiteral("22-7"));
        QCOMPARE(r.json().object().value(QStringLiteral("digest")).toBool(), false);
        // No "days before" rule at all is a rule too (it was refused by the store's NOT NULL).
        r = cli({QStringLiteral("reminders"), QStringLiteral("rules"), QStringLiteral("set"),
                 QStringLiteral("days-before"), QStringLiteral("none")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({QStringLiteral("reminders"), QStringLiteral("rules"), QStringLiteral("--json")});
        QCOMPARE(r.json().object().value(QStringLiteral("daysBefore")).toArray(), QJsonArray());
        QCOMPARE(due(QStringLiteral("2031-10-13T10:00:00")).size(), 0);
    }
};

QTEST_GUILESS_MAIN(WatchCliTest)
#include "tst_watchcli.moc"
