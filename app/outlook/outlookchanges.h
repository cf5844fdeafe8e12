#pragma once

#include "outlook/seasonoutlook.h"

// How the outlook moved as claims arrived: the ledger replayed in order of publication, so
// every claim's effect on the best window and the expected episode count is explicit.
struct OutlookChange {
    qint64 claimId = 0;
    QDate published;
    ClaimKind kind = ClaimKind::ReleaseWindow;
    QString sourceTitle;
    QString claimLabel; // what the claim said ("late 2026 – early 2027", "12")
    QString effect;     // "changed", "agreed" (overlapping or equal), "no_effect"
    QString before;     // the outlook before this claim (label, or empty)
    QString after;      // the outlook after it
};

struct WindowSpread {
    QDate earliest;
    QDate latest;
    qint64 days = 0;
    int claims = 0;
};

namespace OutlookChanges {

QList<OutlookChange> replay(int season, const QList<ClaimRecord> &claims);
// The range every counting release window of the season covers, together.
WindowSpread spread(int season, const QList<ClaimRecord> &claims);

} // namespace OutlookChanges
