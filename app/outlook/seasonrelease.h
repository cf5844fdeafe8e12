#pragma once

#include "outlook/seasonoutlook.h"

#include <optional>

// What a season's release is, decided in one place for reminders, Home, the CLI and the
// calendar: the air date of its first episode once episodes are known, else the premiere the
// catalog gives, else the outlook's best window with its precision (a window is never turned
// into a day it does not pin down).
struct SeasonRelease {
    enum class Basis { FirstEpisode, Premiere, Outlook };
    ReleaseWindow window;
    Basis basis = Basis::Outlook;
    std::optional<ClaimRecord> claim; // the claim behind an outlook window
    int agreeing = 0;                 // other sources whose window overlaps (outlook only)

    // An episode list or premiere from the catalog, or an official or confirmed claim.
    bool isOfficial() const;
    // Exact to one calendar day: the only kind of release a dated reminder may use.
    bool isExactDay() const;
    // The earliest of the window as a local date; the release is a date, not an instant.
    QDate day() const { return window.earliest; }
};

namespace SeasonReleases {

std::optional<SeasonRelease> of(const Season &season, const SeasonOutlook &outlook);
QString basisName(SeasonRelease::Basis basis); // "first_episode", "premiere", "outlook"

} // namespace SeasonReleases
