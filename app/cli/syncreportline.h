#pragma once

#include <QString>

struct SyncReport;

namespace Cli {

// One feed's sync as `sync` and `add-show` print it, in the user's language:
// "Updated  URL  3 new, 1 updated", "Failed  URL  the site answered an error: HTTP 404".
// The stored words ("updated", "http") are for --json only.
QString syncReportLine(const SyncReport &report);

} // namespace Cli
