#include "models/feedscontroller.h"
#include "models/pagereader.h"
#include "storage/database.h"
#include "storage/feedstore.h"
#include "storage/ledgerqueries.h"
#include "support/cliprocess.h"
#include "support/loopbackserver.h"
#include "support/rssbuilder.h"
#include "support/sqlitefile.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <sqlite3.h>

// Issue 16 item 6: every query the pages run has an index behind it. The statements are not
// copied here: the pages' own reads run on a real database with SQLite's statement trace on, and
// each statement they prepared is then asked for its plan. A plan that scans one of the tables
// that grow with the user's data (claims, articles, episodes, sources, credits) fails, whether
// the scan is of the table or of a whole index of it. Tables that hold one row per show or
// feed (shows, seasons, feeds, the watchlist) may be scanned: the Library lists every show.

namespace {

const QStringList kBigTables = {QStringLiteral("claims"), QStringLiteral("articles"),
                                QStringLiteral("episodes"), QStringLiteral("sources"),
                                QStringLiteral("credits")};

// Each statement the connection ran, with how many times it ran.
int collectStatement(unsigned type, void *context, void *statement, void *)
{
    if (type == SQLITE_TRACE_STMT)
        ++(*static_cast<QHash<QString, int> *>(
            context))[QString::fromUtf8(sqlite3_sql(static_cast<sqlite3_stmt *>(statement)))];
    return 0;
}

// The names a statement gives the big tables: the table itself and its aliases.
QHash<QString, QString> bigTableNames(const QString &sql)
{
    QHash<QString, QString> names;
    static const QRegularExpression from(
        QStringLiteral("\\b(claims|articles|episodes|sources|credits)\\b(?:\\s+(?:AS\\s+)?"
                       "(?!WHERE|JOIN|LEFT|ON|ORDER|GROUP|LIMIT|USING|INNER|CROSS)(\\w+))?"),
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = from.globalMatch(sql); it.hasNext();) {
        const auto m = it.next();
        names.insert(m.captured(1).toLower(), m.captured(1).toLower());
        if (!m.captured(2).isEmpty())
            names.insert(m.captured(2), m.captured(1).toLower());
    }
    return names;
}

// The plan's lines that scan a big table ("SCAN c", "SCAN claims USING INDEX ..."); a SEARCH
// (an index lookup) is what we want.
QStringList fullScans(sqlite3 *db, const QString &sql)
{
    QStringList scans;
    const QHash<QString, QString> names = bigTableNames(sql);
    sqlite3_stmt *plan = nullptr;
    const QByteArray query = "EXPLAIN QUERY PLAN " + sql.toUtf8();
    if (sqlite3_prepare_v2(db, query.constData(), int(query.size()), &plan, nullptr) != SQLITE_OK) {
        scans << QStringLiteral("cannot explain: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)));
        return scans;
    }
    static const QRegularExpression scan(QStringLiteral("^SCAN (\\w+)"));
    while (sqlite3_step(plan) == SQLITE_ROW) {
        const QString detail =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(plan, 3)));
        const auto m = scan.match(detail);
        if (m.hasMatch() && names.contains(m.captured(1)))
            scans << detail;
    }
    sqlite3_finalize(plan);
    return scans;
}

} // namespace

class QueryPlansTest : public QObject {
    Q_OBJECT

private slots:
    void everyPageQueryHasAnIndex()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plans.sqlite"));
        // A library as a user has it: the embedded show, a news feed whose stories name it,
        // the show followed.
        LoopbackServer server;
        QVERIFY(server.listen());
        QList<RssTestItem> items;
        for (int n = 1; n <= 4; ++n)
            items << rssItem(n, QStringLiteral("<p>All of Us Are Dead season 2 will have 8 "
                                               "episodes, a report says.</p>"));
        server.route(QStringLiteral("/news.xml"), LoopbackResponse::ok(buildRss(items)));
        const QString url = server.url(QStringLiteral("/news.xml")).toString();
        for (const QStringList &command :
             {QStringList{QStringLiteral("feeds"), QStringLiteral("add"), url},
              QStringList{QStringLiteral("sync"), QStringLiteral("--all")},
              QStringList{QStringLiteral("watch"), QStringLiteral("add"),
                          QStringLiteral("All of Us Are Dead")}}) {
            const CliResult r = runCli(command + QStringList{QStringLiteral("--db"), path});
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }

        Database::OpenResult opened = Database::openReader(path);
        QVERIFY2(opened.database, qPrintable(opened.error));
        Database &db = *opened.database;
        QHash<QString, int> statements;
        QCOMPARE(sqlite3_trace_v2(db.handle(), SQLITE_TRACE_STMT, collectStatement, &statements),
                 SQLITE_OK);
        const auto showId = LedgerQueries(db).findShow(QStringLiteral("All of Us Are Dead"));
        QVERIFY(showId);
        // What the pages read: Home, the Library, the Show page's tabs (PageReader), the Feeds
        // page and its removal question.
        PageRequest request;
        request.currentShow = *showId;
        request.today = QDate(2026, 12, 1);
        request.now = QDateTime(request.today, QTime(12, 0), Qt::UTC);
        request.zone = QTimeZone::utc();
        const PageSnapshot pages = PageReader::read(db, request);
        // Every release-window claim of every show (the publishers' records, the Library's next
        // releases) is read once per pass, however many pages and followed shows want it.
        int ledgerWideReads = 0;
        for (auto it = statements.constBegin(); it != statements.constEnd(); ++it)
            if (it.key().contains(QLatin1String("c.kind = ")) &&
                !it.key().contains(QLatin1String("c.show_id = ")))
                ledgerWideReads += it.value();
        QCOMPARE(ledgerWideReads, 1);
        QVERIFY2(pages.libraryError.isEmpty(), qPrintable(pages.libraryError));
        QVERIFY(pages.hasOverview);
        QVERIFY(!pages.overview.articles.isEmpty()); // the News tab's query ran and found them
        FeedStore feeds(db);
        const QList<FeedRecord> list = feeds.list();
        QVERIFY(!list.isEmpty());
        QString error;
        feeds.impact(list.last().id, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        sqlite3_trace_v2(db.handle(), 0, nullptr, nullptr);

        QVERIFY(statements.size() >= 10); // the trace saw the pages' reads
        QStringList problems;
        for (auto it = statements.constBegin(); it != statements.constEnd(); ++it) {
            const QString &sql = it.key();
            const QStringList scans = fullScans(db.handle(), sql);
            if (!scans.isEmpty())
                problems << scans.join(QStringLiteral("; ")) + QStringLiteral("\n    in: ") +
                                sql.simplified();
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(QueryPlansTest)
#include "tst_queryplans.moc"
