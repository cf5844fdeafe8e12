// The reminder rules on a simulated clock (every moment and the zone are injected), across time
// zones and a DST change; a season's release as one function; and the engine on a real
// database: a window that narrows from "2026" to "October 2026" to "2026-10-16" gives exactly
// the reminders the rules say, each delivered once, also when a delivery is abandoned.

#include "outlook/reminderrules.h"
#include "outlook/seasonrelease.h"
#include "pipeline/watching.h"
#include "storage/catalogimporter.h"
#include "storage/reminderstore.h"
#include "support/testdatabase.h"

#include <QSqlQuery>
#include <QtTest>

namespace {

const QTimeZone kBerlin("Europe/Berlin");
const QTimeZone kSeoul("Asia/Seoul");
const QTimeZone kLosAngeles("America/Los_Angeles");
const QString kOrigin = QStringLiteral("https://feeds.example.test/hollow-tide.json");

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

SeasonRelease dayRelease(const QDate &day, bool official = true)
{
    SeasonRelease r;
    r.window = ReleaseWindow{day, day, DatePrecision::Day, {}};
    r.basis = official ? SeasonRelease::Basis::Premiere : SeasonRelease::Basis::Outlook;
    return r;
}

SeasonFacts factsWith(const std::optional<SeasonRelease> &release)
{
    SeasonFacts f;
    f.showId = 1;
    f.show = QStringLiteral("Hollow Tide");
    f.season = 3;
    f.status = SeasonStatus::Filming;
    f.release = release;
    return f;
}

ToldState toldSince(const QString &followed, const std::optional<ReleaseWindow> &release = {})
{
    ToldState t;
    t.known = true;
    t.status = SeasonStatus::Filming;
    t.release = release;
    t.followedAt = utc(followed);
    return t;
}

QStringList kindsOf(const QList<Reminder> &list)
{
    QStringList kinds;
    for (const Reminder &r : list)
        kinds << r.kind;
    return kinds;
}

const Reminder *find(const QList<Reminder> &list, const QString &key)
{
    for (const Reminder &r : list)
        if (r.key == key)
            return &r;
    return nullptr;
}

// A catalog of Hollow Tide season 3 with one release claim per (window, source date, tier).
struct WindowClaim {
    QString key;
    QDate earliest, latest;
    DatePrecision precision;
    QString wording;
    QDate published;
    Tier tier;
};

Catalog hollowTide(const QList<WindowClaim> &claims)
{
    Catalog c;
    c.title = QStringLiteral("Hollow Tide test feed");
    Show show;
    show.key = QStringLiteral("hollow-tide");
    show.title = QStringLiteral("Hollow Tide");
    Season s3;
    s3.number = 3;
    s3.status = SeasonStatus::Filming;
    show.seasons << s3;
    c.shows << show;
    for (const WindowClaim &w : claims) {
        Source source;
        source.key = w.key + QStringLiteral("-source");
        source.title = QStringLiteral("Hollow Tide article %1").arg(w.key);
        source.publisher = QStringLiteral("Publisher %1").arg(w.key);
        source.url = QStringLiteral("https://news.example.test/%1").arg(w.key);
        source.published = w.published;
        source.precision = DatePrecision::Day;
        c.sources << source;
        Claim claim;
        claim.key = w.key;
        claim.showKey = show.key;
        claim.season = 3;
        claim.kind = ClaimKind::ReleaseWindow;
        claim.window = ReleaseWindow{w.earliest, w.latest, w.precision, w.wording};
        claim.tier = w.tier;
        claim.sourceKey = source.key;
        claim.quote = QStringLiteral("Season 3 is expected %1.").arg(w.wording);
        c.claims << claim;
    }
    return c;
}

const WindowClaim kYear{QStringLiteral("year"), QDate(2026, 1, 1),      QDate(2026, 12, 31),
                        DatePrecision::Year,    QStringLiteral("2026"), QDate(2026, 1, 5),
                        Tier::Reported};
const WindowClaim kMonth{
    QStringLiteral("month"),        QDate(2026, 10, 1), QDate(2026, 10, 31), DatePrecision::Month,
    QStringLiteral("October 2026"), QDate(2026, 5, 2),  Tier::Reported};
const WindowClaim kDay{QStringLiteral("day"),
                       QDate(2026, 10, 16),
                       QDate(2026, 10, 16),
                       DatePrecision::Day,
                       QStringLiteral("16 October 2026"),
                       QDate(2026, 8, 20),
                       Tier::Official};

} // namespace

