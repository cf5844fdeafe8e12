#include "pipeline/outlookcontext.h"

#include "storage/ledgerqueries.h"

bool loadOutlookContext(Database &db, QDate today, OutlookContext *context, QString *error,
                        QList<ClaimRecord> *releaseClaims)
{
    LedgerQueries queries(db);
    ClaimFilter windows;
    windows.kind = ClaimKind::ReleaseWindow;
    QString readError;
    const QList<ClaimRecord> claims = queries.claims(windows, &readError);
    const QList<CatalogRelease> releases =
        readError.isEmpty() ? queries.catalogReleases(&readError) : QList<CatalogRelease>();
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    context->today = today;
    context->records = TrackRecord::tally(claims, releases, today);
    if (releaseClaims)
        *releaseClaims = claims;
    return true;
}
