#include "models/showoverview.h"

#include "domain/displaylabels.h"
#include "outlook/claimtext.h"
#include "outlook/outlookchanges.h"
#include "outlook/seasonoutlook.h"
#include "pipeline/outlookcontext.h"
#include "pipeline/watching.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/ledgerqueries.h"
#include "storage/watchlist.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>

namespace {

// Gives lupdate and the runtime the same context for this file's strings.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ShowOverview)
};

// "Nov 2022", "2022년 11월", "nov 2022": the word order is the language's, so the format is
// translated, and the month name is QLocale's.
QString monthAndYear(QDate day)
{
    return QLocale().toString(day, Tr::tr("MMM yyyy", "QDate format: short month name and year"));
}

} // namespace

ShowOverview::ShowOverview(QObject *parent)
    : QObject(parent),
      m_history({QStringLiteral("label"), QStringLiteral("published"), QStringLiteral("source"),
                 QStringLiteral("tier"), QStringLiteral("current"), QStringLiteral("missed"),
                 QStringLiteral("earliestDay"), QStringLiteral("latestDay"),
                 QStringLiteral("publishedDay"), QStringLiteral("url")}),
      m_cast({QStringLiteral("actor"), QStringLiteral("character"), QStringLiteral("status"),
              QStringLiteral("statusLabel"), QStringLiteral("sources"), QStringLiteral("initials"),
              QStringLiteral("heading")}),
      m_claims({QStringLiteral("claimId"), QStringLiteral("kind"), QStringLiteral("summary"),
                QStringLiteral("source"), QStringLiteral("published"), QStringLiteral("tier"),
                QStringLiteral("status"), QStringLiteral("quote"), QStringLiteral("kindKey"),
                QStringLiteral("tierKey"), QStringLiteral("statusLabel")}),
      m_allEpisodes({QStringLiteral("season"), QStringLiteral("number"), QStringLiteral("title"),
                     QStringLiteral("airDate"), QStringLiteral("runtime"),
                     QStringLiteral("special"), QStringLiteral("section"),
                     QStringLiteral("heading"), QStringLiteral("watched")}),
      m_production({QStringLiteral("published"), QStringLiteral("kind"), QStringLiteral("summary"),
                    QStringLiteral("source")}),
      m_news({QStringLiteral("articleId"), QStringLiteral("title"), QStringLiteral("published"),
              QStringLiteral("feed"), QStringLiteral("text"), QStringLiteral("link"),
              QStringLiteral("claims")})
{
    m_claimFilter.setSourceModel(&m_claims);
}

bool ShowOverview::read(Database &db, qint64 showId, const OutlookContext &context, Data *data,
                        QString *error)
{
    LedgerQueries queries(db);
    const auto show = queries.loadShow(showId, error);
    if (!show)
        return false;
    data->showId = showId;
    data->show = *show;
    ClaimFilter filter;
    filter.showId = showId;
    QString queryError;
    data->claims = queries.claims(filter, &queryError);
    if (!queryError.isEmpty()) {
        // An outlook without its claims would look certain and be wrong: keep the page as it was.
        *error = queryError;
        return false;
    }
    data->context = context;
    ArticleStore::Filter byShow;
    byShow.showId = showId;
    data->articles = ArticleStore(db).list(byShow, &queryError);
    if (!queryError.isEmpty()) {
        *error = queryError; // the page keeps what it showed
        return false;
    }
    Watchlist watchlist(db);
    data->followed = watchlist.followOf(showId, 0).has_value();
    for (const Season &season : data->show.seasons)
        data->watched.insert(season.number, watchlist.watched(showId, season.number));
    return true;
}

bool ShowOverview::readFirst(Database &db, const OutlookContext &context, Data *data,
                             QString *error)
{
    QString queryError;
    const QList<ShowSummary> shows = LedgerQueries(db).shows(&queryError);
    if (!queryError.isEmpty()) {
        *error = queryError;
        return false;
    }
    return !shows.isEmpty() && read(db, shows.first().id, context, data, error);
}

