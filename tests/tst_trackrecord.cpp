#include "feeds/season/defaultfeed.h"
#include "outlook/trackrecord.h"
#include "pipeline/outlookcontext.h"
#include "storage/ledgerqueries.h"
#include "support/testdatabase.h"

#include <QtTest>

Q_DECLARE_METATYPE(CatalogRelease)

// How release-window predictions turn out, and each publisher's record: judged on a day handed
// in, against what the catalog knows of each season's release.
namespace {

ClaimRecord window(qint64 id, QDate earliest, QDate latest, QDate published,
                   const QString &publisher, qint64 showId = 1, int season = 2)
{
    ClaimRecord r;
    r.id = id;
    r.showId = showId;
    r.claim.kind = ClaimKind::ReleaseWindow;
    r.claim.season = season;
    r.claim.window = ReleaseWindow{earliest, latest, DatePrecision::Month, {}};
    r.claim.tier = Tier::Reported;
    r.claim.status = ClaimStatus::Open;
    r.source.key = QStringLiteral("src%1").arg(id);
    r.source.publisher = publisher;
    r.source.title = QStringLiteral("article %1").arg(id);
    r.source.published = published;
    return r;
}

// "Late 2025" said in March 2025.
ClaimRecord late2025()
{
    return window(1, {2025, 9, 1}, {2025, 12, 31}, {2025, 3, 1}, QStringLiteral("Site"));
}

const CatalogRelease kNotOut{1, 2, false, {}};

} // namespace

class TrackRecordTest : public QObject {
    Q_OBJECT

private slots:
    void judge_data()
    {
        QTest::addColumn<CatalogRelease>("release");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("window still open") << kNotOut << QDate(2025, 10, 1) << "pending";
        QTest::newRow("on its latest day") << kNotOut << QDate(2025, 12, 31) << "pending";
        QTest::newRow("the day after") << kNotOut << QDate(2026, 1, 1) << "missed";
        QTest::newRow("out inside the window")
            << CatalogRelease{1, 2, true, {2025, 11, 7}} << QDate(2026, 6, 1) << "hit";
        QTest::newRow("out before the window")
            << CatalogRelease{1, 2, true, {2025, 6, 20}} << QDate(2025, 7, 1) << "missed";
        QTest::newRow("out after the window")
            << CatalogRelease{1, 2, true, {2026, 2, 13}} << QDate(2026, 3, 1) << "missed";
        // A premiere in the catalog that has not come yet settles nothing before its day.
        QTest::newRow("premiere scheduled inside")
            << CatalogRelease{1, 2, false, {2025, 11, 7}} << QDate(2025, 10, 1) << "pending";
        QTest::newRow("premiere scheduled after, window passed")
            << CatalogRelease{1, 2, false, {2026, 2, 13}} << QDate(2026, 1, 5) << "missed";
        QTest::newRow("out, date unknown")
            << CatalogRelease{1, 2, true, {}} << QDate(2026, 6, 1) << "pending";
        QTest::newRow("said after the release")
            << CatalogRelease{1, 2, true, {2025, 2, 1}} << QDate(2026, 6, 1) << "report";
    }
    void judge()
    {
        QFETCH(CatalogRelease, release);
        QFETCH(QDate, asOf);
        QFETCH(QString, outcome);
        QCOMPARE(outcomeName(TrackRecord::judge(late2025(), release, asOf)), outcome);
    }

    void anOfficialOrConfirmedDateThatPassedWaitsForTheCatalog()
    {
        // Taken to have happened (reminders still fire on it) until the catalog says when the
        // season came out; then it is judged like any window.
        ClaimRecord official = late2025();
        official.claim.tier = Tier::Official;
        ClaimRecord confirmed = late2025();
        confirmed.claim.status = ClaimStatus::Confirmed;
        for (const ClaimRecord &r : {official, confirmed}) {
            QCOMPARE(TrackRecord::judge(r, kNotOut, {2026, 1, 1}), PredictionOutcome::Pending);
            QCOMPARE(TrackRecord::judge(r, {1, 2, true, {2026, 2, 13}}, {2026, 3, 1}),
                     PredictionOutcome::Missed);
            QCOMPARE(TrackRecord::judge(r, {1, 2, true, {2025, 10, 3}}, {2026, 3, 1}),
                     PredictionOutcome::Hit);
        }
    }

    void missedOnIsTheFirstDayItWasMissed()
    {
        QCOMPARE(TrackRecord::missedOn(late2025(), kNotOut), QDate(2026, 1, 1));
        QCOMPARE(TrackRecord::missedOn(late2025(), {1, 2, true, {2025, 6, 20}}),
                 QDate(2025, 6, 20));
        QCOMPARE(TrackRecord::missedOn(late2025(), {1, 2, true, {2026, 2, 13}}), QDate(2026, 1, 1));
        // Written when the window had already passed: missed from the day it was written.
        ClaimRecord stale = late2025();
        stale.source.published = QDate(2026, 3, 1);
        QCOMPARE(TrackRecord::missedOn(stale, kNotOut), QDate(2026, 3, 1));
    }

    void onlyWindowsThatStillCountArePredictions()
    {
        QVERIFY(TrackRecord::isPrediction(late2025()));
        ClaimRecord r = late2025();
        r.claim.status = ClaimStatus::Confirmed;
        QVERIFY(TrackRecord::isPrediction(r));
        for (ClaimStatus status :
             {ClaimStatus::Dismissed, ClaimStatus::Contradicted, ClaimStatus::Superseded}) {
            r.claim.status = status;
            QVERIFY(!TrackRecord::isPrediction(r));
        }
        r = late2025();
        r.supersededBy = 9;
        QVERIFY(!TrackRecord::isPrediction(r));
        r = late2025();
        r.claim.season.reset();
        QVERIFY(!TrackRecord::isPrediction(r));
        r = late2025();
        r.claim.kind = ClaimKind::EpisodeCount;
        QVERIFY(!TrackRecord::isPrediction(r));
    }

