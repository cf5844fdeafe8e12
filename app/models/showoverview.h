#pragma once

#include "models/rowlistmodel.h"

#include <QDate>
#include <QObject>
#include <QString>

class Database;
struct Show;
struct SeasonOutlook;
struct ClaimRecord;

// What the show page displays: the header, the upcoming season's outlook with its source,
// the cast with each actor's status, and the latest released season's episodes.
class ShowOverview : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString originalTitle READ originalTitle NOTIFY changed)
    Q_PROPERTY(QString subtitle READ subtitle NOTIFY changed)
    Q_PROPERTY(QString synopsis READ synopsis NOTIFY changed)
    Q_PROPERTY(int upcomingSeason READ upcomingSeason NOTIFY changed)
    Q_PROPERTY(QString upcomingStatus READ upcomingStatus NOTIFY changed)
    Q_PROPERTY(QString releaseLabel READ releaseLabel NOTIFY changed)
    Q_PROPERTY(QString releaseSource READ releaseSource NOTIFY changed)
    Q_PROPERTY(QString releaseTier READ releaseTier NOTIFY changed)
    Q_PROPERTY(int agreeing READ agreeing NOTIFY changed)
    Q_PROPERTY(int expectedEpisodes READ expectedEpisodes NOTIFY changed)
    Q_PROPERTY(int episodesSeason READ episodesSeason NOTIFY changed)
    Q_PROPERTY(RowListModel *history READ history CONSTANT)
    Q_PROPERTY(RowListModel *cast READ cast CONSTANT)
    Q_PROPERTY(RowListModel *episodes READ episodes CONSTANT)
    Q_PROPERTY(RowListModel *claims READ claims CONSTANT)

public:
    explicit ShowOverview(QObject *parent = nullptr);

    // Reads the ledger; call on the GUI thread (the models change here).
    bool load(Database &db, qint64 showId, QString *error);
    // The day predictions are judged on (a window whose latest day is before it is missed);
    // unset, the clock's day at each load.
    void setToday(QDate today) { m_today = today; }
    // The first show by title, which is what the window shows for now; no show is no error.
    bool loadFirst(Database &db, QString *error);

    bool loaded() const { return m_loaded; }
    QString title() const { return m_title; }
    QString originalTitle() const { return m_originalTitle; }
    QString subtitle() const { return m_subtitle; }
    QString synopsis() const { return m_synopsis; }
    int upcomingSeason() const { return m_upcomingSeason; }
    QString upcomingStatus() const { return m_upcomingStatus; }
    QString releaseLabel() const { return m_releaseLabel; }
    QString releaseSource() const { return m_releaseSource; }
    QString releaseTier() const { return m_releaseTier; }
    int agreeing() const { return m_agreeing; }
    int expectedEpisodes() const { return m_expectedEpisodes; }
    int episodesSeason() const { return m_episodesSeason; }
    RowListModel *history() { return &m_history; }
    RowListModel *cast() { return &m_cast; }
    RowListModel *episodes() { return &m_episodes; }
    RowListModel *claims() { return &m_claims; }

signals:
    void changed();

private:
    void fillUpcoming(const Show &show, const QList<SeasonOutlook> &outlooks);
    void fillClaims(const QList<ClaimRecord> &claims);

    bool m_loaded = false;
    QDate m_today;
    QString m_title, m_originalTitle, m_subtitle, m_synopsis;
    int m_upcomingSeason = 0;
    QString m_upcomingStatus, m_releaseLabel, m_releaseSource, m_releaseTier;
    int m_agreeing = 0;
    int m_expectedEpisodes = 0;
    int m_episodesSeason = 0;
    RowListModel m_history;
    RowListModel m_cast;
    RowListModel m_episodes;
    RowListModel m_claims; // the upcoming season's claims, for review
};
