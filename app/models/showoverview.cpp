#include "models/showoverview.h"

#include "outlook/claimtext.h"
#include "outlook/seasonoutlook.h"
#include "pipeline/outlookcontext.h"
#include "storage/database.h"
#include "storage/ledgerqueries.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

namespace {

// Gives lupdate and the runtime the same context for this file's strings.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ShowOverview)
};

QString seasonStatusLabel(SeasonStatus status)
{
    switch (status) {
    case SeasonStatus::Announced:
        return Tr::tr("Announced");
    case SeasonStatus::Renewed:
        return Tr::tr("Renewed");
    case SeasonStatus::InProduction:
        return Tr::tr("In production");
    case SeasonStatus::Filming:
        return Tr::tr("Filming");
    case SeasonStatus::PostProduction:
        return Tr::tr("In post-production");
    case SeasonStatus::Released:
        return Tr::tr("Released");
    case SeasonStatus::Cancelled:
        return Tr::tr("Cancelled");
    }
    return QString();
}

QString castStatusLabel(CastStatus status)
{
    switch (status) {
    case CastStatus::Confirmed:
        return Tr::tr("Confirmed");
    case CastStatus::Expected:
        return Tr::tr("Expected");
    case CastStatus::Rumoured:
        return Tr::tr("Rumoured");
    case CastStatus::NotReported:
        break;
    }
    return Tr::tr("Not reported");
}

QString tierLabel(Tier tier)
{
    switch (tier) {
    case Tier::Official:
        return Tr::tr("official");
    case Tier::Reported:
        return Tr::tr("reported");
    case Tier::Rumour:
        return Tr::tr("rumour");
    case Tier::Estimate:
        return Tr::tr("estimate");
    }
    return QString();
}

} // namespace

ShowOverview::ShowOverview(QObject *parent)
    : QObject(parent),
      m_history({QStringLiteral("label"), QStringLiteral("published"), QStringLiteral("source"),
                 QStringLiteral("tier"), QStringLiteral("current"), QStringLiteral("missed")}),
      m_cast({QStringLiteral("actor"), QStringLiteral("character"), QStringLiteral("status"),
              QStringLiteral("statusLabel")}),
      m_episodes({QStringLiteral("number"), QStringLiteral("title"), QStringLiteral("airDate")}),
      m_claims({QStringLiteral("claimId"), QStringLiteral("kind"), QStringLiteral("summary"),
                QStringLiteral("source"), QStringLiteral("published"), QStringLiteral("tier"),
                QStringLiteral("status"), QStringLiteral("quote")})
{
}

bool ShowOverview::load(Database &db, qint64 showId, QString *error)
{
    LedgerQueries queries(db);
    const auto show = queries.loadShow(showId, error);
    if (!show)
        return false;
    ClaimFilter filter;
    filter.showId = showId;
    QString claimsError;
    const QList<ClaimRecord> claims = queries.claims(filter, &claimsError);
    if (!claimsError.isEmpty()) {
        // An outlook without its claims would look certain and be wrong: keep the page as it was.
        *error = claimsError;
        return false;
    }
    OutlookContext context;
    if (!loadOutlookContext(db, m_today.isValid() ? m_today : QDate::currentDate(), &context,
                            error))
        return false;
    QList<SeasonOutlook> outlooks;
    for (const Season &season : show->seasons)
        outlooks << OutlookCalculator::forSeason(*show, season, claims, context);

    m_title = show->title;
    m_originalTitle = show->originalTitle;
    QStringList facts;
    if (!show->network.isEmpty())
        facts << show->network;
    if (!show->genres.isEmpty())
        facts << show->genres.join(QLatin1String(", "));
    if (!show->creators.isEmpty())
        facts << Tr::tr("created by %1").arg(QLocale().createSeparatedList(show->creators));
    m_subtitle = facts.join(QStringLiteral(" · "));
    m_synopsis = show->synopsis;
    fillUpcoming(*show, outlooks);
    fillClaims(claims);
    m_loaded = true;
    emit changed();
    return true;
}

bool ShowOverview::loadFirst(Database &db, QString *error)
{
    QString queryError;
    const QList<ShowSummary> shows = LedgerQueries(db).shows(&queryError);
    if (!queryError.isEmpty()) {
        *error = queryError;
        return false;
    }
    return shows.isEmpty() || load(db, shows.first().id, error);
}

