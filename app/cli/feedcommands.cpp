#include "cli/command.h"
#include "cli/jsonviews.h"
#include "cli/syncreportline.h"
#include "domain/displaylabels.h"
#include "feeds/feedurl.h"
#include "feeds/http/feedfetcher.h"
#include "feeds/sync/syncservice.h"
#include "pipeline/articleclaims.h"
#include "pipeline/calendarexport.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/feedstore.h"
#include "storage/ledgerqueries.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

namespace Cli {

namespace {

// Gives lupdate and the runtime the same context for this file's strings.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Finds the feed named by --feed or an argument, or reports it; returns nullopt to stop.
std::optional<FeedRecord> resolveFeed(CommandContext &ctx, const QString &urlOrId, int *exitCode)
{
    const auto feed = FeedStore(ctx.db).find(urlOrId);
    if (!feed)
        *exitCode = ctx.failure(
            Tr::tr("no feed '%1'. 'cliffhanger feeds list' shows the feeds.").arg(urlOrId));
    return feed;
}

int listFeeds(CommandContext &ctx)
{
    QString error;
    const QList<FeedRecord> feeds = FeedStore(ctx.db).list(&error);
    if (!error.isEmpty())
        return ctx.failure(error);
    if (ctx.json) {
        QJsonArray list;
        for (const FeedRecord &f : feeds)
            list << JsonViews::feed(f);
        ctx.printJson(list);
        return Success;
    }
    if (feeds.isEmpty())
        ctx.out << Tr::tr("No feeds. Add one with 'cliffhanger feeds add URL'.") << Qt::endl;
    for (const FeedRecord &f : feeds) {
        const QString last =
            f.lastSync.isValid() ? f.lastSync.toString(Qt::ISODate) : Tr::tr("never");
        const QString status =
            f.status == SyncStatus::Deferred && f.retryAfter.isValid()
                ? Tr::tr("deferred until %1").arg(f.retryAfter.toString(Qt::ISODate))
                : DisplayLabels::syncStatus(f.status);
        ctx.out << QStringLiteral("%1  %2  [%3, %4, %5]")
                       .arg(f.id)
                       .arg(f.name.isEmpty()
                                ? f.url
                                : f.name + QStringLiteral(" <") + f.url + QLatin1Char('>'),
                            status, Tr::tr("%n item(s)", nullptr, f.itemCount),
                            Tr::tr("last sync %1").arg(last))
                << Qt::endl;
        if (!f.errorMessage.isEmpty())
            ctx.out << QStringLiteral("    %1: %2")
                           .arg(DisplayLabels::feedErrorKind(f.errorKind), f.errorMessage)
                    << Qt::endl;
    }
    return Success;
}

int addFeed(CommandContext &ctx)
{
    if (ctx.args.size() != 2)
        return ctx.usage(Tr::tr("'feeds add' needs exactly one URL."));
    QString error;
    const QUrl url = FeedUrl::validate(ctx.args[1], &error);
    if (!url.isValid())
        return ctx.usage(error);
    const QCommandLineParser &p = ctx.parser;
    int interval = FeedStore::kDefaultIntervalMinutes;
    if (p.isSet(QStringLiteral("interval"))) {
        bool ok = false;
        interval = p.value(QStringLiteral("interval")).toInt(&ok);
        if (!ok || interval < 5 || interval > 43200)
            return ctx.usage(Tr::tr("--interval needs minutes between 5 and 43200, not '%1'.")
                                 .arg(p.value(QStringLiteral("interval"))));
    }
    Tier tier = Tier::Reported;
    if (p.isSet(QStringLiteral("tier")) && !fromWireName(p.value(QStringLiteral("tier")), &tier))
        return ctx.usage(
            Tr::tr("--tier must be one of %1, not '%2'.")
                .arg(wireNames<Tier>().join(QLatin1String(", ")), p.value(QStringLiteral("tier"))));
    const auto feed = FeedStore(ctx.db).add(url.toString(), p.value(QStringLiteral("name")),
                                            interval, tier, false, &error);
    if (!feed)
        return ctx.failure(error);
    if (ctx.json)
        ctx.printJson(JsonViews::feed(*feed));
    else
        ctx.out << Tr::tr("Added feed %1: %2. 'cliffhanger sync --feed %1' fetches it now.")
                       .arg(feed->id)
                       .arg(feed->url)
                << Qt::endl;
    return Success;
}

int removeFeed(CommandContext &ctx)
{
    if (ctx.args.size() != 2)
        return ctx.usage(Tr::tr("'feeds remove' needs exactly one URL or id."));
    int code = Success;
    const auto feed = resolveFeed(ctx, ctx.args[1], &code);
    if (!feed)
        return code;
    QString error;
    FeedStore store(ctx.db);
    const FeedStore::RemovalImpact impact = store.impact(feed->id, &error);
    if (!error.isEmpty())
        return ctx.failure(error);
    const QString articles = Tr::tr("%n stored article(s)", nullptr, impact.articles);
    const QString claims = Tr::tr("%n claim(s)", nullptr, impact.claims);
    // Deleting articles cannot be undone: say what goes before it goes, and let scripts say yes.
    if (!ctx.parser.isSet(QStringLiteral("yes"))) {
        ctx.err << Tr::tr("Removing %1 deletes its %2. The %3 they gave stay in the ledger, marked "
                          "as from a removed feed. Run again with --yes to remove it.")
                       .arg(feed->url, articles, claims)
                << Qt::endl;
        return UsageError;
    }
    if (!store.remove(feed->id, &error))
        return ctx.failure(error);
    if (!ctx.json) {
        ctx.out << Tr::tr("Removed feed %1 and its %2; the %3 they gave stay in the ledger.")
                       .arg(feed->url, articles, claims)
                << Qt::endl;
    } else {
        QJsonObject o = JsonViews::feed(*feed);
        o.insert(QStringLiteral("articlesRemoved"), impact.articles);
        o.insert(QStringLiteral("claimsOrphaned"), impact.claims);
        ctx.printJson(o);
    }
    return Success;
}

int runFeeds(CommandContext &ctx)
{
    const QString sub = ctx.args.first();
    if (sub == QLatin1String("list")) {
        if (ctx.args.size() != 1)
            return ctx.usage(Tr::tr("'feeds list' takes no arguments."));
        return listFeeds(ctx);
    }
    if (sub == QLatin1String("add"))
        return addFeed(ctx);
    if (sub == QLatin1String("remove"))
        return removeFeed(ctx);
    return ctx.usage(Tr::tr("unknown feeds command '%1': use list, add or remove.").arg(sub));
}

int runSync(CommandContext &ctx)
{
    FeedFetcher fetcher;
    ArticleClaims extraction(ctx.db);
    SyncService service(ctx.db, &fetcher, &extraction);
    QList<SyncReport> reports;
    QObject::connect(&service, &SyncService::feedFinished,
                     [&reports](const SyncReport &r) { reports << r; });
    QEventLoop loop;
    QObject::connect(&service, &SyncService::idle, &loop, &QEventLoop::quit);
    const bool all = ctx.parser.isSet(QStringLiteral("all"));
    if (all && ctx.parser.isSet(QStringLiteral("feed")))
        return ctx.usage(Tr::tr("--all and --feed cannot be used together."));
    if (all) {
        QString error;
        QList<qint64> ids;
        for (const FeedRecord &f : FeedStore(ctx.db).list(&error))
            ids << f.id;
        if (!error.isEmpty())
            return ctx.failure(error);
        service.syncFeeds(ids);
    } else if (ctx.parser.isSet(QStringLiteral("feed"))) {
        int code = Success;
        const auto feed = resolveFeed(ctx, ctx.parser.value(QStringLiteral("feed")), &code);
        if (!feed)
            return code;
        service.syncFeeds({feed->id});
    } else {
        service.syncDue();
    }
    if (service.isBusy())
        loop.exec();

    bool failed = false;
    QJsonArray list;
    for (const SyncReport &r : reports) {
        failed = failed || r.status == SyncStatus::Error;
        if (ctx.json) {
            list << JsonViews::syncReport(r);
            continue;
        }
        ctx.out << syncReportLine(r);
        ctx.out << Qt::endl;
        for (const QString &w : r.warnings)
            ctx.out << Tr::tr("    warning: %1").arg(w) << Qt::endl;
    }
    if (ctx.json)
        ctx.printJson(list);
    else if (reports.isEmpty())
        ctx.out << Tr::tr("No feed is due; 'cliffhanger sync --feed URL' syncs one now.")
                << Qt::endl;
    // The subscribed calendar follows every sync that fetched a feed. Its failure is said, but
    // the sync stored its data and stays a success: the next sync tries the file again.
    const CalendarExport::KeptFile kept =
        reports.isEmpty()
            ? CalendarExport::KeptFile()
            : CalendarExport::refreshKeptFile(ctx.db, QDateTime::currentDateTimeUtc());
    if (!kept.error.isEmpty())
        ctx.err << Tr::tr("warning: %1").arg(kept.error) << Qt::endl;
    else if (!kept.path.isEmpty() && !ctx.json)
        ctx.out << Tr::tr("Calendar file %1 updated (%n event(s)).", nullptr, kept.events)
                       .arg(kept.path)
                << Qt::endl;
    return failed ? Failure : Success;
}

int runArticles(CommandContext &ctx)
{
    ArticleStore::Filter filter;
    const QCommandLineParser &p = ctx.parser;
    int code = Success;
    if (p.isSet(QStringLiteral("feed"))) {
        const auto feed = resolveFeed(ctx, p.value(QStringLiteral("feed")), &code);
        if (!feed)
            return code;
        filter.feedId = feed->id;
    }
    if (p.isSet(QStringLiteral("show"))) {
        const qint64 show = ctx.showNamed(p.value(QStringLiteral("show")), &code);
        if (!show)
            return code;
        filter.showId = show;
    }
    QString error;
    const QList<StoredArticle> articles = ArticleStore(ctx.db).list(filter, &error);
    if (!error.isEmpty())
        return ctx.failure(error);
    if (ctx.json) {
        QJsonArray list;
        for (const StoredArticle &a : articles)
            list << JsonViews::article(a);
        ctx.printJson(list);
        return Success;
    }
    for (const StoredArticle &a : articles)
        ctx.out << QStringLiteral("%1  %2\n    %3")
                       .arg(a.published.isValid() ? a.published.toString(Qt::ISODate)
                                                  : Tr::tr("undated"),
                            a.title, a.link)
                << Qt::endl;
    return Success;
}

} // namespace

QList<Command> feedCommands()
{
    return {
        {QStringLiteral("feeds"),
         QStringLiteral(
             "feeds list|add URL [--name NAME] [--interval MINUTES] [--tier TIER]|remove URL|ID "
             "--yes [--json]"),
         Tr::tr("List, add or remove the feeds Cliffhanger keeps in sync."),
         {QStringLiteral("json"), QStringLiteral("name"), QStringLiteral("interval"),
          QStringLiteral("tier"), QStringLiteral("yes")},
         1,
         2,
         true,
         runFeeds},
        {QStringLiteral("sync"),
         QStringLiteral("sync [--feed URL|ID | --all] [--json]"),
         Tr::tr("Fetch every due feed, the named one, or with --all every feed now, and store what "
                "changed. Exit 1 if any feed failed (a feed deferred by its host is no failure)."),
         {QStringLiteral("json"), QStringLiteral("feed"), QStringLiteral("all")},
         0,
         0,
         true,
         runSync},
        {QStringLiteral("articles"),
         QStringLiteral("articles [--feed URL|ID] [--show TITLE] [--json]"),
         Tr::tr("The stored news articles, newest first."),
         {QStringLiteral("json"), QStringLiteral("feed"), QStringLiteral("show")},
         0,
         0,
         true,
         runArticles},
    };
}

} // namespace Cli
