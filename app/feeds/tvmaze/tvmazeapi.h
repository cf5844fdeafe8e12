#pragma once

#include <QString>
#include <QUrl>

// The TVmaze API's addresses, built from a base that is a setting (--tvmaze-base), so tests and
// mirrors can stand in for https://api.tvmaze.com. A base may carry a path prefix; the API's
// paths are appended to it.
namespace TvMazeApi {

QUrl defaultBase();
// An http(s) base with a host, normalised without a trailing slash; invalid with *error set
// (translated) otherwise.
QUrl validateBase(const QString &text, QString *error);

QUrl searchUrl(const QUrl &base, const QString &name); // /search/shows?q=NAME
QUrl showUrl(const QUrl &base, qint64 tvmazeId);       // /shows/{id}, the show alone
// The two feeds that follow a show: the show with its episodes and cast, and its season list.
QString showFeedUrl(const QUrl &base, qint64 tvmazeId);
QString seasonsFeedUrl(const QUrl &base, qint64 tvmazeId);

} // namespace TvMazeApi
