#include "outlook/claimtext.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {

// Gives lupdate and the runtime the same context for this file's strings.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ClaimText)
};

} // namespace

namespace ClaimText {

QString summary(const Claim &c)
{
    if (c.kind == ClaimKind::ReleaseWindow)
        return c.window.label();
    if (c.kind == ClaimKind::EpisodeCount)
        return Tr::tr("%1 episodes").arg(c.value.toInt());
    const QJsonObject o = c.value.toObject();
    if (c.kind == ClaimKind::Cast)
        return Tr::tr("%1 as %2")
            .arg(o.value(QLatin1String("actor")).toString(),
                 o.value(QLatin1String("character")).toString());
    if (!c.value.isObject())
        return c.value.toString();
    // Renewal and production values are one wire word ("filming_started"), dated by the window.
    QString text = (o.begin() != o.end() ? o.begin().value().toString() : QString())
                       .replace(QLatin1Char('_'), QLatin1Char(' '));
    if (c.window.isValid())
        text += QStringLiteral(" · ") + c.window.label();
    return text;
}

QString withProvenance(const QString &source, const ClaimRecord &record)
{
    QString name = source;
    if (record.feedRemovedAt.isValid())
        name = Tr::tr("%1 (feed removed)").arg(name);
    if (record.retractedAt.isValid())
        name = Tr::tr("%1 (no longer in the article)").arg(name);
    return name;
}

} // namespace ClaimText
