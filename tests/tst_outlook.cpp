#include "feeds/season/defaultfeed.h"
#include "outlook/outlookchanges.h"
#include "outlook/seasonoutlook.h"
#include "storage/ledgerqueries.h"
#include "support/testdatabase.h"

#include <QJsonObject>
#include <QtTest>

namespace {

ClaimRecord windowClaim(qint64 id, QDate earliest, QDate latest, Tier tier, ClaimStatus status,
                        QDate published, const QString &publisher)
{
    ClaimRecord r;
    r.id = id;
    r.claim.kind = ClaimKind::ReleaseWindow;
    r.claim.season = 2;
    r.claim.window = ReleaseWindow{earliest, latest, DatePrecision::PartOfYear, {}};
    r.claim.tier = tier;
    r.claim.status = status;
    r.source.key = QStringLiteral("src%1").arg(id);
    r.source.publisher = publisher;
    r.source.title = publisher + QStringLiteral(" article");
    r.source.published = published;
    return r;
}

// The day the embedded data was reviewed: every window but S4's had passed.
const QDate kToday(2026, 12, 1);
const OutlookContext kContext{kToday, {}};

Season upcoming()
{
    Season s;
    s.number = 2;
    s.status = SeasonStatus::Filming;
    return s;
}

} // namespace

class OutlookTest : public QObject {
    Q_OBJECT

private slots:
    void embeddedDataGivesSeasonTwoFromS4()
    {
        TestDatabase t;
        FeedError error;
        QVERIFY(DefaultFeed::import(t.db(), &error));
        LedgerQueries queries(t.db());
        const auto id = queries.findShow(QStringLiteral("All of Us Are Dead"));
        QVERIFY(id);
        const auto show = queries.loadShow(*id);
        QVERIFY(show);
        ClaimFilter filter;
        filter.showId = *id;
        const QList<ClaimRecord> claims = queries.claims(filter);

        const SeasonOutlook s2 =
            OutlookCalculator::forSeason(*show, show->seasons[1], claims, kContext);
        QVERIFY(s2.release);
        QCOMPARE(s2.release->earliest, QDate(2026, 9, 1));
        QCOMPARE(s2.release->latest, QDate(2027, 4, 30));
        QCOMPARE(s2.release->label(), QStringLiteral("late 2026 – early 2027"));
        QVERIFY(s2.releaseClaim);
        QCOMPARE(s2.releaseClaim->source.publisher, QStringLiteral("Moneycontrol"));
        QCOMPARE(s2.episodeCount.value_or(0), 12);

        // History in order of publication: late 2023 (S1) first, S4 last.
        QVERIFY(s2.history.size() >= 4);
        QCOMPARE(s2.history.first().window.earliest, QDate(2023, 9, 1));
        QCOMPARE(s2.history.last().window.earliest, QDate(2026, 9, 1));
        for (int i = 1; i < s2.history.size(); ++i)
            QVERIFY(s2.history[i - 1].published <= s2.history[i].published);

        QHash<QString, QString> status;
        for (const CastOutlook &c : s2.cast)
            status.insert(c.actor, wireName(c.status));
        QCOMPARE(s2.cast.size(), 13);
        QCOMPARE(status.value(QStringLiteral("Park Ji-hu")), QStringLiteral("confirmed"));
        QCOMPARE(status.value(QStringLiteral("Lomon")), QStringLiteral("confirmed"));
        QCOMPARE(status.value(QStringLiteral("Yoon Chan-young")), QStringLiteral("rumoured"));
        QCOMPARE(status.value(QStringLiteral("Im Jae-hyuk")), QStringLiteral("expected"));
        QCOMPARE(status.value(QStringLiteral("Lee Yoo-mi")), QStringLiteral("not_reported"));

        // As of 2026-12-01 every window before S4's is missed: still in the history, marked.
        QStringList outcomes;
        for (const WindowHistoryEntry &h : s2.history)
            outcomes << h.statusName();
        QCOMPARE(outcomes, (QStringList{"missed", "missed", "missed", "missed", "open"}));
        QCOMPARE(s2.agreeing, 0);
        // The spread covers only S4's window, no longer late 2023 onwards.
        const WindowSpread spread = OutlookChanges::spread(*show, show->seasons[1], claims, kToday);
        QCOMPARE(spread.earliest, QDate(2026, 9, 1));
        QCOMPARE(spread.latest, QDate(2027, 4, 30));
        QCOMPARE(spread.claims, 1);

        const SeasonOutlook s1 =
            OutlookCalculator::forSeason(*show, show->seasons[0], claims, kContext);
        QVERIFY(s1.release);
        QCOMPARE(s1.release->earliest, QDate(2022, 1, 28));
        QCOMPARE(s1.release->precision, DatePrecision::Day);
    }

