#include "cli/command.h"
#include "cli/jsonviews.h"
#include "domain/displaylabels.h"
#include "outlook/claimtext.h"
#include "outlook/seasonoutlook.h"
#include "pipeline/outlookcontext.h"
#include "storage/claimreviews.h"
#include "storage/database.h"
#include "storage/ledgerqueries.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Cli {

namespace {

// Gives lupdate and the runtime the same context for this file's strings.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QList<SeasonOutlook> outlooksFor(Database &db, const Show &show, qint64 showId, QDate today,
                                 QString *error)
{
    OutlookContext context;
    if (!loadOutlookContext(db, today, &context, error))
        return {};
    ClaimFilter filter;
    filter.showId = showId;
    const QList<ClaimRecord> claims = LedgerQueries(db).claims(filter, error);
    QList<SeasonOutlook> outlooks;
    for (const Season &season : show.seasons)
        outlooks << OutlookCalculator::forSeason(show, season, claims, context);
    return outlooks;
}

int runShows(CommandContext &ctx)
{
    QString error;
    const QList<ShowSummary> shows = LedgerQueries(ctx.db).shows(&error);
    if (!error.isEmpty())
        return ctx.failure(error);
    if (ctx.json) {
        QJsonArray list;
        for (const ShowSummary &s : shows)
            list << JsonViews::showSummary(s);
        ctx.printJson(list);
        return Success;
    }
    if (shows.isEmpty())
        ctx.out << Tr::tr("No shows yet. Add a feed, or start without --no-default-data.")
                << Qt::endl;
    for (const ShowSummary &s : shows) {
        const int seasonCount = s.seasonCount;
        const int claimCount = s.claimCount;
        ctx.out << Tr::tr("%1 (%2): %3, %4")
                       .arg(s.title, s.network.isEmpty() ? Tr::tr("unknown network") : s.network,
                            Tr::tr("%n season(s)", nullptr, seasonCount),
                            Tr::tr("%n claim(s)", nullptr, claimCount))
                << Qt::endl;
    }
    return Success;
}

void printOutlook(QTextStream &out, const SeasonOutlook &o)
{
    if (o.release) {
        QString line = Tr::tr("  Release: %1").arg(o.release->label());
        if (o.releaseClaim) {
            const int agreeing = o.agreeing;
            line += Tr::tr(" (%1, from %2; %n other source(s) agree)", nullptr, agreeing)
                        .arg(DisplayLabels::tier(o.releaseClaim->claim.tier),
                             o.releaseClaim->source.title);
        }
        out << line << Qt::endl;
    } else {
        out << Tr::tr("  Release: no date known") << Qt::endl;
    }
    if (o.episodeCount)
        out << Tr::tr("  Episodes expected: %1").arg(*o.episodeCount) << Qt::endl;
    for (const WindowHistoryEntry &h : o.history)
        out << (h.missed() ? Tr::tr("    %1  %2  (%3, %4, missed)")
                           : Tr::tr("    %1  %2  (%3, %4)"))
                   .arg(h.published.toString(Qt::ISODate), h.window.label(), h.source.title,
                        DisplayLabels::tier(h.tier))
            << Qt::endl;
}

int runShow(CommandContext &ctx)
{
    int code = Success;
    const qint64 id = ctx.showNamed(ctx.args.first(), &code);
    if (!id)
        return code;
    QString error;
    const auto show = LedgerQueries(ctx.db).loadShow(id, &error);
    if (!show)
        return ctx.failure(error);
    const QList<SeasonOutlook> outlooks = outlooksFor(ctx.db, *show, id, ctx.today(), &error);
    if (!error.isEmpty())
        return ctx.failure(error);
    if (ctx.json) {
        ctx.printJson(JsonViews::show(*show, outlooks));
        return Success;
    }
    QTextStream &out = ctx.out;
    out << show->title;
    if (!show->originalTitle.isEmpty())
        out << QStringLiteral(" (") << show->originalTitle << QStringLiteral(")");
    out << Qt::endl;
    if (!show->network.isEmpty())
        out << show->network << Qt::endl;
    if (!show->synopsis.isEmpty())
        out << show->synopsis << Qt::endl;
    for (int i = 0; i < show->seasons.size(); ++i) {
        const Season &s = show->seasons[i];
        out << Qt::endl
            << Tr::tr("Season %1: %2").arg(s.number).arg(DisplayLabels::seasonStatus(s.status))
            << Qt::endl;
        printOutlook(out, outlooks[i]);
        for (const Episode &e : s.episodes)
            out << Tr::tr("  %1. %2  %3")
                       .arg(e.number)
                       .arg(e.title, e.airDate.isValid() ? e.airDate.toString(Qt::ISODate)
                                                         : Tr::tr("date unknown"))
                << Qt::endl;
    }
    if (!outlooks.isEmpty()) {
        out << Qt::endl
            << Tr::tr("Cast (status for season %1):").arg(outlooks.last().season) << Qt::endl;
        for (const CastOutlook &c : outlooks.last().cast)
            out << Tr::tr("  %1 as %2: %3")
                       .arg(c.actor, c.character, DisplayLabels::castStatus(c.status))
                << Qt::endl;
    }
    return Success;
}

