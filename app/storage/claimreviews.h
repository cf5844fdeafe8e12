#pragma once

#include <QString>

class Database;

// A reader's verdict on a claim: confirm, dismiss or wrong. It changes the claim's status and
// is remembered by what the claim says, so re-extraction or a re-sync never brings a
// dismissed or wrong claim back.
namespace ClaimReviews {

bool isVerdict(const QString &verdict); // confirm, dismiss, wrong
bool review(Database &db, qint64 claimId, const QString &verdict, QString *error);

} // namespace ClaimReviews
