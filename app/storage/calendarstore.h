#pragma once

#include <QHash>
#include <QList>
#include <QString>

class Database;

// One exported calendar event as the store remembers it: its UID, and what a change of which
// raises its SEQUENCE (RFC 5545 3.8.7.4).
struct CalendarSlot {
    QString uid;
    QString dtstart; // as written, "20261016"
    QString dtend;
    QString status; // CONFIRMED or TENTATIVE
};

class CalendarStore {
public:
    explicit CalendarStore(Database &db) : m_db(db) {}

    // Records this export's entries in one transaction and returns each UID's SEQUENCE: 0 for a
    // new slot, the stored one when nothing moved, one more when its dates or status changed.
    bool record(const QList<CalendarSlot> &entries, QHash<QString, int> *sequences, QString *error);

private:
    Database &m_db;
};
