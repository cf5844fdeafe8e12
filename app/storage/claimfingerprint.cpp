#include "storage/claimfingerprint.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ClaimFingerprint {

QString of(const Claim &claim, const QString &origin)
{
    // QJsonObject keeps keys sorted, so the serialisation is canonical.
    QJsonObject o{
        {QStringLiteral("origin"), origin},
        {QStringLiteral("key"), claim.key},
        {QStringLiteral("show"), claim.showKey},
        {QStringLiteral("season"), claim.season ? QJsonValue(*claim.season) : QJsonValue()},
        {QStringLiteral("kind"), wireName(claim.kind)},
        {QStringLiteral("value"), claim.value},
        {QStringLiteral("tier"), wireName(claim.tier)},
        {QStringLiteral("status"), wireName(claim.status)},
        {QStringLiteral("quote"), claim.quote},
        {QStringLiteral("offset"), claim.quoteOffset},
        {QStringLiteral("note"), claim.note},
        {QStringLiteral("source"), claim.sourceKey},
        {QStringLiteral("contradicts"), QJsonArray::fromStringList(claim.contradicts)}};
    if (claim.window.isValid())
        o.insert(QStringLiteral("window"),
                 QJsonArray{claim.window.earliest.toString(Qt::ISODate),
                            claim.window.latest.toString(Qt::ISODate),
                            precisionName(claim.window.precision), claim.window.wording});
    const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
}

QString reviewKey(const Claim &claim, qint64 showId, const QString &origin)
{
    QJsonObject o{
        {QStringLiteral("origin"), origin},
        {QStringLiteral("show"), showId},
        {QStringLiteral("season"), claim.season ? QJsonValue(*claim.season) : QJsonValue()},
        {QStringLiteral("kind"), wireName(claim.kind)},
        {QStringLiteral("value"), claim.value}};
    if (claim.window.isValid())
        o.insert(QStringLiteral("window"), QJsonArray{claim.window.earliest.toString(Qt::ISODate),
                                                      claim.window.latest.toString(Qt::ISODate)});
    const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
}

} // namespace ClaimFingerprint
