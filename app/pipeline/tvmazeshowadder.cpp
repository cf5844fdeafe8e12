#include "pipeline/tvmazeshowadder.h"

#include "domain/textkeys.h"
#include "feeds/sync/syncservice.h"
#include "feeds/tvmaze/tvmazeapi.h"
#include "feeds/tvmaze/tvmazeclient.h"
#include "feeds/tvmaze/tvmazeparser.h"
#include "feeds/tvmaze/tvmazesearch.h"
#include "storage/database.h"
#include "storage/feedstore.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TvMazeShowAdder)
};

// The year a library show first aired: its earliest season premiere; 0 when none is known.
int premiereYear(const QString &isoDate)
{
    return isoDate.size() >= 4 ? isoDate.left(4).toInt() : 0;
}

QString yearText(int year)
{
    return year > 0 ? QString::number(year) : Tr::tr("year unknown");
}

} // namespace

QString AddShowResult::outcomeName() const
{
    switch (outcome) {
    case Outcome::Added:
        return QStringLiteral("added");
    case Outcome::AlreadyInLibrary:
        return QStringLiteral("already_in_library");
    case Outcome::TitleInUse:
        return QStringLiteral("title_in_use");
    case Outcome::NotFound:
        return QStringLiteral("not_found");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::SyncFailed:
        return QStringLiteral("sync_failed");
    }
    return QString();
}

TvMazeShowAdder::TvMazeShowAdder(Database &db, SyncService *sync, TvMazeClient *client,
                                 QObject *parent)
    : QObject(parent), m_db(db), m_sync(sync), m_client(client)
{
    qRegisterMetaType<AddShowResult>();
    connect(m_client, &TvMazeClient::lookupFinished, this, &TvMazeShowAdder::onLookup);
    connect(m_client, &TvMazeClient::searchFinished, this, &TvMazeShowAdder::onSearch);
    connect(m_sync, &SyncService::feedFinished, this, &TvMazeShowAdder::onFeedFinished);
}

void TvMazeShowAdder::addById(qint64 tvmazeId)
{
    m_queue.append({tvmazeId, QString()});
    startNext();
}

void TvMazeShowAdder::addByName(const QString &name)
{
    m_queue.append({0, name.simplified()});
    startNext();
}

void TvMazeShowAdder::startNext()
{
    if (m_current || m_queue.isEmpty())
        return;
    const Job job = m_queue.takeFirst();
    // Current{} rather than emplace(): clang decides whether a nested struct with default member
    // initialisers is default-constructible while the enclosing class is still incomplete (no).
    m_current.emplace(Current{});
    AddShowResult &result = m_current->result;
    if (job.tvmazeId > 0) {
        result.request = QString::number(job.tvmazeId);
        result.match.tvmazeId = job.tvmazeId;
        // The id alone settles it, without asking TVmaze.
        if (inLibraryById(job.tvmazeId))
            return;
        m_current->token = m_client->lookup(job.tvmazeId);
    } else if (!job.name.isEmpty()) {
        result.request = job.name;
        m_current->token = m_client->search(job.name);
    } else {
        finish(AddShowResult::Outcome::NotFound,
               Tr::tr("A show is added by its TVmaze id (1 or more) or by its name."));
    }
}

void TvMazeShowAdder::onLookup(quint64 token, qint64, const TvMazeMatch &match,
                               const TvMazeError &error)
{
    if (!m_current || m_current->token != token || m_current->stage != Current::Stage::Asking)
        return;
    m_current->result.error = error;
    if (error.kind == TvMazeError::Kind::NotFound)
        finish(AddShowResult::Outcome::NotFound, error.message);
    else if (error.isError())
        finish(AddShowResult::Outcome::Failed, error.message);
    else
        addMatch(match);
}