bool ShowOverview::load(Database &db, qint64 showId, QString *error)
{
    OutlookContext context;
    Data data;
    if (!loadOutlookContext(db, today(), &context, error) ||
        !read(db, showId, context, &data, error))
        return false;
    apply(data);
    return true;
}

bool ShowOverview::loadFirst(Database &db, QString *error)
{
    OutlookContext context;
    Data data;
    if (loadOutlookContext(db, today(), &context, error) && readFirst(db, context, &data, error))
        apply(data);
    return error->isEmpty();
}

void ShowOverview::apply(const Data &data)
{
    const Show *show = &data.show;
    const QList<ClaimRecord> &claims = data.claims;
    const qint64 showId = data.showId;
    QList<SeasonOutlook> outlooks;
    for (const Season &season : show->seasons)
        outlooks << OutlookCalculator::forSeason(*show, season, claims, data.context);
    fillNews(data.articles, claims);

    // Another show's claims start unfiltered; the same show's keep the reader's choice.
    if (showId != m_showId)
        m_claimFilter.clear();
    m_showId = showId;
    m_followed = data.followed;
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
    // TVmaze's data is CC BY-SA: every page showing it says where it came from.
    m_attribution = show->url.contains(QLatin1String("tvmaze.com"))
                        ? Tr::tr("Show, episode and cast data from TVmaze.com (CC BY-SA 4.0)")
                        : QString();
    fillUpcoming(*show, outlooks);
    fillClaims(claims);
    fillEpisodes(*show, data.watched);
    fillProduction(claims);
    const int upcoming = OutlookCalculator::upcomingSeasonIndex(*show);
    const WindowSpread spread =
        upcoming >= 0 ? OutlookChanges::spread(*show, show->seasons[upcoming], claims, today())
                      : WindowSpread{};
    m_spreadLabel = spread.claims > 1
                        ? Tr::tr("%1 – %2 across %n predictions", nullptr, spread.claims)
                              .arg(monthAndYear(spread.earliest), monthAndYear(spread.latest))
                        : QString();
    m_loaded = true;
    emit changed();
}

