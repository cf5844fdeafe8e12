#include "pipeline/watching.h"

#include "pipeline/outlookcontext.h"

#include "storage/database.h"
#include "storage/ledgerqueries.h"
#include "storage/sqlutil.h"
#include "storage/watchlist.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <algorithm>

namespace {

// One season to evaluate, with the baseline it is measured from.
struct Evaluated {
    qint64 showId = 0;
    int season = 0;
    SeasonFacts facts;
    ToldState told;
    QList<Reminder> scheduled; // not delivered yet
};

QDateTime latestCapture(const QList<ClaimRecord> &claims, int season, ClaimKind kind)
{
    QDateTime latest;
    for (const ClaimRecord &r : claims)
        if (r.claim.season == season && r.claim.kind == kind &&
            r.claim.status == ClaimStatus::Confirmed &&
            (!latest.isValid() || r.capturedAt > latest))
            latest = r.capturedAt;
    return latest;
}

// Every followed season in `filter`, with its facts and what is scheduled and not delivered.
// `known`: a context the caller read already; used when it is for the user's day at `at`.
std::optional<QList<Evaluated>> evaluate(Database &db, const QDateTime &at, const QTimeZone &zone,
                                         const Watching::Filter &filter, QString *errorOut,
                                         const OutlookContext *known = nullptr)
{
    // Its own error text: a caller's leftover message must not read as a new failure.
    QString message;
    QString *error = &message;
    auto failed = [&]() -> std::optional<QList<Evaluated>> {
        *errorOut = message;
        return std::nullopt;
    };
    Watchlist watchlist(db);
    ReminderStore store(db);
    const ReminderSettings settings = store.settings(error);
    const QList<Follow> follows = watchlist.follows(error);
    if (!error->isEmpty())
        return failed();
    QList<Evaluated> out;
    QSet<QPair<qint64, int>> seen;
    QHash<qint64, Watching::ShowState> shows;
    // One reading of the publishers' records for every followed show, not one per show.
    std::optional<OutlookContext> context;
    if (known && known->today == at.toTimeZone(zone).date())
        context = *known;
    for (const Follow &f : follows) {
        if (filter.showId && *filter.showId != f.showId)
            continue;
        if (!shows.contains(f.showId)) {
            // The outlook as of the user's day at `at`: windows missed by then no longer count.
            if (!context) {
                context.emplace();
                if (!loadOutlookContext(db, at.toTimeZone(zone).date(), &*context, error))
                    return failed();
            }
            auto state = Watching::load(db, f.showId, *context, error);
            if (!state)
                return failed();
            shows.insert(f.showId, *state);
        }
        const Watching::ShowState &state = shows[f.showId];
        for (int i = 0; i < state.show.seasons.size(); ++i) {
            const int number = state.show.seasons[i].number;
            if ((f.season != 0 && f.season != number) ||
                (filter.season && *filter.season != number) || seen.contains({f.showId, number}))
                continue;
            seen.insert({f.showId, number});
            Evaluated e{f.showId, number, Watching::factsOf(state, i), {}, {}};
            if (const auto told = store.told(f.showId, number, error)) {
                e.told = *told;
            } else {
                // A season the show did not have when it was followed: all of it is news.
                e.told.known = false;
                e.told.followedAt =
                    watchlist.followedSince(f.showId, number).value_or(f.followedAt);
            }
            const QSet<QString> delivered = store.deliveredKeys(f.showId, number, error);
            if (!error->isEmpty())
                return failed();
            // Quiet hours and the weekly digest hold a reminder: its deadline is when it may
            // be told, for the app's check, `reminders` and `reminders deliver` alike.
            for (const Reminder &r : ReminderRules::held(
                     ReminderRules::schedule(e.facts, e.told, settings, zone), settings, zone))
                if (!delivered.contains(r.key))
                    e.scheduled << r;
            out << e;
        }
    }
    return out;
}

} // namespace

