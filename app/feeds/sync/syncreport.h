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
    int newItems = 0;
    int updatedItems = 0;
    int totalItems = 0;
    FeedError error;
    QStringList warnings; // skipped items and recovered problems
    qint64 elapsedMs = 0;
};

Q_DECLARE_METATYPE(SyncReport)