void ShowOverview::fillUpcoming(const Show &show, const QList<SeasonOutlook> &outlooks)
{
    m_upcomingSeason = 0;
    m_releaseLabel.clear();
    m_releaseSource.clear();
    m_releaseTier.clear();
    m_agreeing = 0;
    m_expectedEpisodes = 0;

    // The outlook is for the season people wait for.
    const int upcoming = OutlookCalculator::upcomingSeasonIndex(show);
    QList<QVariantMap> historyRows, castRows;
    if (upcoming >= 0) {
        const SeasonOutlook &o = outlooks[upcoming];
        m_upcomingSeason = show.seasons[upcoming].number;
        m_upcomingStatus = DisplayLabels::seasonStatus(show.seasons[upcoming].status);
        if (o.release)
            m_releaseLabel = o.release->label();
        if (o.releaseClaim) {
            m_releaseSource = o.releaseClaim->source.title;
            if (!o.releaseClaim->source.publisher.isEmpty())
                m_releaseSource += QStringLiteral(" · ") + o.releaseClaim->source.publisher;
            m_releaseTier = DisplayLabels::tier(o.releaseClaim->claim.tier);
        }
        m_agreeing = o.agreeing;
        m_expectedEpisodes = o.episodeCount.value_or(0);
        for (const WindowHistoryEntry &h : o.history)
            historyRows << QVariantMap{
                {QStringLiteral("label"), h.window.label()},
                {QStringLiteral("published"), monthAndYear(h.published)},
                {QStringLiteral("source"),
                 h.source.publisher.isEmpty() ? h.source.title : h.source.publisher},
                {QStringLiteral("tier"), DisplayLabels::tier(h.tier)},
                {QStringLiteral("current"), o.releaseClaim && o.releaseClaim->id == h.claimId},
                // Its latest day passed without the release, or the release fell outside it
                // (TrackRecord::judge): the outlook no longer counts it.
                {QStringLiteral("missed"), h.missed()},
                {QStringLiteral("earliestDay"), h.window.earliest.toJulianDay()},
                {QStringLiteral("latestDay"), h.window.latest.toJulianDay()},
                {QStringLiteral("publishedDay"), h.published.toJulianDay()},
                {QStringLiteral("url"), h.source.url}};
        // Grouped as the board shows them: confirmed, expected, rumoured, not reported.
        QList<CastOutlook> cast = o.cast;
        std::stable_sort(cast.begin(), cast.end(), [](const CastOutlook &a, const CastOutlook &b) {
            return int(a.status) < int(b.status);
        });
        for (const CastOutlook &c : cast)
            castRows << QVariantMap{
                {QStringLiteral("actor"), c.actor},
                {QStringLiteral("character"), c.character},
                {QStringLiteral("status"), wireName(c.status)},
                {QStringLiteral("statusLabel"), DisplayLabels::castStatus(c.status)},
                {QStringLiteral("sources"), c.sources},
                {QStringLiteral("initials"), DisplayLabels::initials(c.actor)}};
    }
    m_history.setRows(historyRows);
    RowListModel::markGroupStarts(&castRows, QStringLiteral("statusLabel"));
    m_cast.setRows(castRows);
}

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
            {QStringLiteral("kind"), DisplayLabels::claimKind(r.claim.kind)},
            {QStringLiteral("summary"), ClaimText::summary(r.claim)},
            {QStringLiteral("source"),
             ClaimText::withProvenance(
                 r.source.publisher.isEmpty() ? r.source.title : r.source.publisher, r)},
            {QStringLiteral("published"), monthAndYear(r.source.published)},
            {QStringLiteral("tier"), DisplayLabels::tier(r.claim.tier)},
            {QStringLiteral("status"), wireName(r.claim.status)},
            {QStringLiteral("quote"), r.claim.quote},
            {QStringLiteral("kindKey"), wireName(r.claim.kind)},
            {QStringLiteral("tierKey"), wireName(r.claim.tier)},
            {QStringLiteral("statusLabel"), DisplayLabels::claimStatus(r.claim.status)}};
    }
    m_claims.setRows(rows);
}

void ShowOverview::fillEpisodes(const Show &show, const QHash<int, QSet<int>> &watchedBySeason)
{
    QList<QVariantMap> rows;
    m_nextUnwatched.clear();
    for (const Season &season : show.seasons) {
        const QSet<int> watched = watchedBySeason.value(season.number);
        const QList<int> regular = Watching::regularEpisodeNumbers(season);
        int seen = 0;
        for (int n : regular)
            seen += watched.contains(n) ? 1 : 0;
        // The season's heading carries its progress: "Season 1 · 2 of 3 watched".
        const QString heading =
            regular.isEmpty() ? Tr::tr("Season %1").arg(season.number)
                              : Tr::tr("Season %1 · %2 of %n watched", nullptr, int(regular.size()))
                                    .arg(season.number)
                                    .arg(seen);
        QList<const Episode *> ordered;
        for (const Episode &e : season.episodes)
            ordered << &e;
        std::stable_sort(ordered.begin(), ordered.end(), [](const Episode *a, const Episode *b) {
            return a->special != b->special ? !a->special : a->number < b->number;
        });
        for (const Episode *e : ordered) {
            const bool isWatched = !e->special && watched.contains(e->number);
            if (!e->special && !isWatched && m_nextUnwatched.isEmpty())
                m_nextUnwatched =
                    Tr::tr("Next: S%1 E%2 · %3")
                        .arg(season.number)
                        .arg(e->number)
                        .arg(e->title.isEmpty() ? Tr::tr("Episode %1").arg(e->number) : e->title);
            const QString section =
                e->special ? Tr::tr("Season %1 · specials").arg(season.number) : heading;
            rows << QVariantMap{
                {QStringLiteral("season"), season.number},
                {QStringLiteral("number"), e->number},
                {QStringLiteral("title"), e->title},
                {QStringLiteral("airDate"),
                 e->airDate.isValid() ? QLocale().toString(e->airDate, QLocale::ShortFormat)
                                      : QString()},
                {QStringLiteral("runtime"),
                 e->runtime > 0 ? Tr::tr("%n min", nullptr, e->runtime) : QString()},
                {QStringLiteral("special"), e->special},
                {QStringLiteral("section"), section},
                {QStringLiteral("watched"), isWatched}};
        }
    }
    RowListModel::markGroupStarts(&rows, QStringLiteral("section"));
    m_allEpisodes.setRows(rows);
}