void TvMazeShowAdder::onSearch(quint64 token, const QString &query,
                               const QList<TvMazeMatch> &matches, const TvMazeError &error)
{
    if (!m_current || m_current->token != token || m_current->stage != Current::Stage::Asking)
        return;
    m_current->result.error = error;
    if (error.isError()) {
        finish(AddShowResult::Outcome::Failed, error.message);
        return;
    }
    const int best = TvMazeSearch::bestMatch(matches, query);
    if (best < 0) {
        finish(AddShowResult::Outcome::NotFound,
               Tr::tr("Nothing found on TVmaze for '%1'.").arg(query));
        return;
    }
    addMatch(matches[best]);
}

void TvMazeShowAdder::addMatch(const TvMazeMatch &match)
{
    m_current->result.match = match;
    // By id again: a name's match, or an id TVmaze answered for under another (merged) id.
    if (inLibraryById(match.tvmazeId) || refusedByTitle(match) || !ensureFeeds(match))
        return;
    emit feedsAdded();
    m_current->stage = Current::Stage::SyncingShow;
    syncNext(m_current->result.feedIds.first());
}

// SyncService skips a feed that is gone; the add must not wait for it forever.
void TvMazeShowAdder::syncNext(qint64 feedId)
{
    if (!FeedStore(m_db).get(feedId)) {
        finish(AddShowResult::Outcome::Failed,
               Tr::tr("The TVmaze feed for %1 was removed while it was being added.")
                   .arg(TvMazeSearch::describe(m_current->result.match)));
        return;
    }
    m_sync->syncFeeds({feedId});
}

// A show the ledger has from TVmaze carries TVmaze's canonical show URL, whichever API base
// its feed used. Finishes the add (refused) when it is there.
bool TvMazeShowAdder::inLibraryById(qint64 tvmazeId)
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!Sql::exec(q, QStringLiteral("SELECT id, title FROM shows WHERE url = ?"),
                   {TvMazeParser::showUrl(tvmazeId)}, &error)) {
        finish(AddShowResult::Outcome::Failed, error);
        return true;
    }
    if (!q.next())
        return false;
    AddShowResult &result = m_current->result;
    result.showId = q.value(0).toLongLong();
    result.libraryTitle = q.value(1).toString();
    finish(AddShowResult::Outcome::AlreadyInLibrary,
           Tr::tr("'%1' is already in the library (TVmaze show %2); not added again.")
               .arg(result.libraryTitle)
               .arg(tvmazeId));
    return true;
}

// The ledger tells shows apart by title (an import merges a show into the one with its title
// or alias), so a show of the same name is either this show or one that must not be merged.
bool TvMazeShowAdder::refusedByTitle(const TvMazeMatch &match)
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!Sql::exec(q,
                   QStringLiteral("SELECT s.id, s.title, s.url, (SELECT min(premiere) FROM "
                                  "seasons WHERE show_id = s.id AND premiere IS NOT NULL) FROM "
                                  "shows s WHERE s.id IN (SELECT show_id FROM show_names WHERE "
                                  "folded = ?) ORDER BY s.id"),
                   {TextKeys::fold(match.title)}, &error)) {
        finish(AddShowResult::Outcome::Failed, error);
        return true;
    }
    if (!q.next())
        return false;
    AddShowResult &result = m_current->result;
    result.showId = q.value(0).toLongLong();
    result.libraryTitle = q.value(1).toString();
    const QString url = q.value(2).toString();
    const int year = premiereYear(q.value(3).toString());
    const int wanted = match.premiered.isValid() ? match.premiered.year() : 0;
    // Another TVmaze show, or another year: a different show of the same name. An unknown
    // year on either side cannot tell them apart; the title says it is this one.
    const bool otherTvMazeShow = url.contains(QLatin1String("tvmaze.com/shows/")) &&
                                 url != TvMazeParser::showUrl(match.tvmazeId);
    if (otherTvMazeShow || (year > 0 && wanted > 0 && year != wanted)) {
        finish(AddShowResult::Outcome::TitleInUse,
               Tr::tr("A different show called '%1' (%2) is already in the library, and the "
                      "library tells shows apart by title: adding %3 would merge the two, so it "
                      "was not added.")
                   .arg(result.libraryTitle, yearText(year), TvMazeSearch::describe(match)));
        return true;
    }
    finish(AddShowResult::Outcome::AlreadyInLibrary,
           Tr::tr("'%1' (%2) is already in the library; not added again.")
               .arg(result.libraryTitle, yearText(year)));
    return true;
}

