#include "cli/command.h"
#include "cli/jsonviews.h"
#include "domain/displaylabels.h"
#include "domain/htmltext.h"
#include "outlook/outlookchanges.h"
#include "outlook/seasonoutlook.h"
#include "pipeline/articleclaims.h"
#include "pipeline/knownshows.h"
#include "pipeline/outlookcontext.h"
#include "storage/database.h"
#include "storage/ledgerqueries.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <algorithm>

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

    OutlookContext context;
    if (!loadOutlookContext(ctx.db, ctx.today(), &context, &error))
        return ctx.failure(error);
    ClaimFilter filter;
    filter.showId = id;
    const QList<ClaimRecord> claims = queries.claims(filter, &error);
    if (!error.isEmpty())
        return ctx.failure(error);
    const SeasonOutlook outlook = OutlookCalculator::forSeason(*show, *found, claims, context);
    const QList<OutlookChange> changes =
        OutlookChanges::replay(*show, *found, claims, context, ctx.json ? QLocale::c() : QLocale());
    const WindowSpread spread = OutlookChanges::spread(*show, *found, claims, context.today);

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
                            DisplayLabels::tier(outlook.releaseClaim->claim.tier));
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
    const auto missed = std::count_if(outlook.history.begin(), outlook.history.end(),
                                      [](const WindowHistoryEntry &h) { return h.missed(); });
    if (missed > 0)
        out << Tr::tr("Missed predictions (no longer counted): %1").arg(missed) << Qt::endl;
    if (outlook.episodeCount)
        out << Tr::tr("Expected episodes: %1").arg(*outlook.episodeCount) << Qt::endl;
    out << Tr::tr("How it changed:") << Qt::endl;
    for (const OutlookChange &c : changes) {
        const QString before = c.before.isEmpty() ? Tr::tr("nothing") : c.before;
        const QString after = c.after.isEmpty() ? Tr::tr("nothing") : c.after;
        out << (c.effect == QLatin1String("missed")
                    ? Tr::tr("  %1  %2 was missed (%3): %4 -> %5")
                          .arg(c.published.toString(Qt::ISODate), c.claimLabel, c.sourceTitle,
                               before, after)
                    : Tr::tr("  %1  %2 says %3: %4 -> %5 (%6)")
                          .arg(c.published.toString(Qt::ISODate), c.sourceTitle, c.claimLabel,
                               before, after, c.effect))
            << Qt::endl;
    }
    return Success;
}

int runSources(CommandContext &ctx)
{
    OutlookContext context;
    QString error;
    if (!loadOutlookContext(ctx.db, ctx.today(), &context, &error))
        return ctx.failure(error);
    const QList<PublisherRecord> records = TrackRecord::sorted(context.records);
    if (ctx.json) {
        ctx.printJson(JsonViews::sources(records));
        return Success;
    }
    if (records.isEmpty()) {
        ctx.out << Tr::tr("No release-window predictions in the ledger yet.") << Qt::endl;
        return Success;
    }
    const QStringList headers{Tr::tr("publisher"), Tr::tr("predictions"), Tr::tr("hit"),
                              Tr::tr("missed"), Tr::tr("pending")};
    qsizetype nameWidth = headers.first().size();
    for (const PublisherRecord &r : records)
        nameWidth = std::max(nameWidth, r.publisher.size());
    // The name left-aligned, each count right-aligned under its header.
    auto row = [&](const QString &name, const QStringList &counts) {
        QString line = name.leftJustified(nameWidth);
        for (int i = 0; i < counts.size(); ++i)
            line += QStringLiteral("  ") + counts[i].rightJustified(headers[i + 1].size());
        ctx.out << line << Qt::endl;
    };
    row(headers.first(), headers.mid(1));
    for (const PublisherRecord &r : records)
        row(r.publisher, {QString::number(r.predictions), QString::number(r.hit),
                          QString::number(r.missed), QString::number(r.pending)});
    ctx.out << Tr::tr("As of %1. Hit: the season came out inside the window; missed: it did not, "
                      "or the window's last day passed first.")
                   .arg(context.today.toString(Qt::ISODate))
            << Qt::endl;
    return Success;
}