void ShowOverview::fillProduction(const QList<ClaimRecord> &claims)
{
    QList<const ClaimRecord *> picked;
    for (const ClaimRecord &r : claims)
        if ((r.claim.kind == ClaimKind::Production || r.claim.kind == ClaimKind::Renewal) &&
            r.claim.season == m_upcomingSeason && r.supersededBy == 0 &&
            OutlookCalculator::counts(r.claim.status))
            picked << &r;
    std::stable_sort(picked.begin(), picked.end(), [](const ClaimRecord *a, const ClaimRecord *b) {
        return OutlookCalculator::publishedOf(*a) < OutlookCalculator::publishedOf(*b);
    });
    // The same fact from several sources is one step, dated when it was first reported, with
    // every source that said it.
    QList<QVariantMap> rows;
    QHash<QString, int> rowOfSummary;
    for (const ClaimRecord *r : picked) {
        const QString summary = ClaimText::summary(r->claim);
        const QString source =
            r->source.publisher.isEmpty() ? r->source.title : r->source.publisher;
        const auto seen = rowOfSummary.constFind(summary);
        if (seen != rowOfSummary.constEnd()) {
            QVariantMap &row = rows[*seen];
            const QString sources = row.value(QStringLiteral("source")).toString();
            if (!sources.split(QStringLiteral(", ")).contains(source))
                row.insert(QStringLiteral("source"), sources + QStringLiteral(", ") + source);
            continue;
        }
        rowOfSummary.insert(summary, int(rows.size()));
        rows << QVariantMap{
            {QStringLiteral("published"), monthAndYear(OutlookCalculator::publishedOf(*r))},
            {QStringLiteral("kind"), DisplayLabels::claimKind(r->claim.kind)},
            {QStringLiteral("summary"), summary},
            {QStringLiteral("source"), source}};
    }
    m_production.setRows(rows);
}

void ShowOverview::fillNews(const QList<StoredArticle> &articles, const QList<ClaimRecord> &claims)
{
    // What each article gave the ledger, so the News tab can show it beside the text.
    QHash<QString, QStringList> claimsByLink;
    for (const ClaimRecord &r : claims)
        if (!r.source.url.isEmpty() && r.supersededBy == 0)
            claimsByLink[r.source.url] << ClaimText::summary(r.claim);
    QList<QVariantMap> rows;
    for (const StoredArticle &a : articles)
        rows << QVariantMap{
            {QStringLiteral("articleId"), a.id},
            {QStringLiteral("title"), a.title.isEmpty() ? Tr::tr("(untitled)") : a.title},
            {QStringLiteral("published"),
             a.published.isValid()
                 ? QLocale().toString(a.published.toLocalTime(), QLocale::ShortFormat)
                 : QString()},
            {QStringLiteral("feed"), a.feedName.isEmpty() ? a.feedUrl : a.feedName},
            {QStringLiteral("text"), a.text},
            {QStringLiteral("link"), a.link},
            {QStringLiteral("claims"), claimsByLink.value(a.link)}};
    m_news.setRows(rows);
}
