#include "feeds/http/localfetch.h"

#include "feeds/http/httpmessages.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace {

FetchResult failed(FetchResult result, const QString &message)
{
    result.outcome = FetchResult::Outcome::Failed;
    result.body.clear();
    result.error = FeedError::network(message);
    return result;
}

// qrc:/a/b and qrc:///a/b both name the resource ":/a/b".
QString resourcePath(const QUrl &url)
{
    return QLatin1Char(':') + url.path();
}

} // namespace

namespace LocalFetch {

bool handles(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("file") || scheme == QLatin1String("qrc");
}

FetchResult read(const FetchRequest &request, qint64 maxBytes)
{
    QElapsedTimer clock;
    clock.start();
    FetchResult result;
    result.id = request.id;
    result.finalUrl = request.url;

    const bool isResource =
        request.url.scheme().compare(QLatin1String("qrc"), Qt::CaseInsensitive) == 0;
    const QString path = isResource ? resourcePath(request.url) : request.url.toLocalFile();
    if (path.isEmpty() || (!isResource && !request.url.host().isEmpty()))
        return failed(
            result, QCoreApplication::translate("FeedFetcher", "%1 is not a file on this computer.")
                        .arg(request.url.toDisplayString()));

    const QFileInfo info(path);
    if (!info.exists())
        return failed(result, isResource
                                  ? QCoreApplication::translate(
                                        "FeedFetcher", "Built-in resource %1 does not exist.")
                                        .arg(request.url.toDisplayString())
                                  : QCoreApplication::translate("FeedFetcher", "File not found: %1")
                                        .arg(QDir::toNativeSeparators(path)));
    if (info.isDir())
        return failed(result,
                      QCoreApplication::translate("FeedFetcher", "%1 is a folder, not a feed file.")
                          .arg(QDir::toNativeSeparators(path)));
    if (info.size() > maxBytes)
        return failed(result, HttpMessages::sizeLimitExceeded(maxBytes));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(result, QCoreApplication::translate("FeedFetcher", "Cannot read %1: %2")
                                  .arg(QDir::toNativeSeparators(path), file.errorString()));
    // One byte past the cap tells a file that grew since the size check.
    result.body = file.read(maxBytes + 1);
    if (result.body.size() > maxBytes)
        return failed(result, HttpMessages::sizeLimitExceeded(maxBytes));
    if (file.error() != QFileDevice::NoError)
        return failed(result, QCoreApplication::translate("FeedFetcher", "Cannot read %1: %2")
                                  .arg(QDir::toNativeSeparators(path), file.errorString()));
    result.outcome = FetchResult::Outcome::Fetched;
    result.elapsedMs = clock.elapsed();
    return result;
}

} // namespace LocalFetch