    void tallyCountsEachPublisherAcrossShows()
    {
        // Show 1 season 2 came out on 2025-11-07; show 2 season 1 has not come out.
        const QList<CatalogRelease> releases{{1, 2, true, {2025, 11, 7}}, {2, 1, false, {}}};
        ClaimRecord dismissed =
            window(7, {2025, 1, 1}, {2025, 1, 31}, {2024, 6, 1}, QStringLiteral("Trade Paper"));
        dismissed.claim.status = ClaimStatus::Dismissed;
        const QList<ClaimRecord> claims{
            // Trade Paper: a hit on show 1, a miss and a pending window on show 2.
            window(1, {2025, 10, 1}, {2025, 12, 31}, {2025, 3, 1}, QStringLiteral("TRADE PAPER")),
            window(2, {2025, 1, 1}, {2025, 6, 30}, {2024, 9, 1}, QStringLiteral("Trade paper"), 2,
                   1),
            window(3, {2027, 1, 1}, {2027, 6, 30}, {2026, 5, 1}, QStringLiteral("Trade Paper"), 2,
                   1),
            // Fan Blog: two misses on show 1 (before and after the premiere).
            window(4, {2025, 3, 1}, {2025, 5, 31}, {2024, 12, 1}, QStringLiteral("Fan Blog")),
            window(5, {2026, 1, 1}, {2026, 3, 31}, {2025, 7, 1}, QStringLiteral("Fan Blog")),
            // A recap of the premiere is no prediction; a dismissed claim counts for nothing.
            window(6, {2025, 11, 7}, {2025, 11, 7}, {2025, 11, 8}, QStringLiteral("Recaps")),
            dismissed,
            // No publisher: the source stands for itself, named by its title.
            window(8, {2027, 1, 1}, {2027, 12, 31}, {2026, 1, 1}, QString(), 2, 1)};
        const PublisherRecords records = TrackRecord::tally(claims, releases, {2026, 12, 1});
        QCOMPARE(records.size(), 3);
        const PublisherRecord trade = records.value(QStringLiteral("trade paper"));
        QCOMPARE(trade.publisher, QStringLiteral("Trade Paper")); // the newest source's spelling
        QCOMPARE(trade.predictions, 3);
        QCOMPARE(trade.hit, 1);
        QCOMPARE(trade.missed, 1);
        QCOMPARE(trade.pending, 1);
        QVERIFY(!trade.poor());
        const PublisherRecord fans = records.value(QStringLiteral("fan blog"));
        QCOMPARE(fans.predictions, 2);
        QCOMPARE(fans.missed, 2);
        QVERIFY(fans.poor());
        QCOMPARE(records.value(QStringLiteral("src8")).publisher, QStringLiteral("article 8"));

        QStringList order;
        for (const PublisherRecord &r : TrackRecord::sorted(records))
            order << r.publisher;
        QCOMPARE(order, (QStringList{"article 8", "Fan Blog", "Trade Paper"}));
    }

    void catalogReleasesTakeTheFirstEpisodeElseThePremiere()
    {
        Season s;
        s.number = 3;
        s.status = SeasonStatus::Released;
        s.premiere = QDate(2025, 1, 9);
        Episode special{0, {}, {2024, 12, 24}, 0, {}, true, {}};
        Episode second{2, {}, {2025, 1, 17}, 0, {}, false, {}};
        Episode first{1, {}, {2025, 1, 10}, 0, {}, false, {}};
        s.episodes = {special, second, first};
        const CatalogRelease r = CatalogRelease::of(5, s);
        QCOMPARE(r.date, QDate(2025, 1, 10)); // episode 1, not the special nor the premiere
        QVERIFY(r.released);
        s.episodes[2].airDate = QDate(); // episode 1 not dated yet: the premiere
        QCOMPARE(CatalogRelease::of(5, s).date, QDate(2025, 1, 9));
    }

    void theEmbeddedLedgersRecord()
    {
        TestDatabase t;
        FeedError error;
        QVERIFY(DefaultFeed::import(t.db(), &error));
        QString readError;
        const QList<CatalogRelease> releases = LedgerQueries(t.db()).catalogReleases(&readError);
        QVERIFY2(readError.isEmpty(), qPrintable(readError));
        QCOMPARE(releases.size(), 2);
        QVERIFY(releases[0].released);
        QCOMPARE(releases[0].date, QDate(2022, 1, 28));
        QVERIFY(!releases[1].released);
        QVERIFY(!releases[1].date.isValid());

        OutlookContext context;
        QVERIFY2(loadOutlookContext(t.db(), {2026, 12, 1}, &context, &readError),
                 qPrintable(readError));
        // Season 1's premiere, reported after it, is no one's prediction; of season 2's five
        // windows only Moneycontrol's (late 2026 - early 2027) is still open.
        QStringList rows;
        for (const PublisherRecord &r : TrackRecord::sorted(context.records))
            rows << QStringLiteral("%1 %2/%3/%4/%5")
                        .arg(r.publisher)
                        .arg(r.predictions)
                        .arg(r.hit)
                        .arg(r.missed)
                        .arg(r.pending);
        QCOMPARE(rows, (QStringList{"Moneycontrol 1/0/0/1", "Unnamed entertainment blog 3/0/3/0",
                                    "Unnamed entertainment news site 1/0/1/0"}));
    }
};

QTEST_GUILESS_MAIN(TrackRecordTest)
#include "tst_trackrecord.moc"