class RemindersTest : public QObject {
    Q_OBJECT

    // Imports `claims` and dates their capture at `captured` (the importer uses the real clock).
    static bool importAt(TestDatabase &t, const QList<WindowClaim> &claims, const QString &newKey,
                         const QString &captured)
    {
        ImportStats stats;
        FeedError error;
        if (!CatalogImporter(t.db()).import(hollowTide(claims), kOrigin, &stats, &error)) {
            qWarning() << error.message;
            return false;
        }
        QSqlQuery q(t.db().connection());
        q.prepare(QStringLiteral("UPDATE claims SET captured_at = ? WHERE key = ?"));
        q.addBindValue(utc(captured).toSecsSinceEpoch());
        q.addBindValue(newKey);
        return q.exec() && q.numRowsAffected() == 1;
    }

    static qint64 showId(TestDatabase &t)
    {
        QSqlQuery q(t.db().connection());
        q.exec(QStringLiteral("SELECT id FROM shows"));
        return q.next() ? q.value(0).toLongLong() : 0;
    }

private slots:
    void releaseIsTheFirstEpisodeOnceEpisodesAreKnown()
    {
        Season season;
        season.number = 3;
        SeasonOutlook outlook;
        outlook.release = ReleaseWindow{QDate(2026, 10, 1), QDate(2026, 10, 31),
                                        DatePrecision::Month, QStringLiteral("October 2026")};
        auto release = SeasonReleases::of(season, outlook);
        QVERIFY(release);
        QCOMPARE(release->basis, SeasonRelease::Basis::Outlook);
        QCOMPARE(release->window.precision, DatePrecision::Month); // never made a day
        QVERIFY(!release->isExactDay());
        QVERIFY(!release->isOfficial());

        season.episodes << Episode{2, QStringLiteral("Two"), QDate(2026, 10, 23)}
                        << Episode{1, QStringLiteral("One"), QDate(2026, 10, 16)};
        Episode special{1, QStringLiteral("Preview"), QDate(2026, 9, 30)};
        special.special = true;
        season.episodes << special;
        release = SeasonReleases::of(season, outlook);
        QCOMPARE(release->basis, SeasonRelease::Basis::FirstEpisode);
        QCOMPARE(release->day(), QDate(2026, 10, 16)); // episode 1, not the special
        QVERIFY(release->isExactDay());
        QVERIFY(release->isOfficial());

        // Episode 1 listed without a date: the season's start is not known from its episodes.
        season.episodes[1].airDate = QDate();
        release = SeasonReleases::of(season, outlook);
        QCOMPARE(release->basis, SeasonRelease::Basis::Outlook);
        QVERIFY(!SeasonReleases::of(Season{}, SeasonOutlook{}));
    }

    void nothingSixWeeksBeforeAndTheReleaseDayOnTheDay()
    {
        const auto facts = factsWith(dayRelease(QDate(2026, 10, 16)));
        const auto told = toldSince(QStringLiteral("2026-06-01T00:00:00Z"), facts.release->window);
        const auto plan = ReminderRules::schedule(facts, told, ReminderSettings{}, kBerlin);
        QCOMPARE(kindsOf(plan),
                 (QStringList{QStringLiteral("days_before"), QStringLiteral("days_before"),
                              QStringLiteral("release_day")}));
        QVERIFY(ReminderRules::dueAt(plan, utc(QStringLiteral("2026-09-04T12:00:00Z"))).isEmpty());
        // 09:00 in Berlin (CEST, +2) on each day.
        QCOMPARE(find(plan, QStringLiteral("days_before:7:2026-10-16"))->dueAt,
                 utc(QStringLiteral("2026-10-09T07:00:00Z")));
        QCOMPARE(find(plan, QStringLiteral("days_before:1:2026-10-16"))->dueAt,
                 utc(QStringLiteral("2026-10-15T07:00:00Z")));
        const auto onTheDay =
            ReminderRules::dueAt(plan, utc(QStringLiteral("2026-10-16T10:00:00Z")));
        // The days-before ones expired when the day began: only the release day is due.
        QCOMPARE(kindsOf(onTheDay), QStringList{QStringLiteral("release_day")});
        QVERIFY(onTheDay.first().title.contains(QStringLiteral("Hollow Tide season 3")));
        QVERIFY(ReminderRules::dueAt(plan, utc(QStringLiteral("2026-10-16T06:59:00Z"))).isEmpty());
    }

