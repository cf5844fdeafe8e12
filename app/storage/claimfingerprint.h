#pragma once

#include "domain/catalog.h"

#include <QString>

// A claim's identity by content: two claims with the same fingerprint say the same thing
// from the same place. Reviews are keyed by it, so re-extraction never revives a dismissed
// claim, and re-imports recognise an unchanged claim.
namespace ClaimFingerprint {

QString of(const Claim &claim, const QString &origin);
// What a claim says, without how it was worded or rated: where it came from, the show, kind,
// season, value and window. Reviews are stored under it.
QString reviewKey(const Claim &claim, qint64 showId, const QString &origin);

} // namespace ClaimFingerprint
