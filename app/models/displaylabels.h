#pragma once

#include "domain/vocabulary.h"

#include <QString>

// The words a page shows for the ledger's states: translated labels, never the stored names.
namespace DisplayLabels {

QString seasonStatus(SeasonStatus status);
QString castStatus(CastStatus status);
QString tier(Tier tier);
QString claimKind(ClaimKind kind);
// "AU" for "All of Us Are Dead": the placeholder for a show or person without a picture.
QString initials(const QString &name);

} // namespace DisplayLabels
