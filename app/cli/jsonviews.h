#pragma once

#include "outlook/seasonoutlook.h"
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

} // namespace JsonViews
