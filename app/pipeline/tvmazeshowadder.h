#pragma once

#include "feeds/sync/syncreport.h"
#include "feeds/tvmaze/tvmazematch.h"

#include <QList>
#include <QObject>
#include <optional>

class Database;
class SyncService;
class TvMazeClient;

// What adding one TVmaze show did.
struct AddShowResult {
    enum class Outcome {
        Added,            // its feeds exist and the show feed synced: the show is in the library
        AlreadyInLibrary, // matched by TVmaze id, or by title and premiere year: nothing changed
        TitleInUse,       // another show (another year) has this title; adding would merge them
        NotFound,         // TVmaze has no such id, or nothing for the name
        Failed,           // TVmaze unreachable, rate-limited or malformed, or storage: no change
        SyncFailed,       // the feeds were added but the show feed's first sync failed
    };
    Outcome outcome = Outcome::Failed;
    QString request;   // what was asked: the id or the name
    TvMazeMatch match; // TVmaze's show, once known
    qint64 showId = 0; // the library's show: the one added, or the one already there
    QString libraryTitle;
    QList<qint64> feedIds;         // the show feed, then the season list (Added, SyncFailed)
    QList<SyncReport> syncReports; // their first syncs, in that order
    TvMazeError error;             // Failed or NotFound because of TVmaze: what it said
    QString message;               // translated, one line for the user

    bool added() const { return outcome == Outcome::Added; }
    QString outcomeName() const; // added, already_in_library, title_in_use, not_found, ...
};

Q_DECLARE_METATYPE(AddShowResult)

// Adds a show from TVmaze: looks it up (by id, or searches a name and takes the best match),
// refuses a show the library already has (by TVmaze id first, then by title and premiere
// year), creates its two TVmaze feeds (the show with episodes and cast, then its season list)
// and syncs them in that order, since the season list needs the show in the ledger.
//
// Lives on the writer's thread with the writer's database and sync service. Adds run one at a
// time, in the order asked, so asking twice for one show adds it once and refuses the second.
class TvMazeShowAdder : public QObject {
    Q_OBJECT

public:
    TvMazeShowAdder(Database &db, SyncService *sync, TvMazeClient *client,
                    QObject *parent = nullptr);

    void addById(qint64 tvmazeId);
    void addByName(const QString &name);
    bool isBusy() const { return m_current.has_value() || !m_queue.isEmpty(); }

signals:
    void feedsAdded(); // new feeds are stored (their sync follows)
    void finished(const AddShowResult &result);

private:
    struct Job {
        qint64 tvmazeId = 0;
        QString name;
    };
    struct Current {
        AddShowResult result;
        quint64 token = 0;
        enum class Stage { Asking, SyncingShow, SyncingSeasons } stage = Stage::Asking;
    };

    void startNext();
    void onLookup(quint64 token, qint64 tvmazeId, const TvMazeMatch &match,
                  const TvMazeError &error);
    void onSearch(quint64 token, const QString &query, const QList<TvMazeMatch> &matches,
                  const TvMazeError &error);
    void addMatch(const TvMazeMatch &match);
    bool inLibraryById(qint64 tvmazeId);
    bool refusedByTitle(const TvMazeMatch &match);
    bool ensureFeeds(const TvMazeMatch &match);
    void syncNext(qint64 feedId);
    void onFeedFinished(const SyncReport &report);
    void finish(AddShowResult::Outcome outcome, const QString &message);

    Database &m_db;
    SyncService *m_sync;
    TvMazeClient *m_client;
    QList<Job> m_queue;
    std::optional<Current> m_current;
};
