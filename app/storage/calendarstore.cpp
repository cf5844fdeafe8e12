#include "storage/calendarstore.h"

#include "storage/database.h"
#include "storage/sqlutil.h"

#include <QSqlError>
#include <QSqlQuery>

bool CalendarStore::record(const QList<CalendarSlot> &entries, QHash<QString, int> *sequences,
                           QString *error)
{
    QSqlDatabase &db = m_db.connection();
    if (!Sql::beginWrite(db)) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    for (const CalendarSlot &slot : entries) {
        if (!Sql::exec(q,
                       QStringLiteral("SELECT sequence, dtstart, dtend, status FROM "
                                      "calendar_events WHERE uid = ?"),
                       {slot.uid}, error)) {
            db.rollback();
            return false;
        }
        int sequence = 0;
        bool write = true;
        if (q.next()) {
            sequence = q.value(0).toInt();
            const bool moved = q.value(1).toString() != slot.dtstart ||
                               q.value(2).toString() != slot.dtend ||
                               q.value(3).toString() != slot.status;
            if (moved)
                ++sequence;
            write = moved;
        }
        q.finish();
        if (write &&
            !Sql::exec(q,
                       QStringLiteral("INSERT OR REPLACE INTO calendar_events (uid, sequence, "
                                      "dtstart, dtend, status) VALUES (?, ?, ?, ?, ?)"),
                       {slot.uid, sequence, slot.dtstart, slot.dtend, slot.status}, error)) {
            db.rollback();
            return false;
        }
        sequences->insert(slot.uid, sequence);
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}