    void aWindowThatDoesNotPinADayGivesNoDatedReminder_data()
    {
        QTest::addColumn<int>("precision");
        QTest::addColumn<QDate>("earliest");
        QTest::addColumn<QDate>("latest");
        QTest::newRow("month") << int(DatePrecision::Month) << QDate(2026, 10, 1)
                               << QDate(2026, 10, 31);
        QTest::newRow("year") << int(DatePrecision::Year) << QDate(2026, 1, 1)
                              << QDate(2026, 12, 31);
        // A one-day interval that a source only gave as a month stays a month.
        QTest::newRow("month pinned to a day")
            << int(DatePrecision::Month) << QDate(2026, 10, 1) << QDate(2026, 10, 1);
    }
    void aWindowThatDoesNotPinADayGivesNoDatedReminder()
    {
        QFETCH(int, precision);
        QFETCH(QDate, earliest);
        QFETCH(QDate, latest);
        SeasonRelease release;
        release.window = ReleaseWindow{earliest, latest, DatePrecision(precision), {}};
        const auto facts = factsWith(release);
        const auto plan = ReminderRules::schedule(
            facts, toldSince(QStringLiteral("2026-01-01T00:00:00Z"), release.window),
            ReminderSettings{}, kBerlin);
        QCOMPARE(plan.size(), 0);
    }

    void theReleaseDayIsALocalDate()
    {
        const auto facts = factsWith(dayRelease(QDate(2026, 10, 16)));
        const auto told = toldSince(QStringLiteral("2026-06-01T00:00:00Z"), facts.release->window);
        const QString key = QStringLiteral("release_day:2026-10-16");
        const auto seoul = ReminderRules::schedule(facts, told, ReminderSettings{}, kSeoul);
        const auto la = ReminderRules::schedule(facts, told, ReminderSettings{}, kLosAngeles);
        QCOMPARE(find(seoul, key)->dueAt, utc(QStringLiteral("2026-10-16T00:00:00Z")));
        QCOMPARE(find(la, key)->dueAt, utc(QStringLiteral("2026-10-16T16:00:00Z")));
        // One instant: 15:00 on the day in Seoul, 23:00 the evening before in Los Angeles.
        const QDateTime at = utc(QStringLiteral("2026-10-16T06:00:00Z"));
        QCOMPARE(kindsOf(ReminderRules::dueAt(seoul, at)),
                 QStringList{QStringLiteral("release_day")});
        QCOMPARE(kindsOf(ReminderRules::dueAt(la, at)), QStringList{QStringLiteral("days_before")});
    }

    void aDstChangeKeepsTheLocalHour()
    {
        // Berlin leaves summer time on 2026-10-25 at 03:00; the season comes out the day after.
        const auto facts = factsWith(dayRelease(QDate(2026, 10, 26)));
        const auto plan = ReminderRules::schedule(
            facts, toldSince(QStringLiteral("2026-06-01T00:00:00Z"), facts.release->window),
            ReminderSettings{}, kBerlin);
        QCOMPARE(find(plan, QStringLiteral("days_before:7:2026-10-26"))->dueAt,
                 utc(QStringLiteral("2026-10-19T07:00:00Z"))); // 09:00 CEST
        QCOMPARE(find(plan, QStringLiteral("days_before:1:2026-10-26"))->dueAt,
                 utc(QStringLiteral("2026-10-25T08:00:00Z"))); // 09:00 CET, the change day
        QCOMPARE(find(plan, QStringLiteral("release_day:2026-10-26"))->dueAt,
                 utc(QStringLiteral("2026-10-26T08:00:00Z")));
        // "In 7 days" lapses when "tomorrow" is due; that one at local midnight, 23:00 UTC
        // after the change.
        QCOMPARE(find(plan, QStringLiteral("days_before:7:2026-10-26"))->expiresAt,
                 utc(QStringLiteral("2026-10-25T08:00:00Z")));
        QCOMPARE(find(plan, QStringLiteral("days_before:1:2026-10-26"))->expiresAt,
                 utc(QStringLiteral("2026-10-25T23:00:00Z")));
    }

