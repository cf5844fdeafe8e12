// The watchlist and reminder commands as scripts use them: a real process, a real database
// file, a local season feed and a TVmaze feed over loopback HTTP.

#include "pipeline/appwriter.h"
#include "support/cliprocess.h"
#include "support/loopbackserver.h"
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

const QString kAoUAD = QStringLiteral("All of Us Are Dead");
const QString kFeed = QStringLiteral(CLIFFHANGER_FIXTURES "/watch/hollow-tide.json");

// The VEVENT with this UID in an iCalendar file, unfolded: property name to value.
QHash<QString, QString> calendarEvent(const QString &path, const QString &uid)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text =
        QString::fromUtf8(file.readAll()).replace(QStringLiteral("\r\n "), QString());
    QHash<QString, QString> event;
    bool inside = false;
    for (const QString &line : text.split(QStringLiteral("\r\n"))) {
        if (line == QLatin1String("BEGIN:VEVENT")) {
            event.clear();
            inside = true;
        } else if (line == QLatin1String("END:VEVENT")) {
            if (event.value(QStringLiteral("UID")) == uid)
                return event;
            inside = false;
        } else if (inside && line.contains(QLatin1Char(':'))) {
            const int colon = int(line.indexOf(QLatin1Char(':')));
            event.insert(line.left(colon), line.mid(colon + 1));
        }
    }
    return {};
}

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

    // A calendar file kept for subscribing calendar apps: every sync rewrites it, so a moved date
    // is there after the sync that learnt it, in the same slot with a higher SEQUENCE.
    void theCalendarFileFollowsEachSync()
    {
        m_server.route(QStringLiteral("/hollow-tide.json"),
                       LoopbackResponse::ok(readFixture(QStringLiteral("watch/hollow-tide.json")),
                                            "application/json"));
        const QString url = m_server.url(QStringLiteral("/hollow-tide.json")).toString();
        QCOMPARE(cli({QStringLiteral("feeds"), QStringLiteral("add"), url}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("--all")}).exitCode, 0);
        QCOMPARE(
            cli({QStringLiteral("watch"), QStringLiteral("add"), QStringLiteral("Hollow Tide")})
                .exitCode,
            0);
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("calendar")));
        const QString path = m_dir->filePath(QStringLiteral("calendar/releases.ics"));
        CliResult r =
            cli({QStringLiteral("reminders"), QStringLiteral("rules"), QStringLiteral("set"),
                 QStringLiteral("calendar-file"), path, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().object().value(QStringLiteral("calendarFile")).toString(), path);
        const QString uid = QStringLiteral("hollow-tide-s2-release@cliffhanger");
        QHash<QString, QString> event = calendarEvent(path, uid);
        QCOMPARE(event.value(QStringLiteral("DTSTART;VALUE=DATE")), QStringLiteral("20311016"));
        QCOMPARE(event.value(QStringLiteral("SEQUENCE")), QStringLiteral("0"));
        // A rule change rewrites it with the new alarms.
        QCOMPARE(calendarEvent(path, uid).value(QStringLiteral("TRIGGER")),
                 QStringLiteral("PT9H")); // the last alarm: the day itself at 09:00
        r = cli({QStringLiteral("reminders"), QStringLiteral("rules"), QStringLiteral("set"),
                 QStringLiteral("release-day"), QStringLiteral("off")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(calendarEvent(path, uid).value(QStringLiteral("TRIGGER")),
                 QStringLiteral("-PT15H")); // now the day before at 09:00 is the last

        m_server.route(
            QStringLiteral("/hollow-tide.json"),
            LoopbackResponse::ok(readFixture(QStringLiteral("watch/hollow-tide-moved.json")),
                                 "application/json"));
        r = cli({QStringLiteral("sync"), QStringLiteral("--all")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Calendar file"), r.out.constData());
        event = calendarEvent(path, uid);
        QCOMPARE(event.value(QStringLiteral("DTSTART;VALUE=DATE")), QStringLiteral("20311023"));
        QCOMPARE(event.value(QStringLiteral("SEQUENCE")), QStringLiteral("1"));
        QCOMPARE(calendarEvent(path, QStringLiteral("hollow-tide-s3-release@cliffhanger"))
                     .value(QStringLiteral("SEQUENCE")),
                 QStringLiteral("0"));

        // The folder becomes a plain file (no write permission would stop root): the sync still
        // stores the feed and succeeds, and says the calendar was not updated, naming it.
        QVERIFY(QDir(m_dir->filePath(QStringLiteral("calendar"))).removeRecursively());
        QFile blocker(m_dir->filePath(QStringLiteral("calendar")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        m_server.route(QStringLiteral("/hollow-tide.json"),
                       LoopbackResponse::ok(readFixture(QStringLiteral("watch/hollow-tide.json")),
                                            "application/json"));
        r = cli({QStringLiteral("sync"), QStringLiteral("--all")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("The calendar file was not updated"), r.err.constData());
        QVERIFY2(r.err.contains(path.toUtf8()), r.err.constData());
        r = cli({QStringLiteral("watch"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonObject release =
            r.json().array().first().toObject().value(QStringLiteral("release")).toObject();
        // The sync's own data went in: the date moved back to the feed's first one.
        QCOMPARE(release.value(QStringLiteral("earliest")).toString(),
                 QStringLiteral("2031-10-16"));
        // A path that cannot be written is refused when set, and the setting stays as it was.
        r = cli({QStringLiteral("reminders"), QStringLiteral("rules"), QStringLiteral("set"),
                 QStringLiteral("calendar-file"),
                 m_dir->filePath(QStringLiteral("calendar/other.ics"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("cannot write"), r.err.constData());
        r = cli({QStringLiteral("reminders"), QStringLiteral("rules"), QStringLiteral("--json")});
        QCOMPARE(r.json().object().value(QStringLiteral("calendarFile")).toString(), path);
        r = cli({QStringLiteral("reminders"), QStringLiteral("rules"), QStringLiteral("set"),
                 QStringLiteral("calendar-file"), QStringLiteral("off")});
        QCOMPARE(r.exitCode, 0);
        r = cli({QStringLiteral("sync"), QStringLiteral("--all")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
    }

    // The app's sync goes through its one writer: the same file rewritten after the burst, and
    // a failed write said on the window's message line while the sync's data is stored.
    void theAppsSyncKeepsTheCalendarFileToo()
    {
        m_server.route(QStringLiteral("/app-hollow-tide.json"),
                       LoopbackResponse::ok(readFixture(QStringLiteral("watch/hollow-tide.json")),
                                            "application/json"));
        const QString url = m_server.url(QStringLiteral("/app-hollow-tide.json")).toString();
        CliResult r =
            cli({QStringLiteral("feeds"), QStringLiteral("add"), url, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const qint64 feedId = r.json().object().value(QStringLiteral("id")).toInteger();
        QVERIFY(feedId > 0);
        QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("--feed"), url}).exitCode, 0);
        QCOMPARE(
            cli({QStringLiteral("watch"), QStringLiteral("add"), QStringLiteral("Hollow Tide")})
                .exitCode,
            0);
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("calendar")));
        const QString path = m_dir->filePath(QStringLiteral("calendar/app.ics"));
        QCOMPARE(cli({QStringLiteral("reminders"), QStringLiteral("rules"), QStringLiteral("set"),
                      QStringLiteral("calendar-file"), path})
                     .exitCode,
                 0);

        AppWriter writer(m_dir->filePath(QStringLiteral("watch.sqlite")), false);
        QSignalSpy opened(&writer, &AppWriter::opened);
        QSignalSpy idle(&writer, &AppWriter::idle);
        QSignalSpy failed(&writer, &AppWriter::calendarFileFailed);
        writer.open();
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toString(), QString());
        m_server.route(
            QStringLiteral("/app-hollow-tide.json"),
            LoopbackResponse::ok(readFixture(QStringLiteral("watch/hollow-tide-moved.json")),
                                 "application/json"));
        writer.syncFeeds({feedId});
        QVERIFY(idle.wait(20000));
        const QString uid = QStringLiteral("hollow-tide-s2-release@cliffhanger");
        const QHash<QString, QString> event = calendarEvent(path, uid);
        QCOMPARE(event.value(QStringLiteral("DTSTART;VALUE=DATE")), QStringLiteral("20311023"));
        QCOMPARE(event.value(QStringLiteral("SEQUENCE")), QStringLiteral("1"));
        QCOMPARE(failed.size(), 0);

        // The file's folder becomes a plain file: the next sync stores the feed and says the
        // calendar was not updated.
        QVERIFY(QDir(m_dir->filePath(QStringLiteral("calendar"))).removeRecursively());
        QFile blocker(m_dir->filePath(QStringLiteral("calendar")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        m_server.route(QStringLiteral("/app-hollow-tide.json"),
                       LoopbackResponse::ok(readFixture(QStringLiteral("watch/hollow-tide.json")),
                                            "application/json"));
        idle.clear();
        writer.syncFeeds({feedId});
        QVERIFY(idle.wait(20000));
        QCOMPARE(failed.size(), 1);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("The calendar file was not updated")) &&
                     message.contains(path),
                 qPrintable(message));
        r = cli({QStringLiteral("watch"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.json()
                     .array()
                     .first()
                     .toObject()
                     .value(QStringLiteral("release"))
                     .toObject()
                     .value(QStringLiteral("earliest"))
                     .toString(),
                 QStringLiteral("2031-10-16"));
    }
};

QTEST_GUILESS_MAIN(WatchCliTest)
#include "tst_watchcli.moc"
