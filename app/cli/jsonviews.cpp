#include "cli/jsonviews.h"

namespace {

QJsonValue dateValue(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

// Instants are ISO 8601 in UTC ("2025-06-03T00:15:00Z"); null when unknown.
QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

// "kind: message", the one line scripts get for a typed error; null when there is none.
QJsonValue error(const QString &kind, const QString &message)
{
    return message.isEmpty() ? QJsonValue()
                             : QJsonValue(QStringLiteral("%1: %2").arg(kind, message));
}

} // namespace

namespace JsonViews {

QJsonObject showSummary(const ShowSummary &show)
{
    return {{QStringLiteral("title"), show.title},
            {QStringLiteral("originalTitle"), text(show.originalTitle)},
            {QStringLiteral("network"), text(show.network)},
            {QStringLiteral("seasons"), show.seasonCount},
            {QStringLiteral("claims"), show.claimCount}};
}

QJsonObject releaseWindow(const ReleaseWindow &window, const std::optional<ClaimRecord> &claim)
{
    return {{QStringLiteral("earliest"), dateValue(window.earliest)},
            {QStringLiteral("latest"), dateValue(window.latest)},
            {QStringLiteral("precision"), precisionName(window.precision)},
            {QStringLiteral("label"), window.label(QLocale::c())},
            {QStringLiteral("sourceTitle"), claim ? text(claim->source.title) : QJsonValue()},
            {QStringLiteral("sourceUrl"), claim ? text(claim->source.url) : QJsonValue()}};
}

QJsonArray cast(const QList<CastOutlook> &cast)
{
    QJsonArray list;
    for (const CastOutlook &c : cast)
        list << QJsonObject{{QStringLiteral("actor"), c.actor},
                            {QStringLiteral("character"), c.character},
                            {QStringLiteral("status"), wireName(c.status)}};
    return list;
}

QJsonObject outlook(const SeasonOutlook &outlook)
{
    QJsonArray history;
    for (const WindowHistoryEntry &h : outlook.history)
        history << QJsonObject{{QStringLiteral("published"), dateValue(h.published)},
                               {QStringLiteral("earliest"), dateValue(h.window.earliest)},
                               {QStringLiteral("latest"), dateValue(h.window.latest)},
                               {QStringLiteral("label"), h.window.label(QLocale::c())},
                               {QStringLiteral("sourceTitle"), text(h.source.title)},
                               {QStringLiteral("tier"), wireName(h.tier)},
                               // "missed" when the window passed without the release.
                               {QStringLiteral("status"), h.statusName()}};
    return {{QStringLiteral("release"),
             outlook.release ? QJsonValue(releaseWindow(*outlook.release, outlook.releaseClaim))
                             : QJsonValue()},
            {QStringLiteral("agreeing"), outlook.agreeing},
            {QStringLiteral("episodeCount"),
             outlook.episodeCount ? QJsonValue(*outlook.episodeCount) : QJsonValue()},
            {QStringLiteral("history"), history},
            {QStringLiteral("cast"), cast(outlook.cast)}};
}

QJsonObject show(const Show &show, const QList<SeasonOutlook> &outlooks)
{
    QJsonArray seasons;
    for (int i = 0; i < show.seasons.size(); ++i) {
        const Season &s = show.seasons[i];
        QJsonArray episodes;
        for (const Episode &e : s.episodes)
            episodes << QJsonObject{{QStringLiteral("number"), e.number},
                                    {QStringLiteral("title"), text(e.title)},
                                    {QStringLiteral("airDate"), dateValue(e.airDate)},
                                    {QStringLiteral("special"), e.special}};
        seasons << QJsonObject{{QStringLiteral("number"), s.number},
                               {QStringLiteral("status"), wireName(s.status)},
                               {QStringLiteral("episodeCount"),
                                s.episodeCount ? QJsonValue(*s.episodeCount) : QJsonValue()},
                               {QStringLiteral("premiere"), dateValue(s.premiere)},
                               {QStringLiteral("episodes"), episodes},
                               {QStringLiteral("outlook"), outlook(outlooks.value(i))}};
    }
    // The show's cast carries each actor's status for the newest season: the one people wait for.
    const QJsonArray castList = outlooks.isEmpty() ? QJsonArray() : cast(outlooks.last().cast);
    return {{QStringLiteral("title"), show.title},
            {QStringLiteral("originalTitle"), text(show.originalTitle)},
            {QStringLiteral("aliases"), QJsonArray::fromStringList(show.aliases)},
            {QStringLiteral("network"), text(show.network)},
            {QStringLiteral("basedOn"), text(show.basedOn)},
            {QStringLiteral("creators"), QJsonArray::fromStringList(show.creators)},
            {QStringLiteral("synopsis"), text(show.synopsis)},
            {QStringLiteral("seasons"), seasons},
            {QStringLiteral("cast"), castList}};
}

QJsonObject claim(const ClaimRecord &r)
{
    const Claim &c = r.claim;
    const bool hasWindow = c.window.isStored(); // a lower bound has "latest": null
    QJsonObject o{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("show"), r.showTitle},
        {QStringLiteral("season"), c.season ? QJsonValue(*c.season) : QJsonValue()},
        {QStringLiteral("kind"), wireName(c.kind)},
        {QStringLiteral("value"), c.value},
        {QStringLiteral("earliest"), hasWindow ? dateValue(c.window.earliest) : QJsonValue()},
        {QStringLiteral("latest"), hasWindow ? dateValue(c.window.latest) : QJsonValue()},
        {QStringLiteral("precision"),
         hasWindow ? QJsonValue(precisionName(c.window.precision)) : QJsonValue()},
        {QStringLiteral("label"),
         hasWindow ? QJsonValue(c.window.label(QLocale::c())) : QJsonValue()},
        {QStringLiteral("tier"), wireName(c.tier)},
        {QStringLiteral("status"), wireName(c.status)},
        {QStringLiteral("quote"), text(c.quote)},
        {QStringLiteral("source"),
         QJsonObject{{QStringLiteral("title"), text(r.source.title)},
                     {QStringLiteral("publisher"), text(r.source.publisher)},
                     {QStringLiteral("url"), text(r.source.url)},
                     {QStringLiteral("published"), dateValue(r.source.published)},
                     // The feed that delivered the article was removed: the claim stays.
                     {QStringLiteral("feedRemoved"), r.feedRemovedAt.isValid()}}},
        {QStringLiteral("capturedAt"), time(r.capturedAt)},
        // When its article stopped saying it (then `status` is superseded); null otherwise.
        {QStringLiteral("retracted"), time(r.retractedAt)}};
    if (c.quoteOffset >= 0)
        o.insert(QStringLiteral("quoteOffset"), c.quoteOffset);
    if (r.supersededBy)
        o.insert(QStringLiteral("supersededBy"), r.supersededBy);
    if (r.contradictsCredit)
        o.insert(QStringLiteral("contradictsCredit"), r.contradictsCredit);
    if (hasWindow && !c.window.wording.isEmpty())
        o.insert(QStringLiteral("wording"), c.window.wording);
    return o;
}

QJsonArray sources(const QList<PublisherRecord> &records)
{
    QJsonArray list;
    for (const PublisherRecord &r : records)
        list << QJsonObject{{QStringLiteral("publisher"), r.publisher},
                            {QStringLiteral("predictions"), r.predictions},
                            {QStringLiteral("hit"), r.hit},
                            {QStringLiteral("missed"), r.missed},
                            {QStringLiteral("pending"), r.pending}};
    return list;
}

QJsonObject feed(const FeedRecord &f)
{
    return {{QStringLiteral("id"), f.id},
            {QStringLiteral("url"), f.url},
            {QStringLiteral("name"), text(f.name)},
            {QStringLiteral("format"), text(f.format)},
            {QStringLiteral("status"), wireName(f.status)},
            {QStringLiteral("retryAfter"), time(f.retryAfter)},
            {QStringLiteral("lastSync"), time(f.lastSync)},
            {QStringLiteral("itemCount"), f.itemCount},
            {QStringLiteral("error"), error(f.errorKind, f.errorMessage)},
            {QStringLiteral("tier"), wireName(f.tier)},
            {QStringLiteral("interval"), f.intervalMinutes},
            {QStringLiteral("builtin"), f.builtin}};
}

QJsonObject syncReport(const SyncReport &r)
{
    return {{QStringLiteral("url"), r.url},
            {QStringLiteral("status"), wireName(r.status)},
            {QStringLiteral("retryAfter"), time(r.retryAfter)},
            {QStringLiteral("newItems"), r.newItems},
            {QStringLiteral("updatedItems"), r.updatedItems},
            {QStringLiteral("error"), error(r.error.kindName(), r.error.message)},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)}};
}

QJsonObject article(const StoredArticle &a)
{
    return {{QStringLiteral("guid"), text(a.guid)},
            {QStringLiteral("title"), text(a.title)},
            {QStringLiteral("link"), text(a.link)},
            {QStringLiteral("published"), time(a.published)},
            {QStringLiteral("author"), text(a.author)},
            {QStringLiteral("feed"), a.feedUrl},
            {QStringLiteral("summary"), text(a.summary)}};
}

} // namespace JsonViews
