#include "storage/database.h"

#include "storage/migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <sqlite3.h>

namespace {

// Gives lupdate and the runtime the same context for this file's strings.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("cliffhanger-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Checked before SQLite touches the file: opening a non-database read-write could rewrite it.
bool looksLikeSqlite(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    static const QByteArray magic("SQLite format 3\0", 16);
    if (file.read(16) != magic) {
        *error = Tr::tr("%1 is not a Cliffhanger database (not an SQLite file). It was left as it "
                        "was; choose another file with --db.")
                     .arg(path);
        return false;
    }
    return true;
}

// Reads user_version without writing, so a newer database is refused untouched.
int peekSchemaVersion(const QString &path, QString *error)
{
    if (!QFileInfo::exists(path) || QFileInfo(path).size() == 0)
        return 0;
    const QString name = nextConnectionName();
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
                version = query.value(0).toInt();
            else
                *error = Tr::tr("%1 cannot be read as a database: %2")
                             .arg(path, query.lastError().databaseText());
        } else {
            *error = Tr::tr("Cannot open %1: %2").arg(path, db.lastError().databaseText());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

bool applyPragmas(QSqlDatabase &db, QString *error)
{
    // wal_autocheckpoint is raised so a big sync's commit does not also copy the whole WAL
    // into the database; the writer checkpoints when it goes idle (Database::checkpoint).
    // journal_size_limit (32 MiB): without it the WAL file keeps the size of the biggest
    // transaction ever written (a big first sync stays on disk for good); with it SQLite cuts
    // the file back when the log restarts, at the first commit after a complete checkpoint.
    const char *pragmas[] = {
        "PRAGMA journal_mode=WAL",         "PRAGMA synchronous=NORMAL",
        "PRAGMA foreign_keys=ON",          "PRAGMA busy_timeout=5000",
        "PRAGMA wal_autocheckpoint=16384", "PRAGMA journal_size_limit=33554432"};
    for (const char *pragma : pragmas) {
        QSqlQuery query(db);
        if (!query.exec(QString::fromLatin1(pragma))) {
            *error = query.lastError().databaseText();
            return false;
        }
    }
    return true;
}

} // namespace

Database::Database(const QString &path, const QString &connectionName)
    : m_path(path), m_connectionName(connectionName)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    m_db.setDatabaseName(path);
}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("cliffhanger.sqlite"));
}

bool Database::canResetAside(OpenError kind)
{
    return kind == OpenError::NotSqlite || kind == OpenError::Newer || kind == OpenError::Damaged ||
           kind == OpenError::Migration;
}

bool Database::resetAside(const QString &path, QString *backupPath, QString *error)
{
    if (!QFileInfo::exists(path)) {
        *error = Tr::tr("%1 does not exist: there is nothing to move aside.").arg(path);
        return false;
    }
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    // The sidecars SQLite pairs with a database by name: a stale WAL left next to the fresh
    // file could be replayed into it, so they move with the file they belong to.
    static const char *const sidecars[] = {"-wal", "-shm", "-journal"};
    auto taken = [](const QString &candidate) {
        if (QFileInfo::exists(candidate))
            return true;
        for (const char *suffix : sidecars)
            if (QFileInfo::exists(candidate + QLatin1String(suffix)))
                return true;
        return false;
    };
    QString backup = QStringLiteral("%1.backup-%2").arg(path, stamp);
    for (int n = 2; taken(backup); ++n)
        backup = QStringLiteral("%1.backup-%2-%3").arg(path, stamp).arg(n);

    if (!QFile::rename(path, backup)) {
        *error =
            Tr::tr("Cannot move %1 aside to %2: %3").arg(path, backup, QFile(path).errorString());
        return false;
    }
    QStringList moved;
    for (const char *suffix : sidecars) {
        const QString from = path + QLatin1String(suffix);
        if (!QFileInfo::exists(from))
            continue;
        if (!QFile::rename(from, backup + QLatin1String(suffix))) {
            // Put everything back: a database separated from its WAL is worse than either.
            *error = Tr::tr("Cannot move %1 aside to %2; %3 was left as it was.")
                         .arg(from, backup + QLatin1String(suffix), path);
            for (const QString &m : moved)
                QFile::rename(backup + m, path + m);
            QFile::rename(backup, path);
            return false;
        }
        moved << QLatin1String(suffix);
    }
    *backupPath = backup;
    return true;
}

Database::OpenResult Database::open(const QString &path)
{
    OpenResult result;
    const int existing = checkFile(path, &result);
    if (existing < 0)
        return result;
    if (existing > kSchemaVersion) {
        result.kind = OpenError::Newer;
        result.error = Tr::tr("%1 was written by a newer Cliffhanger (schema version %2; this "
                              "version understands up to %3). It was left untouched: update "
                              "Cliffhanger or choose another file with --db.")
                           .arg(path)
                           .arg(existing)
                           .arg(kSchemaVersion);
        return result;
    }
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        result.kind = OpenError::Unavailable;
        result.error = Tr::tr("Cannot create the folder %1.").arg(info.absolutePath());
        return result;
    }

    std::unique_ptr<Database> db = connect(path, &result);
    if (!db)
        return result;
    QString error;
    if (!applyPragmas(db->m_db, &error)) {
        result.kind = OpenError::Damaged;
        result.error = Tr::tr("%1 is damaged or unreadable (%2). It was left as it was; restore a "
                              "backup or choose another file with --db.")
                           .arg(path, error);
        return result;
    }
    error = Migrations::migrate(db->m_db, kSchemaVersion);
    if (!error.isEmpty()) {
        result.kind = OpenError::Migration;
        result.error = error;
        return result;
    }
    result.database = std::move(db);
    return result;
}