    void higherTierBeatsNewer()
    {
        const QList<ClaimRecord> claims{
            windowClaim(1, {2026, 9, 1}, {2026, 12, 31}, Tier::Reported, ClaimStatus::Open,
                        {2025, 1, 1}, QStringLiteral("A")),
            windowClaim(2, {2027, 1, 1}, {2027, 4, 30}, Tier::Rumour, ClaimStatus::Open,
                        {2025, 6, 1}, QStringLiteral("B"))};
        const auto best = OutlookCalculator::bestClaim(claims, ClaimKind::ReleaseWindow);
        QVERIFY(best);
        QCOMPARE(best->id, 1);
    }

    void newestWinsWithinATier()
    {
        const QList<ClaimRecord> claims{
            windowClaim(1, {2026, 9, 1}, {2026, 12, 31}, Tier::Reported, ClaimStatus::Open,
                        {2025, 6, 1}, QStringLiteral("A")),
            windowClaim(2, {2027, 1, 1}, {2027, 4, 30}, Tier::Reported, ClaimStatus::Open,
                        {2025, 1, 1}, QStringLiteral("B"))};
        QCOMPARE(OutlookCalculator::bestClaim(claims, ClaimKind::ReleaseWindow)->id, 1);
    }

    void confirmedBeatsEverythingAndDismissedCountsForNothing()
    {
        QList<ClaimRecord> claims{
            windowClaim(1, {2026, 9, 1}, {2026, 12, 31}, Tier::Official, ClaimStatus::Dismissed,
                        {2025, 9, 1}, QStringLiteral("A")),
            windowClaim(2, {2027, 1, 1}, {2027, 4, 30}, Tier::Estimate, ClaimStatus::Confirmed,
                        {2024, 1, 1}, QStringLiteral("B")),
            windowClaim(3, {2027, 5, 1}, {2027, 8, 31}, Tier::Official, ClaimStatus::Open,
                        {2025, 1, 1}, QStringLiteral("C"))};
        QCOMPARE(OutlookCalculator::bestClaim(claims, ClaimKind::ReleaseWindow)->id, 2);
        claims.removeAt(1);
        QCOMPARE(OutlookCalculator::bestClaim(claims, ClaimKind::ReleaseWindow)->id, 3);
        claims.removeAt(1);
        QVERIFY(!OutlookCalculator::bestClaim(claims, ClaimKind::ReleaseWindow));
    }

    void agreeingCountsOverlappingIndependentSources()
    {
        Show show;
        const QList<ClaimRecord> claims{
            windowClaim(1, {2026, 9, 1}, {2027, 4, 30}, Tier::Reported, ClaimStatus::Open,
                        {2025, 9, 1}, QStringLiteral("Trade")),
            windowClaim(2, {2026, 10, 1}, {2026, 11, 30}, Tier::Rumour, ClaimStatus::Open,
                        {2025, 8, 1}, QStringLiteral("Blog")),
            windowClaim(3, {2027, 1, 1}, {2027, 2, 28}, Tier::Estimate, ClaimStatus::Open,
                        {2025, 7, 1}, QStringLiteral("Blog")),
            windowClaim(4, {2027, 3, 1}, {2027, 3, 31}, Tier::Rumour, ClaimStatus::Open,
                        {2025, 7, 1}, QStringLiteral("Trade")),
            windowClaim(5, {2024, 1, 1}, {2024, 4, 30}, Tier::Rumour, ClaimStatus::Open,
                        {2023, 7, 1}, QStringLiteral("Fan site"))};
        const SeasonOutlook o = OutlookCalculator::forSeason(show, upcoming(), claims, kContext);
        QCOMPARE(o.releaseClaim->id, 1);
        // Blog agrees (twice, counted once); Trade is the chosen claim's own publisher; Fan site
        // does not overlap.
        QCOMPARE(o.agreeing, 1);
        QCOMPARE(o.history.size(), 5);
        QCOMPARE(o.history.first().claimId, 5);
    }

