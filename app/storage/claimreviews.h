#pragma once

#include "domain/vocabulary.h"

#include <QString>

class Database;

// A reader's verdict on a claim: confirm, dismiss or wrong. It changes the claim's status and
// is remembered by what the claim says, so re-extraction or a re-sync never brings a
// dismissed or wrong claim back.
namespace ClaimReviews {

// A verdict by its wire name (confirm, dismiss, wrong); false with *error otherwise.
bool parseVerdict(const QString &name, Verdict *verdict, QString *error);
bool review(Database &db, qint64 claimId, Verdict verdict, QString *error);

} // namespace ClaimReviews
