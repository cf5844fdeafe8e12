#pragma once

#include "domain/catalog.h"

#include <QDateTime>
#include <QString>

// A stored claim with what it points at, as the read side needs it.
struct ClaimRecord {
    qint64 id = 0;
    qint64 showId = 0;
    QString showTitle;
    Claim claim; // claim.showKey is empty here; use showId/showTitle
    Source source;
    QDateTime capturedAt;
    qint64 supersededBy = 0;
    qint64 contradictsCredit = 0;
    QString fingerprint;
    QString origin; // the season feed's URL, or "feed:ID" for claims from a feed's articles
    // When the article stopped saying it (the claim is then superseded, with no successor).
    QDateTime retractedAt;
    // When the feed whose article said it was removed: the claim stays, its source is gone.
    QDateTime feedRemovedAt;
};
