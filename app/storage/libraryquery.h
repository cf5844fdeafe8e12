#pragma once

#include "domain/vocabulary.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

class Database;

// One row of the library: a show with what its list row shows and sorts by. The season people
// wait for is the first one neither released nor cancelled (as OutlookCalculator decides).
struct LibraryRow {
    qint64 id = 0;
    QString title;
    QString originalTitle;
    QString network;
    int seasonCount = 0;
    int claimCount = 0;     // claims still in the ledger (not superseded)
    int upcomingSeason = 0; // 0: no season is awaited
    SeasonStatus upcomingStatus = SeasonStatus::Announced;
    QDate upcomingPremiere; // an official premiere of the awaited season, when known
    QDateTime lastChange;   // when the newest claim about the show was captured
    bool followed = false;  // the user follows the show or one of its seasons

    bool operator==(const LibraryRow &other) const;
    bool operator!=(const LibraryRow &other) const { return !(*this == other); }
};

namespace LibraryQuery {

// Every show in id order, in one statement (the library of 5,000 shows is one query, not 5,000).
QList<LibraryRow> rows(Database &db, QString *error = nullptr);

} // namespace LibraryQuery