    void quietHoursHoldAReminderUntilTheyEndAcrossADstChange()
    {
        // Quiet 08:00-10:00 local: the 09:00 reminders are held to 10:00 local, in summer time
        // (08:00 UTC) and on the day the clocks go back (09:00 UTC).
        const auto facts = factsWith(dayRelease(QDate(2026, 10, 26)));
        ReminderSettings settings;
        settings.quietStart = 8;
        settings.quietEnd = 10;
        const auto plan = ReminderRules::held(
            ReminderRules::schedule(
                facts, toldSince(QStringLiteral("2026-06-01T00:00:00Z"), facts.release->window),
                settings, kBerlin),
            settings, kBerlin);
        QCOMPARE(find(plan, QStringLiteral("days_before:7:2026-10-26"))->dueAt,
                 utc(QStringLiteral("2026-10-19T08:00:00Z"))); // 10:00 CEST
        QCOMPARE(find(plan, QStringLiteral("days_before:1:2026-10-26"))->dueAt,
                 utc(QStringLiteral("2026-10-25T09:00:00Z"))); // 10:00 CET, the change day
        // Held, "in 7 days" still lapses an hour after "tomorrow" would have been told: it
        // keeps its span, it is not lost to the hold.
        QCOMPARE(find(plan, QStringLiteral("days_before:7:2026-10-26"))->expiresAt,
                 utc(QStringLiteral("2026-10-25T09:00:00Z")));
        // Not due in the quiet hours, due as they end.
        const auto dayBefore = *find(plan, QStringLiteral("days_before:1:2026-10-26"));
        QVERIFY(ReminderRules::dueAt({dayBefore}, utc(QStringLiteral("2026-10-25T08:59:00Z")))
                    .isEmpty());
        QCOMPARE(
            ReminderRules::dueAt({dayBefore}, utc(QStringLiteral("2026-10-25T09:00:00Z"))).size(),
            1);
        // Quiet hours over midnight (22-7): 23:30 local on the change night is held to 07:00
        // CET the next morning; 12:00 is not held.
        ReminderSettings night;
        night.quietStart = 22;
        night.quietEnd = 7;
        QCOMPARE(
            ReminderRules::heldUntil(utc(QStringLiteral("2026-10-24T21:30:00Z")), night, kBerlin),
            utc(QStringLiteral("2026-10-25T06:00:00Z")));
        QCOMPARE(
            ReminderRules::heldUntil(utc(QStringLiteral("2026-10-25T11:00:00Z")), night, kBerlin),
            utc(QStringLiteral("2026-10-25T11:00:00Z")));
        // Off: nothing is held.
        QCOMPARE(ReminderRules::heldUntil(utc(QStringLiteral("2026-10-25T08:00:00Z")),
                                          ReminderSettings{}, kBerlin),
                 utc(QStringLiteral("2026-10-25T08:00:00Z")));
    }

