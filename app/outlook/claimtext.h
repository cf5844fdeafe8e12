#pragma once

#include "domain/catalog.h"
#include "domain/claimrecord.h"

#include <QString>

// One line of readable text for any claim, the same in the window and the CLI:
// "late 2026 – early 2027", "12 episodes", "Park Ji-hu as Nam On-jo", "filming started · July
// 2025".
namespace ClaimText {

QString summary(const Claim &claim);
// `name` (a source's title or publisher) with what became of the source: "(feed removed)" when
// its feed is gone, "(no longer in the article)" when the article stopped saying it.
QString withProvenance(const QString &name, const ClaimRecord &record);

} // namespace ClaimText
