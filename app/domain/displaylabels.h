#pragma once

#include "domain/vocabulary.h"

#include <QString>

// The words a page or the command line shows for the ledger's states: translated labels, never
// the stored names (those stay in --json). Below the models and the CLI, so both use them.
namespace DisplayLabels {

QString seasonStatus(SeasonStatus status);
QString castStatus(CastStatus status);
QString tier(Tier tier);
QString claimKind(ClaimKind kind);
QString claimStatus(ClaimStatus status);
// A feed's last sync: "Updated", "Up to date", "Failed"...
QString syncStatus(SyncStatus status);
// What kind of failure, by its stored name ("http"): "the site answered an error"; what the user
// can do depends on it. Empty for no error or an unknown name.
QString feedErrorKind(const QString &kindName);
// "Failed: cannot reach the site", or "Failed" when the kind is unknown.
QString feedFailure(const QString &kindName);
// A feed's format by its stored name ("season_feed"): "RSS", "season feed"...; an unknown name
// is shown as it is.
QString feedFormat(const QString &name);
// "AU" for "All of Us Are Dead": the placeholder for a show or person without a picture.
QString initials(const QString &name);

} // namespace DisplayLabels
