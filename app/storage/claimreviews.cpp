#include "storage/claimreviews.h"

#include "storage/claimfingerprint.h"
#include "storage/database.h"
#include "storage/ledgerqueries.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace ClaimReviews {

bool isVerdict(const QString &verdict)
{
    return verdict == QLatin1String("confirm") || verdict == QLatin1String("dismiss") ||
           verdict == QLatin1String("wrong");
}

bool review(Database &db, qint64 claimId, const QString &verdict, QString *error)
{
    if (!isVerdict(verdict)) {
        *error = QCoreApplication::translate(
                     "ClaimReviews", "'%1' is not a verdict: use confirm, dismiss or wrong.")
                     .arg(verdict);
        return false;
    }
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
    const ClaimStatus status = verdict == QLatin1String("confirm")   ? ClaimStatus::Confirmed
                               : verdict == QLatin1String("dismiss") ? ClaimStatus::Dismissed
                                                                     : ClaimStatus::Contradicted;
    const QString key = ClaimFingerprint::reviewKey(record.claim, record.showId, record.origin);
    QSqlDatabase &connection = db.connection();
    if (!connection.transaction()) {
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
                  {key, verdict, QDateTime::currentSecsSinceEpoch()}, error);
    if (!ok || !connection.commit()) {
        connection.rollback();
        return false;
    }
    return true;
}

} // namespace ClaimReviews
