#pragma once

#include "domain/reminder.h"
#include "models/librarymodel.h"
#include "models/showoverview.h"

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QTimeZone>
#include <QVariantMap>

#include <memory>

class Database;

// What the pages need after the ledger changed, read in one go.
struct PageRequest {
    qint64 currentShow = 0; // the Show page's show; 0 or a vanished one: the first by title
    QDate today;            // the day release windows are judged on
    QDateTime now;          // when reminders are due
    QTimeZone zone;
};

struct PageSnapshot {
    QString libraryError; // not empty: nothing was read, the pages keep what they show
    QList<LibraryModel::Row> library;
    QString recentError;
    QList<QVariantMap> recent;
    QString remindersError;
    QList<Reminder> reminders; // due now, not delivered yet
    QList<Reminder> delivered; // the newest delivered ones, newest first
    QString overviewError;
    bool hasOverview = false; // false with no error: there is no show at all
    ShowOverview::Data overview;
};

Q_DECLARE_METATYPE(PageRequest)
Q_DECLARE_METATYPE(PageSnapshot)

// Reads the pages' data on its own thread with its own read-only connection, so a reload after
// a sync never holds the GUI thread for the queries and the outlook arithmetic; the GUI thread
// only applies the result (row diffs, a few properties). Move it to a QThread before use.
class PageReader : public QObject {
    Q_OBJECT

public:
    explicit PageReader(const QString &databasePath, QObject *parent = nullptr);
    ~PageReader() override;

    // The whole read, on any connection (the GUI's own for the first load).
    static PageSnapshot read(Database &db, const PageRequest &request);
    // Only the reminders part of it (due now, and the newest delivered).
    static void readReminders(Database &db, const QDateTime &now, const QTimeZone &zone,
                              PageSnapshot *snapshot, const OutlookContext *context = nullptr);

public slots:
    // On this object's thread: opens the connection on first use, reads, emits snapshotRead().
    void requestRead(const PageRequest &request);

signals:
    void snapshotRead(const PageSnapshot &snapshot);

private:
    QString m_path;
    std::unique_ptr<Database> m_db;
};