    // A: reported but missed; B: the rumour left standing; C agrees with B; D missed, overlapping
    // B; E ends on the day itself, so it is not missed yet.
    QList<ClaimRecord> ledgerWithMisses()
    {
        return {windowClaim(1, {2025, 1, 1}, {2025, 4, 30}, Tier::Reported, ClaimStatus::Open,
                            {2024, 6, 1}, QStringLiteral("A")),
                windowClaim(2, {2025, 5, 1}, {2025, 12, 31}, Tier::Rumour, ClaimStatus::Open,
                            {2024, 8, 1}, QStringLiteral("B")),
                windowClaim(3, {2025, 10, 1}, {2026, 2, 28}, Tier::Estimate, ClaimStatus::Open,
                            {2024, 9, 1}, QStringLiteral("C")),
                windowClaim(4, {2025, 3, 1}, {2025, 5, 31}, Tier::Rumour, ClaimStatus::Open,
                            {2024, 10, 1}, QStringLiteral("D")),
                windowClaim(5, {2025, 4, 1}, {2025, 6, 1}, Tier::Estimate, ClaimStatus::Open,
                            {2024, 11, 1}, QStringLiteral("E"))};
    }

    void missedWindowsLeaveTheOutlookButStayInTheHistory()
    {
        Show show;
        const QList<ClaimRecord> claims = ledgerWithMisses();
        const OutlookContext june1{QDate(2025, 6, 1), {}};
        const SeasonOutlook o = OutlookCalculator::forSeason(show, upcoming(), claims, june1);
        QVERIFY(o.releaseClaim);
        QCOMPARE(o.releaseClaim->id, 2); // A is reported, but its window passed without the season
        QCOMPARE(o.agreeing, 2);         // C and E; D overlaps B but was missed
        QCOMPARE(o.history.size(), 5);
        QHash<qint64, QString> status;
        for (const WindowHistoryEntry &h : o.history)
            status.insert(h.claimId, h.statusName());
        QCOMPARE(status.value(1), QStringLiteral("missed"));
        QCOMPARE(status.value(4), QStringLiteral("missed"));
        QCOMPARE(status.value(5), QStringLiteral("open"));
        WindowSpread spread = OutlookChanges::spread(show, upcoming(), claims, june1.today);
        QCOMPARE(spread.earliest, QDate(2025, 4, 1));
        QCOMPARE(spread.latest, QDate(2026, 2, 28));
        QCOMPARE(spread.claims, 3);

        // A day later E's last day has passed too.
        const OutlookContext june2{QDate(2025, 6, 2), {}};
        QCOMPARE(OutlookCalculator::forSeason(show, upcoming(), claims, june2).agreeing, 1);
        spread = OutlookChanges::spread(show, upcoming(), claims, june2.today);
        QCOMPARE(spread.earliest, QDate(2025, 5, 1));
        QCOMPARE(spread.claims, 2);

        // Nothing is missed on a day before every latest day: A leads, as its tier says.
        const OutlookContext early{QDate(2025, 1, 15), {}};
        QCOMPARE(OutlookCalculator::forSeason(show, upcoming(), claims, early).releaseClaim->id, 1);
    }

