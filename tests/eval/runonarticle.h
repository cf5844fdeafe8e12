#pragma once

#include "extract/claimextractor.h"

// The regression case of one endless sentence, for the test that bounds its cost (memory) and
// the benchmark that times it: both build it here, from tests/fixtures/regressions.
namespace ExtractEvaluation {

// The fixture's clauses joined into one paragraph of at least `length` characters.
bool runOnArticle(qsizetype length, ArticleInput *out);
// A field of /proc/self/status in kB ("VmHWM", "VmRSS"), or -1.
qint64 statusKb(const char *field);

} // namespace ExtractEvaluation
