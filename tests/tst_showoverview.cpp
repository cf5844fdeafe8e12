#include "feeds/season/defaultfeed.h"
#include "models/showoverview.h"
#include "storage/ledgerqueries.h"
#include "support/testdatabase.h"

#include <QSet>
#include <QSqlQuery>
#include <QtTest>

// The show page's data, read from a real ledger; a read that fails is reported, never shown as
// an outlook without its claims.
class ShowOverviewTest : public QObject {
    Q_OBJECT

private slots:
    void loadsTheEmbeddedShow()
    {
        TestDatabase t;
        FeedError error;
        QVERIFY(DefaultFeed::import(t.db(), &error));
        ShowOverview overview;
        overview.setToday(QDate(2026, 12, 1));
        QString loadError;
        QVERIFY2(overview.loadFirst(t.db(), &loadError), qPrintable(loadError));
        QCOMPARE(overview.title(), QStringLiteral("All of Us Are Dead"));
        QCOMPARE(overview.releaseLabel(), QStringLiteral("late 2026 – early 2027"));
        // The history keeps the windows that passed, marked missed; S4's is the current one.
        QStringList rows;
        for (int i = 0; i < overview.history()->rowCount(); ++i) {
            const QVariantMap row = overview.history()->get(i);
            rows << QStringLiteral("%1%2%3").arg(
                row.value(QStringLiteral("label")).toString(),
                row.value(QStringLiteral("missed")).toBool() ? QStringLiteral(" missed")
                                                             : QString(),
                row.value(QStringLiteral("current")).toBool() ? QStringLiteral(" current")
                                                              : QString());
        }
        QCOMPARE(rows, (QStringList{"late 2023 missed", "early 2024 missed",
                                    "late 2025 – early 2026 missed", "October–November 2025 missed",
                                    "late 2026 – early 2027 current"}));
    }

    void theShowPageTabsData()
    {
        TestDatabase t;
        FeedError error;
        QVERIFY(DefaultFeed::import(t.db(), &error));
        ShowOverview overview;
        overview.setToday(QDate(2026, 12, 1));
        QString loadError;
        QVERIFY2(overview.loadFirst(t.db(), &loadError), qPrintable(loadError));

        // The drift chart: every prediction of the awaited season; those whose latest day has
        // passed are missed, the current best is not.
        RowListModel *history = overview.history();
        QVERIFY(history->rowCount() >= 5);
        int missed = 0;
        for (int i = 0; i < history->rowCount(); ++i) {
            const QVariantMap row = history->get(i);
            const bool passed = row.value(QStringLiteral("latestDay")).toLongLong() <
                                QDate(2026, 12, 1).toJulianDay();
            QCOMPARE(row.value(QStringLiteral("missed")).toBool(), passed);
            if (row.value(QStringLiteral("current")).toBool())
                QVERIFY(!passed);
            missed += passed;
        }
        QCOMPARE(missed, 4); // late 2023, early 2024, late 2025 – early 2026, Oct–Nov 2025

        // The production timeline lists a fact once, with every source that reported it.
        RowListModel *production = overview.production();
        QSet<QString> summaries;
        bool severalSources = false;
        for (int i = 0; i < production->rowCount(); ++i) {
            const QVariantMap row = production->get(i);
            const QString summary = row.value(QStringLiteral("summary")).toString();
            QVERIFY2(!summaries.contains(summary), qPrintable(summary));
            summaries.insert(summary);
            severalSources |=
                row.value(QStringLiteral("source")).toString().contains(QStringLiteral(", "));
        }
        QVERIFY(production->rowCount() > 0);
        QVERIFY(severalSources);

        // Every season's episodes, headed by their season; the embedded data has season 1's 12.
        QCOMPARE(overview.allEpisodes()->rowCount(), 12);
        QCOMPARE(overview.allEpisodes()->get(0).value(QStringLiteral("heading")).toString(),
                 QStringLiteral("Season 1 · 0 of 12 watched"));
        // Each group's first row carries its heading, the others none (the board's sections).
        QStringList headings;
        for (int i = 0; i < overview.cast()->rowCount(); ++i) {
            const QString h = overview.cast()->get(i).value(QStringLiteral("heading")).toString();
            if (!h.isEmpty())
                headings << h;
        }
        QCOMPARE(headings,
                 (QStringList{QStringLiteral("Confirmed"), QStringLiteral("Expected"),
                              QStringLiteral("Rumoured"), QStringLiteral("Not reported")}));
        QCOMPARE(overview.allEpisodes()->get(1).value(QStringLiteral("heading")).toString(),
                 QString());
        // The embedded show has no news articles: an empty list, not an error.
        QCOMPARE(overview.news()->rowCount(), 0);
        // The spread leaves the missed windows out: on 2026-12-01 only S4's is left, and one
        // window has no spread. On 2025-10-01 S3's two windows and S4's were still open.
        QCOMPARE(overview.spreadLabel(), QString());
        overview.setToday(QDate(2025, 10, 1));
        QVERIFY2(overview.loadFirst(t.db(), &loadError), qPrintable(loadError));
        QVERIFY2(overview.spreadLabel().contains(QStringLiteral("across 3 predictions")),
                 qPrintable(overview.spreadLabel()));
    }

    void aFailedClaimsReadKeepsThePageAndSaysWhy()
    {
        TestDatabase t;
        FeedError error;
        QVERIFY(DefaultFeed::import(t.db(), &error));
        const qint64 showId = LedgerQueries(t.db()).shows().first().id;
        ShowOverview overview;
        QString loadError;
        QVERIFY(overview.load(t.db(), showId, &loadError));
        const QString shown = overview.releaseLabel();

        // The claims can no longer be read (a damaged or foreign schema).
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE claims RENAME TO claims_elsewhere")));
        QSignalSpy changed(&overview, &ShowOverview::changed);
        QVERIFY(!overview.load(t.db(), showId, &loadError));
        QVERIFY2(loadError.contains(QStringLiteral("claims")), qPrintable(loadError));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(overview.releaseLabel(), shown);
    }
};

QTEST_GUILESS_MAIN(ShowOverviewTest)
#include "tst_showoverview.moc"
