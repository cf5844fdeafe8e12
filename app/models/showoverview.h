#pragma once

#include "domain/catalog.h"
#include "domain/claimrecord.h"
#include "models/claimlistfilter.h"
#include "models/rowlistmodel.h"
#include "outlook/seasonoutlook.h"
#include "storage/articlestore.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

class Database;

// What the show page displays: the header, the upcoming season's outlook with its source,
// the cast with each actor's status, and the latest released season's episodes.
class ShowOverview : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(qint64 showId READ showId NOTIFY changed)
    Q_PROPERTY(QString spreadLabel READ spreadLabel NOTIFY changed)
    Q_PROPERTY(QString attribution READ attribution NOTIFY changed)
    Q_PROPERTY(bool followed READ followed NOTIFY changed)
    Q_PROPERTY(qint64 todayDay READ todayDay NOTIFY changed)
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
    Q_PROPERTY(RowListModel *history READ history CONSTANT)
    Q_PROPERTY(RowListModel *cast READ cast CONSTANT)
    Q_PROPERTY(RowListModel *claims READ claims CONSTANT)
    // The claims as the Claims tab filters them by kind, tier and status.
    Q_PROPERTY(ClaimListFilter *claimFilter READ claimFilter CONSTANT)
    Q_PROPERTY(RowListModel *allEpisodes READ allEpisodes CONSTANT)
    // The first regular episode not watched ("Next: S2 E1 · Title"); empty when none is left.
    Q_PROPERTY(QString nextUnwatched READ nextUnwatched NOTIFY changed)
    Q_PROPERTY(RowListModel *production READ production CONSTANT)
    Q_PROPERTY(RowListModel *news READ news CONSTANT)

public:
    explicit ShowOverview(QObject *parent = nullptr);

    // What the page shows of one show, as read from the database: read() runs on any thread
    // with its own connection, apply() on the GUI thread (the models change there).
    struct Data {
        qint64 showId = 0;
        Show show;
        QList<ClaimRecord> claims;
        OutlookContext context;
        QList<StoredArticle> articles;
        bool followed = false;
        QHash<int, QSet<int>> watched; // season number → its watched episode numbers
    };
    // `context`: what loadOutlookContext() read for this pass.
    static bool read(Database &db, qint64 showId, const OutlookContext &context, Data *data,
                     QString *error);
    // The first show by title; false with an empty *error when there is no show.
    static bool readFirst(Database &db, const OutlookContext &context, Data *data, QString *error);
    void apply(const Data &data);

    // read() then apply(), on the GUI thread.
    bool load(Database &db, qint64 showId, QString *error);
    // The first show by title, when no show was chosen yet; no show is no error.
    bool loadFirst(Database &db, QString *error);
    // Decides which predictions are missed (their latest day passed); tests pin it.
    void setToday(const QDate &today) { m_today = today; }

    bool loaded() const { return m_loaded; }
    qint64 showId() const { return m_showId; }
    QString spreadLabel() const { return m_spreadLabel; }
    QString attribution() const { return m_attribution; }
    bool followed() const { return m_followed; }
    QString nextUnwatched() const { return m_nextUnwatched; }
    qint64 todayDay() const { return today().toJulianDay(); }
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
    RowListModel *history() { return &m_history; }
    RowListModel *cast() { return &m_cast; }
    RowListModel *claims() { return &m_claims; }
    ClaimListFilter *claimFilter() { return &m_claimFilter; }
    RowListModel *allEpisodes() { return &m_allEpisodes; }
    RowListModel *production() { return &m_production; }
    RowListModel *news() { return &m_news; }

signals:
    void changed();

private:
    void fillUpcoming(const Show &show, const QList<SeasonOutlook> &outlooks);
    void fillClaims(const QList<ClaimRecord> &claims);
    void fillEpisodes(const Show &show, const QHash<int, QSet<int>> &watchedBySeason);
    void fillProduction(const QList<ClaimRecord> &claims);
    void fillNews(const QList<StoredArticle> &articles, const QList<ClaimRecord> &claims);

    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

    bool m_loaded = false;
    qint64 m_showId = 0;
    bool m_followed = false;
    QString m_nextUnwatched;
    QDate m_today;
    QString m_spreadLabel;
    QString m_attribution; // the licence line of the show's data source, when it asks for one
    QString m_title, m_originalTitle, m_subtitle, m_synopsis;
    int m_upcomingSeason = 0;
    QString m_upcomingStatus, m_releaseLabel, m_releaseSource, m_releaseTier;
    int m_agreeing = 0;
    int m_expectedEpisodes = 0;
    RowListModel m_history;
    RowListModel m_cast;
    RowListModel m_claims; // the upcoming season's claims, for review
    ClaimListFilter m_claimFilter;
    RowListModel m_allEpisodes; // every season's, specials after each season's numbered ones
    RowListModel m_production;  // the upcoming season's production and renewal news, by date
    RowListModel m_news;        // the show's articles, newest first
};
