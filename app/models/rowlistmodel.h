#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QVariantMap>

// A read-only list model over prepared rows, for the small lists of a show page. Rows are
// built off the model and swapped in whole on the GUI thread; rowCount() never queries.
class RowListModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    explicit RowListModel(const QStringList &roles, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<QVariantMap> &rows);
    // Sets "heading" on each row: the value of `key` where a run of equal values starts, else
    // empty. A delegate shows its group's heading itself (Qt 6.4's ListView cannot create a
    // section delegate in a file with `pragma ComponentBehavior: Bound`).
    static void markGroupStarts(QList<QVariantMap> *rows, const QString &key);
    Q_INVOKABLE QVariantMap get(int row) const;

signals:
    void countChanged();

private:
    QList<QByteArray> m_roles;
    QList<QVariantMap> m_rows;
};
