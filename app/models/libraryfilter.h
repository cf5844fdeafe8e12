#pragma once

#include <QSortFilterProxyModel>

// The Library's and Home's view of the LibraryModel: filtered as the user types (case,
// accents and punctuation ignored, over title, original title and network) and sorted by
// title, by the next release (unknown last) or by the newest change.
class LibraryFilter : public QSortFilterProxyModel {
    Q_OBJECT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(SortKey sortKey READ sortKey WRITE setSortKey NOTIFY sortKeyChanged)
    Q_PROPERTY(bool upcomingOnly READ upcomingOnly WRITE setUpcomingOnly NOTIFY upcomingOnlyChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // Followed shows before the others (Home), then the sort key.
    Q_PROPERTY(bool followedFirst READ followedFirst WRITE setFollowedFirst NOTIFY sortKeyChanged)

public:
    enum SortKey { ByTitle, ByRelease, ByLastChange };
    Q_ENUM(SortKey)

    explicit LibraryFilter(QObject *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    SortKey sortKey() const { return m_sortKey; }
    void setSortKey(SortKey key);
    bool upcomingOnly() const { return m_upcomingOnly; }
    void setUpcomingOnly(bool only);
    int count() const { return rowCount(); }
    bool followedFirst() const { return m_followedFirst; }
    void setFollowedFirst(bool first);

    Q_INVOKABLE qint64 showIdAt(int row) const;
    Q_INVOKABLE int rowOfShow(qint64 showId) const;

signals:
    void textChanged();
    void sortKeyChanged();
    void upcomingOnlyChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QString m_folded;
    SortKey m_sortKey = ByTitle;
    bool m_upcomingOnly = false;
    bool m_followedFirst = false;
};
