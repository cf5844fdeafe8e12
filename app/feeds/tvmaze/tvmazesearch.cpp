#include "feeds/tvmaze/tvmazesearch.h"

#include "domain/textkeys.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TvMazeSearch)
};

TvMazeError malformed(const QString &message)
{
    return {TvMazeError::Kind::Malformed, message, {}};
}

bool parseJson(const QByteArray &body, QJsonDocument *doc, TvMazeError *error)
{
    QJsonParseError parseError;
    *doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return true;
    *error = malformed(Tr::tr("TVmaze's answer is not valid JSON at byte %1: %2")
                           .arg(parseError.offset)
                           .arg(parseError.errorString()));
    return false;
}

// A show object: its id and name are required, the rest may be null.
bool matchFrom(const QJsonObject &show, TvMazeMatch *out)
{
    // toInteger(): 0 unless a whole number a qint64 holds (a cast of 1e30 is undefined).
    const qint64 id = show.value(QLatin1String("id")).toInteger();
    const QString name = show.value(QLatin1String("name")).toString().simplified();
    if (id < 1 || name.isEmpty())
        return false;
    TvMazeMatch match;
    match.tvmazeId = id;
    match.title = name;
    match.premiered =
        QDate::fromString(show.value(QLatin1String("premiered")).toString(), Qt::ISODate);
    // A broadcast show has a network, a streaming one a web channel; either has a country.
    for (const char *key : {"network", "webChannel"}) {
        const QJsonObject channel = show.value(QLatin1String(key)).toObject();
        const QString channelName = channel.value(QLatin1String("name")).toString().simplified();
        if (channelName.isEmpty())
            continue;
        match.network = channelName;
        const QJsonObject country = channel.value(QLatin1String("country")).toObject();
        match.country = country.value(QLatin1String("name")).toString().simplified();
        if (match.country.isEmpty())
            match.country = country.value(QLatin1String("code")).toString().simplified();
        break;
    }
    match.url = show.value(QLatin1String("url")).toString().trimmed();
    *out = match;
    return true;
}

} // namespace

QString TvMazeError::kindName() const
{
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Unreachable:
        return QStringLiteral("unreachable");
    case Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case Kind::Malformed:
        return QStringLiteral("malformed");
    case Kind::NotFound:
        return QStringLiteral("not_found");
    case Kind::Http:
        return QStringLiteral("http");
    }
    return QString();
}

namespace TvMazeSearch {

bool parseResults(const QByteArray &body, QList<TvMazeMatch> *out, TvMazeError *error)
{
    QJsonDocument doc;
    if (!parseJson(body, &doc, error))
        return false;
    if (!doc.isArray()) {
        *error = malformed(Tr::tr("TVmaze's search answer is not a JSON array."));
        return false;
    }
    QList<TvMazeMatch> matches;
    const QJsonArray results = doc.array();
    for (int i = 0; i < results.size(); ++i) {
        const QJsonObject result = results.at(i).toObject();
        TvMazeMatch match;
        if (!matchFrom(result.value(QLatin1String("show")).toObject(), &match)) {
            *error = malformed(
                Tr::tr("TVmaze's search result %1 has no show with an id and a name.").arg(i + 1));
            return false;
        }
        match.score = result.value(QLatin1String("score")).toDouble();
        matches << match;
    }
    // TVmaze sends them best first; sorting (stably) keeps that true whatever a mirror does.
    std::stable_sort(matches.begin(), matches.end(),
                     [](const TvMazeMatch &a, const TvMazeMatch &b) { return a.score > b.score; });
    *out = matches;
    return true;
}

bool parseShow(const QByteArray &body, TvMazeMatch *out, TvMazeError *error)
{
    QJsonDocument doc;
    if (!parseJson(body, &doc, error))
        return false;
    if (!doc.isObject() || !matchFrom(doc.object(), out)) {
        *error = malformed(Tr::tr("TVmaze's answer is not a show with an id and a name."));
        return false;
    }
    return true;
}

int bestMatch(const QList<TvMazeMatch> &matches, const QString &name)
{
    const QString wanted = TextKeys::fold(name);
    for (int i = 0; i < matches.size(); ++i)
        if (TextKeys::fold(matches[i].title) == wanted)
            return i;
    return matches.isEmpty() ? -1 : 0;
}

QString describe(const TvMazeMatch &match)
{
    QStringList facts;
    if (match.premiered.isValid())
        facts << QString::number(match.premiered.year());
    if (!match.network.isEmpty())
        facts << match.network;
    if (!match.country.isEmpty())
        facts << match.country;
    return facts.isEmpty()
               ? match.title
               : QStringLiteral("%1 (%2)").arg(match.title, facts.join(QLatin1String(", ")));
}

} // namespace TvMazeSearch