    void theReplayMarksEachMissOnItsDayAndEndsOnTheOutlook()
    {
        Show show;
        const QList<ClaimRecord> claims = ledgerWithMisses();
        const OutlookContext june2{QDate(2025, 6, 2), {}};
        const QList<OutlookChange> changes =
            OutlookChanges::replay(show, upcoming(), claims, june2);
        QStringList missed;
        for (const OutlookChange &c : changes)
            if (c.effect == QLatin1String("missed"))
                missed << QStringLiteral("%1 %2").arg(c.claimId).arg(
                    c.published.toString(Qt::ISODate));
        // A the day after 30 April, D and E the day after their last days.
        QCOMPARE(missed, (QStringList{"1 2025-05-01", "4 2025-06-01", "5 2025-06-02"}));
        QCOMPARE(changes.size(), 8);
        const auto aMissed =
            std::find_if(changes.begin(), changes.end(), [](const OutlookChange &c) {
                return c.claimId == 1 && c.effect == QLatin1String("missed");
            });
        QCOMPARE(aMissed->before, QStringLiteral("early 2025"));
        // D, the newest rumour, takes over until its own window passes; then B.
        QCOMPARE(aMissed->after, claims[3].claim.window.label());
        const auto dMissed =
            std::find_if(changes.begin(), changes.end(), [](const OutlookChange &c) {
                return c.claimId == 4 && c.effect == QLatin1String("missed");
            });
        QCOMPARE(dMissed->before, claims[3].claim.window.label());
        QCOMPARE(dMissed->after, claims[1].claim.window.label());
        const SeasonOutlook now = OutlookCalculator::forSeason(show, upcoming(), claims, june2);
        QCOMPARE(changes.last().after, now.release->label());
    }

    void aReleasedSeasonJudgesEachWindowByItsPremiere()
    {
        Season released;
        released.number = 2;
        released.status = SeasonStatus::Released;
        released.premiere = QDate(2025, 3, 14);
        Show show;
        const QList<ClaimRecord> claims{
            windowClaim(1, {2025, 1, 1}, {2025, 4, 30}, Tier::Rumour, ClaimStatus::Open,
                        {2024, 6, 1}, QStringLiteral("Right")),
            windowClaim(2, {2025, 5, 1}, {2025, 8, 31}, Tier::Reported, ClaimStatus::Open,
                        {2024, 7, 1}, QStringLiteral("Late")),
            windowClaim(3, {2025, 3, 14}, {2025, 3, 14}, Tier::Official, ClaimStatus::Open,
                        {2025, 3, 20}, QStringLiteral("After the fact"))};
        // Judged on a day before the windows' ends: the premiere has settled them already.
        const SeasonOutlook o =
            OutlookCalculator::forSeason(show, released, claims, {QDate(2025, 4, 1), {}});
        QCOMPARE(o.release->earliest, QDate(2025, 3, 14));
        QHash<qint64, PredictionOutcome> outcome;
        for (const WindowHistoryEntry &h : o.history)
            outcome.insert(h.claimId, h.outcome);
        QCOMPARE(outcome.value(1), PredictionOutcome::Hit);
        QCOMPARE(outcome.value(2), PredictionOutcome::Missed);
        QCOMPARE(outcome.value(3), PredictionOutcome::Report);
    }

