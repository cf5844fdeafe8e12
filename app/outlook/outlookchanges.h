#pragma once

#include <QLocale>

#include "outlook/seasonoutlook.h"

// How the outlook moved as claims arrived and windows were missed: the ledger replayed in order of
// publication, with each window missed by the context's day leaving on the day it was missed, so
// every claim's effect on the best window and the expected episode count is explicit.
struct OutlookChange {
    qint64 claimId = 0;
    QDate published; // the claim's publication day; for "missed", the day it was missed
    ClaimKind kind = ClaimKind::ReleaseWindow;
    QString sourceTitle;
    QString claimLabel; // what the claim said ("late 2026 – early 2027", "12")
    QString effect;     // "changed", "agreed" (overlapping or equal), "no_effect", "missed"
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

// `labels`: the language of the window labels (QLocale::c() for the language-neutral JSON).
QList<OutlookChange> replay(const Show &show, const Season &season,
                            const QList<ClaimRecord> &claims, const OutlookContext &context,
                            const QLocale &labels = QLocale());
// The range every counting release window of the season that is not missed on `today` covers.
WindowSpread spread(const Show &show, const Season &season, const QList<ClaimRecord> &claims,
                    QDate today);

} // namespace OutlookChanges
