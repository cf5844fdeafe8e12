#pragma once

#include "outlook/seasonoutlook.h"

#include <QDate>
#include <QString>

class Database;

// The context an outlook is judged in, read from the ledger: `today` and every publisher's
// record by then (its release windows for every show, judged against every season's release).
// False, with *error, when the ledger cannot be read: no outlook is better than one that forgets
// who keeps missing.
// `releaseClaims`, when given, receives the release-window claims it read (every show's), so a
// caller that needs them too does not read them again.
bool loadOutlookContext(Database &db, QDate today, OutlookContext *context, QString *error,
                        QList<ClaimRecord> *releaseClaims = nullptr);