    void aPoorRecordRanksBelowAnEqualTierButNeverAboveATier()
    {
        QList<ClaimRecord> claims{
            windowClaim(1, {2026, 9, 1}, {2026, 12, 31}, Tier::Reported, ClaimStatus::Open,
                        {2025, 1, 1}, QStringLiteral("Careful Weekly")),
            windowClaim(2, {2027, 1, 1}, {2027, 4, 30}, Tier::Reported, ClaimStatus::Open,
                        {2025, 6, 1}, QStringLiteral("Often Wrong"))};
        // Without a record the newer claim leads.
        QCOMPARE(OutlookCalculator::bestClaim(claims, ClaimKind::ReleaseWindow)->id, 2);

        PublisherRecords records;
        records.insert(QStringLiteral("often wrong"),
                       PublisherRecord{QStringLiteral("often wrong"), QStringLiteral("Often Wrong"),
                                       4, 1, 2, 1});
        QVERIFY(records.value(QStringLiteral("often wrong")).poor());
        QCOMPARE(OutlookCalculator::bestClaim(claims, ClaimKind::ReleaseWindow, records)->id, 1);

        // As many hits as misses is not a poor record: recency decides again.
        records[QStringLiteral("often wrong")].hit = 2;
        QCOMPARE(OutlookCalculator::bestClaim(claims, ClaimKind::ReleaseWindow, records)->id, 2);

        // A record breaks ties within a tier; it never lifts a lower tier over a higher one.
        records[QStringLiteral("often wrong")].hit = 0;
        claims[0].claim.tier = Tier::Rumour;
        QCOMPARE(OutlookCalculator::bestClaim(claims, ClaimKind::ReleaseWindow, records)->id, 2);
    }

    void theOutlookWeighsPublishersByTheirRecord()
    {
        // Show 1, season 1 came out on 2024-03-01: "Often Wrong" missed it twice, "Careful"
        // caught it. On show 2 both give a reported window for season 2, "Often Wrong" later.
        ClaimRecord careful1 = windowClaim(1, {2024, 1, 1}, {2024, 4, 30}, Tier::Reported,
                                           ClaimStatus::Open, {2023, 5, 1}, "Careful");
        ClaimRecord wrong1 = windowClaim(2, {2023, 9, 1}, {2023, 12, 31}, Tier::Reported,
                                         ClaimStatus::Open, {2023, 5, 1}, "Often Wrong");
        ClaimRecord wrong2 = windowClaim(3, {2024, 5, 1}, {2024, 8, 31}, Tier::Rumour,
                                         ClaimStatus::Open, {2023, 6, 1}, "Often Wrong");
        for (ClaimRecord *r : {&careful1, &wrong1, &wrong2}) {
            r->showId = 1;
            r->claim.season = 1;
        }
        ClaimRecord careful2 = windowClaim(4, {2026, 9, 1}, {2026, 12, 31}, Tier::Reported,
                                           ClaimStatus::Open, {2025, 1, 1}, "Careful");
        ClaimRecord wrong3 = windowClaim(5, {2027, 1, 1}, {2027, 6, 30}, Tier::Reported,
                                         ClaimStatus::Open, {2025, 3, 1}, "Often Wrong");
        careful2.showId = wrong3.showId = 2;
        const QList<ClaimRecord> all{careful1, wrong1, wrong2, careful2, wrong3};
        const QList<CatalogRelease> releases{{1, 1, true, QDate(2024, 3, 1)}, {2, 2, false, {}}};
        const OutlookContext context{kToday, TrackRecord::tally(all, releases, kToday)};
        QCOMPARE(context.records.value("often wrong").missed, 2);
        QCOMPARE(context.records.value("careful").hit, 1);

        Show show2;
        show2.key = QStringLiteral("2");
        const SeasonOutlook o =
            OutlookCalculator::forSeason(show2, upcoming(), {careful2, wrong3}, context);
        QCOMPARE(o.releaseClaim->id, 4); // the older claim from the publisher that was right
        QCOMPARE(OutlookCalculator::forSeason(show2, upcoming(), {careful2, wrong3}, kContext)
                     .releaseClaim->id,
                 5); // without records, the newer one
    }

    void claimsOfOtherSeasonsAreIgnored()
    {
        Show show;
        ClaimRecord s1 = windowClaim(1, {2022, 1, 28}, {2022, 1, 28}, Tier::Official,
                                     ClaimStatus::Confirmed, {2022, 2, 1}, QStringLiteral("A"));
        s1.claim.season = 1;
        const SeasonOutlook o = OutlookCalculator::forSeason(show, upcoming(), {s1}, kContext);
        QVERIFY(!o.release);
        QVERIFY(o.history.isEmpty());
    }
};

QTEST_GUILESS_MAIN(OutlookTest)
#include "tst_outlook.moc"
