#include "storage/claimreviews.h"

#include "storage/claimfingerprint.h"
#include "storage/database.h"
#include "storage/ledgerqueries.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace ClaimReviews {

bool parseVerdict(const QString &name, Verdict *verdict, QString *error)
{
    if (fromWireName(name, verdict))
        return true;
    *error = QCoreApplication::translate("ClaimReviews",
                                         "'%1' is not a verdict: use confirm, dismiss or wrong.")
                 .arg(name);
    return false;
}

bool review(Database &db, qint64 claimId, Verdict verdict, QString *error)
{
    ClaimFilter filter;
    filter.id = claimId;
    const QList<ClaimRecord> found = LedgerQueries(db).claims(filter, error);
    if (found.isEmpty()) {
        if (error->isEmpty())
            *error =
                QCoreApplication::translate("ClaimReviews", "There is no claim #%1.").arg(claimId);
        return false;
    }
    const ClaimRecord &record = found.first();
    const ClaimStatus status = statusAfter(verdict);
    const QString key = ClaimFingerprint::reviewKey(record.claim, record.showId, record.origin);
    QSqlDatabase &connection = db.connection();
    if (!Sql::beginWrite(connection)) {
        *error = QCoreApplication::translate("ClaimReviews", "The database is busy; try again.");
        return false;
    }
    QSqlQuery q(connection);
    const bool ok =
        Sql::exec(q, QStringLiteral("UPDATE claims SET status = ? WHERE id = ?"),
                  {wireName(status), claimId}, error) &&
        Sql::exec(q,
                  QStringLiteral("INSERT INTO claim_reviews (fingerprint, verdict, reviewed_at) "
                                 "VALUES (?, ?, ?) ON CONFLICT (fingerprint) DO UPDATE SET "
                                 "verdict = excluded.verdict, reviewed_at = excluded.reviewed_at"),
                  {key, wireName(verdict), QDateTime::currentSecsSinceEpoch()}, error);
    if (!ok || !connection.commit()) {
        connection.rollback();
        return false;
    }
    return true;
}

} // namespace ClaimReviews