    void aWeeklyDigestHoldsEverythingToItsDayAcrossADstChange()
    {
        // Digest on Mondays at 09:00 local. 2026-10-25 is the Sunday Berlin leaves summer
        // time; the Monday after is 2026-10-26, 09:00 CET = 08:00 UTC.
        ReminderSettings digest;
        digest.weeklyDigest = true;
        digest.digestDay = 1;
        // Due on the Saturday before (summer time) and on the change day: the same digest.
        QCOMPARE(
            ReminderRules::heldUntil(utc(QStringLiteral("2026-10-24T07:00:00Z")), digest, kBerlin),
            utc(QStringLiteral("2026-10-26T08:00:00Z")));
        QCOMPARE(
            ReminderRules::heldUntil(utc(QStringLiteral("2026-10-25T22:59:00Z")), digest, kBerlin),
            utc(QStringLiteral("2026-10-26T08:00:00Z")));
        // A Monday before the digest hour waits for it; after it, for the next Monday
        // (09:00 CEST the week before the change is 07:00 UTC).
        QCOMPARE(
            ReminderRules::heldUntil(utc(QStringLiteral("2026-10-19T06:00:00Z")), digest, kBerlin),
            utc(QStringLiteral("2026-10-19T07:00:00Z")));
        QCOMPARE(
            ReminderRules::heldUntil(utc(QStringLiteral("2026-10-19T07:00:01Z")), digest, kBerlin),
            utc(QStringLiteral("2026-10-26T08:00:00Z")));
        // The whole plan of a release on 2026-10-28: "in 7 days" (21st) and "tomorrow" (27th)
        // and the day itself fall in two digests; none is lost to lapsing before it is told.
        const auto facts = factsWith(dayRelease(QDate(2026, 10, 28)));
        const auto plan = ReminderRules::held(
            ReminderRules::schedule(
                facts, toldSince(QStringLiteral("2026-06-01T00:00:00Z"), facts.release->window),
                digest, kBerlin),
            digest, kBerlin);
        QCOMPARE(find(plan, QStringLiteral("days_before:7:2026-10-28"))->dueAt,
                 utc(QStringLiteral("2026-10-26T08:00:00Z")));
        QCOMPARE(find(plan, QStringLiteral("days_before:1:2026-10-28"))->dueAt,
                 utc(QStringLiteral("2026-11-02T08:00:00Z")));
        QCOMPARE(find(plan, QStringLiteral("release_day:2026-10-28"))->dueAt,
                 utc(QStringLiteral("2026-11-02T08:00:00Z")));
        QCOMPARE(kindsOf(ReminderRules::dueAt(plan, utc(QStringLiteral("2026-10-26T08:00:00Z")))),
                 QStringList{QStringLiteral("days_before")});
        QCOMPARE(ReminderRules::dueAt(plan, utc(QStringLiteral("2026-11-02T08:00:00Z"))).size(), 2);
        // Quiet hours apply to the digest too: quiet 8-10 moves the 09:00 digest to 10:00.
        digest.quietStart = 8;
        digest.quietEnd = 10;
        QCOMPARE(
            ReminderRules::heldUntil(utc(QStringLiteral("2026-10-24T07:00:00Z")), digest, kBerlin),
            utc(QStringLiteral("2026-10-26T09:00:00Z")));
    }

    void settingsChangeWhatIsScheduled()
    {
        const auto facts = factsWith(dayRelease(QDate(2026, 10, 16)));
        const auto told = toldSince(QStringLiteral("2026-06-01T00:00:00Z"), facts.release->window);
        ReminderSettings settings;
        settings.daysBefore = {3};
        settings.releaseDay = false;
        settings.hour = 18;
        const auto plan = ReminderRules::schedule(facts, told, settings, kBerlin);
        QCOMPARE(plan.size(), 1);
        QCOMPARE(plan.first().key, QStringLiteral("days_before:3:2026-10-16"));
        QCOMPARE(plan.first().dueAt, utc(QStringLiteral("2026-10-13T16:00:00Z")));
        // Followed after a reminder's moment: that one is not sent late.
        const auto late = ReminderRules::schedule(
            facts, toldSince(QStringLiteral("2026-10-14T00:00:00Z"), facts.release->window),
            settings, kBerlin);
        QCOMPARE(late.size(), 0);
    }

    void confirmationsAndRenewals()
    {
        auto facts = factsWith(std::nullopt);
        facts.episodeCount = 8;
        facts.confirmedCast = {QStringLiteral("Mara Quill"), QStringLiteral("Tobias Renn")};
        facts.castKnownAt = utc(QStringLiteral("2026-07-01T10:00:00Z"));
        auto told = toldSince(QStringLiteral("2026-06-01T00:00:00Z"));
        told.confirmedCast = {QStringLiteral("Mara Quill")};
        auto plan = ReminderRules::schedule(facts, told, ReminderSettings{}, kBerlin);
        QCOMPARE(kindsOf(plan), (QStringList{QStringLiteral("episodes_confirmed"),
                                             QStringLiteral("cast_confirmed")}));
        QCOMPARE(find(plan, QStringLiteral("cast:Tobias Renn"))->dueAt, facts.castKnownAt);
        QVERIFY(find(plan, QStringLiteral("episodes:8"))->title.contains(QStringLiteral("8")));

        facts.status = SeasonStatus::Cancelled;
        plan = ReminderRules::schedule(facts, told, ReminderSettings{}, kBerlin);
        QVERIFY(kindsOf(plan).contains(QStringLiteral("cancelled")));
        // A season the show did not have when it was followed: it is news that it exists.
        facts.status = SeasonStatus::Renewed;
        told.known = false;
        plan = ReminderRules::schedule(facts, told, ReminderSettings{}, kBerlin);
        QVERIFY(kindsOf(plan).contains(QStringLiteral("renewed")));
        ReminderSettings quiet;
        quiet.confirmations = false;
        quiet.renewals = false;
        QCOMPARE(ReminderRules::schedule(facts, told, quiet, kBerlin).size(), 0);
    }