std::unique_ptr<Database> Database::connect(const QString &path, OpenResult *result)
{
    std::unique_ptr<Database> db(new Database(path, nextConnectionName()));
    if (db->m_db.open())
        return db;
    result->kind = OpenError::Unavailable;
    result->error = Tr::tr("Cannot open %1: %2").arg(path, db->m_db.lastError().databaseText());
    return nullptr;
}

int Database::checkFile(const QString &path, OpenResult *result)
{
    if (!looksLikeSqlite(path, &result->error)) {
        result->kind = OpenError::NotSqlite;
        return -1;
    }
    const int existing = peekSchemaVersion(path, &result->error);
    if (existing < 0) {
        result->kind = OpenError::Damaged;
        if (result->error.isEmpty())
            result->error = Tr::tr("%1 cannot be read as a database.").arg(path);
    }
    return existing;
}

Database::OpenResult Database::openReader(const QString &path)
{
    OpenResult result;
    const int existing = checkFile(path, &result);
    if (existing < 0)
        return result;
    if (existing != kSchemaVersion) {
        result.kind = existing > kSchemaVersion ? OpenError::Newer : OpenError::NotMigrated;
        result.error = Tr::tr("%1 has schema version %2, not %3; it must be opened for writing "
                              "first.")
                           .arg(path)
                           .arg(existing)
                           .arg(kSchemaVersion);
        return result;
    }
    std::unique_ptr<Database> db = connect(path, &result);
    if (!db)
        return result;
    // The journal mode belongs to the file (the writer set WAL); a reader only needs to wait
    // politely for the writer and to refuse every write.
    for (const char *pragma :
         {"PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000", "PRAGMA query_only=ON"}) {
        QSqlQuery query(db->m_db);
        if (!query.exec(QString::fromLatin1(pragma))) {
            result.kind = OpenError::Damaged;
            result.error = Tr::tr("%1 is damaged or unreadable (%2).")
                               .arg(path, query.lastError().databaseText());
            return result;
        }
    }
    result.database = std::move(db);
    return result;
}

sqlite3 *Database::handle() const
{
    const QVariant v = m_db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.data());
    return nullptr;
}

QString Database::writeFailureHint() const
{
    sqlite3 *db = handle();
    const int code = db ? sqlite3_errcode(db) & 0xff : SQLITE_OK;
    if (code == SQLITE_FULL)
        return Tr::tr("The disk holding %1 is full. Nothing of this change was stored and the data "
                      "from before is kept; free some space and try again.")
            .arg(m_path);
    if (code == SQLITE_IOERR)
        return Tr::tr("Writing to %1 failed (is the disk full or failing?). Nothing of this change "
                      "was stored and the data from before is kept.")
            .arg(m_path);
    return QString();
}

bool Database::checkpoint()
{
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

namespace {

// Enough for the largest feed body a sync accepts (FetchPolicy::maxBytes, 20 MiB) stored twice
// over with its indexes; SQLite takes the pages only as the transaction dirties them.
constexpr int kBulkCacheKib = 64 * 1024;

qint64 pragmaValue(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    qint64 value = 0;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return value;
}

void setCacheSize(sqlite3 *db, qint64 value)
{
    const QByteArray sql = "PRAGMA cache_size=" + QByteArray::number(value);
    sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
}

} // namespace

Database::BulkWriteCache::BulkWriteCache(Database &db) : m_handle(db.handle())
{
    if (!m_handle)
        return;
    m_previous = pragmaValue(m_handle, "PRAGMA cache_size");
    setCacheSize(m_handle, -kBulkCacheKib);
}

Database::BulkWriteCache::~BulkWriteCache()
{
    if (m_handle)
        setCacheSize(m_handle, m_previous);
}

void Database::leaveWalOnClose()
{
    if (sqlite3 *db = handle())
        sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
}

void Database::waitForOtherWriters(int timeoutMs, std::function<void()> onFirstWait)
{
    m_busyTimeoutMs = timeoutMs;
    m_onFirstWait = std::move(onFirstWait);
    if (sqlite3 *db = handle())
        sqlite3_busy_handler(db, &Database::onBusy, this);
}

// SQLite calls this while the lock it wants is held elsewhere; `attempt` restarts at 0 for each
// new wait. Returning 0 gives up (SQLITE_BUSY), anything else retries after the pause.
int Database::onBusy(void *self, int attempt)
{
    auto *database = static_cast<Database *>(self);
    if (attempt == 0)
        database->m_busySince.start();
    if (database->m_busySince.elapsed() >= database->m_busyTimeoutMs)
        return 0;
    if (!database->m_toldWaiting && database->m_onFirstWait) {
        database->m_toldWaiting = true;
        database->m_onFirstWait();
    }
    // SQLite's own busy_timeout steps: short at first, then 100 ms.
    static const int steps[] = {1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100};
    const int n = int(sizeof(steps) / sizeof(steps[0]));
    sqlite3_sleep(steps[attempt < n ? attempt : n - 1]);
    return 1;
}

int Database::schemaVersion() const
{
    QSqlDatabase db = m_db;
    return Migrations::currentVersion(db);
}