int runReview(CommandContext &ctx)
{
    if (ctx.args.size() != 3)
        return ctx.usage(Tr::tr("'claims review' needs a claim id and a verdict: claims review ID "
                                "confirm|dismiss|wrong."));
    bool ok = false;
    const qint64 id = ctx.args[1].toLongLong(&ok);
    if (!ok || id <= 0)
        return ctx.usage(Tr::tr("'%1' is not a claim id.").arg(ctx.args[1]));
    QString error;
    Verdict verdict;
    if (!ClaimReviews::parseVerdict(ctx.args[2], &verdict, &error))
        return ctx.usage(error);
    if (!ClaimReviews::review(ctx.db, id, verdict, &error))
        return ctx.failure(error);
    ClaimFilter filter;
    filter.id = id;
    const QList<ClaimRecord> claims = LedgerQueries(ctx.db).claims(filter);
    if (ctx.json && !claims.isEmpty())
        ctx.printJson(JsonViews::claim(claims.first()));
    else
        ctx.out << Tr::tr("Claim #%1 is now %2.")
                       .arg(id)
                       .arg(claims.isEmpty()
                                ? QString()
                                : DisplayLabels::claimStatus(claims.first().claim.status))
                << Qt::endl;
    return Success;
}

int runClaims(CommandContext &ctx)
{
    if (!ctx.args.isEmpty()) {
        if (ctx.args.first() == QLatin1String("review"))
            return runReview(ctx);
        return ctx.usage(
            Tr::tr("unknown claims command '%1': use 'claims' or 'claims review ID VERDICT'.")
                .arg(ctx.args.first()));
    }
    ClaimFilter filter;
    const QCommandLineParser &p = ctx.parser;
    int code = Success;
    if (!ctx.seasonOption(&filter.season, &code))
        return code;
    if (p.isSet(QStringLiteral("show"))) {
        const qint64 id = ctx.showNamed(p.value(QStringLiteral("show")), &code);
        if (!id)
            return code;
        filter.showId = id;
    }
    if (p.isSet(QStringLiteral("kind"))) {
        ClaimKind kind = ClaimKind::Plot;
        if (!fromWireName(p.value(QStringLiteral("kind")), &kind))
            return ctx.usage(valueError(p)); // checked before the database opened; kept safe
        filter.kind = kind;
    }
    QString error;
    const QList<ClaimRecord> claims = LedgerQueries(ctx.db).claims(filter, &error);
    if (!error.isEmpty())
        return ctx.failure(error);
    if (ctx.json) {
        QJsonArray list;
        for (const ClaimRecord &c : claims)
            list << JsonViews::claim(c);
        ctx.printJson(list);
        return Success;
    }
    for (const ClaimRecord &r : claims) {
        const QString season =
            r.claim.season ? Tr::tr("S%1").arg(*r.claim.season) : QStringLiteral("-");
        const QString value = ClaimText::summary(r.claim);
        ctx.out << QStringLiteral("#%1  %2  %3  %4  %5  [%6, %7]  %8")
                       .arg(r.id)
                       .arg(r.showTitle, season, DisplayLabels::claimKind(r.claim.kind), value,
                            DisplayLabels::tier(r.claim.tier),
                            DisplayLabels::claimStatus(r.claim.status),
                            ClaimText::withProvenance(r.source.title, r))
                << Qt::endl;
    }
    return Success;
}

} // namespace

QList<Command> ledgerCommands()
{
    return {
        {QStringLiteral("shows"),
         QStringLiteral("shows [--json]"),
         Tr::tr("List the known shows."),
         {QStringLiteral("json")},
         0,
         0,
         true,
         runShows},
        {QStringLiteral("show"),
         QStringLiteral("show TITLE [--today DATE] [--json]"),
         Tr::tr("A show with its seasons, episodes, cast and each season's outlook."),
         {QStringLiteral("json"), QStringLiteral("today")},
         1,
         1,
         true,
         runShow},
        {QStringLiteral("claims"),
         QStringLiteral(
             "claims [--show TITLE] [--season N] [--kind KIND] [--json]  |  claims review ID "
             "confirm|dismiss|wrong"),
         Tr::tr(
             "The claims in the ledger, with their sources; or a reader's verdict on one claim."),
         {QStringLiteral("json"), QStringLiteral("show"), QStringLiteral("season"),
          QStringLiteral("kind")},
         0,
         3,
         true,
         runClaims},
    };
}

} // namespace Cli
