#include "models/pagereader.h"

#include "models/recentchanges.h"
#include "pipeline/outlookcontext.h"
#include "pipeline/watching.h"
#include "storage/database.h"
#include "storage/reminderstore.h"

#include <algorithm>

namespace {

// Home lists the newest outlook moves among the shows whose ledger changed last.
constexpr int kRecentShows = 12;
constexpr int kRecentRows = 12;
// Home's list of reminders keeps the newest delivered ones; older ones stay in the database.
constexpr int kDeliveredRows = 200;

bool hasShow(const QList<LibraryModel::Row> &rows, qint64 showId)
{
    return std::any_of(rows.cbegin(), rows.cend(),
                       [showId](const LibraryModel::Row &r) { return r.show.id == showId; });
}

} // namespace

PageReader::PageReader(const QString &databasePath, QObject *parent)
    : QObject(parent), m_path(databasePath)
{
}

PageReader::~PageReader() = default;

PageSnapshot PageReader::read(Database &db, const PageRequest &request)
{
    PageSnapshot s;
    // Every outlook of the pass is judged against one reading of the ledger's release windows
    // (the publishers' records), and the Library's next releases come from the same claims.
    OutlookContext context;
    QList<ClaimRecord> releaseClaims;
    if (!loadOutlookContext(db, request.today, &context, &s.libraryError, &releaseClaims) ||
        !LibraryModel::read(db, context, releaseClaims, &s.library, &s.libraryError))
        return s;
    s.recent = RecentChanges::rows(db, LibraryModel::newestChanged(s.library, kRecentShows),
                                   kRecentRows, context, &s.recentError);
    // What `cliffhanger reminders` lists now: read only, nothing is marked delivered here.
    readReminders(db, request.now, request.zone, &s, &context);
    s.hasOverview =
        request.currentShow > 0 && hasShow(s.library, request.currentShow)
            ? ShowOverview::read(db, request.currentShow, context, &s.overview, &s.overviewError)
            : ShowOverview::readFirst(db, context, &s.overview, &s.overviewError);
    return s;
}

void PageReader::readReminders(Database &db, const QDateTime &now, const QTimeZone &zone,
                               PageSnapshot *s, const OutlookContext *context)
{
    s->reminders = Watching::due(db, now, zone, {}, &s->remindersError, context);
    if (s->remindersError.isEmpty())
        s->delivered = ReminderStore(db).deliveredList(kDeliveredRows, &s->remindersError);
}

void PageReader::requestRead(const PageRequest &request)
{
    if (!m_db) {
        Database::OpenResult opened = Database::openReader(m_path);
        if (!opened.database) {
            PageSnapshot failed;
            failed.libraryError = opened.error;
            emit snapshotRead(failed);
            return;
        }
        m_db = std::move(opened.database);
    }
    emit snapshotRead(read(*m_db, request));
}