// `extract --explain FILE`: the article read as the extractor reads a feed's item (HTML is
// turned into text first), with no headline, nothing stored.
int runExplain(CommandContext &ctx)
{
    QFile file(ctx.args.first());
    if (!file.open(QIODevice::ReadOnly))
        return ctx.failure(Tr::tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    const QByteArray bytes = file.readAll();
    ArticleInput article;
    const QString raw = QString::fromUtf8(bytes);
    // A page saved from a browser is HTML by its name even where its tags are not the inline
    // ones looksLikeHtml() knows from feed titles (<html>, <body>).
    const QString suffix = QFileInfo(file.fileName()).suffix().toLower();
    const bool html = suffix == QLatin1String("html") || suffix == QLatin1String("htm") ||
                      suffix == QLatin1String("xhtml") || looksLikeHtml(raw);
    article.text = html ? htmlToPlainText(QByteArrayView(bytes)) : raw;
    article.published =
        ctx.parser.isSet(QStringLiteral("published"))
            ? QDate::fromString(ctx.parser.value(QStringLiteral("published")), Qt::ISODate)
            : QDate::currentDate();
    QString error;
    const QList<KnownShow> shows = KnownShows::load(ctx.db, &error);
    if (!error.isEmpty())
        return ctx.failure(error);
    const QList<SentenceExplanation> sentences = Extractor(shows).explain(article);
    if (ctx.json) {
        QJsonArray list;
        for (const SentenceExplanation &s : sentences)
            list << QJsonObject{{QStringLiteral("offset"), s.offset},
                                {QStringLiteral("text"), s.text},
                                {QStringLiteral("claims"), QJsonArray::fromStringList(s.fired)},
                                {QStringLiteral("reason"),
                                 s.reason.isEmpty() ? QJsonValue() : QJsonValue(s.reason)}};
        ctx.printJson(list);
        return Success;
    }
    for (const SentenceExplanation &s : sentences) {
        ctx.out << QStringLiteral("%1  %2").arg(s.offset).arg(s.text.simplified()) << Qt::endl;
        for (const QString &claim : s.fired)
            ctx.out << QStringLiteral("      + ") << claim << Qt::endl;
        if (!s.reason.isEmpty())
            ctx.out << QStringLiteral("      - ") << s.reason << Qt::endl;
    }
    return Success;
}

int runExtract(CommandContext &ctx)
{
    if (ctx.parser.isSet(QStringLiteral("explain"))) {
        if (ctx.args.size() != 1)
            return ctx.usage(Tr::tr("--explain needs the article FILE: extract --explain FILE"));
        return runExplain(ctx);
    }
    if (!ctx.args.isEmpty())
        return ctx.usage(Tr::tr("'extract' takes a FILE only with --explain."));
    if (ctx.parser.isSet(QStringLiteral("published")))
        return ctx.usage(Tr::tr("--published applies to extract --explain only."));
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
         QStringLiteral("outlook TITLE [--season N] [--today DATE] [--json]"),
         Tr::tr(
             "The derived outlook of a season: best window, agreeing sources, spread, history and "
             "changes; windows missed by today no longer count."),
         {QStringLiteral("json"), QStringLiteral("season"), QStringLiteral("today")},
         1,
         1,
         true,
         runOutlook},
        {QStringLiteral("sources"),
         QStringLiteral("sources [--today DATE] [--json]"),
         Tr::tr("Each publisher's record of release-window predictions: made, hit, missed, "
                "pending."),
         {QStringLiteral("json"), QStringLiteral("today")},
         0,
         0,
         true,
         runSources},
        {QStringLiteral("extract"),
         QStringLiteral("extract [--rebuild] [--json] | extract --explain FILE [--published DATE] "
                        "[--json]"),
         Tr::tr("Extract claims again from every stored article (idempotent; reviewed claims keep "
                "their verdict); with --explain, say per sentence of an article file which rule "
                "fired or why none did."),
         {QStringLiteral("json"), QStringLiteral("rebuild"), QStringLiteral("explain"),
          QStringLiteral("published")},
         0,
         1,
         true,
         runExtract},
    };
}

} // namespace Cli
