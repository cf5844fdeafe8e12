#pragma once

#include "domain/claimrecord.h"
#include "domain/releasewindow.h"
#include "outlook/seasonoutlook.h"
#include "storage/libraryquery.h"

#include <QAbstractListModel>
#include <optional>

class Database;

// Every show in the database, one row each, for the Library and Home pages. A reload after a
// sync changes the list row by row (dataChanged, inserts, removals by show id), never by a
// reset, so the view keeps its scroll position and keyboard focus. rowCount() never queries.
// The rows are small (5,000 shows are well under a megabyte); the view creates delegates only
// for what is on screen, and the proxy needs every row to sort by release.
class LibraryModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        ShowIdRole = Qt::UserRole,
        TitleRole,
        OriginalTitleRole,
        NetworkRole,
        InitialsRole,
        SeasonCountRole,
        ClaimCountRole,
        UpcomingSeasonRole, // 0: nothing awaited
        StatusRole,         // wire name of the awaited season's status
        StatusLabelRole,
        ReleaseLabelRole, // the best window as its precision allows ("late 2026 – early 2027")
        ReleaseSortRole,  // its earliest day as a Julian day; 0 when unknown (sorts last)
        ReleaseLatestRole,
        LastChangeRole,      // QDateTime
        LastChangeLabelRole, // "12 Nov 2026", or empty
        SearchTextRole,      // folded title, original title and network, for filtering
        FollowedRole
    };
    Q_ENUM(Role)

    struct Row {
        LibraryRow show;
        std::optional<ReleaseWindow> release;
        QString searchText;
        bool operator==(const Row &o) const;
    };

    explicit LibraryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Reads the library and applies the difference; false keeps the rows. `today` decides which
    // release windows are missed (they no longer give a show its next release).
    bool reload(Database &db, QDate today, QString *error);
    // What reload() reads and computes, on any thread with its own connection; false with
    // *error when a read failed.
    // `context` and `releaseClaims` are what loadOutlookContext() read for this pass.
    static bool read(Database &db, const OutlookContext &context,
                     const QList<ClaimRecord> &releaseClaims, QList<Row> *rows, QString *error);
    // Applies `rows` (in show-id order) as the smallest set of row changes.
    void apply(QList<Row> rows);

    Q_INVOKABLE int rowOfShow(qint64 showId) const;
    // The `n` shows whose ledger changed last, newest first (Home's candidates).
    QList<LibraryRow> newestChanged(int n) const { return newestChanged(m_rows, n); }
    static QList<LibraryRow> newestChanged(const QList<Row> &rows, int n);

signals:
    void countChanged();

private:
    QList<Row> m_rows; // in show-id order
};
