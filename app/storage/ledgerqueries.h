#pragma once

#include "domain/catalog.h"
#include "domain/catalogrelease.h"
#include "domain/claimrecord.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

class Database;

struct ShowSummary {
    qint64 id = 0;
    QString title;
    QString originalTitle;
    QString network;
    int seasonCount = 0;
    int claimCount = 0;
};

struct ClaimFilter {
    std::optional<qint64> id;
    std::optional<qint64> showId;
    std::optional<int> season;
    std::optional<ClaimKind> kind;
};

// Read-only queries over the ledger. Every value is bound; nothing here writes.
class LedgerQueries {
public:
    explicit LedgerQueries(Database &db) : m_db(db) {}

    QList<ShowSummary> shows(QString *error = nullptr);
    // Title, original title or alias, case- and punctuation-insensitive.
    std::optional<qint64> findShow(const QString &titleOrAlias, QString *error = nullptr);
    // The show with its seasons, episodes and credits; Show::key holds the database id.
    std::optional<Show> loadShow(qint64 showId, QString *error = nullptr);
    QList<ClaimRecord> claims(const ClaimFilter &filter, QString *error = nullptr);
    // Every season's release facts (CatalogRelease::of's rule, in one query): what publishers'
    // release-window predictions are judged against.
    QList<CatalogRelease> catalogReleases(QString *error = nullptr);
    bool isEmpty();

private:
    Database &m_db;
};
