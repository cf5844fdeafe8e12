#pragma once

#include "feeds/sync/syncreport.h"
#include "outlook/seasonoutlook.h"
#include "storage/articlestore.h"
#include "storage/feedstore.h"
#include "storage/ledgerqueries.h"

#include <QJsonArray>
#include <QJsonObject>

// The JSON shapes scripts depend on (field names fixed by the issues; see README "CLI").
namespace JsonViews {

QJsonObject showSummary(const ShowSummary &show);
QJsonObject show(const Show &show, const QList<SeasonOutlook> &outlooks);
QJsonObject releaseWindow(const ReleaseWindow &window, const std::optional<ClaimRecord> &claim);
QJsonObject outlook(const SeasonOutlook &outlook);
QJsonObject claim(const ClaimRecord &record);
QJsonArray cast(const QList<CastOutlook> &cast);
// `sources`: each publisher's record of release-window predictions.
QJsonArray sources(const QList<PublisherRecord> &records);
QJsonObject feed(const FeedRecord &feed);
QJsonObject syncReport(const SyncReport &report);
QJsonObject article(const StoredArticle &article);

} // namespace JsonViews
