#include "models/rowlistmodel.h"

RowListModel::RowListModel(const QStringList &roles, QObject *parent) : QAbstractListModel(parent)
{
    for (const QString &role : roles)
        m_roles << role.toUtf8();
}

int RowListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RowListModel::data(const QModelIndex &index, int role) const
{
    const int column = role - Qt::UserRole;
    if (!index.isValid() || index.row() >= m_rows.size() || column < 0 || column >= m_roles.size())
        return {};
    return m_rows.at(index.row()).value(QString::fromUtf8(m_roles.at(column)));
}

QHash<int, QByteArray> RowListModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (int i = 0; i < m_roles.size(); ++i)
        names.insert(Qt::UserRole + i, m_roles.at(i));
    return names;
}

void RowListModel::setRows(const QList<QVariantMap> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
    emit countChanged();
}

QVariantMap RowListModel::get(int row) const
{
    return m_rows.value(row);
}

void RowListModel::markGroupStarts(QList<QVariantMap> *rows, const QString &key)
{
    QVariant previous;
    for (QVariantMap &row : *rows) {
        const QVariant value = row.value(key);
        row.insert(QStringLiteral("heading"), value == previous ? QString() : value.toString());
        previous = value;
    }
}
