#include "storage/claimfingerprint.h"

#include "domain/compactjson.h"
#include "storage/isodate.h"

#include <QCryptographicHash>

// Both are the SHA-1 of the compact JSON of an object of the claim's fields. The bytes are
// stored, so they are written exactly as QJsonDocument wrote them when these were defined
// (CompactJson), members in QJsonObject's sorted order.
namespace {

QString sha1(const CompactJson &json)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(json.bytes(), QCryptographicHash::Sha1).toHex());
}

void valueAndWindow(CompactJson &json, const Claim &claim, bool withWording)
{
    if (!claim.value.isUndefined()) { // QJsonObject drops an undefined member
        json.member("value");
        json.value(claim.value);
    }
    if (claim.window.isStored()) {
        json.member("window");
        QStringList window{isoDate(claim.window.earliest), isoDate(claim.window.latest)};
        if (withWording)
            window << precisionName(claim.window.precision) << claim.window.wording;
        json.strings(window);
    }
}

} // namespace

namespace ClaimFingerprint {

QString of(const Claim &claim, const QString &origin)
{
    CompactJson json;
    json.open();
    json.member("contradicts");
    json.strings(claim.contradicts);
    json.member("key");
    json.string(claim.key);
    json.member("kind");
    json.string(wireName(claim.kind));
    json.member("note");
    json.string(claim.note);
    json.member("offset");
    json.integer(claim.quoteOffset);
    json.member("origin");
    json.string(origin);
    json.member("quote");
    json.string(claim.quote);
    json.member("season");
    json.orNull(claim.season);
    json.member("show");
    json.string(claim.showKey);
    json.member("source");
    json.string(claim.sourceKey);
    json.member("status");
    json.string(wireName(claim.status));
    json.member("tier");
    json.string(wireName(claim.tier));
    valueAndWindow(json, claim, true);
    json.close();
    return sha1(json);
}

QString reviewKey(const Claim &claim, qint64 showId, const QString &origin)
{
    CompactJson json;
    json.open();
    json.member("kind");
    json.string(wireName(claim.kind));
    json.member("origin");
    json.string(origin);
    json.member("season");
    json.orNull(claim.season);
    json.member("show");
    json.integer(showId);
    valueAndWindow(json, claim, false);
    json.close();
    return sha1(json);
}

} // namespace ClaimFingerprint