// The show's two feeds, added unless an earlier add that failed to sync left them: then they
// are synced again instead.
bool TvMazeShowAdder::ensureFeeds(const TvMazeMatch &match)
{
    const QUrl base = m_client->base();
    const struct {
        QString url;
        QString name;
    } wanted[] = {
        {TvMazeApi::showFeedUrl(base, match.tvmazeId), Tr::tr("TVmaze: %1").arg(match.title)},
        {TvMazeApi::seasonsFeedUrl(base, match.tvmazeId),
         Tr::tr("TVmaze: %1, seasons").arg(match.title)},
    };
    FeedStore store(m_db);
    QList<qint64> added;
    AddShowResult &result = m_current->result;
    for (const auto &feed : wanted) {
        if (const auto existing = store.find(feed.url)) {
            result.feedIds << existing->id;
            continue;
        }
        QString error;
        const auto stored = store.add(feed.url, feed.name, FeedStore::kDefaultIntervalMinutes,
                                      Tier::Reported, false, &error);
        if (!stored) {
            // No half-added show: the feed added a moment ago goes again.
            QString ignored;
            for (qint64 id : added)
                store.remove(id, &ignored);
            result.feedIds.clear();
            finish(AddShowResult::Outcome::Failed, error);
            return false;
        }
        added << stored->id;
        result.feedIds << stored->id;
    }
    return true;
}

void TvMazeShowAdder::onFeedFinished(const SyncReport &report)
{
    if (!m_current || m_current->stage == Current::Stage::Asking)
        return;
    AddShowResult &result = m_current->result;
    const bool showStage = m_current->stage == Current::Stage::SyncingShow;
    if (report.feedId != result.feedIds.value(showStage ? 0 : 1))
        return;
    result.syncReports << report;
    const bool failed = report.status == SyncStatus::Error || report.status == SyncStatus::Deferred;
    if (showStage && failed) {
        const QString why = report.status == SyncStatus::Deferred
                                ? Tr::tr("TVmaze asked us to wait until %1")
                                      .arg(report.retryAfter.toUTC().toString(
                                          QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")))
                                : report.error.message;
        finish(AddShowResult::Outcome::SyncFailed,
               Tr::tr("The TVmaze feeds for %1 were added, but their first sync failed (%2); "
                      "the next sync tries again.")
                   .arg(TvMazeSearch::describe(result.match), why));
        return;
    }
    if (showStage) {
        m_current->stage = Current::Stage::SyncingSeasons;
        syncNext(result.feedIds[1]);
        return;
    }
    QSqlQuery q(m_db.connection());
    if (Sql::exec(q, QStringLiteral("SELECT id, title FROM shows WHERE url = ?"),
                  {TvMazeParser::showUrl(result.match.tvmazeId)}) &&
        q.next()) {
        result.showId = q.value(0).toLongLong();
        result.libraryTitle = q.value(1).toString();
    }
    finish(AddShowResult::Outcome::Added,
           failed ? Tr::tr("Added %1 from TVmaze; its season list did not sync (%2), the next "
                           "sync tries again.")
                        .arg(TvMazeSearch::describe(result.match), report.error.message)
                  : Tr::tr("Added %1 from TVmaze.").arg(TvMazeSearch::describe(result.match)));
}

void TvMazeShowAdder::finish(AddShowResult::Outcome outcome, const QString &message)
{
    AddShowResult result = std::move(m_current->result);
    m_current.reset();
    result.outcome = outcome;
    result.message = message;
    emit finished(result);
    startNext();
}
