#pragma once

#include "feeds/tvmaze/tvmazematch.h"

#include <QByteArray>

// The bodies of /search/shows?q= and /shows/{id}, read into matches. Pure, so the shapes are
// table-tested apart from the network.
namespace TvMazeSearch {

// Matches in TVmaze's score order, best first; an empty array is no match (true, empty list).
// False with *error (Malformed) when the body is not a JSON array of {score, show} objects.
bool parseResults(const QByteArray &body, QList<TvMazeMatch> *out, TvMazeError *error);
// A single show object, as /shows/{id} answers.
bool parseShow(const QByteArray &body, TvMazeMatch *out, TvMazeError *error);

// The match `name` means: the first whose title is `name` (ignoring case, accents and
// punctuation), else the first in score order; -1 for an empty list.
int bestMatch(const QList<TvMazeMatch> &matches, const QString &name);

// "Title (2022, Netflix, South Korea)", leaving out what TVmaze does not know.
QString describe(const TvMazeMatch &match);

} // namespace TvMazeSearch
