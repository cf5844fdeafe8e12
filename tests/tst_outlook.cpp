#include "feeds/season/defaultfeed.h"
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

        const SeasonOutlook s2 = OutlookCalculator::forSeason(*show, show->seasons[1], claims);
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

        const SeasonOutlook s1 = OutlookCalculator::forSeason(*show, show->seasons[0], claims);
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
        const SeasonOutlook o = OutlookCalculator::forSeason(show, upcoming(), claims);
        QCOMPARE(o.releaseClaim->id, 1);
        // Blog agrees (twice, counted once); Trade is the chosen claim's own publisher; Fan site
        // does not overlap.
        QCOMPARE(o.agreeing, 1);
        QCOMPARE(o.history.size(), 5);
        QCOMPARE(o.history.first().claimId, 5);
    }

    void claimsOfOtherSeasonsAreIgnored()
    {
        Show show;
        ClaimRecord s1 = windowClaim(1, {2022, 1, 28}, {2022, 1, 28}, Tier::Official,
                                     ClaimStatus::Confirmed, {2022, 2, 1}, QStringLiteral("A"));
        s1.claim.season = 1;
        const SeasonOutlook o = OutlookCalculator::forSeason(show, upcoming(), {s1});
        QVERIFY(!o.release);
        QVERIFY(o.history.isEmpty());
    }
};

QTEST_GUILESS_MAIN(OutlookTest)
#include "tst_outlook.moc"
