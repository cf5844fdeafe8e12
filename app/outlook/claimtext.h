#pragma once

#include "domain/catalog.h"

#include <QString>

// One line of readable text for any claim, the same in the window and the CLI:
// "late 2026 – early 2027", "12 episodes", "Park Ji-hu as Nam On-jo", "filming started · July
// 2025".
namespace ClaimText {

QString summary(const Claim &claim);

} // namespace ClaimText
