#pragma once

#include <QSortFilterProxyModel>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// The Claims tab's view of a show's claims: only the rows of one kind, tier and status, each
// chosen by its stored name ("release_window", "rumour", "open"); an empty choice lets every row
// through. The choices come with their translated labels for the page's menus.
class ClaimListFilter : public QSortFilterProxyModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Each show page has one: ShowOverview.claimFilter")
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY filterChanged)
    Q_PROPERTY(QString tier READ tier WRITE setTier NOTIFY filterChanged)
    Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY filterChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int total READ total NOTIFY countChanged)
    // [{value, label}], "every kind" first; relabelled when the rows load again (a new language).
    Q_PROPERTY(QVariantList kindChoices READ kindChoices NOTIFY choicesChanged)
    Q_PROPERTY(QVariantList tierChoices READ tierChoices NOTIFY choicesChanged)
    Q_PROPERTY(QVariantList statusChoices READ statusChoices NOTIFY choicesChanged)

public:
    explicit ClaimListFilter(QObject *parent = nullptr);
    void setSourceModel(QAbstractItemModel *model) override;

    QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    QString tier() const { return m_tier; }
    void setTier(const QString &tier);
    QString status() const { return m_status; }
    void setStatus(const QString &status);
    int count() const { return rowCount(); }
    int total() const { return sourceModel() ? sourceModel()->rowCount() : 0; }
    QVariantList kindChoices() const;
    QVariantList tierChoices() const;
    QVariantList statusChoices() const;
    // Every row again (another show was opened).
    Q_INVOKABLE void clear();

signals:
    void filterChanged();
    void countChanged();
    void choicesChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void setChoice(QString *choice, const QString &value);
    int roleOf(const QByteArray &name) const;

    QString m_kind, m_tier, m_status;
    int m_kindRole = -1, m_tierRole = -1, m_statusRole = -1;
};