    // The bar: "2026" -> "October 2026" -> "2026-10-16", with deliveries in between, gives the
    // two narrowings (with before, after and source), then 7 days before, 1 day before and the
    // release day, each once, and nothing else.
    void aNarrowingWindowGivesExactlyTheRulesReminders()
    {
        TestDatabase t;
        QVERIFY(t.isOpen());
        QVERIFY(importAt(t, {kYear}, kYear.key, QStringLiteral("2026-01-06T08:00:00Z")));
        const qint64 id = showId(t);
        bool added = false;
        QString error;
        QVERIFY2(Watching::follow(t.db(), id, 3, utc(QStringLiteral("2026-01-10T12:00:00Z")),
                                  &added, &error),
                 qPrintable(error));
        QVERIFY(added);
        QList<Reminder> all;
        auto deliverAt = [&](const QString &at) {
            QString e;
            const auto d = Watching::deliver(t.db(), utc(at), kBerlin, &e);
            if (!d)
                qWarning() << e;
            all << d.value_or(QList<Reminder>());
            return d.value_or(QList<Reminder>());
        };
        QCOMPARE(deliverAt(QStringLiteral("2026-03-01T12:00:00Z")).size(), 0);

        QVERIFY(importAt(t, {kYear, kMonth}, kMonth.key, QStringLiteral("2026-05-10T12:00:00Z")));
        // Not due before the ledger learnt it.
        QVERIFY(
            Watching::due(t.db(), utc(QStringLiteral("2026-05-10T11:00:00Z")), kBerlin, {}, &error)
                .isEmpty());
        const auto month = deliverAt(QStringLiteral("2026-05-11T12:00:00Z"));
        QCOMPARE(kindsOf(month), QStringList{QStringLiteral("window_narrowed")});
        QCOMPARE(month.first().dueAt, utc(QStringLiteral("2026-05-10T12:00:00Z")));
        QVERIFY2(month.first().body.contains(QStringLiteral("Before: 2026")),
                 qPrintable(month.first().body));
        QVERIFY(month.first().body.contains(QStringLiteral("After: October 2026")));
        QVERIFY(month.first().body.contains(QStringLiteral("https://news.example.test/month")));
        // A month pins no day: nothing through the summer.
        QCOMPARE(deliverAt(QStringLiteral("2026-08-01T12:00:00Z")).size(), 0);

        QVERIFY(
            importAt(t, {kYear, kMonth, kDay}, kDay.key, QStringLiteral("2026-08-20T12:00:00Z")));
        const auto day = deliverAt(QStringLiteral("2026-08-21T12:00:00Z"));
        QCOMPARE(kindsOf(day), QStringList{QStringLiteral("window_narrowed")});
        QVERIFY(day.first().body.contains(QStringLiteral("Before: October 2026")));
        QVERIFY(day.first().body.contains(QStringLiteral("official")));
        // The deadlines ahead are stored for the app's wall-clock check.
        QCOMPARE(ReminderStore(t.db()).nextDeadline(&error),
                 std::optional<QDateTime>(utc(QStringLiteral("2026-10-09T07:00:00Z"))));

        QCOMPARE(deliverAt(QStringLiteral("2026-10-09T06:59:00Z")).size(), 0);
        QCOMPARE(kindsOf(deliverAt(QStringLiteral("2026-10-09T07:00:00Z"))),
                 QStringList{QStringLiteral("days_before")});
        QCOMPARE(kindsOf(deliverAt(QStringLiteral("2026-10-15T09:00:00Z"))),
                 QStringList{QStringLiteral("days_before")});
        QCOMPARE(kindsOf(deliverAt(QStringLiteral("2026-10-16T09:00:00Z"))),
                 QStringList{QStringLiteral("release_day")});
        QCOMPARE(deliverAt(QStringLiteral("2026-12-01T09:00:00Z")).size(), 0);
        QStringList keys;
        for (const Reminder &r : all)
            keys << r.key;
        QCOMPARE(keys, (QStringList{
                           QStringLiteral("window:2026-01-01..2026-12-31/year->2026-10-01..2026-"
                                          "10-31/month"),
                           QStringLiteral("window:2026-10-01..2026-10-31/month->2026-10-16..2026-"
                                          "10-16/day"),
                           QStringLiteral("days_before:7:2026-10-16"),
                           QStringLiteral("days_before:1:2026-10-16"),
                           QStringLiteral("release_day:2026-10-16")}));
    }

