#include "outlook/trackrecord.h"

#include "domain/textkeys.h"
#include "outlook/seasonoutlook.h"

#include <algorithm>

namespace {

using OutlookCalculator::counts;
using OutlookCalculator::publishedOf;

} // namespace

QString outcomeName(PredictionOutcome outcome)
{
    switch (outcome) {
    case PredictionOutcome::Pending:
        return QStringLiteral("pending");
    case PredictionOutcome::Hit:
        return QStringLiteral("hit");
    case PredictionOutcome::Missed:
        return QStringLiteral("missed");
    case PredictionOutcome::Report:
        break;
    }
    return QStringLiteral("report");
}

namespace TrackRecord {

bool isPrediction(const ClaimRecord &r)
{
    return r.claim.kind == ClaimKind::ReleaseWindow && r.claim.window.isValid() && r.claim.season &&
           r.supersededBy == 0 && counts(r.claim.status);
}

PredictionOutcome judge(const ClaimRecord &r, const CatalogRelease &release, QDate asOf)
{
    const ReleaseWindow &window = r.claim.window;
    const QDate published = publishedOf(r);
    // A season-1 article that gives the premiere it already saw predicted nothing.
    if (release.date.isValid() && published.isValid() && published >= release.date)
        return PredictionOutcome::Report;
    const bool out = release.date.isValid() ? release.date <= asOf : release.released;
    if (out) {
        if (!release.date.isValid())
            return PredictionOutcome::Pending; // came out, but when is unknown: not judged
        return window.earliest <= release.date && release.date <= window.latest
                   ? PredictionOutcome::Hit
                   : PredictionOutcome::Missed;
    }
    // An official date or a reader-confirmed one that has passed is taken to have happened: the
    // catalog has not caught up yet (reminders still fire on it). Only a prediction is missed
    // by the calendar alone; once the release is known, every window is judged against it.
    if (r.claim.tier == Tier::Official || r.claim.status == ClaimStatus::Confirmed)
        return PredictionOutcome::Pending;
    return window.latest < asOf ? PredictionOutcome::Missed : PredictionOutcome::Pending;
}

QDate missedOn(const ClaimRecord &r, const CatalogRelease &release)
{
    const ReleaseWindow &window = r.claim.window;
    QDate day = release.date.isValid() && release.date < window.earliest ? release.date
                                                                         : window.latest.addDays(1);
    const QDate published = publishedOf(r);
    if (published.isValid() && published > day)
        day = published; // a window already past when it was written is missed from then
    return day;
}

QString publisherKey(const ClaimRecord &r)
{
    const QString publisher = TextKeys::fold(r.source.publisher);
    return publisher.isEmpty() ? r.source.key : publisher;
}

QString publisherName(const ClaimRecord &r)
{
    if (!r.source.publisher.trimmed().isEmpty())
        return r.source.publisher.trimmed();
    return r.source.title.isEmpty() ? r.source.key : r.source.title;
}

PublisherRecords tally(const QList<ClaimRecord> &claims, const QList<CatalogRelease> &releases,
                       QDate today)
{
    QHash<QPair<qint64, int>, CatalogRelease> bySeason;
    for (const CatalogRelease &s : releases)
        bySeason.insert({s.showId, s.season}, s);

    PublisherRecords records;
    QHash<QString, QDate> nameDate; // when the name in `publisher` was written
    for (const ClaimRecord &r : claims) {
        if (!isPrediction(r))
            continue;
        const PredictionOutcome outcome =
            judge(r, bySeason.value({r.showId, *r.claim.season}), today);
        if (outcome == PredictionOutcome::Report)
            continue;
        const QString key = publisherKey(r);
        PublisherRecord &record = records[key];
        record.key = key;
        if (record.publisher.isEmpty() || publishedOf(r) > nameDate.value(key)) {
            record.publisher = publisherName(r);
            nameDate.insert(key, publishedOf(r));
        }
        ++record.predictions;
        if (outcome == PredictionOutcome::Hit)
            ++record.hit;
        else if (outcome == PredictionOutcome::Missed)
            ++record.missed;
        else
            ++record.pending;
    }
    return records;
}

QList<PublisherRecord> sorted(const PublisherRecords &records)
{
    QList<PublisherRecord> list = records.values();
    std::sort(list.begin(), list.end(), [](const PublisherRecord &a, const PublisherRecord &b) {
        const int byName = a.publisher.compare(b.publisher, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.key < b.key;
    });
    return list;
}

} // namespace TrackRecord
