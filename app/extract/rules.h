#pragma once

#include "extract/claimextractor.h"
#include "extract/showcontext.h"

#include <QList>

// One function per claim kind. Each reads the analysed sentence through the RuleContext and
// appends claims with kind, season, value, window, tier, status and note; the orchestrator
// adds the quote, offsets and keys.
namespace ExtractDetail {

void releaseWindowClaims(const RuleContext &ctx, QList<ExtractedClaim> *out); // windowrules.cpp
void episodeCountClaims(const RuleContext &ctx, QList<ExtractedClaim> *out);  // countrules.cpp
void castClaims(const RuleContext &ctx, QList<ExtractedClaim> *out);          // castrules.cpp
void productionClaims(const RuleContext &ctx, QList<ExtractedClaim> *out);    // productionrules.cpp
void renewalClaims(const RuleContext &ctx, QList<ExtractedClaim> *out);       // productionrules.cpp

// Shared by the rules: a claim with the context's season pick, tier and an explanation.
ExtractedClaim makeClaim(const RuleContext &ctx, ClaimKind kind, const SeasonPick &pick,
                         const QString &rule);

} // namespace ExtractDetail