void ShowOverview::fillUpcoming(const Show &show, const QList<SeasonOutlook> &outlooks)
{
    m_upcomingSeason = 0;
    m_releaseLabel.clear();
    m_releaseSource.clear();
    m_releaseTier.clear();
    m_agreeing = 0;
    m_expectedEpisodes = 0;
    m_episodesSeason = 0;

    // The outlook is for the season people wait for; the episode list is the newest released one.
    const int upcoming = OutlookCalculator::upcomingSeasonIndex(show);
    int released = -1;
    for (int i = 0; i < show.seasons.size(); ++i)
        if (show.seasons[i].status == SeasonStatus::Released)
            released = i;
    QList<QVariantMap> historyRows, castRows, episodeRows;
    if (upcoming >= 0) {
        const SeasonOutlook &o = outlooks[upcoming];
        m_upcomingSeason = show.seasons[upcoming].number;
        m_upcomingStatus = seasonStatusLabel(show.seasons[upcoming].status);
        if (o.release)
            m_releaseLabel = o.release->label();
        if (o.releaseClaim) {
            m_releaseSource = o.releaseClaim->source.title;
            if (!o.releaseClaim->source.publisher.isEmpty())
                m_releaseSource += QStringLiteral(" · ") + o.releaseClaim->source.publisher;
            m_releaseTier = tierLabel(o.releaseClaim->claim.tier);
        }
        m_agreeing = o.agreeing;
        m_expectedEpisodes = o.episodeCount.value_or(0);
        for (const WindowHistoryEntry &h : o.history)
            historyRows << QVariantMap{
                {QStringLiteral("label"), h.window.label()},
                {QStringLiteral("published"),
                 QLocale().toString(h.published, QStringLiteral("MMM yyyy"))},
                {QStringLiteral("source"),
                 h.source.publisher.isEmpty() ? h.source.title : h.source.publisher},
                {QStringLiteral("tier"), tierLabel(h.tier)},
                {QStringLiteral("current"), o.releaseClaim && o.releaseClaim->id == h.claimId},
                {QStringLiteral("missed"), h.missed()}};
        for (const CastOutlook &c : o.cast)
            castRows << QVariantMap{{QStringLiteral("actor"), c.actor},
                                    {QStringLiteral("character"), c.character},
                                    {QStringLiteral("status"), wireName(c.status)},
                                    {QStringLiteral("statusLabel"), castStatusLabel(c.status)}};
    }
    if (released >= 0) {
        m_episodesSeason = show.seasons[released].number;
        for (const Episode &e : show.seasons[released].episodes)
            episodeRows << QVariantMap{{QStringLiteral("number"), e.number},
                                       {QStringLiteral("title"), e.title},
                                       {QStringLiteral("airDate"),
                                        e.airDate.isValid()
                                            ? QLocale().toString(e.airDate, QLocale::ShortFormat)
                                            : QString()}};
    }
    m_history.setRows(historyRows);
    m_cast.setRows(castRows);
    m_episodes.setRows(episodeRows);
}

namespace {

QString kindLabel(ClaimKind kind)
{
    switch (kind) {
    case ClaimKind::ReleaseWindow:
        return Tr::tr("Release");
    case ClaimKind::EpisodeCount:
        return Tr::tr("Episodes");
    case ClaimKind::Cast:
        return Tr::tr("Cast");
    case ClaimKind::Renewal:
        return Tr::tr("Renewal");
    case ClaimKind::Production:
        return Tr::tr("Production");
    case ClaimKind::Plot:
        return Tr::tr("Plot");
    }
    return QString();
}

} // namespace

void ShowOverview::fillClaims(const QList<ClaimRecord> &claims)
{
    // Newest first: what a reader reviews is usually what just arrived.
    QList<QVariantMap> rows;
    for (auto it = claims.crbegin(); it != claims.crend(); ++it) {
        const ClaimRecord &r = *it;
        if (r.claim.season != m_upcomingSeason || r.supersededBy != 0)
            continue;
        rows << QVariantMap{
            {QStringLiteral("claimId"), r.id},
            {QStringLiteral("kind"), kindLabel(r.claim.kind)},
            {QStringLiteral("summary"), ClaimText::summary(r.claim)},
            {QStringLiteral("source"),
             ClaimText::withProvenance(
                 r.source.publisher.isEmpty() ? r.source.title : r.source.publisher, r)},
            {QStringLiteral("published"),
             QLocale().toString(r.source.published, QStringLiteral("MMM yyyy"))},
            {QStringLiteral("tier"), tierLabel(r.claim.tier)},
            {QStringLiteral("status"), wireName(r.claim.status)},
            {QStringLiteral("quote"), r.claim.quote}};
    }
    m_claims.setRows(rows);
}
