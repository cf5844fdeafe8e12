#include "feeds/tvmaze/tvmazeapi.h"

#include <QCoreApplication>

namespace {

QUrl withPath(const QUrl &base, const QString &path)
{
    QUrl url = base;
    url.setPath(base.path() + path);
    return url;
}

} // namespace

namespace TvMazeApi {

QUrl defaultBase()
{
    return QUrl(QStringLiteral("https://api.tvmaze.com"));
}

QUrl validateBase(const QString &text, QString *error)
{
    QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")) ||
        url.host().isEmpty() || url.hasQuery() || url.hasFragment()) {
        *error = QCoreApplication::translate("TvMazeApi",
                                             "--tvmaze-base needs an http or https address such as "
                                             "https://api.tvmaze.com, not '%1'.")
                     .arg(text);
        return {};
    }
    url.setScheme(scheme);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url;
}

QUrl searchUrl(const QUrl &base, const QString &name)
{
    QUrl url = withPath(base, QStringLiteral("/search/shows"));
    // Every reserved character encoded: a show called "Love & Death" must not split the query.
    url.setQuery(QStringLiteral("q=") +
                     QString::fromLatin1(QUrl::toPercentEncoding(name.simplified())),
                 QUrl::StrictMode);
    return url;
}

QUrl showUrl(const QUrl &base, qint64 tvmazeId)
{
    return withPath(base, QStringLiteral("/shows/%1").arg(tvmazeId));
}

QString showFeedUrl(const QUrl &base, qint64 tvmazeId)
{
    return showUrl(base, tvmazeId).toString() + QStringLiteral("?embed[]=episodes&embed[]=cast");
}

QString seasonsFeedUrl(const QUrl &base, qint64 tvmazeId)
{
    return withPath(base, QStringLiteral("/shows/%1/seasons").arg(tvmazeId)).toString();
}

} // namespace TvMazeApi
