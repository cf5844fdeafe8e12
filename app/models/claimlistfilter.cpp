#include "models/claimlistfilter.h"

#include "domain/displaylabels.h"
#include "domain/vocabulary.h"

#include <QCoreApplication>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ClaimListFilter)
};

QVariantMap choice(const QString &value, const QString &label)
{
    return {{QStringLiteral("value"), value}, {QStringLiteral("label"), label}};
}

// "Every …" first, then each stored name of the vocabulary with its label.
template <typename E, typename Label>
QVariantList choicesOf(const QString &every, Label label, const QList<E> &skip = {})
{
    QVariantList out{choice(QString(), every)};
    for (const QString &name : wireNames<E>()) {
        E value;
        if (fromWireName(name, &value) && !skip.contains(value))
            out << choice(name, label(value));
    }
    return out;
}

} // namespace

ClaimListFilter::ClaimListFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &ClaimListFilter::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &ClaimListFilter::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &ClaimListFilter::countChanged);
    // The rows load again when the language changes; the menus' words with them.
    connect(this, &QAbstractItemModel::modelReset, this, &ClaimListFilter::choicesChanged);
}

void ClaimListFilter::setSourceModel(QAbstractItemModel *model)
{
    QSortFilterProxyModel::setSourceModel(model);
    m_kindRole = roleOf("kindKey");
    m_tierRole = roleOf("tierKey");
    m_statusRole = roleOf("status");
    emit countChanged();
}

int ClaimListFilter::roleOf(const QByteArray &name) const
{
    const QHash<int, QByteArray> roles =
        sourceModel() ? sourceModel()->roleNames() : QHash<int, QByteArray>();
    return roles.key(name, -1);
}

void ClaimListFilter::setChoice(QString *choice, const QString &value)
{
    if (*choice == value)
        return;
    *choice = value;
    invalidateFilter();
    emit filterChanged();
    emit countChanged();
}

void ClaimListFilter::setKind(const QString &kind)
{
    setChoice(&m_kind, kind);
}

void ClaimListFilter::setTier(const QString &tier)
{
    setChoice(&m_tier, tier);
}

void ClaimListFilter::setStatus(const QString &status)
{
    setChoice(&m_status, status);
}

void ClaimListFilter::clear()
{
    if (m_kind.isEmpty() && m_tier.isEmpty() && m_status.isEmpty())
        return;
    m_kind.clear();
    m_tier.clear();
    m_status.clear();
    invalidateFilter();
    emit filterChanged();
    emit countChanged();
}

QVariantList ClaimListFilter::kindChoices() const
{
    return choicesOf<ClaimKind>(Tr::tr("Every kind"), &DisplayLabels::claimKind);
}

QVariantList ClaimListFilter::tierChoices() const
{
    return choicesOf<Tier>(Tr::tr("Every tier"), &DisplayLabels::tier);
}

QVariantList ClaimListFilter::statusChoices() const
{
    // A superseded claim is not on the tab: a newer one from its source replaced it.
    return choicesOf<ClaimStatus>(Tr::tr("Every status"), &DisplayLabels::claimStatus,
                                  {ClaimStatus::Superseded});
}

bool ClaimListFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto matches = [&](const QString &choice, int role) {
        return choice.isEmpty() || i.data(role).toString() == choice;
    };
    return matches(m_kind, m_kindRole) && matches(m_tier, m_tierRole) &&
           matches(m_status, m_statusRole);
}