namespace Watching {

std::optional<ShowState> load(Database &db, qint64 showId, const QDate &today, QString *error)
{
    OutlookContext context;
    if (!loadOutlookContext(db, today, &context, error))
        return std::nullopt;
    return load(db, showId, context, error);
}

std::optional<ShowState> load(Database &db, qint64 showId, const OutlookContext &context,
                              QString *error)
{
    LedgerQueries ledger(db);
    auto show = ledger.loadShow(showId, error);
    if (!show)
        return std::nullopt;
    QString claimsError;
    ShowState state;
    state.showId = showId;
    state.show = *show;
    ClaimFilter filter;
    filter.showId = showId;
    state.claims = ledger.claims(filter, &claimsError);
    if (!claimsError.isEmpty()) {
        *error = claimsError;
        return std::nullopt;
    }
    for (const Season &season : state.show.seasons) {
        state.outlooks << OutlookCalculator::forSeason(state.show, season, state.claims, context);
        state.releases << SeasonReleases::of(season, state.outlooks.last());
    }
    return state;
}

int seasonIndex(const ShowState &state, int number)
{
    for (int i = 0; i < state.show.seasons.size(); ++i)
        if (state.show.seasons[i].number == number)
            return i;
    return -1;
}

SeasonFacts factsOf(const ShowState &state, int i)
{
    const Season &season = state.show.seasons[i];
    SeasonFacts f;
    f.showId = state.showId;
    f.show = state.show.title;
    f.season = season.number;
    f.status = season.status;
    f.release = state.releases[i];
    if (f.release && f.release->claim)
        f.releaseKnownAt = f.release->claim->capturedAt;
    f.episodeCount = season.episodeCount;
    for (const CastOutlook &c : state.outlooks[i].cast)
        if (c.status == CastStatus::Confirmed)
            f.confirmedCast << c.actor;
    f.castKnownAt = latestCapture(state.claims, season.number, ClaimKind::Cast);
    return f;
}

bool follow(Database &db, qint64 showId, int season, const QDateTime &now, bool *added,
            QString *error)
{
    const auto state = load(db, showId, now.date(), error);
    if (!state)
        return false;
    ReminderStore store(db);
    QHash<int, ToldState> baselines;
    for (int i = 0; i < state->show.seasons.size(); ++i) {
        const int number = state->show.seasons[i].number;
        // A season already followed keeps its baseline: nothing it was due to say is lost.
        if ((season == 0 || season == number) && !store.told(showId, number, error))
            baselines.insert(number, ReminderRules::toldAtFollow(factsOf(*state, i), now));
    }
    // The follow and its baseline together: a follow without one would report old news.
    QSqlDatabase &sql = db.connection();
    if (!Sql::beginWrite(sql)) {
        *error = sql.lastError().text();
        return false;
    }
    if (!Watchlist(db).follow(Follow{showId, season, now}, added, error) ||
        (*added && !store.saveTold(showId, baselines, error)) || !sql.commit()) {
        if (error->isEmpty())
            *error = sql.lastError().text();
        sql.rollback();
        return false;
    }
    return true;
}

QList<int> regularEpisodeNumbers(const Season &season)
{
    QList<int> numbers;
    for (const Episode &e : season.episodes)
        if (!e.special)
            numbers << e.number;
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

QList<int> episodesToMark(const Season &season, std::optional<int> episode, std::optional<int> upTo)
{
    QList<int> numbers;
    for (int n : regularEpisodeNumbers(season))
        if ((!episode || n == *episode) && (!upTo || n <= *upTo))
            numbers << n;
    return numbers;
}

bool setWatched(Database &db, qint64 showId, int season, std::optional<int> episode,
                std::optional<int> upTo, bool watched, const QDateTime &at, QString *error)
{
    const auto show = LedgerQueries(db).loadShow(showId, error);
    if (!show)
        return false;
    for (const Season &s : show->seasons)
        if (s.number == season)
            return Watchlist(db).setWatched(showId, season, episodesToMark(s, episode, upTo),
                                            watched, at, error);
    *error = QCoreApplication::translate("Watching", "%1 has no season %2.")
                 .arg(show->title)
                 .arg(season);
    return false;
}

bool unfollow(Database &db, qint64 showId, int season, bool *removed, QString *error)
{
    return Watchlist(db).unfollow(showId, season, removed, error) &&
           ReminderStore(db).forgetUnfollowed(error);
}

QList<Reminder> due(Database &db, const QDateTime &at, const QTimeZone &zone, const Filter &filter,
                    QString *error, const OutlookContext *context)
{
    QList<Reminder> list;
    error->clear();
    const auto evaluated = evaluate(db, at, zone, filter, error, context);
    if (!evaluated)
        return list;
    for (const Evaluated &e : *evaluated)
        list << ReminderRules::dueAt(e.scheduled, at);
    std::stable_sort(list.begin(), list.end(),
                     [](const Reminder &a, const Reminder &b) { return a.dueAt < b.dueAt; });
    return list;
}

std::optional<QList<Reminder>> deliver(Database &db, const QDateTime &at, const QTimeZone &zone,
                                       QString *error, const std::function<bool()> &beforeCommit)
{
    const auto evaluated = evaluate(db, at, zone, Filter{}, error);
    if (!evaluated)
        return std::nullopt;
    QList<SeasonDelivery> deliveries;
    for (const Evaluated &e : *evaluated) {
        SeasonDelivery d{e.showId, e.season, ReminderRules::dueAt(e.scheduled, at), {}, {}};
        for (const Reminder &r : e.scheduled)
            if (r.dueAt > at)
                d.pending << r;
        d.told = ReminderRules::toldAfter(e.facts, e.told, d.pending);
        deliveries << d;
    }
    return ReminderStore(db).deliver(deliveries, at, error, beforeCommit);
}

} // namespace Watching
