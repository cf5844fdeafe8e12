#include "cli/syncreportline.h"

#include "domain/displaylabels.h"
#include "feeds/sync/syncreport.h"

#include <QCoreApplication>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

namespace Cli {

QString syncReportLine(const SyncReport &r)
{
    const QString status = DisplayLabels::syncStatus(r.status);
    if (r.status == SyncStatus::Deferred)
        // CLI text keeps ISO dates: they are what --today and --at take.
        return Tr::tr("%1  %2  the host asked us to wait; deferred until %3 (%4)")
            .arg(status, r.url, r.retryAfter.toString(Qt::ISODate), r.error.message);
    if (r.error.isError()) {
        const QString kind = DisplayLabels::feedErrorKind(r.error.kindName());
        return QStringLiteral("%1  %2  %3")
            .arg(status, r.url,
                 kind.isEmpty()
                     ? r.error.message
                     : Tr::tr("%1: %2", "error kind: message").arg(kind, r.error.message));
    }
    return Tr::tr("%1  %2  %3, %4", "status, URL, new items, updated items")
        .arg(status, r.url, Tr::tr("%n new", nullptr, r.newItems),
             Tr::tr("%n updated", nullptr, r.updatedItems));
}

} // namespace Cli
