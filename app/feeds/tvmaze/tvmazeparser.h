#pragma once

#include "domain/catalog.h"
#include "domain/feederror.h"

#include <QByteArray>
#include <QDate>

// TVmaze show JSON (/shows/{id}?embed[]=episodes&embed[]=cast) and season lists
// (/shows/{id}/seasons) into a Catalog. TVmaze data is CC BY-SA: every show, episode and
// credit keeps its TVmaze URL for attribution.
namespace TvMazeParser {

enum class Kind { None, Show, Seasons };

Kind detect(const QByteArray &body);
// The canonical show URL for a TVmaze show id, which the seasons list is matched by.
QString showUrl(qint64 tvmazeId);
// `today` decides whether a season has been released (its premiere is past).
bool parseShow(const QByteArray &body, const QDate &today, Catalog *out, FeedError *error);
// The seasons list names no show; `feedUrl` (…/shows/{id}/seasons) does.
bool parseSeasons(const QByteArray &body, const QString &feedUrl, const QDate &today, Catalog *out,
                  FeedError *error);

} // namespace TvMazeParser
