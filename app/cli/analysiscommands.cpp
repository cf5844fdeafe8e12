#include "cli/command.h"
#include "cli/jsonviews.h"
#include "outlook/outlookchanges.h"
#include "outlook/seasonoutlook.h"
#include "pipeline/articleclaims.h"
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

// The season people wait for, else the newest.
int defaultSeason(const Show &show)
{
    const int upcoming = OutlookCalculator::upcomingSeasonIndex(show);
    if (upcoming >= 0)
        return show.seasons[upcoming].number;
    return show.seasons.isEmpty() ? 0 : show.seasons.last().number;
}

QJsonObject changeJson(const OutlookChange &c)
{
    return {{QStringLiteral("claimId"), c.claimId},
            {QStringLiteral("published"), c.published.toString(Qt::ISODate)},
            {QStringLiteral("kind"), wireName(c.kind)},
            {QStringLiteral("sourceTitle"), c.sourceTitle},
            {QStringLiteral("claim"), c.claimLabel},
            {QStringLiteral("effect"), c.effect},
            {QStringLiteral("before"), c.before.isEmpty() ? QJsonValue() : QJsonValue(c.before)},
            {QStringLiteral("after"), c.after.isEmpty() ? QJsonValue() : QJsonValue(c.after)}};
}

int runOutlook(CommandContext &ctx)
{
    int code = Success;
    std::optional<int> requested;
    if (!ctx.seasonOption(&requested, &code))
        return code;
    const qint64 id = ctx.showNamed(ctx.args.first(), &code);
    if (!id)
        return code;
    LedgerQueries queries(ctx.db);
    QString error;
    const auto show = queries.loadShow(id, &error);
    if (!show)
        return ctx.failure(error);
    const int season = requested.value_or(defaultSeason(*show));
    const Season *found = nullptr;
    for (const Season &s : show->seasons)
        if (s.number == season)
            found = &s;
    if (!found)
        return ctx.failure(Tr::tr("%1 has no season %2.").arg(show->title).arg(season));

    ClaimFilter filter;
    filter.showId = id;
    const QList<ClaimRecord> claims = queries.claims(filter, &error);
    const SeasonOutlook outlook = OutlookCalculator::forSeason(*show, *found, claims);
    const QList<OutlookChange> changes = OutlookChanges::replay(season, claims);
    const WindowSpread spread = OutlookChanges::spread(season, claims);

    if (ctx.json) {
        QJsonObject o = JsonViews::outlook(outlook);
        o.insert(QStringLiteral("show"), show->title);
        o.insert(QStringLiteral("season"), season);
        o.insert(QStringLiteral("spread"),
                 spread.claims == 0
                     ? QJsonValue()
                     : QJsonValue(QJsonObject{
                           {QStringLiteral("earliest"), spread.earliest.toString(Qt::ISODate)},
                           {QStringLiteral("latest"), spread.latest.toString(Qt::ISODate)},
                           {QStringLiteral("days"), spread.days},
                           {QStringLiteral("claims"), spread.claims}}));
        QJsonArray list;
        for (const OutlookChange &c : changes)
            list << changeJson(c);
        o.insert(QStringLiteral("changes"), list);
        ctx.printJson(o);
        return Success;
    }
    QTextStream &out = ctx.out;
    out << Tr::tr("%1, season %2").arg(show->title).arg(season) << Qt::endl;
    if (outlook.release) {
        out << Tr::tr("Best window: %1").arg(outlook.release->label());
        if (outlook.releaseClaim)
            out << Tr::tr(" (%1, %2)")
                       .arg(outlook.releaseClaim->source.title,
                            wireName(outlook.releaseClaim->claim.tier));
        out << Qt::endl
            << Tr::tr("Independent sources agreeing: %1").arg(outlook.agreeing) << Qt::endl;
    } else {
        out << Tr::tr("No release window known.") << Qt::endl;
    }
    if (spread.claims > 0)
        out << Tr::tr("Spread of the open predictions: %1 to %2 (%3 days, %4 claims)")
                   .arg(spread.earliest.toString(Qt::ISODate), spread.latest.toString(Qt::ISODate))
                   .arg(spread.days)
                   .arg(spread.claims)
            << Qt::endl;
    if (outlook.episodeCount)
        out << Tr::tr("Expected episodes: %1").arg(*outlook.episodeCount) << Qt::endl;
    out << Tr::tr("How it changed:") << Qt::endl;
    for (const OutlookChange &c : changes)
        out << Tr::tr("  %1  %2 says %3: %4 -> %5 (%6)")
                   .arg(c.published.toString(Qt::ISODate), c.sourceTitle, c.claimLabel,
                        c.before.isEmpty() ? Tr::tr("nothing") : c.before, c.after, c.effect)
            << Qt::endl;
    return Success;
}

int runExtract(CommandContext &ctx)
{
    ArticleClaims extraction(ctx.db);
    ExtractionStats stats;
    QString error;
    if (!extraction.rebuild(&stats, &error))
        return ctx.failure(error);
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("articles"), stats.articles},
                                  {QStringLiteral("linked"), stats.linked},
                                  {QStringLiteral("claimsAdded"), stats.claimsAdded}});
    else
        ctx.out << Tr::tr("Read %1 articles; %2 name a known show; %3 new claims.")
                       .arg(stats.articles)
                       .arg(stats.linked)
                       .arg(stats.claimsAdded)
                << Qt::endl;
    return Success;
}

} // namespace

QList<Command> analysisCommands()
{
    return {
        {QStringLiteral("outlook"),
         QStringLiteral("outlook TITLE [--season N] [--json]"),
         Tr::tr(
             "The derived outlook of a season: best window, agreeing sources, spread, history and "
             "changes."),
         {QStringLiteral("json"), QStringLiteral("season")},
         1,
         1,
         true,
         runOutlook},
        {QStringLiteral("extract"),
         QStringLiteral("extract [--rebuild] [--json]"),
         Tr::tr("Extract claims again from every stored article (idempotent; reviewed claims keep "
                "their verdict)."),
         {QStringLiteral("json"), QStringLiteral("rebuild")},
         0,
         0,
         true,
         runExtract},
    };
}

} // namespace Cli