    // Closed across the release: on the next start, the release day is caught up on, the
    // stale "in 7 days" and "tomorrow" are not; an abandoned delivery marks nothing, and
    // nothing is delivered twice.
    void catchUpAfterAGapAndExactlyOnce()
    {
        TestDatabase t;
        QVERIFY(
            importAt(t, {kYear, kMonth, kDay}, kDay.key, QStringLiteral("2026-08-20T12:00:00Z")));
        const qint64 id = showId(t);
        bool added = false;
        QString error;
        QVERIFY(Watching::follow(t.db(), id, 0, utc(QStringLiteral("2026-09-01T12:00:00Z")), &added,
                                 &error));
        const QDateTime back = utc(QStringLiteral("2026-10-19T18:00:00Z"));
        const auto due = Watching::due(t.db(), back, kBerlin, {}, &error);
        QCOMPARE(kindsOf(due), QStringList{QStringLiteral("release_day")});
        // Listing marks nothing.
        QCOMPARE(Watching::due(t.db(), back, kBerlin, {}, &error).size(), 1);

        const auto abandoned =
            Watching::deliver(t.db(), back, kBerlin, &error, [] { return false; });
        QVERIFY(!abandoned);
        QCOMPARE(t.count(QStringLiteral("reminders")), 0);
        QCOMPARE(Watching::due(t.db(), back, kBerlin, {}, &error).size(), 1);

        const auto first = Watching::deliver(t.db(), back, kBerlin, &error);
        QVERIFY2(first, qPrintable(error));
        QCOMPARE(kindsOf(*first), QStringList{QStringLiteral("release_day")});
        QVERIFY(Watching::due(t.db(), back, kBerlin, {}, &error).isEmpty());
        const auto second = Watching::deliver(t.db(), back.addDays(1), kBerlin, &error);
        QVERIFY(second);
        QCOMPARE(second->size(), 0);

        // Two deliverers that computed the same list: the key lets only the first deliver it.
        SeasonDelivery stale{id, 3, *first, {}, *ReminderStore(t.db()).told(id, 3)};
        const auto again = ReminderStore(t.db()).deliver({stale}, back, &error);
        QVERIFY(again);
        QCOMPARE(again->size(), 0);
    }

    void unfollowForgetsTheBaseline()
    {
        TestDatabase t;
        QVERIFY(importAt(t, {kYear}, kYear.key, QStringLiteral("2026-01-06T08:00:00Z")));
        const qint64 id = showId(t);
        bool changed = false;
        QString error;
        QVERIFY(Watching::follow(t.db(), id, 3, utc(QStringLiteral("2026-01-10T12:00:00Z")),
                                 &changed, &error));
        QCOMPARE(t.count(QStringLiteral("reminder_state")), 1);
        QVERIFY(Watching::unfollow(t.db(), id, 3, &changed, &error));
        QVERIFY(changed);
        QCOMPARE(t.count(QStringLiteral("reminder_state")), 0);
        QVERIFY(Watching::unfollow(t.db(), id, 3, &changed, &error));
        QVERIFY(!changed);
    }
};

QTEST_GUILESS_MAIN(RemindersTest)
#include "tst_reminders.moc"
