#pragma once

#include "domain/feederror.h"
#include "domain/vocabulary.h"

#include <QDateTime>

#include <QMetaType>
#include <QString>
#include <QStringList>

// What one feed's sync did, for the CLI, the Feeds page and the tests.
struct SyncReport {
    qint64 feedId = 0;
    QString url;
    SyncStatus status = SyncStatus::New;
    QDateTime retryAfter; // when Deferred: not before then
    QString format;
    // Items are a news feed's articles, or a catalog's (season feed, TVmaze) shows, seasons,
    // episodes, credits, sources and claims (see ImportStats). New: the ledger had no such
    // record; updated: it had one that changed (a changed claim: a new version superseding the
    // old). An unchanged item counts in neither, so a first sync is all new.
    int newItems = 0;
    int updatedItems = 0;
    int totalItems = 0;
    FeedError error;
    QStringList warnings; // skipped items and recovered problems
    qint64 elapsedMs = 0;
};

Q_DECLARE_METATYPE(SyncReport)
